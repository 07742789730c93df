#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QTableWidget;

namespace rt::app {

// Their version beside mine, field by field, when someone else saved the record I am editing
// (EditorDialog's Compare…): each field in a row with what is stored and what I typed, the
// rows that differ marked and ticked "Mine"; a click (or Space) on a row's Theirs takes theirs.
// OK hands back the rows whose stored text I take; my text is kept for every other field.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    struct Field
    {
        QString label;
        QString theirs;
        QString mine;
        bool differs() const { return theirs != mine; }
    };

    ConflictDialog(const QList<Field> &fields, const QString &heading, QWidget *parent = nullptr);

    // The rows where theirs is chosen.
    QList<int> takenRows() const;
    // Chooses theirs (true) or mine for a row, as a click in its column does.
    void setTakeTheirs(int row, bool theirs);
    QTableWidget *table() const { return m_table; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateRow(int row);

    QList<Field> m_fields;
    QList<bool> m_takeTheirs;
    QTableWidget *m_table;
};

} // namespace rt::app
