// import-table, export-vcard, import-vcard and export-ical as a user runs them: exit codes,
// one line per fault, nothing imported on any fault, the files read back.

#include "core/db/Database.h"
#include "core/records/Archive.h"
#include "support/SafetySupport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace rt;
using namespace rt::test;

class TestTableCli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void importTableWithHeadersAsFields();
    void importTableWithMapping();
    void importTableUsageErrors();
    void badRowsImportNothing();
    void hostileInputIsRefused();
    void vcardRoundTrip();
    void badVCardImportsNothing();
    void icalWithQuery();

private:
    QString path(const char *name) const { return m_dir->filePath(QLatin1String(name)); }
    qint64 count(const char *what)
    {
        Database db;
        QString error;
        if (!db.open(m_archive, Database::Mode::ReadOnly, &error))
            return -1;
        Archive archive(db);
        const Archive::Counts c = archive.counts();
        const QByteArray w(what);
        return w == "people"       ? c.people
            : w == "organizations" ? c.organizations
            : w == "contacts"      ? c.contacts
                                   : c.dialogues;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_archive;
};

void TestTableCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_archive = path("a.roundtable");
    const Run demo = roundtable({ QStringLiteral("--database"), m_archive, QStringLiteral("demo") });
    QCOMPARE(demo.exitCode, 0);
}

void TestTableCli::importTableWithHeadersAsFields()
{
    QVERIFY(writeFile(
        path("people.csv"), "family_name,given_name,honorific\nTheppitak,Noppadon,Dr.\nZhang,Yujun,\n"));
    const qint64 before = count("people");
    const Run r = roundtable({ QStringLiteral("-d"), m_archive, QStringLiteral("import-table"),
        path("people.csv"), QStringLiteral("--kind"), QStringLiteral("people") });
    QCOMPARE(r.exitCode, 0);
    // Zhang Yujun is in the demo: shown and left out.
    QCOMPARE(r.out,
        QStringLiteral("row 3: Zhang Yujun is already in the archive as Dr. Zhang Yujun (zhang-yujun)\n"
                       "1 added, 0 updated, 0 unchanged, 1 left out as already in the archive\n"));
    QCOMPARE(count("people"), before + 1);
}

void TestTableCli::importTableWithMapping()
{
    QVERIFY(
        writeFile(path("orgs.csv"), "Organisation;Abbreviation;Land\nMekong River Commission;MRC;Laos\n"));
    QVERIFY(writeFile(
        path("map.json"), R"({"Organisation": "name", "Abbreviation": "short_name", "Land": "country"})"));
    const Run r = roundtable({ QStringLiteral("-d"), m_archive, QStringLiteral("import-table"),
        path("orgs.csv"), QStringLiteral("--kind"), QStringLiteral("organisations"),
        QStringLiteral("--mapping"), path("map.json") });
    QCOMPARE(r.err, QString());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("1 added, 0 updated, 0 unchanged\n"));
    // Without the mapping, the headers are no fields: refused, naming the column.
    const Run plain = roundtable({ QStringLiteral("-d"), m_archive, QStringLiteral("import-table"),
        path("orgs.csv"), QStringLiteral("--kind"), QStringLiteral("organisations") });
    QCOMPARE(plain.exitCode, 1);
    QVERIFY2(plain.err.startsWith(QStringLiteral("roundtable: ") + path("orgs.csv")
                 + QStringLiteral(": column 1 (\"Organisation\") is no field of organizations")),
        qPrintable(plain.err));
}

void TestTableCli::importTableUsageErrors()
{
    QVERIFY(writeFile(path("p.csv"), "family_name\nA\n"));
    Run r = roundtable({ QStringLiteral("-d"), m_archive, QStringLiteral("import-table"), path("p.csv") });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err,
        QStringLiteral("roundtable: import-table needs --kind people|organisations|contacts|dialogues\n"));
    r = roundtable({ QStringLiteral("-d"), m_archive, QStringLiteral("import-table"), path("p.csv"),
        QStringLiteral("--kind"), QStringLiteral("cats") });
    QCOMPARE(r.exitCode, 2);
    r = roundtable({ QStringLiteral("-d"), m_archive, QStringLiteral("export-ical"), path("x.ics"),
        QStringLiteral("(") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!QFile::exists(path("x.ics")));
}

void TestTableCli::badRowsImportNothing()
{
    QVERIFY(writeFile(path("d.csv"),
        "title,start_date,format\nGood one,2024-01-02,online\n,2024-01-03,\nBad format,2024-01-04,carrier "
        "pigeon\n"));
    const qint64 before = count("dialogues");
    const Run r = roundtable({ QStringLiteral("-d"), m_archive, QStringLiteral("import-table"), path("d.csv"),
        QStringLiteral("--kind"), QStringLiteral("dialogues") });
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = r.err.trimmed().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 3); // each row it cannot take, then the verdict
    QCOMPARE(lines.at(0), path("d.csv") + QStringLiteral(": row 3, title: a dialogue needs a title"));
    QVERIFY2(lines.at(1).startsWith(
                 path("d.csv") + QStringLiteral(": row 4, format: “carrier_pigeon” is not one of")),
        qPrintable(lines.at(1)));
    QCOMPARE(lines.at(2),
        QStringLiteral("roundtable: ") + path("d.csv")
            + QStringLiteral(": 2 rows cannot be taken; nothing was imported"));
    QCOMPARE(count("dialogues"), before);
}

