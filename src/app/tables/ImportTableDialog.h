#pragma once

#include "core/tables/TableImport.h"

#include <QDialog>

#include <memory>

class QComboBox;

namespace Ui {
class ImportTableDialog;
}

namespace rt {
class Archive;
}

namespace rt::app {

// File → Import Table…: a CSV or XLSX sheet's columns mapped onto the fields of people,
// organisations, contacts or dialogues. It previews the first rows, proposes a mapping from
// the headers (or the one chosen last time for the same headers), and after every change
// reads all the rows through core's TableImport: every row it cannot take is listed with the
// reason, and Import stays disabled while there is one; rows already in the archive are
// listed and left out. Import writes all the rows or none.
class ImportTableDialog : public QDialog
{
    Q_OBJECT

public:
    ImportTableDialog(Archive &archive, const QString &path, const Table &table, QWidget *parent = nullptr);
    ~ImportTableDialog() override;

    static constexpr int PreviewRows = 10;

    TableImport::Kind kind() const;
    void setKind(TableImport::Kind kind);
    TableImport::Mapping mapping() const;
    // The field combo of a sheet column (tests choose through it as a person does).
    QComboBox *fieldComboBox(int column) const;
    const TableImport::Plan &plan() const { return m_plan; }
    // What the import did, once accepted.
    const Interchange::Report &report() const { return m_report; }

    void accept() override;

private:
    void fillMapping(const TableImport::Mapping &mapping);
    void replan();

    std::unique_ptr<Ui::ImportTableDialog> m_ui;
    Archive &m_archive;
    QString m_path;
    Table m_table;
    TableImport::Plan m_plan;
    Interchange::Report m_report;
    bool m_planned = false;
};

} // namespace rt::app
