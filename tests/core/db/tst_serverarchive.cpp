// One archive API over two backends (issue 13, items 1, 2 and 8): server addresses, opening and
// refusing a PostgreSQL database, the schema, ids through RETURNING, times in UTC, and the same
// import and export on an SQLite file and on a throwaway PostgreSQL server (support/PgServer.h),
// row by row and byte by byte. The server fixture itself is tested too: a test process that
// dies by SIGKILL leaves no server running.

#include "core/db/ArchiveCopy.h"
#include "core/db/ChangeWatcher.h"
#include "core/db/Database.h"
#include "core/db/ServerAddress.h"
#include "core/db/Transaction.h"
#include "core/interchange/Interchange.h"
#include "core/press/PressReleaseStore.h"
#include "core/records/Archive.h"
#include "core/safety/Maintenance.h"
#include "core/search/Search.h"
#include "support/PgServer.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <cstdio>

using namespace rt;
using rt::test::PgServer;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString dataFile(const char *name)
{
    return QStringLiteral(ROUNDTABLE_SOURCE_DIR "/tests/data/") + QLatin1String(name);
}

const char *const Backends[] = { "sqlite", "postgresql" };

// Every row of every copied table, each as "column=value" pairs in column-name order, the rows
// sorted: two archives holding the same records give the same list, whatever their backend.
QStringList dump(Database &db)
{
    QStringList rows;
    for (const QString &table : ArchiveCopy::tables()) {
        QSqlQuery q(db.db());
        if (!q.exec(QStringLiteral("SELECT * FROM %1").arg(table))) {
            rows << QStringLiteral("cannot read %1").arg(table);
            continue;
        }
        while (q.next()) {
            QStringList fields;
            for (int i = 0; i < q.record().count(); ++i)
                fields << q.record().fieldName(i) + QLatin1Char('=')
                        + (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            fields.sort();
            rows << table + QLatin1Char(':') + fields.join(QLatin1Char('|'));
        }
    }
    rows.sort();
    return rows;
}

} // namespace

class TestServerArchive : public QObject
{
    Q_OBJECT

private slots:
    void cleanupTestCase();

    void addresses_data();
    void addresses();
    void refusedAddresses_data();
    void refusedAddresses();
    void addressWrittenBack();

    void newServerArchiveIsMigrated();
    void foreignDatabaseIsRefused();
    void emptyDatabaseReadOnlyIsRefused();
    void newerArchiveIsRefused();
    void unreachableServerIsOneLine();
    void readOnlyServerArchiveRefusesWrites();

    void roundTrip_data();
    void roundTrip();
    void bothBackendsExportTheSame_data();
    void bothBackendsExportTheSame();
    void idsComeFromReturning_data();
    void idsComeFromReturning();
    void failedImportChangesNothing_data();
    void failedImportChangesNothing();
    void timesAreUtc_data();
    void timesAreUtc();
    void editsAndDeletes_data();
    void editsAndDeletes();

    void copyIsLossless_data();
    void copyIsLossless();
    void copyRefusesNonEmptyDestination();
    void serverBackupIsAnSQLiteArchive();
    void serverCheckFindsWhatIsNotEnforced();
    void serverCheckFindsTheSearchIndexOutOfStep();

    void otherConnectionsHearOfChanges();

    void killedTestLeavesNoServer();

private:
    // A new archive on `backend`: a file in m_dir, or a database on the test server.
    bool openNew(const QString &backend, Database &db, QString *address = nullptr);
    // A new server archive holding the demo, which `check` finds sound; empty (the test failed)
    // when it could not be made so.
    QString soundDemoOnServer();

    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestServerArchive::cleanupTestCase()
{
    PgServer::stopIfStarted();
}

bool TestServerArchive::openNew(const QString &backend, Database &db, QString *address)
{
    QString where;
    QString error;
    if (backend == QLatin1String("sqlite")) {
        where = m_dir.filePath(QStringLiteral("archive-%1.roundtable").arg(++m_files));
    } else {
        where = PgServer::instance().createDatabase(&error);
        if (where.isEmpty()) {
            qWarning("%s", qPrintable(error));
            return false;
        }
    }
    if (address)
        *address = where;
    if (!db.open(where, Database::Mode::ReadWrite, &error)) {
        qWarning("%s", qPrintable(error));
        return false;
    }
    return true;
}

QString TestServerArchive::soundDemoOnServer()
{
    QString address;
    Database db;
    QString error;
    if (!openNew(QStringLiteral("postgresql"), db, &address)) {
        QTest::qFail("no new server archive", __FILE__, __LINE__);
        return {};
    }
    Archive archive(db);
    if (!Interchange::importFile(archive, QStringLiteral(":/demo/reference.json"), nullptr, &error)) {
        QTest::qFail(qPrintable(error), __FILE__, __LINE__);
        return {};
    }
    db.close();
    QStringList problems;
    if (!Maintenance::check(address, &problems) || !problems.isEmpty()) {
        QTest::qFail(qPrintable(problems.join(QLatin1String("; "))), __FILE__, __LINE__);
        return {};
    }
    return address;
}

void TestServerArchive::addresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("options");

