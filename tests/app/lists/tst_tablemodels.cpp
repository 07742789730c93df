// The window's table models: each passes QAbstractItemModelTester; the dialogue list pages
// by key, keeps only a bounded number of rows, sorts and filters in the database and keeps
// the selection on the same dialogue when re-sorted.

#include "app/lists/ContactTableModel.h"
#include "app/lists/DialogueTableModel.h"
#include "app/lists/OrganizationTableModel.h"
#include "app/lists/PersonTableModel.h"
#include "core/db/Database.h"
#include "core/db/Transaction.h"
#include "core/interchange/Interchange.h"
#include "core/records/Archive.h"
#include "core/records/ListQueries.h"
#include "support/TestArchive.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace rt;
using namespace rt::test;
using namespace rt::app;

class TestTableModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void dialogueModelPassesTester();
    void dialogueModelPages();
    void dialogueModelSortsAndFilters();
    void sortKeepsPersistentIndexes();
    void personModel();
    void organizationModel();
    void contactModel();

private:
    QTemporaryDir m_dir;
    TestArchive m_test;
    std::unique_ptr<ListQueries> m_queries;
    static constexpr int Generated = 500;
};

void TestTableModels::initTestCase()
{
    QString error;
    QVERIFY2(m_test.open(m_dir.filePath(QStringLiteral("a.roundtable")), TestArchive::Demo, &error),
        qPrintable(error));
    m_queries = std::make_unique<ListQueries>(m_test.db());
    const qint64 zhang = m_test->personId(QStringLiteral("zhang-yujun"));
    Transaction transaction(m_test.db());
    QVERIFY(transaction.begin(&error));
    for (int i = 0; i < Generated; ++i) {
        Dialogue d;
        d.title = QStringLiteral("Generated dialogue %1").arg(i, 3, 10, QLatin1Char('0'));
        d.startDate = QDate(2010, 1, 1).addDays(i * 3);
        d.city = i % 2 ? QStringLiteral("Hanoi") : QStringLiteral("Phnom Penh");
        d.format = QStringLiteral("online");
        for (int s = 0; s < i % 4; ++s)
            d.speeches.append(Speech { zhang });
        QVERIFY2(m_test->saveDialogue(d, &error), qPrintable(error));
    }
    QVERIFY(transaction.commit(&error));
}

void TestTableModels::cleanupTestCase()
{
    m_queries.reset();
    m_test.close();
}

