// The calendar and the dialogue list's status: a dialogue still planned after its date is
// pointed out (colour, icon, the reason in a tooltip) in the list and on the calendar; the
// month marks its days, the chosen day lists its dialogues, upcoming ones are listed, and
// Enter or a double-click opens the editor.

#include "app/calendar/CalendarPage.h"
#include "app/editors/DialogueEditor.h"
#include "app/editors/EditorDialog.h"
#include "app/lists/DialogueTableModel.h"
#include "app/lists/ListPage.h"
#include "app/window/ItemRoles.h"
#include "app/window/MainWindow.h"
#include "app/window/MessageBox.h"
#include "support/TestArchive.h"
#include "support/WindowTest.h"

#include <QAbstractItemModelTester>
#include <QCalendarWidget>
#include <QComboBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCharFormat>
#include <QTreeWidget>
#include <QUndoStack>

using namespace rt;
using namespace rt::app;
using namespace rt::test;

class TestCalendar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void statusColumn();
    void statusColumnSorts();
    void monthMarksTheDays();
    void chosenDayListsItsDialogues();
    void upcomingAndOverdue();
    void enterOpensTheEditor();
    void editedStatusShowsAtOnce();

private:
    qint64 add(const QString &title, const QDate &start, const QString &status, const QDate &end = {});
    CalendarPage *calendar() const
    {
        return qobject_cast<CalendarPage *>(m_window->page(QLatin1String(CalendarPage::PageName)));
    }
    int rowOf(const QString &title) const;

    WindowTestSettings m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
    TestArchive m_archive;
    TestWindow m_window;
    const QDate m_today = QDate(2024, 6, 15);
    qint64 m_overdue = 0, m_soon = 0, m_held = 0, m_cancelled = 0, m_later = 0, m_today1 = 0;
};

qint64 TestCalendar::add(const QString &title, const QDate &start, const QString &status, const QDate &end)
{
    Dialogue d;
    d.key = title.toLower().replace(QLatin1Char(' '), QLatin1Char('-'));
    d.title = title;
    d.startDate = start;
    d.endDate = end;
    d.city = QStringLiteral("Kunming");
    d.country = QStringLiteral("CN");
    d.status = status;
    QString error;
    if (!m_archive->saveDialogue(d, &error))
        qWarning("%s", qPrintable(error));
    return d.id;
}

int TestCalendar::rowOf(const QString &title) const
{
    QAbstractItemModel *model = m_window->dialogueModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, DialogueTableModel::TitleColumn).data().toString() == title)
            return row;
    }
    return -1;
}

void TestCalendar::initTestCase()
{
    m_settings.install();
}

void TestCalendar::init()
{
    WindowTestSettings::fresh();
    m_dir = std::make_unique<QTemporaryDir>();
    const QString path = m_dir->filePath(QStringLiteral("c.roundtable"));
    QString error;
    QVERIFY2(m_archive.open(path, TestArchive::Demo, &error), qPrintable(error));
    m_overdue = add(QStringLiteral("Forgotten Workshop"), QDate(2024, 6, 3), QStringLiteral("planned"));
    m_held = add(QStringLiteral("Held Forum"), QDate(2024, 6, 5), QStringLiteral("held"), QDate(2024, 6, 6));
    m_cancelled
        = add(QStringLiteral("Cancelled Roundtable"), QDate(2024, 6, 20), QStringLiteral("cancelled"));
    m_today1 = add(QStringLiteral("Today's Dialogue"), m_today, QStringLiteral("planned"));
    m_soon = add(QStringLiteral("Soon Dialogue"), QDate(2024, 6, 27), QStringLiteral("planned"));
    m_later = add(QStringLiteral("Later Dialogue"), QDate(2024, 9, 1), QStringLiteral("planned"));
    m_archive.close();

    QVERIFY(m_window.open(path, [this](MainWindow &window) { window.dialogueModel()->setToday(m_today); }));
    calendar()->setToday(m_today);
}

void TestCalendar::cleanup()
{
    m_window.close();
    m_dir.reset();
}