    QTest::newRow("full") << "postgresql://staff@db.example.org:5433/roundtable"
                          << "db.example.org" << 5433 << "staff"
                          << "roundtable"
                          << "application_name='roundtable'";
    QTest::newRow("socket folder") << "postgresql:///roundtable?host=/run/postgresql"
                                   << "/run/postgresql" << -1 << ""
                                   << "roundtable"
                                   << "application_name='roundtable'";
    QTest::newRow("postgres scheme, sslmode")
        << "postgres://db.example.org/centre?sslmode=verify-full&connect_timeout=5"
        << "db.example.org" << -1 << ""
        << "centre"
        << "sslmode='verify-full';connect_timeout='5';application_name='roundtable'";
    QTest::newRow("query overrides") << "postgresql://a/b?host=c&port=6000&user=d&dbname=e"
                                     << "c" << 6000 << "d"
                                     << "e"
                                     << "application_name='roundtable'";
    QTest::newRow("escaped database, service") << "postgresql:///%E4%B8%AD%E5%BF%83?service=centre%27s"
                                               << "" << -1 << "" << QString::fromUtf8("中心")
                                               << "service='centre\\'s';application_name='roundtable'";
    QTest::newRow("ipv6") << "postgresql://[::1]:5432/r"
                          << "::1" << 5432 << ""
                          << "r"
                          << "application_name='roundtable'";
}

void TestServerArchive::addresses()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, database);
    QFETCH(QString, options);
    QVERIFY(Database::isServerAddress(text));
    QString error;
    const auto address = ServerAddress::parse(text, &error);
    QVERIFY2(address, qPrintable(error));
    QCOMPARE(address->host, host);
    QCOMPARE(address->port, port);
    QCOMPARE(address->user, user);
    QCOMPARE(address->database, database);
    QCOMPARE(address->connectOptions(), options);
}

void TestServerArchive::refusedAddresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("password in the address") << "postgresql://staff:secret@db/roundtable"
                                             << "may not hold a password";
    QTest::newRow("password parameter") << "postgresql://db/roundtable?password=secret"
                                        << "may not hold a password";
    QTest::newRow("no database") << "postgresql://db.example.org"
                                 << "names no database";
    QTest::newRow("unknown parameter") << "postgresql://db/r?colour=blue"
                                       << "unknown connection parameter";
    QTest::newRow("bad port") << "postgresql:///r?port=seventy"
                              << "port must be a number";
    QTest::newRow("semicolon") << "postgresql:///r?options=a;b"
                               << "may not contain ';'";
    QTest::newRow("client encoding") << "postgresql:///r?client_encoding=LATIN1"
                                     << "unknown connection parameter";
}

void TestServerArchive::refusedAddresses()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!ServerAddress::parse(text, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(!error.contains(QLatin1String("secret")));
    QVERIFY(!error.contains(QLatin1Char('\n')));
    // Opening says the same, and nothing is tried.
    Database db;
    QString openError;
    QVERIFY(!db.open(text, Database::Mode::ReadWrite, &openError));
    QCOMPARE(openError, error);
    QVERIFY(!db.isOpen());
}

void TestServerArchive::addressWrittenBack()
{
    // File paths are never taken for addresses, whatever they look like.
    QVERIFY(!Database::isServerAddress(QStringLiteral("/home/staff/postgresql.roundtable")));
    QVERIFY(!Database::isServerAddress(QStringLiteral("postgresql.roundtable")));
    QVERIFY(!Database::isServerAddress(QStringLiteral("postgresql:/x")));
    for (const QString &text : { QStringLiteral("postgresql://staff@db.example.org:5433/roundtable"),
             QStringLiteral("postgresql:///roundtable?host=/run/postgresql&sslmode=disable"),
             QString::fromUtf8("postgresql://[::1]/中心") }) {
        QString error;
        const auto address = ServerAddress::parse(text, &error);
        QVERIFY2(address, qPrintable(error));
        const auto again = ServerAddress::parse(address->toString(), &error);
        QVERIFY2(again, qPrintable(address->toString() + QLatin1String(": ") + error));
        QCOMPARE(again->toString(), address->toString());
        QCOMPARE(again->host, address->host);
        QCOMPARE(again->port, address->port);
        QCOMPARE(again->database, address->database);
        QCOMPARE(again->parameters, address->parameters);
    }
}

void TestServerArchive::newServerArchiveIsMigrated()
{
    REQUIRE_PG_SERVER();
    QString address;
    {
        Database db;
        QVERIFY(openNew(QStringLiteral("postgresql"), db, &address));
        QCOMPARE(db.backend(), Database::Backend::PostgreSQL);
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion(Database::Backend::PostgreSQL));
        QCOMPARE(
            Database::latestSchemaVersion(Database::Backend::PostgreSQL), Database::latestSchemaVersion());
        QVERIFY(db.handle() == nullptr); // nothing of SQLite's
        QVERIFY(!db.isReadOnly());
        QCOMPARE(Archive(db).counts().dialogues, 0);
    }
    // Opened again, in both modes: nothing to migrate, nothing refused.
    for (const auto mode : { Database::Mode::ReadWrite, Database::Mode::ReadOnly }) {
        Database db;
        QString error;
        QVERIFY2(db.open(address, mode, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion(Database::Backend::PostgreSQL));
        QSqlQuery rows(db.db());
        QVERIFY(rows.exec(QStringLiteral("SELECT count(*) FROM roundtable_schema")) && rows.next());
        QCOMPARE(rows.value(0).toInt(), 1);
    }
}

