#include "app/tables/ImportTableDialog.h"

#include "app/window/MessageBox.h"
#include "core/records/Archive.h"
#include "ui_ImportTableDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QProgressDialog>
#include <QPushButton>

namespace rt::app {

namespace {

// Rows beyond this are read behind a progress dialog with Cancel.
constexpr int QuietRows = 2000;
// Sheets of more rows than this are imported behind a progress dialog with Cancel.
constexpr int QuietImportRows = 200;

} // namespace

ImportTableDialog::ImportTableDialog(
    Archive &archive, const QString &path, const Table &table, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportTableDialog>())
    , m_archive(archive)
    , m_path(path)
    , m_table(table)
{
    m_ui->setupUi(this);
    const QString name = QDir::toNativeSeparators(path);
    m_ui->fileNameLabel->setText(table.rows.size() == 1
            ? tr("%1 (1 row)").arg(name)
            : tr("%1 (%2 rows)").arg(name).arg(table.rows.size()));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ImportTableDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ImportTableDialog::reject);

    for (TableImport::Kind kind : TableImport::kinds())
        m_ui->kindComboBox->addItem(TableImport::kindLabel(kind), int(kind));

    // The mapping: one row per column of the sheet, with its field and its first values.
    auto *mapping = m_ui->mappingTableWidget;
    mapping->setColumnCount(3);
    mapping->setHorizontalHeaderLabels({ tr("Column"), tr("Field"), tr("First values") });
    mapping->setRowCount(int(table.headers.size()));
    mapping->verticalHeader()->hide();
    mapping->horizontalHeader()->setStretchLastSection(true);
    for (int i = 0; i < table.headers.size(); ++i) {
        mapping->setItem(i, 0, new QTableWidgetItem(table.headers.at(i)));
        QStringList samples;
        for (const QStringList &row : table.rows) {
            if (i < row.size() && !row.at(i).trimmed().isEmpty())
                samples.append(row.at(i).simplified().left(40));
            if (samples.size() == 3)
                break;
        }
        mapping->setItem(i, 2, new QTableWidgetItem(samples.join(QLatin1String(" | "))));
        auto *combo = new QComboBox(mapping);
        combo->setObjectName(QStringLiteral("fieldComboBox%1").arg(i));
        mapping->setCellWidget(i, 1, combo);
        connect(combo, &QComboBox::activated, this, &ImportTableDialog::replan);
    }
    mapping->resizeColumnToContents(0);
    mapping->setColumnWidth(1, 220);

    // The preview: the sheet's first rows as they are.
    auto *preview = m_ui->previewTableWidget;
    preview->setColumnCount(int(table.headers.size()));
    preview->setHorizontalHeaderLabels(table.headers);
    const int shown = int(std::min<qsizetype>(PreviewRows, table.rows.size()));
    preview->setRowCount(shown);
    QStringList rowNumbers;
    for (int r = 0; r < shown; ++r) {
        rowNumbers.append(QString::number(r + 2)); // the sheet's own row numbers
        const QStringList &row = table.rows.at(r);
        for (int c = 0; c < row.size() && c < table.headers.size(); ++c)
            preview->setItem(r, c, new QTableWidgetItem(row.at(c)));
    }
    preview->setVerticalHeaderLabels(rowNumbers);

    connect(m_ui->kindComboBox, &QComboBox::activated, this, [this] {
        const TableImport::Kind k = kind();
        const TableImport::Mapping remembered = TableImport::rememberedMapping(k, m_table.headers);
        fillMapping(remembered.isEmpty() ? TableImport::proposeMapping(k, m_table.headers) : remembered);
        replan();
    });
    // The kind the headers fit best, unless one was remembered for them.
    TableImport::Kind best = TableImport::Kind::People;
    int bestScore = -1;
    for (TableImport::Kind k : TableImport::kinds()) {
        int score = TableImport::rememberedMapping(k, table.headers).isEmpty() ? 0 : 1000;
        for (const QString &field : TableImport::proposeMapping(k, table.headers))
            score += field.isEmpty() ? 0 : 1;
        if (score > bestScore) {
            best = k;
            bestScore = score;
        }
    }
    m_ui->kindComboBox->setCurrentIndex(m_ui->kindComboBox->findData(int(best)));
    const TableImport::Mapping remembered = TableImport::rememberedMapping(best, table.headers);
    fillMapping(remembered.isEmpty() ? TableImport::proposeMapping(best, table.headers) : remembered);
    m_ui->kindComboBox->setFocus();
    replan();
}

ImportTableDialog::~ImportTableDialog() = default;

TableImport::Kind ImportTableDialog::kind() const
{
    return TableImport::Kind(m_ui->kindComboBox->currentData().toInt());
}

void ImportTableDialog::setKind(TableImport::Kind kind)
{
    m_ui->kindComboBox->setCurrentIndex(m_ui->kindComboBox->findData(int(kind)));
    const TableImport::Mapping remembered = TableImport::rememberedMapping(kind, m_table.headers);
    fillMapping(remembered.isEmpty() ? TableImport::proposeMapping(kind, m_table.headers) : remembered);
    replan();
}