void TestTableModels::dialogueModelPassesTester()
{
    DialogueTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQueries(m_queries.get());
    QCOMPARE(model.rowCount(), Generated + 1);
    QCOMPARE(model.columnCount(), int(DialogueTableModel::ColumnCount));
    model.sort(DialogueTableModel::TitleColumn, Qt::AscendingOrder);
    model.setFilter(QStringLiteral("hanoi"));
    model.setFilter(QString());
    model.reload();
    model.setQueries(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void TestTableModels::dialogueModelPages()
{
    DialogueTableModel model;
    model.setQueries(m_queries.get());
    model.sort(DialogueTableModel::StartDateColumn, Qt::AscendingOrder);
    // Read every row, as scrolling through the whole list does.
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(!model.index(row, DialogueTableModel::TitleColumn).data().toString().isEmpty());
    // Only a bounded number of pages is kept, however far the list was scrolled.
    QVERIFY(model.cachedPageCount() <= DialogueTableModel::MaxPages);
    QVERIFY(model.cachedPageCount() >= 1);
    QCOMPARE(model.index(0, DialogueTableModel::TitleColumn).data().toString(),
        QStringLiteral("Generated dialogue 000"));
    QCOMPARE(
        model.index(0, DialogueTableModel::StartDateColumn).data().toString(), QStringLiteral("2010-01-01"));
    QCOMPARE(model.index(3, DialogueTableModel::SpeechesColumn).data().toInt(), 3);
    QCOMPARE(model.index(1, DialogueTableModel::CityColumn).data().toString(), QStringLiteral("Hanoi"));
    QCOMPARE(model.index(1, DialogueTableModel::FormatColumn).data().toString(), QStringLiteral("Online"));
    const int last = model.rowCount() - 1;
    QCOMPARE(model.index(last, DialogueTableModel::StartDateColumn).data().toString(),
        QStringLiteral("2022-11-23"));
    QCOMPARE(model.recordFromIndex(model.index(last, 0)).city, QStringLiteral("Beijing"));
    QCOMPARE(model.idAt(last), m_test->dialogueIds().last());
    QCOMPARE(model.rowOfId(model.idAt(77)), 77);
}

void TestTableModels::dialogueModelSortsAndFilters()
{
    DialogueTableModel model;
    model.setQueries(m_queries.get());
    model.sort(DialogueTableModel::StartDateColumn, Qt::DescendingOrder);
    QCOMPARE(model.index(0, DialogueTableModel::TitleColumn).data().toString().left(13),
        QStringLiteral("Senior-level "));
    model.sort(DialogueTableModel::SpeechesColumn, Qt::DescendingOrder);
    QCOMPARE(model.index(0, DialogueTableModel::SpeechesColumn).data().toInt(), 4);
    model.setFilter(QStringLiteral("phnom"));
    QCOMPARE(model.rowCount(), Generated / 2);
    for (int row = 0; row < model.rowCount(); row += 17)
        QCOMPARE(
            model.index(row, DialogueTableModel::CityColumn).data().toString(), QStringLiteral("Phnom Penh"));
}

void TestTableModels::sortKeepsPersistentIndexes()
{
    DialogueTableModel model;
    model.setQueries(m_queries.get());
    model.sort(DialogueTableModel::StartDateColumn, Qt::AscendingOrder);
    const QPersistentModelIndex kept = model.index(10, DialogueTableModel::TitleColumn);
    const QString title = kept.data().toString();
    model.sort(DialogueTableModel::StartDateColumn, Qt::DescendingOrder);
    QVERIFY(kept.isValid());
    QCOMPARE(kept.row(), model.rowCount() - 1 - 10);
    QCOMPARE(kept.data().toString(), title);
}

void TestTableModels::personModel()
{
    PersonTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQueries(m_queries.get());
    QCOMPARE(model.rowCount(), m_test->people().size());
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setSortRole(PersonTableModel::SortRole);
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy.sort(PersonTableModel::SpeechesColumn, Qt::DescendingOrder);
    const Person top = model.recordFromIndex(proxy.mapToSource(proxy.index(0, 0)));
    QCOMPARE(top.key, QStringLiteral("zhang-yujun")); // 1 + every generated speech
    QCOMPARE(proxy.index(0, PersonTableModel::SpeechesColumn).data().toInt(), 1 + 500 / 4 * (0 + 1 + 2 + 3));
    // Sorting by the latest title reads everyone's at once and agrees with the rows.
    proxy.sort(PersonTableModel::LastTitleColumn, Qt::AscendingOrder);
    QStringList titles;
    for (int row = 0; row < proxy.rowCount(); ++row)
        titles << proxy.index(row, PersonTableModel::LastTitleColumn).data().toString();
    QStringList sorted = titles;
    std::sort(sorted.begin(), sorted.end(),
        [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    QCOMPARE(titles, sorted);
    QVERIFY(titles.contains(QStringLiteral("Director-General")));
    proxy.setFilterFixedString(QStringLiteral("xuefeng"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(
        proxy.index(0, PersonTableModel::NameColumn).data().toString(), QStringLiteral("Dr. Sun Xuefeng"));
    model.reload();
    QCOMPARE(proxy.rowCount(), 1);
}

void TestTableModels::organizationModel()
{
    OrganizationTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQueries(m_queries.get());
    QCOMPARE(model.rowCount(), m_test->organizations().size());
    bool found = false;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.recordFromIndex(model.index(row, 0)).key == QLatin1String("unep-roap")) {
            found = true;
            QCOMPARE(model.index(row, OrganizationTableModel::ParentColumn).data().toString(),
                QStringLiteral("UNEP"));
            QCOMPARE(model.index(row, OrganizationTableModel::DialoguesColumn).data().toInt(), 1);
        }
    }
    QVERIFY(found);
    model.reload();
}

void TestTableModels::contactModel()
{
    ContactTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setQueries(m_queries.get());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, ContactTableModel::OrganizationColumn).data().toString(), QStringLiteral("LMEC"));
    QVERIFY(model.index(0, ContactTableModel::EmailsColumn).data().toString().contains(QStringLiteral("@")));
    // A list row holds the fields the list shows; the editor reads the whole record, its
    // other languages too (the demo's contact has its Chinese label and address).
    Contact listed = m_test->contacts().first();
    listed.translations = {};
    QCOMPARE(model.recordFromIndex(model.index(0, 0)), listed);
    model.setQueries(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestTableModels)
#include "tst_tablemodels.moc"