void TestServerArchive::foreignDatabaseIsRefused()
{
    REQUIRE_PG_SERVER();
    QString error;
    const QString address = PgServer::instance().createDatabase(&error);
    QVERIFY2(!address.isEmpty(), qPrintable(error));
    {
        Database db;
        QVERIFY(db.open(address, Database::Mode::ReadWrite, &error));
        // Someone else's table in a database that is not ours: make it look so.
        QVERIFY(db.exec(QStringLiteral("DROP TABLE roundtable_schema"), &error));
    }
    Database db;
    QVERIFY(!db.open(address, Database::Mode::ReadWrite, &error));
    QVERIFY2(error.contains(QLatin1String("not a Roundtable archive")), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
    // Nothing was written: no schema table appeared.
    Database reader;
    QVERIFY(!reader.open(address, Database::Mode::ReadOnly, &error));
    const QString other = PgServer::instance().createDatabase(&error);
    QVERIFY(PgServer::instance().adminExec(QStringLiteral("SELECT 1")));
    Q_UNUSED(other);
}

void TestServerArchive::emptyDatabaseReadOnlyIsRefused()
{
    REQUIRE_PG_SERVER();
    QString error;
    const QString address = PgServer::instance().createDatabase(&error);
    QVERIFY2(!address.isEmpty(), qPrintable(error));
    Database db;
    QVERIFY(!db.open(address, Database::Mode::ReadOnly, &error));
    QVERIFY2(error.contains(QLatin1String("no such archive")), qPrintable(error));
    // And it stayed empty: opening for writing now makes the archive.
    QVERIFY2(db.open(address, Database::Mode::ReadWrite, &error), qPrintable(error));
}

void TestServerArchive::newerArchiveIsRefused()
{
    REQUIRE_PG_SERVER();
    QString address;
    {
        Database db;
        QVERIFY(openNew(QStringLiteral("postgresql"), db, &address));
        QString error;
        QVERIFY(db.exec(QStringLiteral("UPDATE roundtable_schema SET version = 999"), &error));
    }
    Database db;
    QString error;
    QVERIFY(!db.open(address, Database::Mode::ReadWrite, &error));
    QVERIFY2(error.contains(QLatin1String("newer Roundtable")), qPrintable(error));
    QVERIFY(!db.open(address, Database::Mode::ReadOnly, &error));
}

void TestServerArchive::unreachableServerIsOneLine()
{
    // A socket folder with no server in it: libpq's several lines become one.
    QTemporaryDir empty;
    Database db;
    QString error;
    QVERIFY(!db.open(QStringLiteral("postgresql:///roundtable?host=%1&connect_timeout=2").arg(empty.path()),
        Database::Mode::ReadWrite, &error));
    QVERIFY2(error.contains(QLatin1String("cannot connect")), qPrintable(error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
    QVERIFY(!db.isOpen());
}

void TestServerArchive::readOnlyServerArchiveRefusesWrites()
{
    REQUIRE_PG_SERVER();
    QString address;
    {
        Database db;
        QVERIFY(openNew(QStringLiteral("postgresql"), db, &address));
    }
    Database db;
    QString error;
    QVERIFY(db.open(address, Database::Mode::ReadOnly, &error));
    QVERIFY(db.isReadOnly());
    Archive archive(db);
    Organization o;
    o.name = QStringLiteral("Centre");
    QVERIFY(!archive.saveOrganization(o, &error));
    QVERIFY(!error.isEmpty());
    // Even past the program's own guard, the server refuses.
    QVERIFY(!db.exec(QStringLiteral("INSERT INTO saved_search (name, query) VALUES ('a', 'b')"), &error));
    QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
}

void TestServerArchive::roundTrip_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("file");
    for (const char *backend : Backends) {
        QTest::addRow("%s, demo", backend) << backend << QStringLiteral(":/demo/reference.json");
        QTest::addRow("%s, two languages", backend) << backend << dataFile("two-languages.json");
        QTest::addRow("%s, scripts", backend) << backend << dataFile("scripts.json");
    }
}

void TestServerArchive::roundTrip()
{
    QFETCH(QString, backend);
    QFETCH(QString, file);
    if (backend == QLatin1String("postgresql"))
        REQUIRE_PG_SERVER();
    Database db;
    QVERIFY(openNew(backend, db));
    Archive archive(db);
    Interchange::Report report;
    QString error;
    QVERIFY2(Interchange::importFile(archive, file, &report, &error), qPrintable(error));
    QVERIFY(report.added > 0);
    const QByteArray first = Interchange::exportJson(archive, &error);
    QVERIFY(!first.isEmpty());
    // Importing the export again changes nothing, and exports the same bytes.
    const QString exported = m_dir.filePath(QStringLiteral("export-%1.json").arg(++m_files));
    QVERIFY2(Interchange::exportFile(archive, exported, &error), qPrintable(error));
    QCOMPARE(fileBytes(exported), first);
    QVERIFY2(Interchange::importFile(archive, exported, &report, &error), qPrintable(error));
    QCOMPARE(report.added, 0);
    QCOMPARE(report.updated, 0);
    QCOMPARE(Interchange::exportJson(archive, &error), first);
    // And into a second, new archive of the same backend: the same again.
    Database second;
    QVERIFY(openNew(backend, second));
    Archive copy(second);
    QVERIFY2(Interchange::importFile(copy, exported, &report, &error), qPrintable(error));
    QCOMPARE(Interchange::exportJson(copy, &error), first);
}

void TestServerArchive::bothBackendsExportTheSame_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("demo") << QStringLiteral(":/demo/reference.json");
    QTest::newRow("two languages") << dataFile("two-languages.json");
    QTest::newRow("scripts") << dataFile("scripts.json");
}

void TestServerArchive::bothBackendsExportTheSame()
{
    QFETCH(QString, file);
    REQUIRE_PG_SERVER();
    QByteArray exports[2];
    qint64 dialogues[2] = { 0, 0 };
    for (int i = 0; i < 2; ++i) {
        Database db;
        QVERIFY(openNew(QLatin1String(Backends[i]), db));
        Archive archive(db);
        QString error;
        QVERIFY2(Interchange::importFile(archive, file, nullptr, &error), qPrintable(error));
        // The demo on top of it: a second import that updates and adds.
        QVERIFY2(Interchange::importFile(archive, QStringLiteral(":/demo/reference.json"), nullptr, &error),
            qPrintable(error));
        exports[i] = Interchange::exportJson(archive, &error);
        dialogues[i] = archive.counts().dialogues;
    }
    QVERIFY(!exports[0].isEmpty());
    QVERIFY(dialogues[0] > 0);
    QCOMPARE(dialogues[1], dialogues[0]);
    QCOMPARE(exports[1], exports[0]);
}

void TestServerArchive::idsComeFromReturning_data()
{
    QTest::addColumn<QString>("backend");
    for (const char *backend : Backends)
        QTest::newRow(backend) << backend;
}

void TestServerArchive::idsComeFromReturning()
{
    QFETCH(QString, backend);
    if (backend == QLatin1String("postgresql"))
        REQUIRE_PG_SERVER();
    Database db;
    QVERIFY(openNew(backend, db));
    Archive archive(db);
    QString error;
    // Rows made beforehand, so that ids of different tables differ.
    for (int i = 0; i < 3; ++i) {
        Organization filler;
        filler.name = QStringLiteral("Filler %1").arg(i);
        QVERIFY2(archive.saveOrganization(filler, &error), qPrintable(error));
    }
    Person speaker;
    speaker.familyName = QStringLiteral("Zhang");
    speaker.givenName = QStringLiteral("Wei");
    QVERIFY2(archive.savePerson(speaker, &error), qPrintable(error));
    Contact contact;
    contact.label = QStringLiteral("Press office");
    contact.phones = { QStringLiteral("+86 10 1234 5678") };
    QVERIFY2(archive.saveContact(contact, &error), qPrintable(error));
    // Saving a dialogue and its speeches fires triggers that insert into search_stale (and, on
    // SQLite, more): the id must still be the dialogue's.
    Dialogue d = archive.newDialogue();
    d.title = QStringLiteral("Roundtable on returning ids");
    d.startDate = QDate(2024, 5, 6);
    d.contactId = contact.id;
    Speech s;
    s.personId = speaker.id;
    s.role = QStringLiteral("speech");
    d.speeches = { s };
    QVERIFY2(archive.saveDialogue(d, &error), qPrintable(error));
    QVERIFY(d.id > 0);
    QCOMPARE(archive.dialogueId(d.key), d.id);
    QCOMPARE(archive.personId(speaker.key), speaker.id);
    QCOMPARE(archive.contactId(contact.key), contact.id);
    const auto read = archive.dialogue(d.id);
    QVERIFY(read);
    QCOMPARE(read->title, d.title);
    QCOMPARE(read->speeches.size(), 1);
    QCOMPARE(read->speeches.first().personId, speaker.id);
    QCOMPARE(read->contactId, contact.id);
    QCOMPARE(archive.contact(contact.id)->phones, contact.phones);
}

void TestServerArchive::failedImportChangesNothing_data()
{
    idsComeFromReturning_data();
}

void TestServerArchive::failedImportChangesNothing()
{
    QFETCH(QString, backend);
    if (backend == QLatin1String("postgresql"))
        REQUIRE_PG_SERVER();
    Database db;
    QVERIFY(openNew(backend, db));
    Archive archive(db);
    QString error;
    QVERIFY2(Interchange::importFile(archive, QStringLiteral(":/demo/reference.json"), nullptr, &error),
        qPrintable(error));
    const QByteArray before = Interchange::exportJson(archive, &error);
    // A file whose last dialogue names a speaker nobody declared: refused whole.
    QJsonDocument document = QJsonDocument::fromJson(fileBytes(dataFile("two-languages.json")));
    QJsonObject root = document.object();
    QJsonArray dialogues = root.value(QLatin1String("dialogues")).toArray();
    QVERIFY(!dialogues.isEmpty());
    QJsonObject last = dialogues.last().toObject();
    last.insert(QLatin1String("speeches"),
        QJsonArray { QJsonObject { { QLatin1String("person"), QLatin1String("nobody-declared") } } });
    dialogues.replace(dialogues.size() - 1, last);
    root.insert(QLatin1String("dialogues"), dialogues);
    const QString broken = m_dir.filePath(QStringLiteral("broken-%1.json").arg(++m_files));
    QFile out(broken);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(root).toJson());
    out.close();
    QVERIFY(!Interchange::importFile(archive, broken, nullptr, &error));
    QVERIFY2(error.contains(QLatin1String("nobody-declared")), qPrintable(error));
    QCOMPARE(db.transactionDepth(), 0);
    QCOMPARE(Interchange::exportJson(archive, &error), before);
    // The connection is still good for the next import.
    QVERIFY2(
        Interchange::importFile(archive, dataFile("two-languages.json"), nullptr, &error), qPrintable(error));
}

