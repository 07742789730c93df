#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace rt {
class Database;
}

namespace rt::app {

// Asks which dialogue a new press release is of: a filter box (title, series, city, date) over
// the archive's dialogues, newest first; Enter or a double-click picks the highlighted one.
class DialogueChooser : public QDialog
{
    Q_OBJECT

public:
    // Shown at most this many at a time; the filter finds the others.
    static constexpr int MaxShown = 200;

    explicit DialogueChooser(Database &database, QWidget *parent = nullptr);

    qint64 chosenId() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refill();

    Database &m_database;
    QLineEdit *m_filter;
    QListWidget *m_list;
};

} // namespace rt::app
