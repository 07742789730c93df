// The archive file: creation and migration, refusing foreign, newer and damaged files
// without touching them, transactions, and the record operations of Archive.

#include "core/db/Database.h"
#include "core/db/IntegrityCheck.h"
#include "core/db/Transaction.h"
#include "core/records/Archive.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <sqlite3.h>
#include <thread>

using namespace rt;

namespace {

QByteArray fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

qint64 pragma(Database &db, const QString &name)
{
    QSqlQuery q(db.db());
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Runs SQL on a file through the C API, outside Roundtable, as another program would.
void rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    char *message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    const QString text = QString::fromUtf8(message ? message : "");
    sqlite3_free(message);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(text));
}

Person person(const QString &family, const QString &given, bool familyFirst = true)
{
    Person p;
    p.honorific = QStringLiteral("Dr.");
    p.familyName = family;
    p.givenName = given;
    p.familyNameFirst = familyFirst;
    return p;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createsCurrentSchema();
    void reopensAndKeepsData();
    void refusesForeignFiles_data();
    void refusesForeignFiles();
    void refusesNewerArchive();
    void refusesDamagedArchive();
    void backgroundCheckBlocksWritesToDamagedArchive();
    void backgroundCheckLetsWritesThroughWhenSound();
    void backgroundCheckIsNotUsedBeforeAMigration();
    void readOnlyModeNeverCreates();
    void transactionRollsBackUnlessCommitted();
    void nestedTransactionIsASavepoint();
    void secondWriterWaitsForTheFirst();
    void dialogueRoundTrip();
    void personWithSpeechesIsNotDeleted();
    void mergePeopleMovesSpeeches();
    void organisationInUseIsNotDeleted();
    void organisationCycleRefused();
    void uniqueKeys();

private:
    QString archivePath() const { return m_dir->filePath(QStringLiteral("test.roundtable")); }
    Dialogue sampleDialogue(Archive &archive);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabase::createsCurrentSchema()
{
    Database db;
    QString error;
    QVERIFY2(db.open(archivePath(), Database::Mode::ReadWrite, &error), qPrintable(error));
    QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(Database::latestSchemaVersion() >= 1);
    QCOMPARE(pragma(db, QStringLiteral("application_id")), qint64(Database::ApplicationId));
    QCOMPARE(pragma(db, QStringLiteral("foreign_keys")), 1);
    QSqlQuery q(db.db());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    for (const char *table : { "organization", "person", "contact", "contact_phone", "contact_email",
             "dialogue", "dialogue_organization", "topic", "speech" }) {
        QSqlQuery t(db.db());
        t.prepare(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?"));
        t.addBindValue(QString::fromLatin1(table));
        QVERIFY(t.exec() && t.next());
        QVERIFY2(t.value(0).toInt() == 1, table);
    }
}

void TestDatabase::reopensAndKeepsData()
{
    {
        Database db;
        QString error;
        QVERIFY(db.open(archivePath(), Database::Mode::ReadWrite, &error));
        Archive archive(db);
        Person p = person(QStringLiteral("Zhang"), QStringLiteral("Yujun"));
        QVERIFY2(archive.savePerson(p, &error), qPrintable(error));
        QCOMPARE(p.key, QStringLiteral("zhang-yujun"));
    }
    Database db;
    QString error;
    QVERIFY(db.open(archivePath(), Database::Mode::ReadWrite, &error));
    Archive archive(db);
    QCOMPARE(archive.people().size(), 1);
    QCOMPARE(archive.people().constFirst().fullName(), QStringLiteral("Zhang Yujun"));
}

void TestDatabase::refusesForeignFiles_data()
{
    QTest::addColumn<QByteArray>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("random bytes") << QByteArray("random") << QStringLiteral("not an SQLite database");
    QTest::newRow("text file") << QByteArray("text") << QStringLiteral("not an SQLite database");
    QTest::newRow("other SQLite database")
        << QByteArray("sqlite") << QStringLiteral("not a Roundtable archive");
    QTest::newRow("empty SQLite database")
        << QByteArray("empty-sqlite") << QStringLiteral("not a Roundtable archive");
}

void TestDatabase::refusesForeignFiles()
{
    QFETCH(QByteArray, kind);
    QFETCH(QString, message);
    const QString path = archivePath();
    if (kind == "random") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray bytes(8192, Qt::Uninitialized);
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char((i * 7919 + 13) % 251);
        f.write(bytes);
    } else if (kind == "text") {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Minutes of the meeting\nnothing to see here\n");
    } else if (kind == "sqlite") {
        rawExec(path, "CREATE TABLE notes(x TEXT); INSERT INTO notes VALUES ('precious');");
    } else {
        rawExec(path, "PRAGMA user_version = 0; CREATE TABLE t(x); DROP TABLE t;");
    }
    const QByteArray before = fingerprint(path);
    QVERIFY(!before.isEmpty());

    Database db;
    QString error;
    QVERIFY(!db.open(path, Database::Mode::ReadWrite, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(!db.isOpen());
    QCOMPARE(fingerprint(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestDatabase::refusesNewerArchive()
{
    {
        Database db;
        QString error;
        QVERIFY(db.open(archivePath(), Database::Mode::ReadWrite, &error));
    }
    const QByteArray sql
        = QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 1).toUtf8();
    rawExec(archivePath(), sql.constData());
    const QByteArray before = fingerprint(archivePath());

    Database db;
    QString error;
    QVERIFY(!db.open(archivePath(), Database::Mode::ReadWrite, &error));
    QVERIFY2(error.contains(QStringLiteral("newer Roundtable")), qPrintable(error));
    QCOMPARE(fingerprint(archivePath()), before);
}

void TestDatabase::refusesDamagedArchive()
{
    {
        Database db;
        QString error;
        QVERIFY(db.open(archivePath(), Database::Mode::ReadWrite, &error));
        Archive archive(db);
        for (int i = 0; i < 200; ++i) {
            Person p = person(QStringLiteral("Family%1").arg(i), QStringLiteral("Given"));
            QVERIFY(archive.savePerson(p, &error));
        }
        QVERIFY(db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), &error));
    }
    {
        // Overwrite pages after the first, as a failing disk would.
        QFile f(archivePath());
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 5 * 4096);
        f.seek(4096);
        f.write(QByteArray(3 * 4096, '\xAB'));
    }
    const QByteArray before = fingerprint(archivePath());
    Database db;
    QString error;
    QVERIFY(!db.open(archivePath(), Database::Mode::ReadWrite, &error));
    QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
    QCOMPARE(fingerprint(archivePath()), before);
}

namespace {

// An archive whose last pages (person rows, far from the schema) are overwritten, as a
// failing disk would: opening reads nothing there, the quick_check does.
void damageTail(const QString &path, int people)
{
    {
        Database db;
        QString error;
        QVERIFY(db.open(path, Database::Mode::ReadWrite, &error));
        Archive archive(db);
        for (int i = 0; i < people; ++i) {
            Person p = person(QStringLiteral("Family%1").arg(i), QStringLiteral("Given"));
            QVERIFY(archive.savePerson(p, &error));
        }
        QVERIFY(db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), &error));
    }
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.size() > 40 * 4096);
    f.seek(f.size() - 3 * 4096);
    f.write(QByteArray(3 * 4096, '\xAB'));
}

} // namespace

