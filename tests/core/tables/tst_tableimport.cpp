// Spreadsheets read back (CSV per RFC 4180, XLSX through ZipReader) and imported as people,
// organisations, contacts and dialogues through the one import path (Interchange under
// RecordRules): every row that cannot be taken is named with the reason, nothing is imported
// while there is one, and rows already in the archive are shown and left out.
// Every case runs on an SQLite file and on a PostgreSQL server (the global `backend` column;
// support/PgServer.h).

#include "core/records/Archive.h"
#include "core/records/RecordRules.h"
#include "core/tables/TableExport.h"
#include "core/tables/TableImport.h"
#include "core/tables/TableRead.h"
#include "support/PgServer.h"
#include "support/TestArchive.h"
#include "support/XlsxParts.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace rt;
using namespace rt::test;

class TestTableImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackends(); }
    void initTestCase();
    void cleanupTestCase() { PgServer::stopIfStarted(); }
    void init();
    void cleanup();

    void csvFollowsRfc4180_data();
    void csvFollowsRfc4180();
    void csvFaultsNameTheRow_data();
    void csvFaultsNameTheRow();
    void xlsxCells();
    void xlsxFromTableExport();
    void xlsxFaults_data();
    void xlsxFaults();
    void onlyRegularFilesWithinTheLimit();

    void mappingIsProposedFromHeaders();
    void mappingFromFileAndExact();
    void mappingIsRememberedByHeaders();

    void peopleImport();
    void everyBadRowIsListedAndNothingIsImported();
    void duplicatesAreShownNotCreated();
    void organisationsAndContacts();
    void dialoguesWithSerialDates();
    void sameRulesAsJsonImport();
    void exportedListReadsBack();
    void progressCanCancel();

private:
    Table csv(const QByteArray &bytes)
    {
        Table table;
        QString error;
        if (!TableReader::readCsv(bytes, &table, &error))
            qWarning("%s", qPrintable(error));
        return table;
    }
    Archive &archive() { return m_archive.archive(); }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    TestArchive m_archive;
};

void TestTableImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestTableImport::init()
{
    REQUIRE_BACKEND();
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    const QString archive = newArchive(m_dir->filePath(QStringLiteral("t.roundtable")), &error);
    QVERIFY2(!archive.isEmpty(), qPrintable(error));
    QVERIFY2(m_archive.open(archive, TestArchive::Demo, &error), qPrintable(error));
}

void TestTableImport::cleanup()
{
    m_archive.close();
    m_dir.reset();
}

void TestTableImport::csvFollowsRfc4180_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<QList<QStringList>>("rows");

    const QStringList headers = { QStringLiteral("name"), QStringLiteral("notes") };
    QTest::newRow("plain, CRLF") << QByteArray("name,notes\r\nZhang Yujun,hi\r\n") << headers
                                 << QList<QStringList> { { QStringLiteral("Zhang Yujun"),
                                        QStringLiteral("hi") } };
    QTest::newRow("quotes, comma, doubled quote, line break inside")
        << QByteArray("name,notes\n\"Sun, Xuefeng\",\"said \"\"yes\"\"\nand left\"\n") << headers
        << QList<QStringList> { { QStringLiteral("Sun, Xuefeng"),
               QStringLiteral("said \"yes\"\nand left") } };
    QTest::newRow("byte-order mark, Chinese")
        << QByteArray("\xEF\xBB\xBFname,notes\n张玉军,好\n") << headers
        << QList<QStringList> { { QStringLiteral("张玉军"), QStringLiteral("好") } };
    QTest::newRow("semicolons (a European Excel)")
        << QByteArray("name;notes\nA, B;c\n") << headers
        << QList<QStringList> { { QStringLiteral("A, B"), QStringLiteral("c") } };
    QTest::newRow("tabs") << QByteArray("name\tnotes\nA\tb\n") << headers
                          << QList<QStringList> { { QStringLiteral("A"), QStringLiteral("b") } };
    QTest::newRow("no final line break, a blank row kept in place")
        << QByteArray("name,notes\n\nB,c") << headers
        << QList<QStringList> { {}, { QStringLiteral("B"), QStringLiteral("c") } };
    QTest::newRow("the export's formula guard is taken off")
        << QByteArray("name,notes\nA,'=1+2\n") << headers
        << QList<QStringList> { { QStringLiteral("A"), QStringLiteral("=1+2") } };
    const QString utf16 = QStringLiteral("name,notes\n王,x\n"); // little-endian on this machine
    QTest::newRow("UTF-16 with its mark")
        << (QByteArray("\xFF\xFE")
               + QByteArray(reinterpret_cast<const char *>(utf16.utf16()), 2 * utf16.size()))
        << headers << QList<QStringList> { { QStringLiteral("王"), QStringLiteral("x") } };
}

