// Reading past press releases: the hand-written test set (tests/data/releases, twelve house
// styles in text, HTML, .docx and PDF) scored field by field against the record expected of
// each; the reference release in detail; what is not a release; damaged and hostile files;
// the proposal as importable JSON; and Accept, which alone writes.

#include "core/db/Database.h"
#include "core/intake/ReleaseReader.h"
#include "core/intake/ReleaseText.h"
#include "core/interchange/Interchange.h"
#include "core/press/PressReleaseStore.h"
#include "core/records/Archive.h"
#include "support/ReleaseScore.h"
#include "support/TestArchive.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <sys/stat.h>

using namespace rt;
using namespace rt::test;

namespace {

const QString releasesDir = QStringLiteral(ROUNDTABLE_SOURCE_DIR "/tests/data/releases");

ExpectedRelease expectedFrom(const QString &jsonPath)
{
    QFile file(jsonPath);
    file.open(QIODevice::ReadOnly);
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QHash<QString, ExpectedOrganization> organizations;
    for (const QJsonValue &v : root.value(QStringLiteral("organizations")).toArray()) {
        const QJsonObject o = v.toObject();
        organizations.insert(o.value(QStringLiteral("key")).toString(),
            { o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("short_name")).toString() });
    }
    QHash<QString, QJsonObject> people;
    for (const QJsonValue &v : root.value(QStringLiteral("people")).toArray())
        people.insert(v.toObject().value(QStringLiteral("key")).toString(), v.toObject());
    QHash<QString, QJsonObject> contacts;
    for (const QJsonValue &v : root.value(QStringLiteral("contacts")).toArray())
        contacts.insert(v.toObject().value(QStringLiteral("key")).toString(), v.toObject());
    const QJsonObject d = root.value(QStringLiteral("dialogues")).toArray().first().toObject();
    ExpectedRelease e;
    for (const QString &name : ProposedRelease::fieldNames())
        e.fields.insert(name, d.value(name).toString());
    for (const QJsonValue &v : d.value(QStringLiteral("organizations")).toArray())
        e.roles.append({ organizations.value(v.toObject().value(QStringLiteral("organization")).toString()),
            v.toObject().value(QStringLiteral("role")).toString() });
    for (const QJsonValue &v : d.value(QStringLiteral("speeches")).toArray()) {
        const QJsonObject s = v.toObject();
        const QJsonObject p = people.value(s.value(QStringLiteral("person")).toString());
        ExpectedSpeech x;
        x.person = p.value(QStringLiteral("given_name")).toString() + QLatin1Char(' ')
            + p.value(QStringLiteral("family_name")).toString();
        x.familyName = p.value(QStringLiteral("family_name")).toString();
        x.role = s.value(QStringLiteral("role")).toString(QStringLiteral("speech"));
        x.title = s.value(QStringLiteral("title")).toString();
        x.verb = s.value(QStringLiteral("verb")).toString();
        x.summary = s.value(QStringLiteral("summary")).toString();
        x.organization = organizations.value(s.value(QStringLiteral("organization")).toString());
        e.speeches.append(x);
    }
    for (const QJsonValue &v : d.value(QStringLiteral("topics")).toArray())
        e.topics.append(v.toObject().value(QStringLiteral("title")).toString());
    const QJsonObject contact = contacts.value(d.value(QStringLiteral("contact")).toString());
    for (const QJsonValue &v : contact.value(QStringLiteral("emails")).toArray())
        e.emails.append(v.toString());
    e.about = organizations.value(d.value(QStringLiteral("about")).toString());
    return e;
}

// A PDF made the way an office makes one: HTML laid out by Qt and printed to a PDF writer.
bool writePdf(const QString &htmlPath, const QString &pdfPath)
{
    QFile file(htmlPath);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QTextDocument document;
    document.setHtml(QString::fromUtf8(file.readAll()));
    QPdfWriter writer(pdfPath);
    writer.setPageSize(QPageSize(QPageSize::A4));
    document.print(&writer);
    return QFileInfo(pdfPath).size() > 0;
}