void TestTableCli::hostileInputIsRefused()
{
    const qint64 before = count("people");
    QVERIFY(writeFile(path("open.csv"), "family_name\n\"never closed\n"));
    Run r = roundtable({ QStringLiteral("-d"), m_archive, QStringLiteral("import-table"), path("open.csv"),
        QStringLiteral("--kind"), QStringLiteral("people") });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err,
        QStringLiteral("roundtable: ") + path("open.csv")
            + QStringLiteral(": row 2: a quote opened in this row is never closed (nothing was imported)\n"));
    QVERIFY(writeFile(path("fake.xlsx"), "PK\x03\x04garbage"));
    r = roundtable({ QStringLiteral("-d"), m_archive, QStringLiteral("import-table"), path("fake.xlsx"),
        QStringLiteral("--kind"), QStringLiteral("people") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("not an XLSX workbook")), qPrintable(r.err));
    const QString fifo = path("fifo.csv");
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    r = roundtable({ QStringLiteral("-d"), m_archive, QStringLiteral("import-table"), fifo,
        QStringLiteral("--kind"), QStringLiteral("people") });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err,
        QStringLiteral("roundtable: ") + fifo
            + QStringLiteral(": not a regular file; import reads only files (nothing was imported)\n"));
    r = roundtable({ QStringLiteral("-d"), m_archive, QStringLiteral("import-vcard"), fifo });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(count("people"), before);
}

void TestTableCli::vcardRoundTrip()
{
    Run r = roundtable({ QStringLiteral("-d"), m_archive, QStringLiteral("export-vcard"), path("all.vcf") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("5 cards written to %1\n").arg(path("all.vcf")));
    const QByteArray cards = readFile(path("all.vcf"));
    QCOMPARE(cards.count("BEGIN:VCARD\r\n"), 5);
    // Into a new archive: the four people and the contact, with the contact's organisation.
    const QString other = path("b.roundtable");
    r = roundtable({ QStringLiteral("-d"), other, QStringLiteral("import-vcard"), path("all.vcf") });
    QCOMPARE(r.err, QString());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("6 added, 0 updated, 0 unchanged\n"));
    r = roundtable({ QStringLiteral("-d"), other, QStringLiteral("export-vcard"), path("again.vcf") });
    QCOMPARE(r.exitCode, 0);
    // People's cards come back byte for byte (their TITLE and ORG came from speeches, which the
    // new archive does not have).
    const auto peopleOf = [](const QByteArray &bytes) {
        QByteArrayList lines;
        for (const QByteArray &line : bytes.split('\n')) {
            if (!line.startsWith("TITLE") && !line.startsWith("ORG") && !line.startsWith(" "))
                lines.append(line);
        }
        return lines;
    };
    QCOMPARE(peopleOf(readFile(path("again.vcf"))), peopleOf(cards));
    // The archive itself is never written.
    r = roundtable({ QStringLiteral("-d"), m_archive, QStringLiteral("export-vcard"), m_archive });
    QCOMPARE(r.exitCode, 1);
}

void TestTableCli::badVCardImportsNothing()
{
    QVERIFY(writeFile(path("bad.vcf"),
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Somchai Wong\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nFN:X "
        "Y\r\n"));
    const qint64 before = count("people");
    const Run r
        = roundtable({ QStringLiteral("-d"), m_archive, QStringLiteral("import-vcard"), path("bad.vcf") });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err,
        QStringLiteral("roundtable: ") + path("bad.vcf")
            + QStringLiteral(
                ": card 2 (line 5): no END:VCARD; the file ends inside the card (nothing was imported)\n"));
    QCOMPARE(count("people"), before);
}

void TestTableCli::icalWithQuery()
{
    Run r = roundtable({ QStringLiteral("-d"), m_archive, QStringLiteral("export-ical"), path("all.ics") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("1 event written to %1\n").arg(path("all.ics")));
    QVERIFY(readFile(path("all.ics")).contains("SUMMARY:Senior-level Roundtable Dialogue"));
    r = roundtable({ QStringLiteral("-d"), m_archive, QStringLiteral("export-ical"), path("none.ics"),
        QStringLiteral("year:1999") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("0 events written to %1\n").arg(path("none.ics")));
    r = roundtable({ QStringLiteral("-d"), m_archive, QStringLiteral("export-ical"), path("two.ics"),
        QStringLiteral("org:UNEP"), QStringLiteral("year:2022") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(readFile(path("two.ics")).count("BEGIN:VEVENT"), 1);
}

QTEST_GUILESS_MAIN(TestTableCli)
#include "tst_tablecli.moc"