void TestTableImport::csvFollowsRfc4180()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, headers);
    QFETCH(QList<QStringList>, rows);
    Table table;
    QString error;
    QVERIFY2(TableReader::readCsv(bytes, &table, &error), qPrintable(error));
    QCOMPARE(table.headers, headers);
    QCOMPARE(table.rows, rows);
}

void TestTableImport::csvFaultsNameTheRow_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("unterminated quote")
        << QByteArray("name,notes\nA,b\nB,\"never closed\nC,d\n")
        << QStringLiteral("row 3: a quote opened in this row is never closed");
    QTest::newRow("text after a closing quote")
        << QByteArray("name,notes\n\"A\"x,b\n")
        << QStringLiteral("row 2: text after the closing quote of a cell (a quote inside a quoted cell is "
                          "written twice: \"\")");
    QTest::newRow("not UTF-8") << QByteArray("name,notes\nA,b\nM\xFCller,c\n")
                               << QStringLiteral(
                                      "line 3: the text is not UTF-8; save the sheet as \"CSV UTF-8\" and "
                                      "try again");
    QTest::newRow("empty") << QByteArray(
        "\n\n") << QStringLiteral("row 1: the first row must hold the column headers, and it is empty");
}

void TestTableImport::csvFaultsNameTheRow()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    Table table;
    QString error;
    QVERIFY(!TableReader::readCsv(bytes, &table, &error));
    QCOMPARE(error, message);
    QVERIFY(table.rows.isEmpty());
}

void TestTableImport::xlsxCells()
{
    // Shared strings (one of them rich text with a phonetic guide), an inline string, a number,
    // a date in a date style, a skipped column and a skipped row.
    const QByteArray shared = "<si><t>name</t></si><si><t>notes</t></si><si><t>when</t></si>"
                              "<si><r><t>Zhang </t></r><r><t>Yujun</t></r><rPh><t>ちょう</t></rPh></si>";
    const QByteArray rows = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                            "<c r=\"C1\" t=\"s\"><v>2</v></c></row>"
                            "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>3</v></c><c r=\"B2\"><v>42</v></c>"
                            "<c r=\"C2\" s=\"1\"><v>44888</v></c></row>"
                            "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>王倩</t></is></c>"
                            "<c r=\"C4\" s=\"1\"><v>44888.75</v></c></row>";
    Table table;
    QString error;
    QVERIFY2(TableReader::readXlsx(workbook(rows, shared), &table, &error), qPrintable(error));
    QCOMPARE(table.name, QStringLiteral("People"));
    QCOMPARE(table.headers,
        (QStringList { QStringLiteral("name"), QStringLiteral("notes"), QStringLiteral("when") }));
    QCOMPARE(table.rows.size(), 3);
    QCOMPARE(table.rows.at(0),
        (QStringList { QStringLiteral("Zhang Yujun"), QStringLiteral("42"), QStringLiteral("2022-11-23") }));
    QCOMPARE(table.rows.at(1), QStringList());
    QCOMPARE(
        table.rows.at(2), (QStringList { QStringLiteral("王倩"), QString(), QStringLiteral("2022-11-23") }));

    // The 1904 date system counts from 1 January 1904.
    const QByteArray rows1904 = "<row r=\"1\"><c t=\"inlineStr\"><is><t>when</t></is></c></row>"
                                "<row r=\"2\"><c s=\"1\"><v>43426</v></c></row>";
    QVERIFY2(TableReader::readXlsx(workbook(rows1904, {}, true), &table, &error), qPrintable(error));
    QCOMPARE(table.rows.at(0).at(0), QStringLiteral("2022-11-23"));
}

