// Reading past press releases: the hand-written test set (tests/data/releases, twelve house
// styles in text, HTML, .docx and PDF) scored field by field against the record expected of
// each; the reference release in detail; what is not a release; damaged and hostile files;
// the proposal as importable JSON; and Accept, which alone writes.

#include "core/db/Database.h"
#include "core/intake/ReleaseReader.h"
#include "core/intake/ReleaseText.h"
#include "core/interchange/Interchange.h"
#include "core/press/PressReleaseGenerator.h"
#include "core/press/PressReleaseStore.h"
#include "core/records/Archive.h"
#include "support/PgServer.h"
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

// A field's text: a plain string, or in a file of two languages ({"en": …, "zh": …}) the
// Chinese when `chinese`, else the English.
QString textOf(const QJsonValue &value, bool chinese)
{
    if (!value.isObject())
        return value.toString();
    const QJsonObject o = value.toObject();
    return chinese && o.contains(QStringLiteral("zh")) ? o.value(QStringLiteral("zh")).toString()
                                                       : o.value(QStringLiteral("en")).toString();
}

// The record expected of a release, from a roundtable/1 file; of a Chinese release
// (`chinese`), its Chinese text and its speakers by their names in Chinese script.
ExpectedRelease expectedFrom(const QString &jsonPath, bool chinese = false)
{
    QFile file(jsonPath);
    file.open(QIODevice::ReadOnly);
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QHash<QString, ExpectedOrganization> organizations;
    for (const QJsonValue &v : root.value(QStringLiteral("organizations")).toArray()) {
        const QJsonObject o = v.toObject();
        organizations.insert(o.value(QStringLiteral("key")).toString(),
            { textOf(o.value(QStringLiteral("name")), chinese),
                textOf(o.value(QStringLiteral("short_name")), chinese) });
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
        e.fields.insert(name, textOf(d.value(name), chinese));
    for (const QJsonValue &v : d.value(QStringLiteral("organizations")).toArray())
        e.roles.append({ organizations.value(v.toObject().value(QStringLiteral("organization")).toString()),
            v.toObject().value(QStringLiteral("role")).toString() });
    for (const QJsonValue &v : d.value(QStringLiteral("speeches")).toArray()) {
        const QJsonObject s = v.toObject();
        const QJsonObject p = people.value(s.value(QStringLiteral("person")).toString());
        ExpectedSpeech x;
        x.person = chinese ? p.value(QStringLiteral("local_name")).toString()
                           : p.value(QStringLiteral("given_name")).toString() + QLatin1Char(' ')
                + p.value(QStringLiteral("family_name")).toString();
        x.familyName = p.value(QStringLiteral("family_name")).toString();
        x.role = s.value(QStringLiteral("role")).toString(QStringLiteral("speech"));
        x.title = textOf(s.value(QStringLiteral("title")), chinese);
        x.verb = s.value(QStringLiteral("verb")).toString();
        x.summary = textOf(s.value(QStringLiteral("summary")), chinese);
        x.organization = organizations.value(s.value(QStringLiteral("organization")).toString());
        e.speeches.append(x);
    }
    for (const QJsonValue &v : d.value(QStringLiteral("topics")).toArray())
        e.topics.append(textOf(v.toObject().value(QStringLiteral("title")), chinese));
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
    // Every case on an SQLite file and on a PostgreSQL server (support/PgServer.h): people and
    // organisations are matched against the archive in SQL.
    void initTestCase_data() { addBackends(); }
    void cleanupTestCase() { PgServer::stopIfStarted(); }
    void init()
    {
        REQUIRE_BACKEND();
        QVERIFY(m_dir.isValid());
        QString error;
        const QString archive = newArchive(m_dir.filePath(QStringLiteral("a.roundtable")), &error);
        QVERIFY2(!archive.isEmpty(), qPrintable(error));
        QVERIFY2(m_archive.open(archive, TestArchive::Demo, &error), qPrintable(error));
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

    // Six releases written in Chinese in different house styles (tests/data/releases/zh: our
    // own lead, a news agency's dateline, an online webinar with its chair, a multi-day
    // workshop with a venue, a web page with its menu, a release dated after the event with
    // the roles in a sentence of their own), scored on the record's Chinese text.
    void chineseReleases()
    {
        const QString dir = releasesDir + QStringLiteral("/zh");
        const QStringList expectations
            = QDir(dir).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
        QVERIFY(expectations.size() >= 6);
        Score score;
        ReleaseReader reader(&m_archive.archive());
        for (const QString &json : expectations) {
            const QString base = json.chopped(5);
            QString file;
            for (const QString &suffix : { QStringLiteral(".html"), QStringLiteral(".txt") })
                if (QFile::exists(dir + QLatin1Char('/') + base + suffix))
                    file = dir + QLatin1Char('/') + base + suffix;
            QVERIFY2(!file.isEmpty(), qPrintable(base));
            ProposedRelease proposal;
            QString error;
            QVERIFY2(reader.readFile(file, &proposal, &error), qPrintable(error));
            QCOMPARE(proposal.language, QStringLiteral("zh"));
            const ExpectedRelease expected = expectedFrom(dir + QLatin1Char('/') + json, true);
            Score one;
            one.scoreRelease(proposal, expected);
            score.scoreRelease(proposal, expected);
            qInfo("%s: precision %.1f%%, recall %.1f%%", qPrintable(base), one.total().precision() * 100,
                one.total().recall() * 100);
            if (qEnvironmentVariableIsSet("RT_DEBUG"))
                qInfo().noquote() << one.table(base);
        }
        qInfo().noquote() << score.table(
            QStringLiteral("Hand-written Chinese releases (%1), field-level:").arg(expectations.size()));
        QVERIFY2(score.total().precision() >= 0.85, qPrintable(QString::number(score.total().precision())));
        QVERIFY2(score.total().recall() >= 0.80, qPrintable(QString::number(score.total().recall())));
        for (const QString &row : { QStringLiteral("title"), QStringLiteral("start_date"),
                 QStringLiteral("speaker"), QStringLiteral("organisation+role") }) {
            QVERIFY2(score.tally(row).recall() >= 0.8, qPrintable(row));
            QVERIFY2(score.tally(row).precision() >= 0.8, qPrintable(row));
        }
    }

    // Two more Chinese releases written after the reader's rules were settled and not used to
    // adjust them (a quotation before the speaker, a chair at the opening, a prefecture
    // before the city, a video conference, speakers who 分别致辞): the figure for Chinese
    // releases the reader has not seen. Its bar is the English held-out set's.
    void chineseHoldoutReleases()
    {
        const QString dir = releasesDir + QStringLiteral("/zh/holdout");
        const QStringList expectations
            = QDir(dir).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
        QCOMPARE(expectations.size(), 2);
        Score score;
        ReleaseReader reader(&m_archive.archive());
        for (const QString &json : expectations) {
            const QString file = dir + QLatin1Char('/') + json.chopped(5) + QStringLiteral(".txt");
            ProposedRelease proposal;
            QString error;
            QVERIFY2(reader.readFile(file, &proposal, &error), qPrintable(error));
            score.scoreRelease(proposal, expectedFrom(dir + QLatin1Char('/') + json, true));
        }
        qInfo().noquote() << score.table(
            QStringLiteral("Held-out Chinese releases (%1), field-level:").arg(expectations.size()));
        QVERIFY2(score.total().precision() >= 0.7, qPrintable(QString::number(score.total().precision())));
        QVERIFY2(score.total().recall() >= 0.6, qPrintable(QString::number(score.total().recall())));
    }

    // The demo's Chinese release as the program writes it reads back to the demo's record:
    // its Chinese text, the archive's people by their Chinese names, organisations by their
    // zh names and short names.
    void chineseReferenceRelease()
    {
        const qint64 id = m_archive->dialogueId(QStringLiteral("2022-11-23-iem-roundtable"));
        QVERIFY(id > 0);
        PressReleaseGenerator generator(m_archive.archive());
        PressRelease release;
        release.language = QStringLiteral("zh");
        QString error;
        QVERIFY2(generator.generate(id, QString(), &release, &error), qPrintable(error));
        QString text;
        QVERIFY(ReleaseText::fromHtml(release.body, &text));
        QCOMPARE(ReleaseReader::languageOf(text), QStringLiteral("zh"));
        ReleaseReader reader(&m_archive.archive());
        const ProposedRelease p = reader.read(text);
        QVERIFY(p.found());
        const Dialogue d = *m_archive->dialogue(id);
        const QString zh = QStringLiteral("zh");
        QCOMPARE(p.language, zh);
        QCOMPARE(p.value(QStringLiteral("title")), d.translations.value(zh, QStringLiteral("title")));
        QCOMPARE(p.value(QStringLiteral("series")), d.translations.value(zh, QStringLiteral("series")));
        QCOMPARE(p.value(QStringLiteral("start_date")), QStringLiteral("2022-11-23"));
        QCOMPARE(p.value(QStringLiteral("city")), QStringLiteral("北京"));
        QCOMPARE(p.english.value(QStringLiteral("city")), QStringLiteral("Beijing"));
        QCOMPARE(p.value(QStringLiteral("country")), QStringLiteral("CN"));
        QCOMPARE(p.value(QStringLiteral("format")), QStringLiteral("hybrid"));
        QCOMPARE(p.value(QStringLiteral("occasion")), QStringLiteral("澜沧江-湄公河环境合作中心成立五周年"));
        QCOMPARE(p.value(QStringLiteral("participants")),
            d.translations.value(zh, QStringLiteral("participants")));
        QCOMPARE(p.value(QStringLiteral("outcome")), d.translations.value(zh, QStringLiteral("outcome")));
        // Every span points at the text of its value.
        for (const ProposedField &f : p.fields) {
            if (!f.span.isValid() || f.name == QLatin1String("country") || f.name == QLatin1String("format")
                || f.name.endsWith(QLatin1String("date")) || f.name == QLatin1String("kind"))
                continue;
            QCOMPARE(p.text.mid(f.span.start, f.span.length), f.value);
        }
        // The organisations with their roles, all the archive's.
        QList<std::pair<qint64, QString>> roles;
        for (const ProposedRole &r : p.roles)
            roles.append({ p.organizations.at(r.organization).matchedId, r.role });
        QList<std::pair<qint64, QString>> expectedRoles;
        for (const DialogueOrganization &o : d.organizations)
            expectedRoles.append({ o.organizationId, o.role });
        QCOMPARE(roles, expectedRoles);
        // The speeches in order: the archive's people, their titles of the day, the verbs
        // read back to English, the words as the record has them in Chinese.
        QCOMPARE(p.speeches.size(), d.speeches.size());
        for (const Speech &s : d.speeches) {
            bool found = false;
            for (const ProposedSpeech &ps : p.speeches) {
                if (p.people.at(ps.person).matchedId != s.personId)
                    continue;
                found = true;
                QCOMPARE(ps.role, s.role);
                QCOMPARE(ps.verb, s.verb);
                QCOMPARE(ps.title, s.translations.value(zh, QStringLiteral("title")));
                QCOMPARE(ps.summary, s.translations.value(zh, QStringLiteral("summary")));
                QCOMPARE(p.organizations.at(ps.organization).matchedId, s.organizationId);
            }
            QVERIFY2(found, qPrintable(m_archive->person(s.personId)->fullName()));
        }
        QCOMPARE(p.topics.size(), d.topics.size());
        for (int i = 0; i < d.topics.size(); ++i)
            QCOMPARE(p.topics.at(i).topic.translations.value(zh, QStringLiteral("title")),
                d.topics.at(i).translations.value(zh, QStringLiteral("title")));
        QVERIFY(p.hasContact);
        QCOMPARE(p.contactMatchedId, d.contactId);
        QCOMPARE(p.organizations.at(p.aboutOrganization).matchedId, d.aboutOrganizationId);
        // Nothing new: everything is the archive's, so the English the rules need is the
        // title and the topics' titles only.
        for (const ProposedPerson &person : p.people)
            QVERIFY(person.matchedId > 0);
        QStringList missing;
        for (const ProposedRelease::Missing &m : p.missingEnglish())
            missing << m.path;
        QCOMPARE(missing,
            (QStringList { QStringLiteral("title"), QStringLiteral("topics[0].title"),
                QStringLiteral("topics[1].title"), QStringLiteral("topics[2].title") }));
    }

    // A record read from a Chinese release keeps its Chinese in `zh`; the English the rules
    // need (a title, each topic's, a new organisation's name) is flagged for the reviewer,
    // never filled with the Chinese: Accept refuses until it is given, the JSON leaves it out.
    void chineseNeedsEnglishBeforeSaving()
    {
        ReleaseReader reader(&m_archive.archive());
        ProposedRelease p;
        QString error;
        QVERIFY2(reader.readFile(releasesDir + QStringLiteral("/zh/03-online-webinar.txt"), &p, &error),
            qPrintable(error));
        const Archive::Counts before = m_archive->counts();
        QVERIFY(!p.accept(m_archive.archive(), nullptr, &error));
        QVERIFY2(error.startsWith(QStringLiteral(
                     "the record needs English text before it is saved: the title in English")),
            qPrintable(error));
        QCOMPARE(m_archive->counts().dialogues, before.dialogues);
        QCOMPARE(m_archive->counts().organizations, before.organizations);

        // The JSON says the same: the title in Chinese alone, which import refuses by its path.
        const QByteArray json = p.toJson(m_archive.archive(), &error);
        QVERIFY2(!json.isEmpty(), qPrintable(error));
        const QJsonObject dialogue = QJsonDocument::fromJson(json)
                                         .object()
                                         .value(QStringLiteral("dialogues"))
                                         .toArray()
                                         .first()
                                         .toObject();
        QCOMPARE(dialogue.value(QStringLiteral("title")).toObject(),
            (QJsonObject { { QStringLiteral("zh"), QStringLiteral("澜湄海洋塑料污染防治网络研讨会") } }));
        QVERIFY(!json.contains("english missing"));
        Interchange::Report report;
        QVERIFY(!Interchange::importJson(m_archive.archive(), json, &report, &error));
        QVERIFY2(error.contains(QStringLiteral(".en: the English text is required")), qPrintable(error));
        QCOMPARE(m_archive->counts().dialogues, before.dialogues);

        // Given the English, it is saved with both languages.
        p.english.insert(QStringLiteral("title"), QStringLiteral("Webinar on Marine Plastic Pollution"));
        for (int i = 0; i < p.topics.size(); ++i)
            p.topics[i].topic.title = QStringLiteral("Topic %1").arg(i + 1);
        for (ProposedOrganization &o : p.organizations)
            if (o.matchedId == 0)
                o.organization.name = QStringLiteral("Organisation %1").arg(&o - p.organizations.data());
        QVERIFY(p.missingEnglish().isEmpty());
        qint64 id = 0;
        QVERIFY2(p.accept(m_archive.archive(), &id, &error), qPrintable(error));
        const Dialogue d = *m_archive->dialogue(id);
        QCOMPARE(d.title, QStringLiteral("Webinar on Marine Plastic Pollution"));
        QCOMPARE(d.translations.value(QStringLiteral("zh"), QStringLiteral("title")),
            QStringLiteral("澜湄海洋塑料污染防治网络研讨会"));
        QCOMPARE(d.kind, QStringLiteral("Webinar"));
        QCOMPARE(
            d.translations.value(QStringLiteral("zh"), QStringLiteral("kind")), QStringLiteral("网络研讨会"));
        QCOMPARE(d.format, QStringLiteral("online"));
        QCOMPARE(d.speeches.size(), 4);
        QVERIFY(d.speeches.at(1).summary.isEmpty()); // the English summary: none was given
        QCOMPARE(d.speeches.at(1).translations.value(QStringLiteral("zh"), QStringLiteral("title")),
            QStringLiteral("项目管理官员"));
        QCOMPARE(d.speeches.at(1).personId, m_archive->personId(QStringLiteral("wang-qian")));
        const QList<PressRelease> releases = PressReleaseStore(m_archive.db()).releasesOf(id);
        QCOMPARE(releases.size(), 1);
        QCOMPARE(releases.first().language, QStringLiteral("zh"));
    }

    // The UNEP Regional Office for Asia and the Pacific as releases write it: the archive's
    // name spelt out, with UNEP's, as "UNEP ROAP"; other regional offices stay new.
    void regionalOfficeLongForms_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("matched");
        QTest::newRow("long form") << QStringLiteral(
            "the United Nations Environment Programme Regional Office for Asia and the Pacific")
                                   << true;
        QTest::newRow("short name") << QStringLiteral("UNEP ROAP") << true;
        QTest::newRow("possessive") << QStringLiteral("UNEP's Regional Office for Asia and the Pacific")
                                    << true;
        QTest::newRow("archive's name")
            << QStringLiteral("UNEP Regional Office for Asia and the Pacific") << true;
        QTest::newRow("another programme") << QStringLiteral(
            "the United Nations Development Programme Regional Office for Asia and the Pacific")
                                           << false;
        QTest::newRow("another region")
            << QStringLiteral("the United Nations Environment Programme Regional Office for Africa") << false;
    }
    void regionalOfficeLongForms()
    {
        QFETCH(QString, name);
        QFETCH(bool, matched);
        const QString text = QStringLiteral(
            "Regional Workshop on Air Quality Monitoring\n"
            "BANGKOK, 5 March 2024 - The Regional Workshop on Air Quality Monitoring was held in Bangkok "
            "on 5 March 2024. The workshop was organized by %1 and the Lancang-Mekong Environmental "
            "Cooperation Center (LMEC).\n")
                                 .arg(name);
        ReleaseReader reader(&m_archive.archive());
        const ProposedRelease p = reader.read(text);
        QVERIFY(p.found());
        const qint64 roap = m_archive->organizationId(QStringLiteral("unep-roap"));
        const qint64 lmec = m_archive->organizationId(QStringLiteral("lmec"));
        QCOMPARE(p.roles.size(), 2);
        const ProposedOrganization &first = p.organizations.at(p.roles.first().organization);
        QCOMPARE(first.matchedId, matched ? roap : 0);
        QCOMPARE(p.organizations.at(p.roles.last().organization).matchedId, lmec);
        QCOMPARE(p.roles.first().role, QStringLiteral("organizer"));
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
        QTest::newRow("chinese menu page")
            << QStringLiteral("menu-zh.html")
            << QStringLiteral("<html><body><nav><a>首页</a><a>新闻动态</a><a>关于我们</a></nav>"
                              "<h1>欢迎访问澜沧江-湄公河环境合作中心</h1><ul><li><a href=/a>中心简介</a></li>"
                              "<li><a href=/e>合作项目</a></li><li><a href=/c>联系我们</a></li></ul>"
                              "<p>版权所有 2023 澜沧江-湄公河环境合作中心</p></body></html>")
                   .toUtf8();
        QTest::newRow("chinese news page")
            << QStringLiteral("news-zh.txt")
            << QStringLiteral(
                   "湄公河流域旱季水位持续偏低\n"
                   "2023年4月12日，据监测数据显示，受降雨偏少影响，湄公河下游多个水文站水位较常年同期偏低"
                   "约一米。专家提醒，沿岸农民应合理安排灌溉用水。气象部门预计五月中旬将迎来降雨。\n")
                   .toUtf8();
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
        // Qt lays out nested blocks in time that grows with the square of their depth: this page
        // took minutes to read before it was refused.
        QTest::newRow("html nested 100000 deep")
            << QStringLiteral("deep.html")
            << (QByteArray("<html><body>") + QByteArray("<div>").repeated(100000)
                   + QByteArray("x</body></html>"))
            << QStringLiteral("elements nested more than 256 deep");
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
        QFile::remove(fifo); // the folder is the whole test's: the other backend's case made one
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
