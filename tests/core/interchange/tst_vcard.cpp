// People and contacts as vCard 4.0 (RFC 6350): every line of the export against the RFC's
// grammar, the cards read by a parser we did not write (Debian's python3-vobject), the round
// trip export -> import -> the same records, and malformed cards refused whole.

#include "core/interchange/ContentLines.h"
#include "core/interchange/VCard.h"
#include "core/records/Archive.h"
#include "support/PgServer.h"
#include "support/TestArchive.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace rt;
using namespace rt::test;

class TestVCard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackends(); }
    void initTestCase();
    void cleanupTestCase() { PgServer::stopIfStarted(); }
    void init();
    void cleanup();

    void foldingAndEscaping();
    void exportFollowsTheGrammar();
    void independentReaderReadsTheExport();
    void roundTripGivesTheSameRecords();
    void foreignCardsAndDuplicates();
    void malformedCardsImportNothing_data();
    void malformedCardsImportNothing();
    void onlyRegularFiles();

private:
    // The cards as python3-vobject reads them.
    QJsonArray independentRead(const QByteArray &bytes);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    TestArchive m_archive;
};

void TestVCard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestVCard::init()
{
    REQUIRE_BACKEND();
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    const QString archive = newArchive(m_dir->filePath(QStringLiteral("v.roundtable")), &error);
    QVERIFY2(!archive.isEmpty(), qPrintable(error));
    QVERIFY2(m_archive.open(archive, TestArchive::Demo, &error), qPrintable(error));
    // A person whose every field needs care: a long note in Chinese (folded inside characters'
    // reach), commas, semicolons, a backslash and line breaks.
    Person p;
    p.key = QStringLiteral("nguyen-thi-lan");
    p.honorific = QStringLiteral("Ms.");
    p.familyName = QStringLiteral("Nguyễn");
    p.givenName = QStringLiteral("Thị Lan");
    p.familyNameFirst = true;
    p.localName = QStringLiteral("阮氏兰");
    p.notes = QStringLiteral("Hanoi; Ha Long, Da Nang\\Hue\nSecond line: "
                             "湄公河环境合作中心的长期合作伙伴，负责越南方面的协调工作。");
    p.laterMention = QStringLiteral("full_name");
    QString error2;
    QVERIFY2(m_archive->savePerson(p, &error2), qPrintable(error2));
}

void TestVCard::cleanup()
{
    m_archive.close();
    m_dir.reset();
}

QJsonArray TestVCard::independentRead(const QByteArray &bytes)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
        { QStringLiteral(ROUNDTABLE_SOURCE_DIR "/tests/support/vcard_read.py") });
    if (!python.waitForStarted())
        return {};
    python.write(bytes);
    python.closeWriteChannel();
    python.waitForFinished(60000);
    if (python.exitCode() != 0) {
        qWarning("%s", python.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}

void TestVCard::foldingAndEscaping()
{
    QCOMPARE(ContentLines::escape(QStringLiteral("a,b;c\\d\ne")), QStringLiteral("a\\,b\\;c\\\\d\\ne"));
    QCOMPARE(
        ContentLines::unescape(QStringLiteral("a\\,b\\;c\\\\d\\ne\\Nf")), QStringLiteral("a,b;c\\d\ne\nf"));
    QCOMPARE(ContentLines::components(QStringLiteral("Zhang;Yu\\;jun;;Dr.;")),
        (QStringList { QStringLiteral("Zhang"), QStringLiteral("Yu;jun"), QString(), QStringLiteral("Dr."),
            QString() }));
    // 200 three-byte characters: every physical line at most 75 octets, none cut inside a
    // character, and unfolding gives the text back.
    const QString value = QString(200, QChar(0x6E44));
    const QByteArray folded = ContentLines::line(QStringLiteral("NOTE"), value);
    const QList<QByteArray> lines = folded.split('\n');
    QVERIFY(lines.size() > 3);
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        QVERIFY(line.endsWith('\r'));
        QVERIFY2(line.size() - 1 <= 75, line.constData());
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = utf8.decode(line.startsWith(' ') ? line.mid(1) : line);
        QVERIFY(!decoded.isEmpty());
        QVERIFY(!utf8.hasError());
    }
    QList<ContentLines::Property> properties;
    QString error;
    QVERIFY(ContentLines::read(folded, &properties, &error));
    QCOMPARE(properties.size(), 1);
    QCOMPARE(properties.at(0).value, value);
}

