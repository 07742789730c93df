// File → Export List… and Print List… on the real window: what goes out is what the view
// shows — its rows filtered and sorted as on screen, its visible columns in their order on
// screen — as CSV and as XLSX (read back from the zip), for every list; the archive itself
// is refused; printing lays the same rows out on paper.

#include "app/lists/DialogueTableModel.h"
#include "app/lists/ListOutput.h"
#include "app/lists/ListPage.h"
#include "app/lists/PersonTableModel.h"
#include "app/press/PressReleasePage.h"
#include "app/window/MainWindow.h"
#include "app/window/MessageBox.h"
#include "core/press/PressReleaseStore.h"
#include "support/TestArchive.h"
#include "support/WindowTest.h"
#include "support/XlsxReader.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <poppler-qt6.h>

using namespace rt;
using namespace rt::app;
using namespace rt::test;

namespace {

// What a view shows, read as a person reads the screen: the visible columns left to right,
// the rows top to bottom.
QList<QStringList> shown(const QTableView *view)
{
    QList<QStringList> rows;
    const QHeaderView *header = view->horizontalHeader();
    QStringList headers;
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical)) {
            columns.append(logical);
            headers.append(view->model()->headerData(logical, Qt::Horizontal).toString());
        }
    }
    rows.append(headers);
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        QStringList cells;
        for (int column : columns)
            cells.append(view->model()->index(row, column).data().toString());
        rows.append(cells);
    }
    return rows;
}

QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.readAll();
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return {};
    const QString text = QString::fromUtf8(bytes.mid(3));
    // RFC 4180, as a spreadsheet reads it.
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

QList<QStringList> trimmedRows(QList<QStringList> rows)
{
    for (QStringList &row : rows) {
        while (!row.isEmpty() && row.last().isEmpty())
            row.removeLast();
    }
    return rows;
}

} // namespace

class TestListOutput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dialoguesAsShown();
    void hiddenAndMovedColumns();
    void everyList_data();
    void everyList();
    void formulaCellsAreText();
    void archiveIsRefused();
    void printPreview();
    void printedPages();

private:
    QString exportCurrent(const QString &name);
    QAction *action(const QString &name) { return m_window->findChild<QAction *>(name); }

    WindowTestSettings m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    TestWindow m_window;
};

void TestListOutput::initTestCase()
{
    m_settings.install();
}

void TestListOutput::init()
{
    WindowTestSettings::fresh();
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("l.roundtable"));
    TestArchive archive;
    QString error;
    QVERIFY2(archive.open(m_path, TestArchive::Demo | TestArchive::Scripts, &error), qPrintable(error));
    const QStringList titles = { QStringLiteral("=HYPERLINK(\"http://x\",\"click\")"),
        QStringLiteral("Water, rivers"), QStringLiteral("水资源合作论坛"),
        QStringLiteral("Air \"quality\" forum"), QStringLiteral("Wetlands Workshop") };
    for (int i = 0; i < titles.size(); ++i) {
        Dialogue d;
        d.key = QStringLiteral("extra-%1").arg(i);
        d.title = titles.at(i);
        d.series = i % 2 ? QStringLiteral("Green Mekong") : QString();
        d.startDate = QDate(2021 + i, 3, 1 + i);
        d.city = i % 2 ? QStringLiteral("Hanoi") : QStringLiteral("昆明");
        d.format = QStringLiteral("online");
        QVERIFY2(archive->saveDialogue(d, &error), qPrintable(error));
    }
    archive.close();
    QVERIFY(m_window.open(m_path));
}

void TestListOutput::cleanup()
{
    m_window.close();
    m_dir.reset();
}

QString TestListOutput::exportCurrent(const QString &name)
{
    const QString path = m_dir->filePath(name);
    ListOutput::setNextPath(path);
    QAction *exportList = action(QStringLiteral("exportListAction"));
    if (!exportList || !exportList->isEnabled())
        return {};
    exportList->trigger();
    return path;
}