// A .docx (a ZIP) with the given parts.
QByteArray zipWith(const QList<std::pair<QString, QByteArray>> &parts)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QuaZip zip(&buffer);
        zip.open(QuaZip::mdCreate);
        for (const auto &[name, data] : parts) {
            QuaZipFile file(&zip);
            file.open(QIODevice::WriteOnly, QuaZipNewInfo(name));
            file.write(data);
            file.close();
        }
        zip.close();
    }
    return buffer.data();
}

QByteArray documentXml(const QByteArray &body)
{
    return QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
                      "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>")
        + body + QByteArray("</w:body></w:document>");
}

} // namespace

class TestReleaseReader : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_archive.open(m_dir.filePath(QStringLiteral("a.roundtable")), TestArchive::Demo, &error),
            qPrintable(error));
    }
    void cleanup() { m_archive.close(); }

    void humanWrittenReleases()
    {
        const QStringList expectations
            = QDir(releasesDir).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
        QVERIFY(expectations.size() >= 12);
        Score score;
        QSet<QString> kinds;
        ReleaseReader reader(&m_archive.archive());
        for (const QString &json : expectations) {
            const QString base = json.chopped(5);
            QString file;
            for (const QString &suffix :
                { QStringLiteral(".docx"), QStringLiteral(".html"), QStringLiteral(".txt") })
                if (QFile::exists(releasesDir + QLatin1Char('/') + base + suffix))
                    file = releasesDir + QLatin1Char('/') + base + suffix;
            if (QFile::exists(releasesDir + QLatin1Char('/') + base + QStringLiteral(".pdf.html"))) {
                file = m_dir.filePath(base + QStringLiteral(".pdf"));
                QVERIFY(writePdf(releasesDir + QLatin1Char('/') + base + QStringLiteral(".pdf.html"), file));
            }
            QVERIFY2(!file.isEmpty(), qPrintable(base));
            kinds.insert(QFileInfo(file).suffix());
            ProposedRelease proposal;
            QString error;
            QVERIFY2(reader.readFile(file, &proposal, &error), qPrintable(error));
            Score one;
            one.scoreRelease(proposal, expectedFrom(releasesDir + QLatin1Char('/') + json));
            score.scoreRelease(proposal, expectedFrom(releasesDir + QLatin1Char('/') + json));
            qInfo("%s: precision %.1f%%, recall %.1f%%", qPrintable(base), one.total().precision() * 100,
                one.total().recall() * 100);
        }
        QCOMPARE(kinds,
            (QSet<QString> { QStringLiteral("txt"), QStringLiteral("html"), QStringLiteral("docx"),
                QStringLiteral("pdf") }));
        qInfo().noquote() << score.table(
            QStringLiteral("Hand-written releases (%1), field-level:").arg(expectations.size()));
        // Thresholds: what a reviewer can accept with light edits. Most fields right, few invented.
        QVERIFY2(score.total().precision() >= 0.85, qPrintable(QString::number(score.total().precision())));
        QVERIFY2(score.total().recall() >= 0.80, qPrintable(QString::number(score.total().recall())));
        for (const QString &row : { QStringLiteral("title"), QStringLiteral("start_date"),
                 QStringLiteral("speaker"), QStringLiteral("organisation+role") }) {
            QVERIFY2(score.tally(row).recall() >= 0.8, qPrintable(row));
            QVERIFY2(score.tally(row).precision() >= 0.8, qPrintable(row));
        }
    }

    // Three more releases written after the reader's rules were settled and never used to
    // adjust them: the figure for releases the reader has not seen. Its bar is lower.
    void holdoutReleases()
    {
        const QString dir = releasesDir + QStringLiteral("/holdout");
        const QStringList expectations
            = QDir(dir).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
        QCOMPARE(expectations.size(), 3);
        Score score;
        ReleaseReader reader(&m_archive.archive());
        for (const QString &json : expectations) {
            const QString file = dir + QLatin1Char('/') + json.chopped(5) + QStringLiteral(".txt");
            ProposedRelease proposal;
            QString error;
            QVERIFY2(reader.readFile(file, &proposal, &error), qPrintable(error));
            score.scoreRelease(proposal, expectedFrom(dir + QLatin1Char('/') + json));
        }
        qInfo().noquote() << score.table(
            QStringLiteral("Held-out releases (%1), field-level:").arg(expectations.size()));
        QVERIFY2(score.total().precision() >= 0.7, qPrintable(QString::number(score.total().precision())));
        QVERIFY2(score.total().recall() >= 0.6, qPrintable(QString::number(score.total().recall())));
    }

    void referenceRelease()
    {
        ReleaseReader reader(&m_archive.archive());
        ProposedRelease p;
        QString error;
        QVERIFY2(reader.readFile(releasesDir + QStringLiteral("/10-reference-lmec.txt"), &p, &error),
            qPrintable(error));
        QCOMPARE(p.value(QStringLiteral("start_date")), QStringLiteral("2022-11-23"));
        QCOMPARE(p.value(QStringLiteral("city")), QStringLiteral("Beijing"));
        QCOMPARE(p.value(QStringLiteral("format")), QStringLiteral("hybrid"));
        QCOMPARE(p.value(QStringLiteral("series")),
            QStringLiteral("Green Lancang-Mekong Initiative: Towards COP15"));
        // Every span points at text that holds the value.
        for (const ProposedField &f : p.fields) {
            if (!f.span.isValid() || f.name == QLatin1String("country") || f.name == QLatin1String("format")
                || f.name.endsWith(QLatin1String("date")))
                continue;
            QCOMPARE(p.text.mid(f.span.start, f.span.length), f.value);
        }
        // The people are the archive's, "Dr. Zhang" later in the text included.
        QVERIFY(!p.people.isEmpty());
        const qint64 zhang = m_archive->personId(QStringLiteral("zhang-yujun"));
        bool foundZhang = false;
        for (const ProposedSpeech &s : p.speeches)
            if (p.people.at(s.person).matchedId == zhang && s.verb == QLatin1String("stated"))
                foundZhang = true;
        QVERIFY(foundZhang);
        for (const ProposedPerson &person : p.people)
            QVERIFY2(person.matchedId > 0, qPrintable(person.person.fullName()));
        // Short names resolve to the archive's organisations.
        bool mee = false;
        for (const ProposedRole &r : p.roles)
            if (p.organizations.at(r.organization).matchedId
                == m_archive->organizationId(QStringLiteral("mee")))
                mee = r.role == QLatin1String("guided_by");
        QVERIFY(mee);
        QVERIFY(p.hasContact);
        QVERIFY(p.contact.emails.contains(QStringLiteral("qian.zhaohui@fecomee.org.cn")));
        QVERIFY(p.contactMatchedId > 0);
        QVERIFY(p.aboutOrganization >= 0);
        QCOMPARE(p.organizations.at(p.aboutOrganization).matchedId,
            m_archive->organizationId(QStringLiteral("lmec")));
    }

    void notARelease_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("shopping list")
            << QStringLiteral("list.txt") << QByteArray("Shopping\nmilk\n2 eggs\nbread\nrice 5 kg\nsoap\n");
        QTest::newRow("menu page")
            << QStringLiteral("menu.html")
            << QByteArray("<html><body><nav><a>Home</a><a>News</a></nav><h1>Welcome to LMEC</h1>"
                          "<ul><li><a href=/a>About us</a></li><li><a href=/e>Events</a></li>"
                          "<li><a href=/c>Contact</a></li></ul><p>Copyright 2023</p></body></html>");
        QTest::newRow("restaurant menu")
            << QStringLiteral("menu.txt")
            << QByteArray("LUNCH MENU\nFried rice with vegetables 45\nTom yum soup 60\n"
                          "Mango sticky rice 40\nOpen daily 11:00 - 22:00\n");
        QTest::newRow("random page")
            << QStringLiteral("page.txt")
            << QByteArray("The Mekong is one of the longest rivers in Asia. It flows through "
                          "six countries and feeds millions of people. Its fish catch is among "
                          "the largest of any inland fishery in the world.\n");
        QTest::newRow("empty") << QStringLiteral("empty.txt") << QByteArray();
    }
    void notARelease()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        const QString path = m_dir.filePath(name);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        ReleaseReader reader(&m_archive.archive());
        ProposedRelease p;
        QString error;
        QVERIFY(!reader.readFile(path, &p, &error));
        QCOMPARE(error, QStringLiteral("no dialogue found in %1").arg(path));
    }

    void damagedFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected"); // part of the message
        QTest::newRow("bad zip") << QStringLiteral("bad.docx")
                                 << QByteArray("PK\x03\x04 this is no zip at all")
                                 << QStringLiteral(
                                        "not a readable .docx: the file is not a readable ZIP archive");
        QTest::newRow("no document.xml")
            << QStringLiteral("empty.docx")
            << zipWith({ { QStringLiteral("[Content_Types].xml"), QByteArray("<Types/>") } })
            << QStringLiteral("word/document.xml is missing");
        QByteArray deep = documentXml(QByteArray("<w:p>").repeated(100000));
        QTest::newRow("nested 100000 deep")
            << QStringLiteral("deep.docx") << zipWith({ { QStringLiteral("word/document.xml"), deep } })
            << QStringLiteral("word/document.xml, line 1: elements nested more than 256 deep");
        QTest::newRow("invalid utf-8 in xml")
            << QStringLiteral("utf8.docx")
            << zipWith({ { QStringLiteral("word/document.xml"),
                   documentXml("<w:p><w:r><w:t>bad \xff\xfe byte</w:t></w:r></w:p>") } })
            << QStringLiteral("word/document.xml, line 1, column");
        QTest::newRow("unclosed xml")
            << QStringLiteral("open.docx")
            << zipWith({ { QStringLiteral("word/document.xml"), QByteArray("<w:document><w:body><w:p>") } })
            << QStringLiteral("word/document.xml, line 1, column");
        QTest::newRow("damaged pdf") << QStringLiteral(
            "bad.pdf") << QByteArray("%PDF-1.4\n1 0 obj << /Type /Catalog >>\ntrailer garbage\n")
                                     << QStringLiteral("PDF");
        QTest::newRow("invalid utf-8 text")
            << QStringLiteral("bad.txt") << QByteArray("Workshop held\n\xc3\x28 in Hanoi\n")
            << QStringLiteral("not UTF-8 text (an invalid byte at offset 14)");
        QTest::newRow("binary") << QStringLiteral("blob.txt") << QByteArray("\x01\x00\x02\x00binary", 10)
                                << QStringLiteral("not a text file");
    }
    void damagedFiles()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(name);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const Archive::Counts before = m_archive->counts();
        ReleaseReader reader(&m_archive.archive());
        ProposedRelease p;
        QString error;
        QVERIFY(!reader.readFile(path, &p, &error));
        QVERIFY2(error.startsWith(path + QStringLiteral(": ")), qPrintable(error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(!error.contains(QLatin1Char('\n')));
        QCOMPARE(m_archive->counts().dialogues, before.dialogues);
    }

    void refusesWhatIsNotAFile()
    {
        ReleaseReader reader(&m_archive.archive());
        ProposedRelease p;
        QString error;
        const QString fifo = m_dir.filePath(QStringLiteral("pipe"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QVERIFY(!reader.readFile(fifo, &p, &error)); // returns at once: no writer is waited for
        QCOMPARE(error, QStringLiteral("%1: not a regular file; only files are read").arg(fifo));
        QVERIFY(!reader.readFile(QStringLiteral("/dev/zero"), &p, &error));
        QVERIFY(error.contains(QStringLiteral("not a regular file")));
        QVERIFY(!reader.readFile(m_dir.path(), &p, &error));
        QVERIFY(error.contains(QStringLiteral("not a regular file")));
        QVERIFY(!reader.readFile(m_dir.filePath(QStringLiteral("missing.txt")), &p, &error));
        QVERIFY(error.startsWith(m_dir.filePath(QStringLiteral("missing.txt")) + QStringLiteral(": ")));
        // A huge file is refused by its size, before it is read.
        const QString huge = m_dir.filePath(QStringLiteral("huge.txt"));
        QFile file(huge);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(ReleaseText::MaxFileSize + 1));
        file.close();
        QVERIFY(!reader.readFile(huge, &p, &error));
        QCOMPARE(error,
            QStringLiteral("%1: the file is larger than 32 MB, the most a press release may be").arg(huge));
    }

    void htmlDropsScriptsAndMenus()
    {
        QString text;
        QVERIFY(ReleaseText::fromHtml(
            QStringLiteral("<html><head><script>var x = 'Workshop';</script><style>p{}</style></head>"
                           "<body><nav><a>Home</a> <a>News</a></nav><h1>Title</h1><p>Body &amp; more</p>"
                           "<footer>Copyright</footer></body></html>"),
            &text));
        QCOMPARE(text, QStringLiteral("Title\nBody & more"));
    }

    void proposalIsImportableJson()
    {
        ReleaseReader reader(&m_archive.archive());
        ProposedRelease p;
        QString error;
        QVERIFY2(reader.readFile(releasesDir + QStringLiteral("/01-dateline-vientiane.txt"), &p, &error),
            qPrintable(error));
        const Archive::Counts before = m_archive->counts();
        const QByteArray json = p.toJson(m_archive.archive(), &error);
        QVERIFY2(!json.isEmpty(), qPrintable(error));
        QCOMPARE(m_archive->counts().dialogues, before.dialogues); // reading and printing write nothing
        QCOMPARE(m_archive->counts().people, before.people);
        Interchange::Report report;
        QVERIFY2(Interchange::importJson(m_archive.archive(), json, &report, &error), qPrintable(error));
        QCOMPARE(m_archive->counts().dialogues, before.dialogues + 1);
        QVERIFY(report.added > 0);
        QVERIFY2(Interchange::importJson(m_archive.archive(), json, &report, &error), qPrintable(error));
        QCOMPARE(report.added, 0);
        QCOMPARE(report.updated, 0);
    }

    void acceptSavesAllInOneGo()
    {
        ReleaseReader reader(&m_archive.archive());
        ProposedRelease p;
        QString error;
        QVERIFY2(reader.readFile(releasesDir + QStringLiteral("/04-online-meeting.html"), &p, &error),
            qPrintable(error));
        const Archive::Counts before = m_archive->counts();
        int newPeople = 0;
        for (const ProposedPerson &person : p.people)
            newPeople += person.matchedId == 0;
        QVERIFY(newPeople > 0 && newPeople < p.people.size()); // Dr. Zhang Yujun is the archive's
        qint64 id = 0;
        QVERIFY2(p.accept(m_archive.archive(), &id, &error), qPrintable(error));
        QCOMPARE(m_archive->counts().dialogues, before.dialogues + 1);
        QCOMPARE(m_archive->counts().people, before.people + newPeople);
        const std::optional<Dialogue> d = m_archive->dialogue(id);
        QVERIFY(d);
        QCOMPARE(d->title, p.value(QStringLiteral("title")));
        QCOMPARE(d->speeches.size(), p.speeches.size());
        const QList<PressRelease> releases = PressReleaseStore(m_archive.db()).releasesOf(id);
        QCOMPARE(releases.size(), 1);
        QCOMPARE(releases.first().status, QStringLiteral("published"));
        QVERIFY(releases.first().body.contains(
            QStringLiteral("most plastic waste reaches the sea through rivers")));
    }

    void acceptIsAllOrNothing()
    {
        ReleaseReader reader(&m_archive.archive());
        ProposedRelease p;
        QString error;
        QVERIFY2(reader.readFile(releasesDir + QStringLiteral("/01-dateline-vientiane.txt"), &p, &error),
            qPrintable(error));
        p.setValue(
            QStringLiteral("country"), QStringLiteral("ZZZ")); // not a country: the dialogue is refused
        const Archive::Counts before = m_archive->counts();
        QVERIFY(!p.accept(m_archive.archive(), nullptr, &error));
        QVERIFY(!error.isEmpty());
        const Archive::Counts after = m_archive->counts();
        QCOMPARE(after.people, before.people);
        QCOMPARE(after.organizations, before.organizations);
        QCOMPARE(after.dialogues, before.dialogues);
    }

private:
    QTemporaryDir m_dir;
    TestArchive m_archive;
};

QTEST_MAIN(TestReleaseReader)
#include "tst_releasereader.moc"