void TestServerArchive::timesAreUtc_data()
{
    idsComeFromReturning_data();
}

void TestServerArchive::timesAreUtc()
{
    QFETCH(QString, backend);
    if (backend == QLatin1String("postgresql"))
        REQUIRE_PG_SERVER();
    // Whatever this machine's zone: the archive keeps UTC.
    qputenv("TZ", "Asia/Bangkok");
    Database db;
    QVERIFY(openNew(backend, db));
    Archive archive(db);
    QString error;
    QVERIFY2(Interchange::importFile(archive, QStringLiteral(":/demo/reference.json"), nullptr, &error),
        qPrintable(error));
    const qint64 id = archive.dialogueIds().first();
    auto d = archive.dialogue(id);
    QVERIFY(d);
    d->notes = QStringLiteral("edited");
    QVERIFY2(archive.saveDialogue(*d, &error), qPrintable(error));
    QSqlQuery q(db.db());
    QVERIFY(q.exec(QStringLiteral("SELECT modified_at FROM dialogue WHERE id = %1").arg(id)) && q.next());
    const QString stored = q.value(0).toString();
    QVERIFY2(stored.endsWith(QLatin1Char('Z')), qPrintable(stored));
    const QDateTime when = QDateTime::fromString(stored, Qt::ISODate);
    QVERIFY2(when.isValid(), qPrintable(stored));
    QVERIFY2(qAbs(when.secsTo(QDateTime::currentDateTimeUtc())) < 120, qPrintable(stored));
    // The default a new row gets, too.
    QVERIFY(q.exec(QStringLiteral("SELECT modified_at FROM dialogue WHERE id <> %1").arg(id)));
    while (q.next()) {
        const QDateTime made = QDateTime::fromString(q.value(0).toString(), Qt::ISODate);
        QVERIFY2(qAbs(made.secsTo(QDateTime::currentDateTimeUtc())) < 120, qPrintable(q.value(0).toString()));
    }
    qunsetenv("TZ");
}

