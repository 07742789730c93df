// Who may do what on a server archive (issue 13, item 7): `roundtable server-init ADDRESS` makes the
// reader and editor roles; a login in the reader role may search, export, check and back up but
// not change the archive (one line, nothing changed), one in the editor role may import, one in
// neither is told whom to ask; server-init again changes nothing, and refuses a file.

#include "core/db/Database.h"
#include "core/db/ServerAddress.h"
#include "core/db/ServerRoles.h"
#include "support/PgServer.h"
#include "support/SafetySupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using rt::ServerRoles;
using rt::test::PgServer;
using rt::test::roundtable;
using Result = rt::test::Run;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int lineCount(const QString &text)
{
    return text.trimmed().isEmpty() ? 0 : int(text.trimmed().count(QLatin1Char('\n'))) + 1;
}

// The address of database `name` on the test server as `login`.
QString addressAs(const QString &name, const QString &login)
{
    return QStringLiteral("postgresql:///%1?host=%2&user=%3")
        .arg(QString::fromUtf8(QUrl::toPercentEncoding(name)), PgServer::instance().folder(), login);
}

QString databaseOf(const QString &address)
{
    const auto parsed = rt::ServerAddress::parse(address, nullptr);
    return parsed ? parsed->database : QString();
}

// Runs `sql` in database `name` as the test server's superuser (not through the program);
// `value` (may be null) gets the first column of its first row.
bool superExec(const QString &name, const QString &sql, QString *error, QVariant *value = nullptr)
{
    const QString connection = QStringLiteral("rt-serverroles-") + name;
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(PgServer::instance().folder());
        db.setUserName(PgServer::superUser());
        db.setDatabaseName(name);
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok)
                *error = query.lastError().text();
            else if (value)
                *value = query.next() ? query.value(0) : QVariant();
        } else {
            *error = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return ok;
}

} // namespace

class TestServerRoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void roleNames();
    void serverInitRefusesAFile();
    void readerEditorAndStranger();
    void oddDatabaseName();
    void olderArchiveNeedsItsOwner();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // A new database made a team archive by server-init (twice: the second changes nothing),
    // with the demo in it; its name in `name`.
    bool teamArchive(QString *name, const QString &given = QString());
    QTemporaryDir m_dir;
};

void TestServerRoles::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestServerRoles::cleanupTestCase()
{
    PgServer::stopIfStarted();
}

void TestServerRoles::roleNames()
{
    QCOMPARE(ServerRoles::readerRole(QStringLiteral("roundtable")), QStringLiteral("roundtable_reader"));
    QCOMPARE(ServerRoles::editorRole(QStringLiteral("roundtable")), QStringLiteral("roundtable_editor"));
    // At most 63 bytes, whole characters, and two long names sharing their start stay apart.
    const QString a = QString(70, QLatin1Char('a'));
    const QString chinese = QString(30, QChar(0x6E7F)); // 湿, three bytes in UTF-8
    for (const QString &name : { a, a + QLatin1Char('b'), chinese }) {
        for (const QString &role : { ServerRoles::readerRole(name), ServerRoles::editorRole(name) }) {
            QVERIFY2(role.toUtf8().size() <= 63, qPrintable(role));
            QVERIFY(!role.contains(QChar::ReplacementCharacter));
        }
        QVERIFY(ServerRoles::readerRole(name).endsWith(QLatin1String("_reader")));
    }
    QVERIFY(ServerRoles::readerRole(a) != ServerRoles::readerRole(a + QLatin1Char('b')));
    QVERIFY(ServerRoles::readerRole(chinese).startsWith(QString(15, QChar(0x6E7F))));
}