void TestDatabase::backgroundCheckBlocksWritesToDamagedArchive()
{
    damageTail(archivePath(), 3000);
    if (QTest::currentTestFailed())
        return;
    const QByteArray before = fingerprint(archivePath());
    {
        Database db;
        QString error;
        QVERIFY2(db.open(archivePath(), Database::Mode::ReadWrite, &error, Database::Check::InBackground),
            qPrintable(error));
        QVERIFY(db.integrityCheck());
        QCOMPARE(db.integrityCheck()->wait(), IntegrityCheck::State::Damaged);
        QVERIFY(!db.integrityCheck()->problem().isEmpty());
        QVERIFY(!db.writable(&error));
        QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));

        // A write is refused with the reason, whatever writes it.
        Archive archive(db);
        Person p = person(QStringLiteral("Late"), QStringLiteral("Writer"));
        error.clear();
        QVERIFY(!archive.savePerson(p, &error));
        QVERIFY2(error.contains(QStringLiteral("nothing was written")), qPrintable(error));
    }
    QCOMPARE(fingerprint(archivePath()), before);
    // The default, checking before open() returns, still refuses the same file outright.
    Database db;
    QString error;
    QVERIFY(!db.open(archivePath(), Database::Mode::ReadWrite, &error));
    QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
}