void TestServerArchive::editsAndDeletes_data()
{
    idsComeFromReturning_data();
}

void TestServerArchive::editsAndDeletes()
{
    QFETCH(QString, backend);
    if (backend == QLatin1String("postgresql"))
        REQUIRE_PG_SERVER();
    Database db;
    QVERIFY(openNew(backend, db));
    Archive archive(db);
    QString error;
    QVERIFY2(
        Interchange::importFile(archive, dataFile("two-languages.json"), nullptr, &error), qPrintable(error));
    const Archive::Counts before = archive.counts();
    QVERIFY(before.dialogues > 0);
    // A translated dialogue deleted: its translations go too (a trigger on both backends).
    const qint64 id = archive.dialogueIds().first();
    QVERIFY2(archive.removeDialogue(id, &error), qPrintable(error));
    QCOMPARE(archive.counts().dialogues, before.dialogues - 1);
    QVERIFY(!archive.dialogue(id));
    QSqlQuery q(db.db());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM translation WHERE record IN ('dialogue', 'topic', "
                                  "'speech') AND record_id = %1")
                       .arg(id))
        && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
    // A person who still speaks cannot be deleted; the refusal leaves the transaction usable.
    const QList<Person> people = archive.people();
    QVERIFY(!people.isEmpty());
    qint64 speaking = 0;
    for (const Person &p : people) {
        if (archive.speechCount(p.id) > 0)
            speaking = p.id;
    }
    if (speaking) {
        QVERIFY(!archive.removePerson(speaking, &error));
        QCOMPARE(db.transactionDepth(), 0);
    }
    // An organisation cannot be put under one of its own sub-organisations (the recursive query).
    const QList<Organization> organizations = archive.organizations();
    Organization parent;
    parent.name = QStringLiteral("Parent centre");
    QVERIFY2(archive.saveOrganization(parent, &error), qPrintable(error));
    Organization child;
    child.name = QStringLiteral("Child office");
    child.parentId = parent.id;
    QVERIFY2(archive.saveOrganization(child, &error), qPrintable(error));
    parent.parentId = child.id;
    QVERIFY(!archive.saveOrganization(parent, &error));
    QVERIFY2(error.contains(QLatin1String("sub-organisations")), qPrintable(error));
    QCOMPARE(db.transactionDepth(), 0);
    QCOMPARE(archive.organization(parent.id)->parentId, 0);
    QCOMPARE(archive.organizations().size(), organizations.size() + 2);
}