void TestServerRoles::serverInitRefusesAFile()
{
    const QString file = path(QStringLiteral("a.roundtable"));
    for (const QStringList &arguments : { QStringList { QStringLiteral("server-init"), file },
             { QStringLiteral("server-init"), path({}) } }) {
        const Result r = roundtable(arguments);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(lineCount(r.err), 1);
        QVERIFY2(
            r.err.contains(QLatin1String("server-init works on a server address only")), qPrintable(r.err));
    }
    QVERIFY(!QFile::exists(file));
    // A server that cannot be reached: one line.
    const Result r = roundtable({ QStringLiteral("server-init"),
        QStringLiteral("postgresql:///x?host=/nonexistent-socket-folder&connect_timeout=2") });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(lineCount(r.err), 1);
    QVERIFY2(r.err.contains(QLatin1String("cannot connect")), qPrintable(r.err));
}

bool TestServerRoles::teamArchive(QString *name, const QString &given)
{
    QString error;
    if (given.isEmpty()) {
        const QString address = PgServer::instance().createDatabase(&error);
        if (address.isEmpty()) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        *name = databaseOf(address);
    } else {
        *name = given;
    }
    const QString owner = addressAs(*name, PgServer::superUser());
    const Result first = roundtable({ QStringLiteral("server-init"), owner });
    if (first.exitCode != 0) {
        qWarning("server-init: %s", qPrintable(first.err));
        return false;
    }
    const QString reader = ServerRoles::readerRole(*name);
    const QString editor = ServerRoles::editorRole(*name);
    // What it did, and how to add a login.
    if (!first.out.contains(QLatin1String("created")) || !first.out.contains(QLatin1String(" LOGIN; GRANT "))
        || !first.out.contains(editor.left(editor.indexOf(QLatin1Char('"'))))
        || !first.out.contains(QLatin1String("_reader")) || !first.err.isEmpty()) {
        qWarning("server-init said: %s%s", qPrintable(first.out), qPrintable(first.err));
        return false;
    }
    // Again: nothing new, no error.
    const Result second = roundtable({ QStringLiteral("server-init"), owner });
    if (second.exitCode != 0 || second.out.contains(QLatin1String(" created ")) || !second.err.isEmpty()
        || !second.out.contains(QLatin1String("exists"))) {
        qWarning("server-init again: %s%s", qPrintable(second.out), qPrintable(second.err));
        return false;
    }
    return roundtable({ QStringLiteral("-d"), owner, QStringLiteral("demo") }).exitCode == 0;
}