void TestTableImport::xlsxFromTableExport()
{
    // A workbook libxlsxwriter wrote (the list export) reads back cell for cell.
    Table out;
    out.name = QStringLiteral("People");
    out.headers = { QStringLiteral("Name"), QStringLiteral("Speeches"), QStringLiteral("Notes") };
    out.rows = { { QStringLiteral("Zhang Yujun"), QStringLiteral("3"), QStringLiteral("=not a formula") },
        { QStringLiteral("ສົມສະຫວາດ"), QStringLiteral("12"), QStringLiteral("line\nbreak") } };
    QByteArray bytes;
    QString error;
    QVERIFY2(TableExport::xlsx(out, &bytes, &error), qPrintable(error));
    QCOMPARE(TableReader::formatOf(bytes), TableReader::Format::Xlsx);
    Table in;
    QVERIFY2(TableReader::readXlsx(bytes, &in, &error), qPrintable(error));
    QCOMPARE(in.headers, out.headers);
    QCOMPARE(in.rows, out.rows);
}

void TestTableImport::xlsxFaults_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    QTest::newRow("not a ZIP") << QByteArray("PK\x03\x04 but nothing after")
                               << QStringLiteral(
                                      "not an XLSX workbook: the file is not a readable ZIP archive");
    QTest::newRow("missing sheet") << zipOf({ { QStringLiteral("xl/workbook.xml"), workbookPart() },
        { QStringLiteral("xl/_rels/workbook.xml.rels"), relationshipsPart() } })
                                   << QStringLiteral(
                                          "xl/worksheets/sheet1.xml: the workbook's first sheet is missing");
    QTest::newRow("no workbook") << zipOf({ { QStringLiteral("word/document.xml"), QByteArray("<w/>") } })
                                 << QStringLiteral("xl/workbook.xml: missing from the workbook");
    QByteArray deep = "<row r=\"1\"><c t=\"inlineStr\"><is>";
    for (int i = 0; i < 100000; ++i)
        deep += "<t>";
    QTest::newRow("XML nested 100,000 deep")
        << workbook(deep)
        << QStringLiteral("xl/worksheets/sheet1.xml, line 1: the XML is nested more than 64 levels deep");
    QTest::newRow("invalid UTF-8") << workbook(
        "<row r=\"1\"><c t=\"inlineStr\"><is><t>M\xFCller</t></is></c></row>")
                                   << QStringLiteral("xl/worksheets/sheet1.xml: the XML is not valid UTF-8");
    QTest::newRow("a DTD (entity expansion)")
        << zipOf({ { QStringLiteral("xl/workbook.xml"),
               QByteArray("<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"aaaa\">]><workbook/>") } })
        << QStringLiteral(
               "xl/workbook.xml, line 1: a document type declaration is not allowed in a workbook");
    QTest::newRow("a shared string that is not there")
        << workbook("<row r=\"1\"><c t=\"s\"><v>7</v></c></row>", "<si><t>a</t></si>")
        << QStringLiteral(
               "xl/worksheets/sheet1.xml, line 1: row 1: a cell names shared string 7, which the workbook "
               "does not have");
    QTest::newRow("malformed XML")
        << workbook("<row r=\"1\"><c><v>1</c></row>")
        << QStringLiteral("xl/worksheets/sheet1.xml, line 1: Opening and ending tag mismatch.");
}