void TestServerArchive::copyIsLossless_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("file to server") << "sqlite"
                                    << "postgresql";
    QTest::newRow("server to file") << "postgresql"
                                    << "sqlite";
    QTest::newRow("server to server") << "postgresql"
                                      << "postgresql";
    QTest::newRow("file to file") << "sqlite"
                                  << "sqlite";
}

void TestServerArchive::copyIsLossless()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    if (from == QLatin1String("postgresql") || to == QLatin1String("postgresql"))
        REQUIRE_PG_SERVER();
    Database source;
    QVERIFY(openNew(from, source));
    Archive archive(source);
    QString error;
    for (const QString &file :
        { QStringLiteral(":/demo/reference.json"), dataFile("two-languages.json"), dataFile("scripts.json") })
        QVERIFY2(Interchange::importFile(archive, file, nullptr, &error), qPrintable(error));
    // What no export holds: a press release with a revision, a saved search, a sub-organisation
    // whose parent has a higher id, a removed dialogue's gap in the ids.
    PressReleaseStore releases(source);
    PressRelease release;
    release.dialogueId = archive.dialogueIds().first();
    release.headline = QStringLiteral("Roundtable held");
    release.body = QStringLiteral("<p>First text.</p>");
    release.releaseNumber = QStringLiteral("2024-07");
    QVERIFY2(releases.save(release, &error), qPrintable(error));
    release.body = QStringLiteral("<p>Second text, 第二稿.</p>");
    QVERIFY2(releases.save(release, &error), qPrintable(error));
    QVERIFY(source.exec(QStringLiteral("INSERT INTO saved_search (name, query, position) VALUES ('湿地', "
                                       "'wetlands year:2022', 3)"),
        &error));
    Organization child;
    child.name = QStringLiteral("Field office");
    QVERIFY2(archive.saveOrganization(child, &error), qPrintable(error));
    Organization parent;
    parent.name = QStringLiteral("Head office");
    QVERIFY2(archive.saveOrganization(parent, &error), qPrintable(error));
    child.parentId = parent.id;
    QVERIFY2(archive.saveOrganization(child, &error), qPrintable(error));
    QVERIFY2(archive.removeDialogue(archive.dialogueIds().last(), &error), qPrintable(error));
    const QStringList before = dump(source);
    QVERIFY(before.size() > 50);
    QVERIFY(before.filter(QStringLiteral("press_release_revision:")).size() == 1);

    Database destination;
    QVERIFY(openNew(to, destination));
    qint64 seen = 0;
    QVERIFY2(
        ArchiveCopy::copy(source, destination, &error, nullptr, [&](qint64 done, qint64) { seen = done; }),
        qPrintable(error));
    QCOMPARE(seen, qint64(before.size()));
    QCOMPARE(dump(destination), before);
    QCOMPARE(dump(source), before); // the source is only read
    Archive copied(destination);
    QCOMPARE(Interchange::exportJson(copied, &error), Interchange::exportJson(archive, &error));
    // New records take ids after the copied ones.
    qint64 highest = 0;
    for (const Organization &o : copied.organizations())
        highest = qMax(highest, o.id);
    Organization later;
    later.name = QStringLiteral("Made after the copy");
    QVERIFY2(copied.saveOrganization(later, &error), qPrintable(error));
    QVERIFY(later.id > highest);
}

void TestServerArchive::copyRefusesNonEmptyDestination()
{
    REQUIRE_PG_SERVER();
    Database source;
    QVERIFY(openNew(QStringLiteral("sqlite"), source));
    Archive archive(source);
    QString error;
    QVERIFY2(
        Interchange::importFile(archive, dataFile("two-languages.json"), nullptr, &error), qPrintable(error));
    for (const char *backend : Backends) {
        Database destination;
        QVERIFY(openNew(QLatin1String(backend), destination));
        Archive held(destination);
        QVERIFY2(Interchange::importFile(held, QStringLiteral(":/demo/reference.json"), nullptr, &error),
            qPrintable(error));
        const QStringList before = dump(destination);
        QVERIFY(!ArchiveCopy::copy(source, destination, &error));
        QVERIFY2(error.contains(QLatin1String("already holds records")), qPrintable(error));
        QCOMPARE(dump(destination), before);
        QCOMPARE(destination.transactionDepth(), 0);
    }
    // A copy cancelled at once writes nothing either.
    Database empty;
    QVERIFY(openNew(QStringLiteral("postgresql"), empty));
    const std::atomic<bool> cancel { true };
    QVERIFY(!ArchiveCopy::copy(source, empty, &error, &cancel));
    QVERIFY2(error.contains(QLatin1String("cancelled")), qPrintable(error));
    QVERIFY(ArchiveCopy::isEmpty(empty, &error));
}