void TestCalendar::statusColumn()
{
    DialogueTableModel *model = m_window->dialogueModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->headerData(DialogueTableModel::StatusColumn, Qt::Horizontal).toString(),
        QStringLiteral("Status"));
    const int overdue = rowOf(QStringLiteral("Forgotten Workshop"));
    const int planned = rowOf(QStringLiteral("Soon Dialogue"));
    const int held = rowOf(QStringLiteral("Held Forum"));
    const int today = rowOf(QStringLiteral("Today's Dialogue"));
    QVERIFY(overdue >= 0 && planned >= 0 && held >= 0 && today >= 0);
    auto at = [model](int row, int role, int column = DialogueTableModel::StatusColumn) {
        return model->index(row, column).data(role);
    };
    QCOMPARE(at(overdue, Qt::DisplayRole).toString(), QStringLiteral("Planned"));
    QCOMPARE(at(held, Qt::DisplayRole).toString(), QStringLiteral("Held"));
    // Pointed out: the row's colour, an icon and the reason on the status.
    QVERIFY(at(overdue, ItemRole::Overdue).toBool());
    QCOMPARE(at(overdue, Qt::ForegroundRole, DialogueTableModel::TitleColumn).value<QColor>(),
        DialogueTableModel::OverdueColour);
    QVERIFY(at(overdue, Qt::ToolTipRole).toString().contains(QStringLiteral("has passed")));
    QVERIFY(at(overdue, Qt::ToolTipRole).toString().contains(QStringLiteral("2024-06-03")));
    QVERIFY(!at(overdue, Qt::DecorationRole).value<QIcon>().isNull()
        || QIcon::fromTheme(QStringLiteral("dialog-warning")).isNull());
    // Not pointed out: planned in the future, planned today, held in the past.
    for (const int row : { planned, today, held }) {
        QVERIFY(!at(row, ItemRole::Overdue).toBool());
        QVERIFY(!at(row, Qt::ForegroundRole).isValid());
    }
    // A held dialogue of the past is fine, however old.
    QVERIFY(!DialogueStatus::isOverdue(QStringLiteral("held"), QDate(2000, 1, 1), {}, m_today));
    // A planned dialogue of several days is overdue only after its last day.
    QVERIFY(!DialogueStatus::isOverdue(
        QStringLiteral("planned"), QDate(2024, 6, 14), QDate(2024, 6, 16), m_today));
    QVERIFY(DialogueStatus::isOverdue(
        QStringLiteral("planned"), QDate(2024, 6, 12), QDate(2024, 6, 14), m_today));
}

void TestCalendar::statusColumnSorts()
{
    ListPage *page = m_window->listPage(MainWindow::RecordKind::Dialogue);
    page->view()->sortByColumn(DialogueTableModel::StatusColumn, Qt::AscendingOrder);
    QAbstractItemModel *model = page->view()->model();
    QStringList statuses;
    for (int row = 0; row < model->rowCount(); ++row)
        statuses.append(model->index(row, DialogueTableModel::StatusColumn).data().toString());
    // By the stored code: cancelled, held, planned.
    QCOMPARE(statuses.first(), QStringLiteral("Cancelled"));
    QCOMPARE(statuses.last(), QStringLiteral("Planned"));
    QCOMPARE(statuses.count(QStringLiteral("Planned")), 4);
}

void TestCalendar::monthMarksTheDays()
{
    m_window->showPage(QLatin1String(CalendarPage::PageName));
    QCalendarWidget *cal = calendar()->calendar();
    cal->setSelectedDate(QDate(2024, 6, 1));
    QCOMPARE(cal->monthShown(), 6);
    // Days with dialogues are bold and coloured; the others are not.
    const QTextCharFormat overdue = cal->dateTextFormat(QDate(2024, 6, 3));
    const QTextCharFormat held = cal->dateTextFormat(QDate(2024, 6, 5));
    const QTextCharFormat secondDay = cal->dateTextFormat(QDate(2024, 6, 6));
    const QTextCharFormat planned = cal->dateTextFormat(QDate(2024, 6, 27));
    const QTextCharFormat cancelled = cal->dateTextFormat(QDate(2024, 6, 20));
    const QTextCharFormat empty = cal->dateTextFormat(QDate(2024, 6, 4));
    QCOMPARE(overdue.fontWeight(), int(QFont::Bold));
    QVERIFY(empty.fontWeight() != int(QFont::Bold));
    QVERIFY(!empty.background().color().isValid() || empty.background().style() == Qt::NoBrush);
    QCOMPARE(held.background().color(), secondDay.background().color()); // every day of it
    QVERIFY(overdue.background().color() != held.background().color());
    QVERIFY(overdue.background().color() != planned.background().color());
    QVERIFY(cancelled.fontStrikeOut());
    // The titles, and for the overdue one why, in the day's tooltip.
    QVERIFY(overdue.toolTip().contains(QStringLiteral("Forgotten Workshop")));
    QVERIFY(overdue.toolTip().contains(QStringLiteral("has passed")));
    QVERIFY(held.toolTip().contains(QStringLiteral("Held Forum")));
    // Another month: June's marks are gone, September's are there.
    cal->setCurrentPage(2024, 9);
    QVERIFY(cal->dateTextFormat(QDate(2024, 6, 3)).toolTip().isEmpty());
    QVERIFY(cal->dateTextFormat(QDate(2024, 9, 1)).toolTip().contains(QStringLiteral("Later Dialogue")));
}