void TestDatabase::backgroundCheckLetsWritesThroughWhenSound()
{
    {
        Database db;
        QString error;
        QVERIFY(db.open(archivePath(), Database::Mode::ReadWrite, &error));
        QVERIFY(!db.integrityCheck()); // a new file has nothing to check
    }
    Database db;
    QString error;
    QVERIFY(db.open(archivePath(), Database::Mode::ReadWrite, &error, Database::Check::InBackground));
    QVERIFY(db.integrityCheck());
    QSignalSpy finished(db.integrityCheck(), &IntegrityCheck::finished);
    // Read after the spy exists: still running means the signal is yet to come.
    const bool signalExpected = db.integrityCheck()->state() == IntegrityCheck::State::Running;
    Archive archive(db);
    Person p = person(QStringLiteral("Zhang"), QStringLiteral("Yujun"));
    QVERIFY2(archive.savePerson(p, &error), qPrintable(error)); // waits for the verdict
    QCOMPARE(db.integrityCheck()->state(), IntegrityCheck::State::Sound);
    if (signalExpected)
        QVERIFY(finished.count() == 1 || finished.wait(5000));
    QCOMPARE(archive.people().size(), 1);

    // Closing while a check runs cancels it rather than waiting for a whole read of the file.
    Database again;
    QVERIFY(again.open(archivePath(), Database::Mode::ReadOnly, &error, Database::Check::InBackground));
    again.integrityCheck()->cancel();
    const IntegrityCheck::State state = again.integrityCheck()->wait();
    QVERIFY(state == IntegrityCheck::State::Cancelled || state == IntegrityCheck::State::Sound);
}

void TestDatabase::backgroundCheckIsNotUsedBeforeAMigration()
{
    damageTail(archivePath(), 3000);
    if (QTest::currentTestFailed())
        return;
    // An older archive is migrated, which writes: it is checked before anything else.
    const QByteArray sql
        = QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() - 1).toUtf8();
    rawExec(archivePath(), sql.constData());
    const QByteArray before = fingerprint(archivePath());
    Database db;
    QString error;
    QVERIFY(!db.open(archivePath(), Database::Mode::ReadWrite, &error, Database::Check::InBackground));
    QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
    QCOMPARE(fingerprint(archivePath()), before);
}

void TestDatabase::readOnlyModeNeverCreates()
{
    Database db;
    QString error;
    QVERIFY(!db.open(archivePath(), Database::Mode::ReadOnly, &error));
    QVERIFY(error.contains(QStringLiteral("no such archive")));
    QVERIFY(!QFile::exists(archivePath()));
}

void TestDatabase::transactionRollsBackUnlessCommitted()
{
    Database db;
    QString error;
    QVERIFY(db.open(archivePath(), Database::Mode::ReadWrite, &error));
    Archive archive(db);
    {
        Transaction t(db);
        QVERIFY(t.begin(&error));
        Person p = person(QStringLiteral("Sun"), QStringLiteral("Xuefeng"));
        QVERIFY(archive.savePerson(p, &error));
        QCOMPARE(archive.people().size(), 1);
    } // no commit
    QCOMPARE(archive.people().size(), 0);
    QCOMPARE(db.transactionDepth(), 0);
    {
        Transaction t(db);
        QVERIFY(t.begin(&error));
        Person p = person(QStringLiteral("Sun"), QStringLiteral("Xuefeng"));
        QVERIFY(archive.savePerson(p, &error));
        QVERIFY(t.commit(&error));
    }
    QCOMPARE(archive.people().size(), 1);
}

void TestDatabase::nestedTransactionIsASavepoint()
{
    Database db;
    QString error;
    QVERIFY(db.open(archivePath(), Database::Mode::ReadWrite, &error));
    Archive archive(db);
    Transaction outer(db);
    QVERIFY(outer.begin(&error));
    Person kept = person(QStringLiteral("Wang"), QStringLiteral("Qian"));
    QVERIFY(archive.savePerson(kept, &error));
    {
        Transaction inner(db);
        QVERIFY(inner.begin(&error));
        QCOMPARE(db.transactionDepth(), 2);
        Person dropped = person(QStringLiteral("Li"), QStringLiteral("Xia"));
        QVERIFY(archive.savePerson(dropped, &error));
    } // inner rolled back, outer goes on
    QCOMPARE(db.transactionDepth(), 1);
    QVERIFY(outer.commit(&error));
    const auto people = archive.people();
    QCOMPARE(people.size(), 1);
    QCOMPARE(people.constFirst().familyName, QStringLiteral("Wang"));
}