void TestServerRoles::readerEditorAndStranger()
{
    REQUIRE_PG_SERVER();
    QString name, error;
    QVERIFY(teamArchive(&name));
    const QString reader = ServerRoles::readerRole(name);
    const QString editor = ServerRoles::editorRole(name);
    QVERIFY2(PgServer::instance().adminExec(QStringLiteral("CREATE ROLE reader1 LOGIN"), &error),
        qPrintable(error));
    QVERIFY2(PgServer::instance().adminExec(QStringLiteral("GRANT %1 TO reader1").arg(reader), &error),
        qPrintable(error));
    QVERIFY2(PgServer::instance().adminExec(QStringLiteral("CREATE ROLE editor1 LOGIN"), &error),
        qPrintable(error));
    QVERIFY2(PgServer::instance().adminExec(QStringLiteral("GRANT %1 TO editor1").arg(editor), &error),
        qPrintable(error));
    QVERIFY2(PgServer::instance().adminExec(QStringLiteral("CREATE ROLE stranger1 LOGIN"), &error),
        qPrintable(error));
    const QString owner = addressAs(name, PgServer::superUser());
    const QString asReader = addressAs(name, QStringLiteral("reader1"));
    const QString asEditor = addressAs(name, QStringLiteral("editor1"));
    const QString asStranger = addressAs(name, QStringLiteral("stranger1"));

    const QString before = path(QStringLiteral("before.json"));
    QCOMPARE(roundtable({ QStringLiteral("-d"), owner, QStringLiteral("export"), before }).exitCode, 0);
    QVERIFY(fileBytes(before).contains("dialogues"));

    // The reader searches, exports (the same bytes as the owner), checks and backs up.
    Result r = roundtable({ QStringLiteral("-d"), asReader, QStringLiteral("search"),
        QStringLiteral("--json"), QStringLiteral("biodiversity") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);
    const QString readerExport = path(QStringLiteral("reader.json"));
    r = roundtable({ QStringLiteral("-d"), asReader, QStringLiteral("export"), readerExport });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(fileBytes(readerExport), fileBytes(before));
    r = roundtable({ QStringLiteral("-d"), asReader, QStringLiteral("check") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.trimmed().endsWith(QLatin1String(": ok")), qPrintable(r.out));
    const QString backup = path(QStringLiteral("reader-backup.roundtable"));
    r = roundtable({ QStringLiteral("-d"), asReader, QStringLiteral("backup"), backup });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(roundtable({ QStringLiteral("-d"), backup, QStringLiteral("check") }).exitCode, 0);

    // Every writing command is refused in one line, and the archive is as it was.
    const QString twoLanguages = QStringLiteral(ROUNDTABLE_SOURCE_DIR "/tests/data/two-languages.json");
    const QList<QStringList> writes
        = { { QStringLiteral("import"), twoLanguages }, { QStringLiteral("demo") },
              { QStringLiteral("reindex") }, { QStringLiteral("copy"), backup, asReader } };
    for (const QStringList &command : writes) {
        QStringList arguments = command;
        if (command.first() != QLatin1String("copy"))
            arguments = QStringList { QStringLiteral("-d"), asReader } + command;
        r = roundtable(arguments);
        QVERIFY2(r.exitCode == 1, qPrintable(command.join(QLatin1Char(' ')) + QLatin1String(": ") + r.err));
        QCOMPARE(lineCount(r.err), 1);
        QVERIFY2(r.err.contains(QLatin1String("may read, search and export this archive but not change it")),
            qPrintable(r.err));
        QVERIFY2(r.err.contains(editor), qPrintable(r.err)); // whom to ask for
        QVERIFY(r.out.isEmpty());
    }
    const QString after = path(QStringLiteral("after.json"));
    QCOMPARE(roundtable({ QStringLiteral("-d"), owner, QStringLiteral("export"), after }).exitCode, 0);
    QCOMPARE(fileBytes(after), fileBytes(before));

    // The editor imports, and finds what it imported; the reader sees it too.
    r = roundtable({ QStringLiteral("-d"), asEditor, QStringLiteral("import"), twoLanguages });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.err.isEmpty());
    r = roundtable({ QStringLiteral("-d"), asEditor, QStringLiteral("reindex") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(roundtable({ QStringLiteral("-d"), owner, QStringLiteral("export"), after }).exitCode, 0);
    QVERIFY(fileBytes(after) != fileBytes(before));
    QVERIFY(fileBytes(after).contains("2022-11-23-wetlands"));
    r = roundtable({ QStringLiteral("-d"), asReader, QStringLiteral("export"), readerExport });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(fileBytes(readerExport), fileBytes(after));
    r = roundtable({ QStringLiteral("-d"), asReader, QStringLiteral("search"), QStringLiteral("--json"),
        QStringLiteral("wetland") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(QJsonDocument::fromJson(r.out.toUtf8()).array().size() >= 1, qPrintable(r.out));
    // The editor may not make the roles (it owns nothing).
    r = roundtable({ QStringLiteral("server-init"), asEditor });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(lineCount(r.err), 1);
    QVERIFY2(r.err.contains(QLatin1String("does not own")), qPrintable(r.err));

    // A login in neither role: one line naming the roles to ask for, for reading and writing alike.
    for (const QStringList &command :
        { QStringList { QStringLiteral("export"), path(QStringLiteral("s.json")) },
            QStringList { QStringLiteral("search"), QStringLiteral("biodiversity") },
            QStringList { QStringLiteral("import"), twoLanguages },
            QStringList { QStringLiteral("check") } }) {
        r = roundtable(QStringList { QStringLiteral("-d"), asStranger } + command);
        QVERIFY2(r.exitCode == 1, qPrintable(command.first()));
        QVERIFY2(lineCount(r.err) == 1, qPrintable(r.err));
        QVERIFY2(
            r.err.contains(QLatin1String("this login (stranger1) may not read this archive; ask its owner "
                                         "to grant %1 or %2")
                               .arg(reader, editor)),
            qPrintable(r.err));
        QVERIFY2(!r.err.contains(QLatin1String("permission denied")), qPrintable(r.err));
    }
    QVERIFY(!QFile::exists(path(QStringLiteral("s.json"))));
    QCOMPARE(roundtable({ QStringLiteral("-d"), owner, QStringLiteral("export"), readerExport }).exitCode, 0);
    QCOMPARE(fileBytes(readerExport), fileBytes(after));
}

void TestServerRoles::oddDatabaseName()
{
    // Quotes, a dot, a space and Chinese in the database's name: the roles' names are quoted by the
    // server, and a login of the reader role reads it.
    REQUIRE_PG_SERVER();
    const QString name = QStringLiteral("Team \"A\".b 档案");
    QString error;
    QVERIFY2(
        PgServer::instance().adminExec(QStringLiteral("CREATE DATABASE \"Team \"\"A\"\".b 档案\""), &error),
        qPrintable(error));
    QString made;
    QVERIFY(teamArchive(&made, name));
    const QString reader = ServerRoles::readerRole(name);
    QCOMPARE(reader, name + QLatin1String("_reader"));
    QVERIFY2(
        PgServer::instance().adminExec(
            QStringLiteral("CREATE ROLE reader2 LOGIN; GRANT \"Team \"\"A\"\".b 档案_reader\" TO reader2"),
            &error),
        qPrintable(error));
    const QString asReader = addressAs(name, QStringLiteral("reader2"));
    Result r = roundtable(
        { QStringLiteral("-d"), asReader, QStringLiteral("search"), QStringLiteral("biodiversity") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(!r.out.isEmpty());
    r = roundtable({ QStringLiteral("-d"), asReader, QStringLiteral("demo") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("\"Team \"\"A\"\".b 档案_editor\"")), qPrintable(r.err));
}

void TestServerRoles::olderArchiveNeedsItsOwner()
{
    // An archive an older program made: an editor may not upgrade it (told so in one line, nothing
    // written), nor may a reader open it to write.
    REQUIRE_PG_SERVER();
    QString name, error;
    QVERIFY(teamArchive(&name));
    QVERIFY2(
        PgServer::instance().adminExec(QStringLiteral("CREATE ROLE editor3 LOGIN; GRANT %1 TO editor3; "
                                                      "CREATE ROLE reader3 LOGIN; GRANT %2 TO reader3")
                                           .arg(ServerRoles::editorRole(name), ServerRoles::readerRole(name)),
            &error),
        qPrintable(error));
    QVERIFY2(superExec(name, QStringLiteral("UPDATE roundtable_schema SET version = version - 1"), &error),
        qPrintable(error));
    for (const QString &login : { QStringLiteral("editor3"), QStringLiteral("reader3") }) {
        const Result r = roundtable({ QStringLiteral("-d"), addressAs(name, login), QStringLiteral("import"),
            QStringLiteral(ROUNDTABLE_SOURCE_DIR "/tests/data/two-languages.json") });
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(lineCount(r.err), 1);
        QVERIFY2(r.err.contains(QLatin1String("needs upgrading by its owner")), qPrintable(r.err));
    }
    // Nothing was written: the version is as it was left, and nothing was imported.
    QVariant value;
    QVERIFY2(superExec(name, QStringLiteral("SELECT version FROM roundtable_schema"), &error, &value),
        qPrintable(error));
    QCOMPARE(value.toInt(), rt::Database::latestSchemaVersion(rt::Database::Backend::PostgreSQL) - 1);
    QVERIFY2(
        superExec(name, QStringLiteral("SELECT count(*) FROM dialogue WHERE key = '2022-11-23-wetlands'"),
            &error, &value),
        qPrintable(error));
    QCOMPARE(value.toInt(), 0);
    QVERIFY2(
        superExec(name, QStringLiteral("SELECT count(*) FROM dialogue"), &error, &value), qPrintable(error));
    QCOMPARE(value.toInt(), 1);
}

QTEST_GUILESS_MAIN(TestServerRoles)
#include "tst_serverroles.moc"