void TestVCard::exportFollowsTheGrammar()
{
    QString error;
    const QByteArray bytes = VCard::exportCards(m_archive.archive(), &error);
    QVERIFY(!bytes.isEmpty());
    // RFC 6350 section 3.3: contentline = [group "."] name *(";" param) ":" value CRLF, name
    // and param names of ALPHA / DIGIT / "-"; param values safe-chars or quoted; lines
    // folded at 75 octets with a space (section 3.2); UTF-8 only (section 3.1).
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    QVERIFY(!utf8.hasError());
    QVERIFY(bytes.endsWith("\r\n"));
    QCOMPARE(bytes.count("\n"), bytes.count("\r\n"));
    for (const QByteArray &physical : bytes.split('\n')) {
        if (!physical.isEmpty())
            QVERIFY2(physical.size() - 1 <= 75, physical.constData());
    }
    QString unfolded = text;
    unfolded.replace(QStringLiteral("\r\n "), QString());
    static const QRegularExpression contentLine(QStringLiteral(
        "^(?:[A-Za-z0-9-]+\\.)?[A-Za-z0-9-]+(?:;[A-Za-z0-9-]+=(?:\"[^\"\\x00-\\x08\\x0A-\\x1F\\x7F]*\"|[^\";:"
        ",\\x00-\\x08\\x0A-\\x1F\\x7F]*)"
        "(?:,(?:\"[^\"]*\"|[^\";:,\\x00-\\x08\\x0A-\\x1F\\x7F]*))*)*:[^\\x00-\\x08\\x0A-\\x1F\\x7F]*$"));
    // In a text value, a comma, semicolon or backslash is escaped, except where N and ADR
    // separate their parts.
    static const QRegularExpression unescaped(QStringLiteral("(?<!\\\\)(?:\\\\\\\\)*[,;]"));
    QStringList lines = unfolded.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.takeLast(), QString());
    int cards = 0;
    QString previous;
    for (const QString &line : std::as_const(lines)) {
        QVERIFY2(contentLine.match(line).hasMatch(), qPrintable(line));
        const QString name = line.section(QRegularExpression(QStringLiteral("[;:]")), 0, 0);
        const QString value = line.mid(line.indexOf(QLatin1Char(':')) + 1);
        if (name == QLatin1String("BEGIN"))
            ++cards;
        // VERSION comes right after BEGIN (section 6.7.9).
        if (previous.startsWith(QLatin1String("BEGIN:")))
            QCOMPARE(line, QStringLiteral("VERSION:4.0"));
        if (name != QLatin1String("N") && name != QLatin1String("ADR"))
            QVERIFY2(!unescaped.match(value).hasMatch(), qPrintable(line));
        if (name == QLatin1String("N"))
            QCOMPARE(ContentLines::components(value).size(), 5);
        if (name == QLatin1String("ADR"))
            QCOMPARE(ContentLines::components(value).size(), 7);
        previous = line;
    }
    const Archive::Counts counts = m_archive->counts();
    QCOMPARE(qint64(cards), counts.people + counts.contacts);
    // Each card has FN (section 6.2.1, required), and each UID is different.
    QCOMPARE(text.count(QStringLiteral("\r\nFN:")), cards);
    QCOMPARE(text.count(QStringLiteral("\r\nUID:urn:uuid:")), cards);
    // The same archive exports the same bytes (the UIDs come from the keys).
    QCOMPARE(VCard::exportCards(m_archive.archive(), &error), bytes);
}

void TestVCard::independentReaderReadsTheExport()
{
    QString error;
    const QByteArray bytes = VCard::exportCards(m_archive.archive(), &error);
    const QJsonArray cards = independentRead(bytes);
    const Archive::Counts counts = m_archive->counts();
    QCOMPARE(qint64(cards.size()), counts.people + counts.contacts);
    QJsonObject lan, zhang, contact;
    for (const QJsonValue &card : cards) {
        const QString key = card[QStringLiteral("X-ROUNDTABLE-KEY")][0].toString();
        if (key == QLatin1String("nguyen-thi-lan"))
            lan = card.toObject();
        else if (key == QLatin1String("zhang-yujun"))
            zhang = card.toObject();
        else if (key == QLatin1String("lmec-contact"))
            contact = card.toObject();
    }
    QVERIFY(!lan.isEmpty() && !zhang.isEmpty() && !contact.isEmpty());
    QCOMPARE(lan[QStringLiteral("FN")][0].toString(), QStringLiteral("Nguyễn Thị Lan"));
    QCOMPARE(lan[QStringLiteral("N")][0].toArray().toVariantList(),
        (QVariantList { QStringLiteral("Nguyễn"), QStringLiteral("Thị Lan"), QString(), QStringLiteral("Ms."),
            QString() }));
    const auto person = m_archive->person(m_archive->personId(QStringLiteral("nguyen-thi-lan")));
    QCOMPARE(lan[QStringLiteral("NOTE")][0].toString(), person->notes);
    QCOMPARE(lan[QStringLiteral("X-ROUNDTABLE-LOCAL-NAME")][0].toString(), QStringLiteral("阮氏兰"));
    // Zhang Yujun's title and organisation of his latest speech.
    QVERIFY(!zhang[QStringLiteral("TITLE")][0].toString().isEmpty());
    QVERIFY(!zhang[QStringLiteral("ORG")].toArray().isEmpty());
    const auto lmec = m_archive->contact(m_archive->contactId(QStringLiteral("lmec-contact")));
    QCOMPARE(contact[QStringLiteral("ADR")][0].toArray().at(2).toString(), lmec->address);
    QStringList emails;
    for (const QJsonValue &e : contact[QStringLiteral("EMAIL")].toArray())
        emails.append(e.toString());
    QCOMPARE(emails, lmec->emails);
}