void TestListOutput::dialoguesAsShown()
{
    m_window->showPage(QStringLiteral("dialoguesPage"));
    ListPage *page = m_window->listPage(MainWindow::RecordKind::Dialogue);
    // Filtered and sorted as a person does it: type in the filter, click a header.
    page->filterLineEdit()->setFocus();
    QTest::keyClicks(page->filterLineEdit(), QStringLiteral("a"));
    QTRY_VERIFY(page->view()->model()->rowCount() < 8);
    QTest::mouseClick(page->view()->horizontalHeader()->viewport(), Qt::LeftButton, {},
        QPoint(
            page->view()->horizontalHeader()->sectionViewportPosition(DialogueTableModel::TitleColumn) + 10,
            5));
    const QList<QStringList> expected = shown(page->view());
    QVERIFY(expected.size() >= 4);

    const QString csv = exportCurrent(QStringLiteral("dialogues.csv"));
    QList<QStringList> rows = readCsv(csv);
    // Formula-like titles come back with their guard; everything else exactly as shown.
    for (QStringList &row : rows) {
        for (QString &cell : row) {
            if (cell.startsWith(QLatin1String("'=")))
                cell.remove(0, 1);
        }
    }
    QCOMPARE(rows, expected);
    QVERIFY(rows.at(0).contains(QStringLiteral("Status")));

    const QString xlsx = exportCurrent(QStringLiteral("dialogues.xlsx"));
    QList<QStringList> sheet;
    QVERIFY(readXlsx(xlsx, &sheet));
    QCOMPARE(sheet, trimmedRows(expected));

    // Sorted the other way, the file follows.
    QTest::mouseClick(page->view()->horizontalHeader()->viewport(), Qt::LeftButton, {},
        QPoint(
            page->view()->horizontalHeader()->sectionViewportPosition(DialogueTableModel::TitleColumn) + 10,
            5));
    QVERIFY(readXlsx(exportCurrent(QStringLiteral("again.xlsx")), &sheet));
    QCOMPARE(sheet, trimmedRows(shown(page->view())));
    QVERIFY(sheet.at(1) != trimmedRows(expected).at(1));
}

void TestListOutput::hiddenAndMovedColumns()
{
    m_window->showPage(QStringLiteral("dialoguesPage"));
    ListPage *page = m_window->listPage(MainWindow::RecordKind::Dialogue);
    QHeaderView *header = page->view()->horizontalHeader();
    header->setSectionHidden(DialogueTableModel::SeriesColumn, true);
    header->moveSection(header->visualIndex(DialogueTableModel::TitleColumn), 0);
    const QString csv = exportCurrent(QStringLiteral("columns.csv"));
    const QList<QStringList> rows = readCsv(csv);
    QCOMPARE(rows.first().first(), QStringLiteral("Title"));
    QVERIFY(!rows.first().contains(QStringLiteral("Series")));
    QCOMPARE(rows.first().size(), DialogueTableModel::ColumnCount - 1);
    QCOMPARE(rows.size(), page->view()->model()->rowCount() + 1);
}

void TestListOutput::everyList_data()
{
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("format");
    for (const char *page : { "peoplePage", "organizationsPage", "contactsPage", "pressReleasesPage" }) {
        QTest::newRow(QByteArray(page).append(" csv").constData())
            << QString::fromLatin1(page) << QStringLiteral("csv");
        QTest::newRow(QByteArray(page).append(" xlsx").constData())
            << QString::fromLatin1(page) << QStringLiteral("xlsx");
    }
}

void TestListOutput::everyList()
{
    QFETCH(QString, page);
    QFETCH(QString, format);
    if (page == QLatin1String("pressReleasesPage")) {
        // A saved release so that the list is not empty.
        Database db;
        QString error;
        QVERIFY(db.open(m_path, Database::Mode::ReadWrite, &error));
        Archive archive(db);
        PressRelease release;
        release.dialogueId = archive.dialogueId(DemoDialogueKey);
        release.headline = QStringLiteral("澜湄 Roundtable was Held in Beijing");
        release.body = QStringLiteral("<p>Body</p>");
        QVERIFY2(PressReleaseStore(db).save(release, &error), qPrintable(error));
        db.close();
        m_window->refresh();
    }
    m_window->showPage(page);
    QAbstractItemView *view = nullptr;
    QTRY_VERIFY((view = m_window->findChild<ListOutput *>()->currentView()) != nullptr);
    auto *table = qobject_cast<QTableView *>(view);
    QVERIFY(table);
    QTRY_VERIFY(table->model()->rowCount() > 0);
    const QList<QStringList> expected = shown(table);
    const QString path = exportCurrent(QStringLiteral("list.") + format);
    QList<QStringList> rows;
    if (format == QLatin1String("csv")) {
        rows = readCsv(path);
        for (QStringList &row : rows) {
            for (QString &cell : row) {
                if (cell.startsWith(QLatin1String("'+")))
                    cell.remove(0, 1); // a phone number is guarded
            }
        }
        QCOMPARE(rows, expected);
    } else {
        QVERIFY(readXlsx(path, &rows));
        QCOMPARE(rows, trimmedRows(expected));
    }
}

