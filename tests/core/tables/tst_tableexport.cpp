// Lists written as CSV (RFC 4180, UTF-8 with BOM, formula-like cells guarded) and XLSX
// (read back from the zip): the same cells in the same order, Chinese intact, nothing ever a
// formula, and the archive's own files refused.

#include "core/tables/TableExport.h"
#include "support/TestArchive.h"
#include "support/XlsxReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rt;
using namespace rt::test;

class TestTableExport : public QObject
{
    Q_OBJECT

private slots:
    void csvFields_data();
    void csvFields();
    void csvIsRfc4180WithBom();
    void xlsxHoldsTheCells();
    void xlsxHasNoFormulas();
    void refusesTheArchive();
    void replacesAtomically();

private:
    static Table sample();
    QTemporaryDir m_dir;
};

Table TestTableExport::sample()
{
    Table table;
    table.name = QStringLiteral("Dialogues");
    table.headers = { QStringLiteral("Date"), QStringLiteral("Title"), QStringLiteral("Speeches") };
    table.rows = {
        { QStringLiteral("2022-11-23"), QStringLiteral("澜湄流域生态系统综合管理圆桌对话"),
            QStringLiteral("8") },
        { QStringLiteral("2023-01-10"), QStringLiteral("Water, \"rivers\" and\nwetlands"),
            QStringLiteral("0") },
        { QStringLiteral("2023-02-11"), QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("12") },
        { QStringLiteral("2023-03-12"), QStringLiteral("@SUM(1+1)"), QString() },
        { QStringLiteral("2023-04-13"), QStringLiteral("-2+3"), QStringLiteral("007") },
        { QStringLiteral("2023-05-14"), QStringLiteral("ປະຊຸມ ແມ່ນ້ຳຂອງ · ကြိုဆိုပါတယ် · ជំរាបសួរ"),
            QStringLiteral("1") },
    };
    return table;
}

void TestTableExport::csvFields_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("field");
    QTest::newRow("plain") << QStringLiteral("Beijing") << QStringLiteral("Beijing");
    QTest::newRow("comma") << QStringLiteral("Beijing, China") << QStringLiteral("\"Beijing, China\"");
    QTest::newRow("quote") << QStringLiteral("the \"Dialogue\"")
                           << QStringLiteral("\"the \"\"Dialogue\"\"\"");
    QTest::newRow("line break") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
    QTest::newRow("formula") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("plus") << QStringLiteral("+86-10-82268242") << QStringLiteral("'+86-10-82268242");
    QTest::newRow("minus") << QStringLiteral("-dam") << QStringLiteral("'-dam");
    QTest::newRow("at") << QStringLiteral("@cmd") << QStringLiteral("'@cmd");
    QTest::newRow("formula with comma") << QStringLiteral("=A1,B1") << QStringLiteral("\"'=A1,B1\"");
    QTest::newRow("chinese") << QStringLiteral("生态环境部") << QStringLiteral("生态环境部");
    QTest::newRow("empty") << QString() << QString();
}

void TestTableExport::csvFields()
{
    QFETCH(QString, cell);
    QFETCH(QString, field);
    QCOMPARE(TableExport::csvField(cell), field);
}

void TestTableExport::csvIsRfc4180WithBom()
{
    const QString path = m_dir.filePath(QStringLiteral("list.csv"));
    QString error;
    QVERIFY2(TableExport::write(sample(), path, TableExport::formatOf(path), QString(), &error),
        qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QString expected = QStringLiteral("Date,Title,Speeches\r\n"
                                            "2022-11-23,澜湄流域生态系统综合管理圆桌对话,8\r\n"
                                            "2023-01-10,\"Water, \"\"rivers\"\" and\nwetlands\",0\r\n"
                                            "2023-02-11,'=cmd|' /C calc'!A0,12\r\n"
                                            "2023-03-12,'@SUM(1+1),\r\n"
                                            "2023-04-13,'-2+3,007\r\n"
                                            "2023-05-14,ປະຊຸມ ແມ່ນ້ຳຂອງ · ကြိုဆိုပါတယ် · ជំរាបសួរ,1\r\n");
    QCOMPARE(text, expected);
}

void TestTableExport::xlsxHoldsTheCells()
{
    const QString path = m_dir.filePath(QStringLiteral("list.xlsx"));
    QCOMPARE(TableExport::formatOf(path), TableExport::Format::Xlsx);
    QString error;
    QVERIFY2(TableExport::write(sample(), path, TableExport::formatOf(path), QString(), &error),
        qPrintable(error));
    QList<QStringList> rows;
    QVERIFY(readXlsx(path, &rows));
    const Table table = sample();
    QCOMPARE(rows.size(), table.rows.size() + 1);
    QCOMPARE(rows.first(), table.headers);
    for (int i = 0; i < table.rows.size(); ++i) {
        QStringList expected = table.rows.at(i);
        while (!expected.isEmpty() && expected.last().isEmpty())
            expected.removeLast(); // an empty cell is not written
        QCOMPARE(rows.at(i + 1), expected); // exactly as shown: no apostrophe needed in XLSX
    }
    // The sheet is named after the list.
    QVERIFY(unzipEntry(path, QStringLiteral("xl/workbook.xml")).contains("name=\"Dialogues\""));
}

void TestTableExport::xlsxHasNoFormulas()
{
    const QString path = m_dir.filePath(QStringLiteral("formulas.xlsx"));
    QString error;
    QVERIFY(TableExport::write(sample(), path, TableExport::Format::Xlsx, QString(), &error));
    QList<QStringList> rows;
    int formulas = -1;
    QVERIFY(readXlsx(path, &rows, &formulas));
    QCOMPARE(formulas, 0);
    // "=cmd…" is a string cell; "12" a number; "007" keeps its zeros as text.
    const QByteArray sheet = unzipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    QVERIFY(
        sheet.contains("<c r=\"C4\"><v>12</v></c>") || sheet.contains("<c r=\"C4\" s=\"0\"><v>12</v></c>"));
    QCOMPARE(rows.at(5).at(2), QStringLiteral("007"));
}

void TestTableExport::refusesTheArchive()
{
    const QString archive = m_dir.filePath(QStringLiteral("a.roundtable"));
    QVERIFY(writeTestArchive(archive));
    QFile file(archive);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    for (const TableExport::Format format : { TableExport::Format::Csv, TableExport::Format::Xlsx }) {
        QString error;
        QVERIFY(!TableExport::write(sample(), archive, format, archive, &error));
        QVERIFY(!error.isEmpty() && !error.contains(QLatin1Char('\n')));
    }
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    // A folder is no file to write.
    QString error;
    QVERIFY(!TableExport::write(sample(), m_dir.path(), TableExport::Format::Xlsx, archive, &error));
}

void TestTableExport::replacesAtomically()
{
    const QString path = m_dir.filePath(QStringLiteral("again.xlsx"));
    QString error;
    QVERIFY(TableExport::write(sample(), path, TableExport::Format::Xlsx, QString(), &error));
    Table shorter = sample();
    shorter.rows.resize(1);
    QVERIFY(TableExport::write(shorter, path, TableExport::Format::Xlsx, QString(), &error));
    QList<QStringList> rows;
    QVERIFY(readXlsx(path, &rows));
    QCOMPARE(rows.size(), 2);
    // Nothing left beside it.
    QCOMPARE(QDir(m_dir.path()).entryList({ QStringLiteral("again*") }, QDir::Files | QDir::Hidden),
        QStringList { QStringLiteral("again.xlsx") });
}

QTEST_GUILESS_MAIN(TestTableExport)
#include "tst_tableexport.moc"