void TestDatabase::secondWriterWaitsForTheFirst()
{
    {
        Database db;
        QString error;
        QVERIFY(db.open(archivePath(), Database::Mode::ReadWrite, &error));
    }
    std::atomic<bool> holding = false;
    std::atomic<bool> firstCommitted = false;
    const QString path = archivePath();
    std::thread first([&] {
        Database db;
        QString error;
        if (!db.open(path, Database::Mode::ReadWrite, &error))
            return;
        Archive archive(db);
        Transaction t(db);
        if (!t.begin(&error))
            return;
        Person p = person(QStringLiteral("First"), QStringLiteral("Writer"));
        archive.savePerson(p, &error);
        holding = true;
        std::this_thread::sleep_for(std::chrono::milliseconds(700));
        firstCommitted = t.commit(&error);
    });
    QTRY_VERIFY_WITH_TIMEOUT(holding.load(), 5000);

    Database db;
    QString error;
    QVERIFY(db.open(path, Database::Mode::ReadWrite, &error));
    Archive archive(db);
    QElapsedTimer timer;
    timer.start();
    Person p = person(QStringLiteral("Second"), QStringLiteral("Writer"));
    const bool saved = archive.savePerson(p, &error); // BEGIN IMMEDIATE waits out the first
    const qint64 waited = timer.elapsed();
    first.join();
    QVERIFY2(saved, qPrintable(error));
    QVERIFY(firstCommitted.load());
    QVERIFY2(waited >= 300, qPrintable(QString::number(waited)));
    QCOMPARE(archive.people().size(), 2);
}

Dialogue TestDatabase::sampleDialogue(Archive &archive)
{
    QString error;
    Organization mee;
    mee.name = QStringLiteral("Ministry of Ecology and Environment of China");
    mee.shortName = QStringLiteral("MEE");
    [&] { QVERIFY2(archive.saveOrganization(mee, &error), qPrintable(error)); }();
    Person zhang = person(QStringLiteral("Zhang"), QStringLiteral("Yujun"));
    Person tsering = person(QStringLiteral("Tsering"), QStringLiteral("Dechen"), false);
    [&] {
        QVERIFY(archive.savePerson(zhang, &error));
        QVERIFY(archive.savePerson(tsering, &error));
    }();
    Dialogue d;
    d.title = QStringLiteral("Roundtable on Integrated Ecosystem Management");
    d.startDate = QDate(2022, 11, 23);
    d.city = QStringLiteral("Beijing");
    d.format = QStringLiteral("hybrid");
    d.organizations = { { mee.id, QStringLiteral("guided_by") } };
    d.topics = { { QStringLiteral("IEM case sharing"), QStringLiteral("shared experience") } };
    Speech s1;
    s1.personId = zhang.id;
    s1.title = QStringLiteral("Director-General");
    s1.organizationId = mee.id;
    s1.verb = QStringLiteral("stated");
    s1.summary = QStringLiteral("LMEC is an important player.");
    Speech s2 = s1;
    s2.personId = tsering.id;
    s2.organizationId = 0;
    s2.verb = QStringLiteral("pointed out");
    d.speeches = { s1, s2 };
    return d;
}

void TestDatabase::dialogueRoundTrip()
{
    Database db;
    QString error;
    QVERIFY(db.open(archivePath(), Database::Mode::ReadWrite, &error));
    Archive archive(db);
    Dialogue d = sampleDialogue(archive);
    QVERIFY2(archive.saveDialogue(d, &error), qPrintable(error));
    QVERIFY(d.id > 0);
    QCOMPARE(d.key, QStringLiteral("2022-11-23-roundtable-on-integrated-ecosystem-management"));
    auto loaded = archive.dialogue(d.id);
    QVERIFY(loaded);
    QCOMPARE(*loaded, d);

    // Reordering speeches is kept.
    std::swap(d.speeches[0], d.speeches[1]);
    d.endDate = QDate(2022, 11, 24);
    QVERIFY(archive.saveDialogue(d, &error));
    loaded = archive.dialogue(d.id);
    QCOMPARE(*loaded, d);
    QCOMPARE(archive.counts().speeches, 2);

    // Invalid values are refused and change nothing.
    Dialogue bad = d;
    bad.endDate = QDate(2022, 11, 1);
    QVERIFY(!archive.saveDialogue(bad, &error));
    QVERIFY(error.contains(QStringLiteral("before it starts")));
    bad = d;
    bad.format = QStringLiteral("telepathic");
    QVERIFY(!archive.saveDialogue(bad, &error));
    QCOMPARE(*archive.dialogue(d.id), d);

    QVERIFY(archive.removeDialogue(d.id, &error));
    QVERIFY(!archive.dialogue(d.id));
    QCOMPARE(archive.counts().speeches, 0);
}