void TestListOutput::formulaCellsAreText()
{
    m_window->showPage(QStringLiteral("dialoguesPage"));
    const QString xlsx = exportCurrent(QStringLiteral("f.xlsx"));
    QList<QStringList> rows;
    int formulas = -1;
    QVERIFY(readXlsx(xlsx, &rows, &formulas));
    QCOMPARE(formulas, 0);
    bool found = false;
    for (const QStringList &row : rows)
        found = found || row.contains(QStringLiteral("=HYPERLINK(\"http://x\",\"click\")"));
    QVERIFY(found);
    // Chinese comes back whole.
    bool chinese = false;
    for (const QStringList &row : rows)
        chinese = chinese || row.contains(QStringLiteral("水资源合作论坛"));
    QVERIFY(chinese);
    const QList<QStringList> csv = readCsv(exportCurrent(QStringLiteral("f.csv")));
    bool guarded = false;
    for (const QStringList &row : csv)
        guarded = guarded || row.contains(QStringLiteral("'=HYPERLINK(\"http://x\",\"click\")"));
    QVERIFY(guarded);
}

void TestListOutput::archiveIsRefused()
{
    m_window->showPage(QStringLiteral("dialoguesPage"));
    QFile file(m_path);
    const qint64 size = QFileInfo(m_path).size();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    ListOutput::setNextPath(m_path);
    action(QStringLiteral("exportListAction"))->trigger();
    QVERIFY2(
        MessageBox::lastText().contains(QStringLiteral("not exported")), qPrintable(MessageBox::lastText()));
    QCOMPARE(QFileInfo(m_path).size(), size);
    // The window still works on its archive.
    QVERIFY(m_window->archive()->dialogue(m_window->archive()->dialogueId(DemoDialogueKey)));
}

void TestListOutput::printPreview()
{
    m_window->showPage(QStringLiteral("peoplePage"));
    QAction *print = action(QStringLiteral("printListAction"));
    QVERIFY(print && print->isEnabled());
    bool seen = false;
    QTimer::singleShot(0, this, [this, &seen] {
        QPrintPreviewDialog *preview = nullptr;
        for (int i = 0; !(preview && preview->isVisible()) && i < 200; ++i) {
            QTest::qWait(20);
            preview = m_window->findChild<QPrintPreviewDialog *>(QStringLiteral("printListPreview"));
        }
        if (!preview)
            return;
        seen = true;
        preview->reject();
    });
    print->trigger();
    QVERIFY(seen);
}

void TestListOutput::printedPages()
{
    m_window->showPage(QStringLiteral("dialoguesPage"));
    auto *output = m_window->findChild<ListOutput *>();
    const Table table = ListOutput::tableOf(output->currentView(), output->currentName());
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString pdf = m_dir->filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(pdf);
    ListOutput::print(table, QStringLiteral("Dialogues"), &printer);
    const auto document = Poppler::Document::load(pdf);
    QVERIFY(document);
    QString text;
    for (int i = 0; i < document->numPages(); ++i)
        text += document->page(i)->text(QRectF());
    text = text.simplified();
    for (const QStringList &row : table.rows)
        QVERIFY2(text.contains(row.at(DialogueTableModel::StartDateColumn)),
            qPrintable(row.join(QLatin1Char('|'))));
    QVERIFY(text.contains(QStringLiteral("Wetlands Workshop")));
    QCOMPARE(table.headers.size(), int(DialogueTableModel::ColumnCount));
}

QTEST_MAIN(TestListOutput)
#include "tst_listoutput.moc"