void TestVCard::roundTripGivesTheSameRecords()
{
    QString error;
    const QString file = m_dir->filePath(QStringLiteral("people.vcf"));
    int cards = 0;
    QVERIFY2(VCard::exportFile(m_archive.archive(), file, &cards, &error), qPrintable(error));
    QVERIFY(cards > 4);

    // Into the same archive: nothing changes.
    Interchange::Report report;
    VCard::Plan plan;
    QVERIFY2(VCard::importFile(m_archive.archive(), file, &report, &plan, &error), qPrintable(error));
    QCOMPARE(report.added, 0);
    QCOMPARE(report.updated, 0);
    QVERIFY(plan.duplicates.isEmpty());

    // Into an empty archive: the same people and contacts (the contact's organisation made
    // from ORG).
    TestArchive other;
    const QString otherArchive = newArchive(m_dir->filePath(QStringLiteral("other.roundtable")), &error);
    QVERIFY2(!otherArchive.isEmpty(), qPrintable(error));
    QVERIFY(other.open(otherArchive, TestArchive::Empty, &error));
    QVERIFY2(VCard::importFile(other.archive(), file, &report, &plan, &error), qPrintable(error));
    QList<Person> before = m_archive->people(), after = other->people();
    QCOMPARE(after.size(), before.size());
    for (int i = 0; i < before.size(); ++i) {
        before[i].id = after[i].id = 0;
        QCOMPARE(after.at(i), before.at(i));
    }
    const QList<Contact> contactsBefore = m_archive->contacts(), contactsAfter = other->contacts();
    QCOMPARE(contactsAfter.size(), contactsBefore.size());
    for (int i = 0; i < contactsBefore.size(); ++i) {
        Contact a = contactsBefore.at(i), b = contactsAfter.at(i);
        QCOMPARE(
            other->organization(b.organizationId)->name, m_archive->organization(a.organizationId)->name);
        a.id = b.id = a.organizationId = b.organizationId = 0;
        // A card carries the English text only: the contact's Chinese label and address
        // stay in the archive it came from (and an import into that archive keeps them:
        // sameArchive above counts them unchanged).
        QVERIFY(b.translations.isEmpty());
        a.translations = FieldTranslations();
        QCOMPARE(b, a);
    }
}

void TestVCard::foreignCardsAndDuplicates()
{
    // vCard 3.0 from another address book: no keys of ours, a TEL as a URI, Zhang Yujun again
    // under another spelling, a person known only by FN.
    const QByteArray cards
        = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Somchai Wong\r\nN:Wong;Somchai;;Mr.;\r\nEND:VCARD\r\n"
          "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Yujun Zhang\r\nN:Zhang;Yujun;;;\r\nEND:VCARD\r\n"
          "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Dr. Hoang Van Minh\r\nEND:VCARD\r\n"
          "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:Mekong River Commission\r\n"
          "ORG:Mekong River Commission\r\nTEL;VALUE=uri;TYPE=work:tel:+856-21-263263\r\n"
          "TEL;TYPE=fax:+856-21-263264\r\nEMAIL:mrcs@mrcmekong.org\r\nEND:VCARD\r\n";
    VCard::Plan plan;
    QString error;
    QVERIFY2(VCard::plan(m_archive.archive(), cards, &plan, &error), qPrintable(error));
    QCOMPARE(plan.cards, 4);
    QCOMPARE(plan.duplicates.size(), 1);
    QVERIFY2(plan.duplicates.at(0).startsWith(
                 QStringLiteral("card 2: Yujun Zhang is already in the archive as Zhang Yujun")),
        qPrintable(plan.duplicates.at(0)));
    Interchange::Report report;
    QVERIFY2(VCard::run(m_archive.archive(), plan, &report, &error), qPrintable(error));
    QCOMPARE(report.added, 4); // two people, a contact and its organisation
    const auto somchai = m_archive->person(m_archive->personId(QStringLiteral("somchai-wong")));
    QVERIFY(somchai);
    QCOMPARE(somchai->honorific, QStringLiteral("Mr."));
    QVERIFY(!somchai->familyNameFirst);
    const auto minh = m_archive->person(m_archive->personId(QStringLiteral("hoang-van-minh")));
    QVERIFY(minh);
    QCOMPARE(minh->familyName, QStringLiteral("Hoang"));
    QVERIFY(minh->familyNameFirst);
    QCOMPARE(minh->honorific, QStringLiteral("Dr."));
    const QList<Contact> contacts = m_archive->contacts();
    const auto mrc = std::find_if(contacts.begin(), contacts.end(),
        [](const Contact &c) { return c.emails == QStringList { QStringLiteral("mrcs@mrcmekong.org") }; });
    QVERIFY(mrc != contacts.end());
    QCOMPARE(mrc->phones, QStringList { QStringLiteral("+856-21-263263") });
    QCOMPARE(mrc->fax, QStringLiteral("+856-21-263264"));
    QCOMPARE(m_archive->organization(mrc->organizationId)->name, QStringLiteral("Mekong River Commission"));
}