void TestServerArchive::serverBackupIsAnSQLiteArchive()
{
    REQUIRE_PG_SERVER();
    QString address;
    QByteArray exported;
    {
        Database db;
        QVERIFY(openNew(QStringLiteral("postgresql"), db, &address));
        Archive archive(db);
        QString error;
        QVERIFY2(
            Interchange::importFile(archive, dataFile("scripts.json"), nullptr, &error), qPrintable(error));
        exported = Interchange::exportJson(archive, &error);
    }
    const QString backup = m_dir.filePath(QStringLiteral("server-backup.roundtable"));
    QString error;
    QVERIFY2(Maintenance::backup(address, backup, &error), qPrintable(error));
    QStringList problems;
    QVERIFY2(Maintenance::check(backup, &problems), qPrintable(problems.join(QLatin1String("; "))));
    Database restored;
    QVERIFY2(restored.open(backup, Database::Mode::ReadOnly, &error), qPrintable(error));
    QCOMPARE(restored.backend(), Database::Backend::SQLite);
    Archive archive(restored);
    QCOMPARE(Interchange::exportJson(archive, &error), exported);
    // Nothing but the backup was left in its folder.
    const QStringList left
        = QDir(m_dir.path()).entryList({ QStringLiteral(".server-backup*") }, QDir::Files | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
}

void TestServerArchive::serverCheckFindsWhatIsNotEnforced()
{
    REQUIRE_PG_SERVER();
    const QString address = soundDemoOnServer();
    if (address.isEmpty())
        return;
    QStringList problems;
    // Someone switched a trigger off and made a reference unchecked, and dropped a table.
    {
        Database db;
        QString error;
        QVERIFY(db.open(address, Database::Mode::ReadWrite, &error));
        QVERIFY2(db.exec(QStringLiteral("ALTER TABLE speech DISABLE TRIGGER search_speech"), &error),
            qPrintable(error));
        QVERIFY2(db.exec(QStringLiteral("ALTER TABLE speech DROP CONSTRAINT speech_person_id_fkey; "
                                        "ALTER TABLE speech ADD CONSTRAINT speech_person_id_fkey FOREIGN KEY "
                                        "(person_id) REFERENCES person(id) NOT VALID"),
                     &error),
            qPrintable(error));
        QVERIFY2(db.exec(QStringLiteral("DROP TABLE saved_search"), &error), qPrintable(error));
    }
    QVERIFY(!Maintenance::check(address, &problems));
    const QString all = problems.join(QLatin1String("; "));
    QVERIFY2(all.contains(QLatin1String("search_speech of table speech is not enforced")), qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("speech_person_id_fkey of table speech is not enforced")),
        qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("the table saved_search is missing")), qPrintable(all));
}

// `check` of a server archive compares its search index with the records (issue 13, item 6):
// a dialogue without its document, a document of a deleted dialogue, a document whose tokens are
// not the ones the records make; a dialogue queued for rebuilding is not out of step.
void TestServerArchive::serverCheckFindsTheSearchIndexOutOfStep()
{
    REQUIRE_PG_SERVER();
    const QString address = soundDemoOnServer();
    if (address.isEmpty())
        return;
    QStringList problems;
    auto damage = [&](const QString &sql) {
        Database db;
        QString error;
        QVERIFY2(db.open(address, Database::Mode::ReadWrite, &error), qPrintable(error));
        QVERIFY2(db.execScript(sql, &error), qPrintable(error));
    };
    // Queued behind the program's back (another program's edit): explained, not a problem.
    damage(QStringLiteral("INSERT INTO search_stale (dialogue_id) SELECT min(id) FROM dialogue"));
    QVERIFY2(Maintenance::check(address, &problems), qPrintable(problems.join(QLatin1String("; "))));
    // A document's words changed, and one for a dialogue that is not there.
    damage(QStringLiteral(
        "DELETE FROM search_stale;"
        "UPDATE search_posting SET lexeme = 'Hwrong' WHERE ctid = (SELECT ctid FROM search_posting "
        "WHERE dialogue_id = (SELECT min(id) FROM dialogue) LIMIT 1);"
        "INSERT INTO search_vector (dialogue_id, start_date, sizes, token_count) "
        "VALUES (99999, '2020-01-01', '{1,0,0,0,0,0,0,0,0}', 1);"
        "INSERT INTO search_posting (dialogue_id, lexeme, places) VALUES (99999, 'Atitle', '{1}');"));
    QVERIFY(!Maintenance::check(address, &problems));
    QString all = problems.join(QLatin1String("; "));
    QVERIFY2(all.contains(QLatin1String("dialogues whose search document differs from their records: 1")),
        qPrintable(all));
    QVERIFY2(all.contains(QLatin1String("search documents of deleted dialogues: 1")), qPrintable(all));
    // Every document gone.
    damage(QStringLiteral("DELETE FROM search_vector"));
    QVERIFY(!Maintenance::check(address, &problems));
    all = problems.join(QLatin1String("; "));
    QVERIFY2(all.contains(QLatin1String("dialogues missing from the search index: 1")), qPrintable(all));
    // Rebuilt: in step again.
    {
        Database db;
        QString error;
        QVERIFY2(db.open(address, Database::Mode::ReadWrite, &error), qPrintable(error));
        Search search(db);
        QVERIFY2(search.reindex(&error), qPrintable(error));
    }
    QVERIFY2(Maintenance::check(address, &problems), qPrintable(problems.join(QLatin1String("; "))));
    QVERIFY(problems.isEmpty());
}