void TestTableImport::xlsxFaults()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    Table table;
    QString error;
    QVERIFY(!TableReader::readXlsx(bytes, &table, &error));
    QCOMPARE(error, message);
    QVERIFY(table.rows.isEmpty());
}

void TestTableImport::onlyRegularFilesWithinTheLimit()
{
    Table table;
    QString error;
    const QString fifo = m_dir->filePath(QStringLiteral("fifo.csv"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QVERIFY(!TableReader::readFile(fifo, &table, &error)); // returns at once: no writer is waited for
    QCOMPARE(error, fifo + QStringLiteral(": not a regular file; import reads only files"));
    QVERIFY(!TableReader::readFile(QStringLiteral("/dev/zero"), &table, &error));
    QCOMPARE(error, QStringLiteral("/dev/zero: not a regular file; import reads only files"));

    const QString huge = m_dir->filePath(QStringLiteral("huge.csv"));
    QFile file(huge);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(TableReader::MaxFileSize + 1)); // sparse: no disk is filled
    file.close();
    QVERIFY(!TableReader::readFile(huge, &table, &error));
    QCOMPARE(error, huge + QStringLiteral(": the file is larger than 64 MB, the most import reads"));
}

void TestTableImport::mappingIsProposedFromHeaders()
{
    const QStringList headers = { QStringLiteral("Surname"), QStringLiteral("First name"),
        QStringLiteral("Title"), QStringLiteral("Chinese name"), QStringLiteral("Shoe size") };
    QCOMPARE(TableImport::proposeMapping(TableImport::Kind::People, headers),
        (QStringList { QStringLiteral("family_name"), QStringLiteral("given_name"),
            QStringLiteral("honorific"), QStringLiteral("local_name"), QString() }));
    // Exact names before common words: "Name" is the name, "Short name" the short name.
    QCOMPARE(TableImport::proposeMapping(TableImport::Kind::Organizations,
                 { QStringLiteral("Short name"), QStringLiteral("Name"), QStringLiteral("URL") }),
        (QStringList { QStringLiteral("short_name"), QStringLiteral("name"), QStringLiteral("website") }));
    QCOMPARE(TableImport::proposeMapping(TableImport::Kind::Contacts,
                 { QStringLiteral("Organisation"), QStringLiteral("E-mail"), QStringLiteral("Telephone") }),
        (QStringList { QStringLiteral("organization"), QStringLiteral("emails"), QStringLiteral("phones") }));
    QCOMPARE(TableImport::proposeMapping(TableImport::Kind::Dialogues,
                 { QStringLiteral("Date"), QStringLiteral("Event"), QStringLiteral("Location") }),
        (QStringList { QStringLiteral("start_date"), QStringLiteral("title"), QStringLiteral("venue") }));
}

void TestTableImport::mappingFromFileAndExact()
{
    const QStringList headers
        = { QStringLiteral("Surname"), QStringLiteral("Given"), QStringLiteral("Extra") };
    TableImport::Mapping mapping;
    QString error;
    QVERIFY2(TableImport::mappingFromJson(TableImport::Kind::People, headers,
                 R"({"Surname": "family_name", "Given": "given_name"})", &mapping, &error),
        qPrintable(error));
    QCOMPARE(
        mapping, (QStringList { QStringLiteral("family_name"), QStringLiteral("given_name"), QString() }));
    QVERIFY(!TableImport::mappingFromJson(
        TableImport::Kind::People, headers, R"({"Surname": "shoe"})", &mapping, &error));
    QVERIFY2(error.startsWith(QStringLiteral("mapping of \"Surname\": \"shoe\" is no field of people")),
        qPrintable(error));
    QVERIFY(!TableImport::mappingFromJson(
        TableImport::Kind::People, headers, R"({"Nope": "family_name"})", &mapping, &error));
    QCOMPARE(error, QStringLiteral("the mapping names the column \"Nope\", which the sheet does not have"));
    QVERIFY(!TableImport::mappingFromJson(TableImport::Kind::People, headers, "[1]", &mapping, &error));

    QVERIFY(TableImport::exactMapping(TableImport::Kind::People,
        { QStringLiteral("Family Name"), QStringLiteral("given_name") }, &mapping, &error));
    QCOMPARE(mapping, (QStringList { QStringLiteral("family_name"), QStringLiteral("given_name") }));
    QVERIFY(!TableImport::exactMapping(TableImport::Kind::People, headers, &mapping, &error));
    QVERIFY2(
        error.startsWith(QStringLiteral("column 1 (\"Surname\") is no field of people")), qPrintable(error));
}

void TestTableImport::mappingIsRememberedByHeaders()
{
    // Headers of this run's own (the settings outlive the case, and it runs once per backend).
    QFETCH_GLOBAL(QString, backend);
    const QStringList headers = { QStringLiteral("A"), QStringLiteral("B ") + backend };
    QVERIFY(TableImport::rememberedMapping(TableImport::Kind::People, headers).isEmpty());
    TableImport::rememberMapping(
        TableImport::Kind::People, headers, { QStringLiteral("family_name"), QString() });
    QCOMPARE(TableImport::rememberedMapping(TableImport::Kind::People, headers),
        (QStringList { QStringLiteral("family_name"), QString() }));
    // Other headers, or another kind, have nothing remembered.
    QVERIFY(TableImport::rememberedMapping(TableImport::Kind::People, { QStringLiteral("A") }).isEmpty());
    QVERIFY(TableImport::rememberedMapping(TableImport::Kind::Organizations, headers).isEmpty());
}

void TestTableImport::peopleImport()
{
    const Table table = csv("Name,Notes,Family name first\n"
                            "Dr. Noppadon Theppitak,Thai delegate,\n"
                            "Ms. Nguyen Thi Lan,,yes\n"
                            "Ko Ko,,\n");
    TableImport::Mapping mapping;
    QString error;
    QVERIFY(TableImport::exactMapping(TableImport::Kind::People,
        { QStringLiteral("name"), QStringLiteral("notes"), QStringLiteral("family_name_first") }, &mapping,
        &error));
    TableImport::Plan plan;
    QVERIFY2(TableImport::plan(archive(), TableImport::Kind::People, table, mapping, &plan, &error),
        qPrintable(error));
    QVERIFY(plan.problems.isEmpty());
    QCOMPARE(plan.rows, (QList<int> { 2, 3, 4 }));
    const qint64 before = archive().counts().people;
    Interchange::Report report;
    QVERIFY2(TableImport::run(archive(), plan, &report, &error), qPrintable(error));
    QCOMPARE(report.added, 3);
    QCOMPARE(archive().counts().people, before + 3);
    const auto noppadon = archive().person(archive().personId(QStringLiteral("noppadon-theppitak")));
    QVERIFY(noppadon);
    QCOMPARE(noppadon->honorific, QStringLiteral("Dr."));
    QCOMPARE(noppadon->familyName, QStringLiteral("Theppitak"));
    QCOMPARE(noppadon->givenName, QStringLiteral("Noppadon"));
    QCOMPARE(noppadon->notes, QStringLiteral("Thai delegate"));
    const auto lan = archive().person(archive().personId(QStringLiteral("nguyen-thi-lan")));
    QVERIFY(lan);
    QCOMPARE(lan->familyName, QStringLiteral("Nguyen"));
    QVERIFY(lan->familyNameFirst);

    // The same sheet again: every row is now in the archive, shown and left out.
    QVERIFY(TableImport::plan(archive(), TableImport::Kind::People, table, mapping, &plan, &error));
    QCOMPARE(plan.records(), 0);
    QCOMPARE(plan.duplicates.size(), 3);
    QVERIFY(!plan.canImport());
}

void TestTableImport::everyBadRowIsListedAndNothingIsImported()
{
    const Table table = csv("family_name,given_name,family_name_first,later_mention\n"
                            "Chanthavong,Souk,,\n"
                            ",Nobody,,\n"
                            "Vong,Sam,maybe,\n"
                            "Lee,Mai,,whenever\n");
    TableImport::Mapping mapping;
    QString error;
    QVERIFY(TableImport::exactMapping(TableImport::Kind::People, table.headers, &mapping, &error));
    TableImport::Plan plan;
    QVERIFY(TableImport::plan(archive(), TableImport::Kind::People, table, mapping, &plan, &error));
    QCOMPARE(plan.problems.size(), 3);
    QCOMPARE(plan.problems.at(0).row, 3);
    QCOMPARE(plan.problems.at(0).message, QStringLiteral("row 3, family_name: a person needs a family name"));
    QCOMPARE(plan.problems.at(1).message,
        QStringLiteral("row 4, family_name_first: \"maybe\" is neither yes nor no"));
    QCOMPARE(plan.problems.at(2).row, 5);
    QVERIFY2(plan.problems.at(2).message.startsWith(
                 QStringLiteral("row 5, later_mention: “whenever” is not one of")),
        qPrintable(plan.problems.at(2).message));
    QVERIFY(!plan.canImport());
    const qint64 before = archive().counts().people;
    Interchange::Report report;
    QVERIFY(!TableImport::run(archive(), plan, &report, &error));
    QVERIFY2(
        error.startsWith(QStringLiteral("3 rows cannot be taken; nothing was imported")), qPrintable(error));
    QCOMPARE(archive().counts().people, before); // not even the good row 2
    QCOMPARE(archive().personId(QStringLiteral("souk-chanthavong")), 0);
}

void TestTableImport::duplicatesAreShownNotCreated()
{
    // Zhang Yujun is in the demo; "Y. Zhang" and "Yujun Zhang" are he, in any order; 孙雪峰 is not
    // Sun Xuefeng's local name in the demo, so only the Latin forms match.
    const Table table = csv("name\nYujun Zhang\nDr. Y. Zhang\nDechen Tsering\nSomchai Phan\nSomchai Phan\n");
    TableImport::Mapping mapping = { QStringLiteral("name") };
    TableImport::Plan plan;
    QString error;
    QVERIFY(TableImport::plan(archive(), TableImport::Kind::People, table, mapping, &plan, &error));
    QVERIFY(plan.problems.isEmpty());
    QCOMPARE(plan.duplicates.size(), 4);
    QCOMPARE(plan.duplicates.at(0).row, 2);
    QVERIFY2(plan.duplicates.at(0).message.contains(
                 QStringLiteral("already in the archive as Dr. Zhang Yujun (zhang-yujun)")),
        qPrintable(plan.duplicates.at(0).message));
    QCOMPARE(plan.duplicates.at(1).row, 3);
    QCOMPARE(plan.duplicates.at(2).row, 4);
    QCOMPARE(
        plan.duplicates.at(3).message, QStringLiteral("row 6: Somchai Phan is the same person as row 5"));
    QCOMPARE(plan.rows, QList<int> { 5 });
    const qint64 before = archive().counts().people;
    Interchange::Report report;
    QVERIFY(TableImport::run(archive(), plan, &report, &error));
    QCOMPARE(archive().counts().people, before + 1);
}

void TestTableImport::organisationsAndContacts()
{
    // A parent named by its short name in the archive (MEE) and by a name in the same sheet;
    // MEE itself again, by short name, is a duplicate.
    const Table organisations = csv("Name,Short name,Parent,Country\n"
                                    "Mekong River Commission,MRC,,Laos\n"
                                    "MRC Secretariat,,Mekong River Commission,LA\n"
                                    "Some office of the ministry,,MEE,中国\n"
                                    "Ministry of Ecology and Environment,MEE,,CN\n");
    TableImport::Plan plan;
    QString error;
    QVERIFY(TableImport::plan(archive(), TableImport::Kind::Organizations, organisations,
        TableImport::proposeMapping(TableImport::Kind::Organizations, organisations.headers), &plan, &error));
    QVERIFY2(plan.problems.isEmpty(), qPrintable(plan.problems.value(0).message));
    QCOMPARE(plan.duplicates.size(), 1);
    QCOMPARE(plan.duplicates.at(0).row, 5);
    Interchange::Report report;
    QVERIFY2(TableImport::run(archive(), plan, &report, &error), qPrintable(error));
    QCOMPARE(report.added, 3);
    const auto mrc = archive().organization(archive().organizationId(QStringLiteral("mrc")));
    QVERIFY(mrc);
    QCOMPARE(mrc->country, QStringLiteral("LA"));
    const auto secretariat
        = archive().organization(archive().organizationId(QStringLiteral("mrc-secretariat")));
    QVERIFY(secretariat);
    QCOMPARE(secretariat->parentId, mrc->id);
    const auto office
        = archive().organization(archive().organizationId(QStringLiteral("some-office-of-the-ministry")));
    QVERIFY(office);
    QCOMPARE(office->parentId, archive().organizationId(QStringLiteral("mee")));
    QCOMPARE(office->country, QStringLiteral("CN"));

    const Table contacts
        = csv("Organisation,Label,Phone,E-mail\n"
              "MRC,Press office,+856 21 263 263; +856 21 263 264,\"a@mrcmekong.org, b@mrcmekong.org\"\n"
              "Nobody Inc.,Desk,,\n");
    QVERIFY(TableImport::plan(archive(), TableImport::Kind::Contacts, contacts,
        TableImport::proposeMapping(TableImport::Kind::Contacts, contacts.headers), &plan, &error));
    QCOMPARE(plan.problems.size(), 1);
    QCOMPARE(plan.problems.at(0).message,
        QStringLiteral(
            "row 3, Organisation: no organisation named \"Nobody Inc.\" in the archive; import the "
            "organisations first"));
    Table good = contacts;
    good.rows.removeLast();
    QVERIFY(TableImport::plan(archive(), TableImport::Kind::Contacts, good,
        TableImport::proposeMapping(TableImport::Kind::Contacts, good.headers), &plan, &error));
    QVERIFY(TableImport::run(archive(), plan, &report, &error));
    const auto contact = archive().contact(archive().contactId(QStringLiteral("mrc-press-office")));
    QVERIFY(contact);
    QCOMPARE(contact->organizationId, mrc->id);
    QCOMPARE(contact->phones,
        (QStringList { QStringLiteral("+856 21 263 263"), QStringLiteral("+856 21 263 264") }));
    QCOMPARE(contact->emails,
        (QStringList { QStringLiteral("a@mrcmekong.org"), QStringLiteral("b@mrcmekong.org") }));
    // The same contact again is a duplicate.
    QVERIFY(TableImport::plan(archive(), TableImport::Kind::Contacts, good,
        TableImport::proposeMapping(TableImport::Kind::Contacts, good.headers), &plan, &error));
    QCOMPARE(plan.duplicates.size(), 1);
}

void TestTableImport::dialoguesWithSerialDates()
{
    // Dates as an XLSX serial in a general cell, ISO, and written out; a country by name.
    const Table table = csv("Title,Start date,End date,City,Country,Format,Status\n"
                            "Mekong Water Forum,45000,45001,Vientiane,Laos,In person,Planned\n"
                            "Green Finance Workshop,2023-03-01,,Phnom Penh,KH,online,held\n"
                            "Bad dates,2023-03-05,2023-03-01,,,,\n"
                            "Unknown format,2023-04-05,,,,by pigeon,\n");
    TableImport::Plan plan;
    QString error;
    QVERIFY(TableImport::plan(archive(), TableImport::Kind::Dialogues, table,
        TableImport::proposeMapping(TableImport::Kind::Dialogues, table.headers), &plan, &error));
    QCOMPARE(plan.problems.size(), 2);
    QCOMPARE(plan.problems.at(0).message,
        QStringLiteral("row 4, End date: the dialogue ends (2023-03-01) before it starts (2023-03-05)"));
    QCOMPARE(plan.problems.at(1).row, 5);
    Table good = table;
    good.rows = good.rows.mid(0, 2);
    QVERIFY(TableImport::plan(archive(), TableImport::Kind::Dialogues, good,
        TableImport::proposeMapping(TableImport::Kind::Dialogues, good.headers), &plan, &error));
    QVERIFY(plan.problems.isEmpty());
    Interchange::Report report;
    QVERIFY2(TableImport::run(archive(), plan, &report, &error), qPrintable(error));
    const auto forum
        = archive().dialogue(archive().dialogueId(QStringLiteral("2023-03-15-mekong-water-forum")));
    QVERIFY(forum);
    QCOMPARE(forum->startDate, QDate(2023, 3, 15));
    QCOMPARE(forum->endDate, QDate(2023, 3, 16));
    QCOMPARE(forum->country, QStringLiteral("LA"));
    QCOMPARE(forum->format, QStringLiteral("in_person"));
    QCOMPARE(forum->status, QStringLiteral("planned"));
}

void TestTableImport::sameRulesAsJsonImport()
{
    // What RecordRules refuses in JSON it refuses in a sheet, in the same words.
    const Table table = csv("label,emails,website\nDesk,not-an-address,\n");
    TableImport::Plan plan;
    QString error;
    QVERIFY(TableImport::plan(archive(), TableImport::Kind::Contacts, table,
        TableImport::proposeMapping(TableImport::Kind::Contacts, table.headers), &plan, &error));
    QCOMPARE(plan.problems.size(), 1);
    Contact c;
    c.label = QStringLiteral("Desk");
    c.emails = { QStringLiteral("not-an-address") };
    const QString rule = RecordRules::contact(c).value(0).message;
    QVERIFY(!rule.isEmpty());
    QCOMPARE(plan.problems.at(0).message, QStringLiteral("row 2, emails: ") + rule);
}

void TestTableImport::exportedListReadsBack()
{
    // A list written by the program (CSV with BOM and formula guard) reads back as it was.
    Table out;
    out.headers = { QStringLiteral("family_name"), QStringLiteral("given_name"), QStringLiteral("notes") };
    out.rows = { { QStringLiteral("Souvanna"), QStringLiteral("Phouma"),
        QStringLiteral("-5 degrees, \"cold\"") } };
    Table in;
    QString error;
    QVERIFY2(TableReader::readCsv(TableExport::csv(out), &in, &error), qPrintable(error));
    QCOMPARE(in.headers, out.headers);
    QCOMPARE(in.rows, out.rows);
}

void TestTableImport::progressCanCancel()
{
    Table table;
    table.headers = { QStringLiteral("family_name") };
    for (int i = 0; i < 500; ++i)
        table.rows.append({ QStringLiteral("Person%1").arg(i) });
    TableImport::Plan plan;
    QString error;
    int calls = 0;
    QVERIFY(!TableImport::plan(archive(), TableImport::Kind::People, table, { QStringLiteral("family_name") },
        &plan, &error, [&](int done, int total) {
            ++calls;
            return !(total == 500 && done >= 128);
        }));
    QCOMPARE(error, TableImport::cancelledMessage());
    QVERIFY(calls >= 3);
}

QTEST_GUILESS_MAIN(TestTableImport)
#include "tst_tableimport.moc"