void TestDatabase::personWithSpeechesIsNotDeleted()
{
    Database db;
    QString error;
    QVERIFY(db.open(archivePath(), Database::Mode::ReadWrite, &error));
    Archive archive(db);
    Dialogue d = sampleDialogue(archive);
    QVERIFY(archive.saveDialogue(d, &error));
    const qint64 speaker = d.speeches.at(0).personId;
    QVERIFY(!archive.removePerson(speaker, &error));
    QVERIFY2(error.contains(QStringLiteral("Zhang Yujun has 1 speech")), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("merge")));
    QVERIFY(archive.person(speaker));

    Person unused = person(QStringLiteral("Nobody"), QString());
    QVERIFY(archive.savePerson(unused, &error));
    QVERIFY2(archive.removePerson(unused.id, &error), qPrintable(error));
    QVERIFY(!archive.person(unused.id));
}

void TestDatabase::mergePeopleMovesSpeeches()
{
    Database db;
    QString error;
    QVERIFY(db.open(archivePath(), Database::Mode::ReadWrite, &error));
    Archive archive(db);
    Dialogue d = sampleDialogue(archive);
    QVERIFY(archive.saveDialogue(d, &error));
    const qint64 zhang = d.speeches.at(0).personId;
    const qint64 tsering = d.speeches.at(1).personId;
    QVERIFY2(archive.mergePeople(zhang, tsering, &error), qPrintable(error));
    QVERIFY(!archive.person(tsering));
    QCOMPARE(archive.speechCount(zhang), 2);
    const auto loaded = archive.dialogue(d.id);
    QCOMPARE(loaded->speeches.size(), 2);
    QCOMPARE(loaded->speeches.at(1).personId, zhang);
    QCOMPARE(loaded->speeches.at(1).verb, QStringLiteral("pointed out"));
    QVERIFY(!archive.mergePeople(zhang, zhang, &error));
}

void TestDatabase::organisationInUseIsNotDeleted()
{
    Database db;
    QString error;
    QVERIFY(db.open(archivePath(), Database::Mode::ReadWrite, &error));
    Archive archive(db);
    Dialogue d = sampleDialogue(archive);
    QVERIFY(archive.saveDialogue(d, &error));
    const qint64 mee = d.organizations.at(0).organizationId;
    QVERIFY(!archive.removeOrganization(mee, &error));
    QVERIFY2(error.contains(QStringLiteral("1 dialogue")), qPrintable(error));
    QVERIFY(archive.organization(mee));
}

void TestDatabase::organisationCycleRefused()
{
    Database db;
    QString error;
    QVERIFY(db.open(archivePath(), Database::Mode::ReadWrite, &error));
    Archive archive(db);
    Organization unep;
    unep.name = QStringLiteral("United Nations Environment Programme");
    QVERIFY(archive.saveOrganization(unep, &error));
    Organization roap;
    roap.name = QStringLiteral("UNEP Regional Office for Asia and the Pacific");
    roap.parentId = unep.id;
    QVERIFY(archive.saveOrganization(roap, &error));
    unep.parentId = roap.id;
    QVERIFY(!archive.saveOrganization(unep, &error));
    QVERIFY2(error.contains(QStringLiteral("own sub-organisations")), qPrintable(error));
    QCOMPARE(archive.organization(unep.id)->parentId, 0);
}

void TestDatabase::uniqueKeys()
{
    QCOMPARE(Archive::slug(QStringLiteral("Trần Thị Hồng Hà")), QStringLiteral("tran-thi-hong-ha"));
    QCOMPARE(Archive::slug(QStringLiteral("  UNEP -- IEMP ")), QStringLiteral("unep-iemp"));
    Database db;
    QString error;
    QVERIFY(db.open(archivePath(), Database::Mode::ReadWrite, &error));
    Archive archive(db);
    Person a = person(QStringLiteral("Wang"), QStringLiteral("Qian"));
    Person b = person(QStringLiteral("Wang"), QStringLiteral("Qian"));
    QVERIFY(archive.savePerson(a, &error));
    QVERIFY(archive.savePerson(b, &error));
    QCOMPARE(a.key, QStringLiteral("wang-qian"));
    QCOMPARE(b.key, QStringLiteral("wang-qian-2"));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