void TestVCard::malformedCardsImportNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const QByteArray good
        = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Somchai Wong\r\nN:Wong;Somchai;;;\r\nEND:VCARD\r\n";
    QTest::newRow("no END") << good + "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A B\r\n"
                            << QStringLiteral("card 2 (line 6): no END:VCARD; the file ends inside the card");
    QTest::newRow("BEGIN inside a card") << QByteArray("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A\r\n")
            + good << QStringLiteral("card 1 (line 1): no END:VCARD before the next BEGIN:VCARD (line 4)");
    QTest::newRow("bad N") << good + "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A B\r\nN:B;A;;;;;;\r\nEND:VCARD\r\n"
                           << QStringLiteral("card 2 (line 6): line 9: N has 8 parts; it has 5: "
                                             "family;given;additional;prefixes;suffixes");
    QTest::newRow("N naming nobody") << QByteArray("BEGIN:VCARD\r\nVERSION:4.0\r\nN:;;;;\r\nEND:VCARD\r\n")
                                     << QStringLiteral(
                                            "card 1 (line 1): line 3: N names nobody (no family or given "
                                            "name) and there is no FN");
    QTest::newRow("no colon") << good + "BEGIN:VCARD\r\nVERSION:4.0\r\nFN A B\r\nEND:VCARD\r\n"
                              << QStringLiteral("line 8: no colon between the property's name and its value");
    QTest::newRow("not UTF-8") << QByteArray("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:M\xFCller\r\nEND:VCARD\r\n")
                               << QStringLiteral("line 3: the text is not valid UTF-8");
    QTest::newRow("vCard 2.1") << QByteArray("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:A\r\nEND:VCARD\r\n")
                               << QStringLiteral(
                                      "card 1 (line 1): vCard 2.1 is not read; export the address book as "
                                      "vCard 4.0 or 3.0");
    QTest::newRow("outside a card") << QByteArray("FN:A\r\n")
                                    << QStringLiteral("line 1: FN outside BEGIN:VCARD … END:VCARD");
    QTest::newRow("not a vCard") << QByteArray(
        "hello\r\n") << QStringLiteral("line 1: no colon between the property's name and its value");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("no vCard in the file (no BEGIN:VCARD)");
    QTest::newRow("a bad e-mail, by the record rules")
        << QByteArray("BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\nFN:X\r\nEMAIL:nope\r\nEND:VCARD\r\n")
        << QStringLiteral("card 1 (line 1): emails[0]: “nope” is not an e-mail address");
}

void TestVCard::malformedCardsImportNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const QString file = m_dir->filePath(QStringLiteral("bad.vcf"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    const Archive::Counts before = m_archive->counts();
    Interchange::Report report;
    QString error;
    QVERIFY(!VCard::importFile(m_archive.archive(), file, &report, nullptr, &error));
    QCOMPARE(error, file + QStringLiteral(": ") + message);
    QVERIFY(!error.contains(QLatin1Char('\n')));
    const Archive::Counts after = m_archive->counts();
    QCOMPARE(after.people, before.people); // the good first card was not imported either
    QCOMPARE(after.contacts, before.contacts);
    QCOMPARE(after.organizations, before.organizations);
}

void TestVCard::onlyRegularFiles()
{
    Interchange::Report report;
    QString error;
    QVERIFY(!VCard::importFile(m_archive.archive(), QStringLiteral("/dev/zero"), &report, nullptr, &error));
    QCOMPARE(error, QStringLiteral("/dev/zero: not a regular file; import reads only files"));
    // Never written over the archive.
    QVERIFY(!VCard::exportFile(m_archive.archive(), m_archive.db().path(), nullptr, &error));
}

QTEST_GUILESS_MAIN(TestVCard)
#include "tst_vcard.moc"