void TestCalendar::chosenDayListsItsDialogues()
{
    m_window->showPage(QLatin1String(CalendarPage::PageName));
    QCalendarWidget *cal = calendar()->calendar();
    cal->setSelectedDate(QDate(2024, 6, 6)); // the second day of the held forum
    QTreeWidget *day = calendar()->dayList();
    QCOMPARE(day->topLevelItemCount(), 1);
    QCOMPARE(day->topLevelItem(0)->text(1), QStringLiteral("Held Forum"));
    QCOMPARE(day->topLevelItem(0)->data(0, ItemRole::Id).toLongLong(), m_held);
    // By keyboard, as a person moves through the month.
    cal->setSelectedDate(QDate(2024, 6, 2));
    auto *grid = cal->findChild<QTableView *>();
    QVERIFY(grid);
    grid->setFocus();
    QTest::keyClick(grid, Qt::Key_Right); // to the 3rd
    QCOMPARE(cal->selectedDate(), QDate(2024, 6, 3));
    QCOMPARE(day->topLevelItemCount(), 1);
    QCOMPARE(day->topLevelItem(0)->text(1), QStringLiteral("Forgotten Workshop"));
    QCOMPARE(day->topLevelItem(0)->foreground(1).color(), DialogueTableModel::OverdueColour);
    QVERIFY(day->topLevelItem(0)->toolTip(3).contains(QStringLiteral("has passed")));
    QTest::keyClick(grid, Qt::Key_Right);
    QCOMPARE(day->topLevelItemCount(), 0);
}

void TestCalendar::upcomingAndOverdue()
{
    m_window->showPage(QLatin1String(CalendarPage::PageName));
    QStringList upcoming;
    for (int i = 0; i < calendar()->upcomingList()->topLevelItemCount(); ++i)
        upcoming.append(calendar()->upcomingList()->topLevelItem(i)->text(1));
    // Soonest first, from today on, without the cancelled one.
    QCOMPARE(upcoming,
        (QStringList { QStringLiteral("Today's Dialogue"), QStringLiteral("Soon Dialogue"),
            QStringLiteral("Later Dialogue") }));
    QTreeWidget *overdue = calendar()->overdueList();
    QCOMPARE(overdue->topLevelItemCount(), 1);
    QCOMPARE(overdue->topLevelItem(0)->data(0, ItemRole::Id).toLongLong(), m_overdue);
}

void TestCalendar::enterOpensTheEditor()
{
    m_window->showPage(QLatin1String(CalendarPage::PageName));
    QTreeWidget *upcoming = calendar()->upcomingList();
    upcoming->setFocus();
    upcoming->setCurrentItem(upcoming->topLevelItem(1));
    QTest::keyClick(upcoming, Qt::Key_Return);
    QTRY_COMPARE(m_window->editors().size(), 1);
    QCOMPARE(m_window->editors().first()->recordKey(), QStringLiteral("dialogue:%1").arg(m_soon));
    // A double-click on the day list opens that one.
    calendar()->calendar()->setSelectedDate(QDate(2024, 6, 5));
    QTreeWidget *day = calendar()->dayList();
    const QRect rect = day->visualItemRect(day->topLevelItem(0));
    QTest::mouseClick(day->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(day->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(m_window->editors().size(), 2);
}

void TestCalendar::editedStatusShowsAtOnce()
{
    // Marking the forgotten workshop as held through its editor clears the mark everywhere.
    m_window->showPage(QLatin1String(CalendarPage::PageName));
    auto *editor = qobject_cast<DialogueEditor *>(m_window->openDialogue(m_overdue));
    QVERIFY(editor);
    auto *status = editor->findChild<QComboBox *>(QStringLiteral("statusComboBox"));
    QVERIFY(status);
    status->setCurrentIndex(status->findData(QStringLiteral("held")));
    QVERIFY(editor->save());
    QTRY_COMPARE(calendar()->overdueList()->topLevelItemCount(), 0);
    QVERIFY(!m_window->dialogueModel()
                 ->index(rowOf(QStringLiteral("Forgotten Workshop")), DialogueTableModel::StatusColumn)
                 .data(ItemRole::Overdue)
                 .toBool());
    calendar()->calendar()->setSelectedDate(QDate(2024, 6, 1));
    QVERIFY(!calendar()
                 ->calendar()
                 ->dateTextFormat(QDate(2024, 6, 3))
                 .toolTip()
                 .contains(QStringLiteral("has passed")));
}

QTEST_MAIN(TestCalendar)
#include "tst_calendar.moc"