void TestServerArchive::killedTestLeavesNoServer()
{
    REQUIRE_PG_SERVER();
    // This program again, as a test process that starts its own server and then dies by SIGKILL
    // (see main()): its watchman must stop that server and remove its folder.
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("RT_PGSERVER_KILL_ME"), QStringLiteral("1"));
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(child.waitForFinished(120000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    const QStringList said = QString::fromLocal8Bit(child.readAllStandardOutput()).split(QLatin1Char(' '));
    QCOMPARE(said.size(), 2);
    const QString folder = said.at(0).trimmed();
    const qint64 postmaster = said.at(1).trimmed().toLongLong();
    QVERIFY(folder.startsWith(QLatin1String("/tmp/rt-pg-")));
    QVERIFY(postmaster > 0);
    // The server went, and its folder with it, within a few seconds.
    QTRY_VERIFY_WITH_TIMEOUT(::kill(pid_t(postmaster), 0) != 0, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(folder), 20000);
}

void TestServerArchive::otherConnectionsHearOfChanges()
{
    // Two windows on one server archive: the watcher of the first hears of the second's commits
    // within a second (LISTEN/NOTIFY), not of its own, nor of a transaction rolled back.
    REQUIRE_PG_SERVER();
    Database a;
    QString address;
    QVERIFY(openNew(QStringLiteral("postgresql"), a, &address));
    Database b;
    QString error;
    QVERIFY2(b.open(address, Database::Mode::ReadWrite, &error), qPrintable(error));
    Archive archiveA(a);
    Archive archiveB(b);
    ChangeWatcher watcher(a);
    QSignalSpy spy(&watcher, &ChangeWatcher::changedElsewhere);
    watcher.start();

    Person p;
    p.familyName = QStringLiteral("Nguyen");
    QVERIFY2(archiveB.savePerson(p, &error), qPrintable(error));
    QElapsedTimer clock;
    clock.start();
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 1000);
    QVERIFY(clock.elapsed() < 1000);

    // Its own save: nothing heard.
    p = *archiveA.person(p.id);
    p.notes = QStringLiteral("saved by the watching connection");
    QVERIFY2(archiveA.savePerson(p, &error), qPrintable(error));
    QTest::qWait(600);
    QCOMPARE(spy.count(), 1);

    // A transaction of the other that rolls back: nothing heard either.
    const qint64 people = archiveA.counts().people;
    {
        Transaction t(b);
        QVERIFY2(t.begin(&error), qPrintable(error));
        Person q;
        q.familyName = QStringLiteral("Rolled back");
        QVERIFY2(archiveB.savePerson(q, &error), qPrintable(error));
    } // rolled back here
    QTest::qWait(600);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(archiveA.counts().people, people);

    // A delete by the other is heard too; several commits at once come as one refresh at most
    // a tick later.
    QVERIFY2(archiveB.removePerson(p.id, &error, archiveB.person(p.id)->version), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 1000);
    for (int i = 0; i < 5; ++i) {
        Person n;
        n.familyName = QStringLiteral("Many %1").arg(i);
        QVERIFY2(archiveB.savePerson(n, &error), qPrintable(error));
    }
    QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 3, 1000);
    QTest::qWait(600);
    QVERIFY2(spy.count() <= 4, qPrintable(QString::number(spy.count())));

    // Stopped: deaf.
    watcher.stop();
    const int heard = int(spy.count());
    Person last;
    last.familyName = QStringLiteral("After stop");
    QVERIFY2(archiveB.savePerson(last, &error), qPrintable(error));
    QTest::qWait(600);
    QCOMPARE(int(spy.count()), heard);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("RT_PGSERVER_KILL_ME")) {
        // The child of killedTestLeavesNoServer: a server of its own, then a death without
        // any cleanup at all.
        PgServer &server = PgServer::instance();
        if (!server.available())
            return 3;
        std::printf("%s %lld", qPrintable(server.folder()), server.postmasterPid());
        std::fflush(stdout);
        ::kill(::getpid(), SIGKILL);
        return 4;
    }
    TestServerArchive test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_serverarchive.moc"