QComboBox *ImportTableDialog::fieldComboBox(int column) const
{
    return qobject_cast<QComboBox *>(m_ui->mappingTableWidget->cellWidget(column, 1));
}

TableImport::Mapping ImportTableDialog::mapping() const
{
    TableImport::Mapping result;
    for (int i = 0; i < m_table.headers.size(); ++i)
        result.append(fieldComboBox(i)->currentData().toString());
    return result;
}

void ImportTableDialog::fillMapping(const TableImport::Mapping &mapping)
{
    const QList<TableImport::Field> fields = TableImport::fields(kind());
    for (int i = 0; i < m_table.headers.size(); ++i) {
        QComboBox *combo = fieldComboBox(i);
        combo->clear();
        combo->addItem(tr("(not imported)"), QString());
        for (const TableImport::Field &field : fields)
            combo->addItem(field.label, field.name);
        const int index = combo->findData(mapping.value(i));
        combo->setCurrentIndex(index < 0 ? 0 : index);
    }
}

void ImportTableDialog::replan()
{
    QString error;
    std::unique_ptr<QProgressDialog> progress;
    if (m_table.rows.size() > QuietRows) {
        progress = std::make_unique<QProgressDialog>(
            tr("Reading the rows…"), tr("Cancel"), 0, int(m_table.rows.size()), this);
        progress->setWindowModality(Qt::WindowModal);
        progress->setMinimumDuration(300);
    }
    const auto report = [&](int done, int total) {
        if (!progress)
            return true;
        progress->setMaximum(total);
        progress->setValue(done);
        QApplication::processEvents();
        return !progress->wasCanceled();
    };
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = TableImport::plan(m_archive, kind(), m_table, mapping(), &m_plan, &error, report);
    QApplication::restoreOverrideCursor();
    m_ui->problemsListWidget->clear();
    m_planned = ok;
    if (!ok) {
        m_plan = TableImport::Plan();
        m_ui->summaryLabel->setText(error.left(1).toUpper() + error.mid(1));
    } else {
        QString summary = m_plan.summary();
        if (!m_plan.problems.isEmpty())
            summary += tr(
                ". Nothing is imported while any row cannot be taken: correct the sheet or the columns.");
        m_ui->summaryLabel->setText(summary.left(1).toUpper() + summary.mid(1));
        for (const auto &problem : std::as_const(m_plan.problems)) {
            auto *item
                = new QListWidgetItem(QIcon::fromTheme(QStringLiteral("dialog-error")), problem.message);
            item->setData(Qt::UserRole, problem.row);
            m_ui->problemsListWidget->addItem(item);
        }
        for (const auto &duplicate : std::as_const(m_plan.duplicates)) {
            auto *item = new QListWidgetItem(
                QIcon::fromTheme(QStringLiteral("dialog-information")), duplicate.message);
            item->setData(Qt::UserRole, duplicate.row);
            m_ui->problemsListWidget->addItem(item);
        }
    }
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ok && m_plan.canImport());
}

void ImportTableDialog::accept()
{
    if (!m_planned)
        replan();
    if (!m_planned || !m_plan.canImport())
        return;
    TableImport::rememberMapping(kind(), m_table.headers, mapping());
    QString error;
    // Writing is the long part of a big sheet: it shows how far it has come, and Cancel rolls
    // the one transaction back, so that a cancelled import has written nothing.
    std::unique_ptr<QProgressDialog> progress;
    if (m_plan.rows.size() > QuietImportRows) {
        progress = std::make_unique<QProgressDialog>(
            tr("Importing the rows…"), tr("Cancel"), 0, int(m_plan.rows.size()), this);
        progress->setObjectName(QStringLiteral("importProgressDialog"));
        progress->setWindowTitle(tr("Import Table"));
        progress->setWindowModality(Qt::WindowModal);
        progress->setAutoClose(false);
        progress->setAutoReset(false);
        progress->setMinimumDuration(0);
        progress->setValue(0);
    }
    QElapsedTimer sinceEvents;
    sinceEvents.start();
    const auto report = [&](int done, int total) {
        if (!progress)
            return true;
        // Events (the Cancel button) every 50 ms, not at every record.
        if (done < total && sinceEvents.elapsed() < 50)
            return !progress->wasCanceled();
        sinceEvents.restart();
        progress->setMaximum(total);
        progress->setValue(done);
        if (done == total)
            progress->setLabelText(tr("Saving…"));
        QApplication::processEvents();
        return !progress->wasCanceled();
    };
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = TableImport::run(m_archive, m_plan, &m_report, &error, report);
    QApplication::restoreOverrideCursor();
    const bool cancelled = progress && progress->wasCanceled() && !ok;
    progress.reset();
    if (cancelled) {
        MessageBox::information(
            this, tr("Import Table"), tr("The import was cancelled; nothing was imported."));
        return;
    }
    if (!ok) {
        MessageBox::warning(this, tr("Import Table"), tr("Nothing was imported: %1").arg(error));
        return;
    }
    QDialog::accept();
}

} // namespace rt::app
