#pragma once

// A throwaway PostgreSQL server for the tests that run on both backends (DESIGN.md, "Team archive
// on PostgreSQL"). The first test that asks starts one cluster for the whole test process:
// initdb into a temporary folder (as the `postgres` user when the tests run as root, which
// initdb refuses to be), then pg_ctl with its Unix socket in that folder and no TCP port at all
// (so it never meets a system cluster), fsync off. Each test takes a database of its own
// (createDatabase). The server is stopped and its folder removed when the test process ends,
// whatever way it ends: normally by the destructor, and after a crash, an abort or a SIGKILL
// by a watchman started beside it, which waits for the test process to go.
//
// Where PostgreSQL cannot be started (not installed, no QPSQL driver), REQUIRE_PG_SERVER() skips
// the test saying why; with ROUNDTABLE_REQUIRE_POSTGRESQL=1 (scripts/setup test) it fails instead.

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTest>

#include <cstdlib>
#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

namespace rt::test {

class PgServer
{
public:
    // The server of this test process, started at the first call.
    static PgServer &instance()
    {
        static PgServer server;
        started() = true;
        return server;
    }
    // Stops the server if this process started one (for cleanupTestCase: the destructor runs
    // only after the application object is gone).
    static void stopIfStarted()
    {
        if (started())
            instance().stop();
    }

    bool available() const { return m_running; }
    // Why the server is not available, in one line.
    QString problem() const { return m_problem; }
    // The folder of the cluster (its socket is here too).
    QString folder() const { return m_folder; }
    // The postmaster's process id, read from its pid file; 0 when not running.
    qint64 postmasterPid() const
    {
        QFile pid(m_folder + QLatin1String("/data/postmaster.pid"));
        return pid.open(QIODevice::ReadOnly) ? pid.readLine().trimmed().toLongLong() : 0;
    }

    // A new, empty database; its address (postgresql:///NAME?host=FOLDER&user=...), or empty
    // with the reason in `error`.
    QString createDatabase(QString *error = nullptr)
    {
        if (!m_running) {
            if (error)
                *error = m_problem;
            return {};
        }
        const QString name = QStringLiteral("rt_test_%1").arg(++m_databases);
        if (!adminExec(QStringLiteral("CREATE DATABASE %1").arg(name), error))
            return {};
        return address(name);
    }

    QString address(const QString &database) const
    {
        return QStringLiteral("postgresql:///%1?host=%2&user=%3").arg(database, m_folder, superUser());
    }

    // Runs `sql` in the maintenance database as the superuser.
    bool adminExec(const QString &sql, QString *error = nullptr)
    {
        const QString connection = QStringLiteral("rt-pgserver-admin");
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::contains(connection)
                ? QSqlDatabase::database(connection)
                : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setHostName(m_folder);
            db.setUserName(superUser());
            db.setDatabaseName(QStringLiteral("postgres"));
            if (!db.isOpen() && !db.open()) {
                if (error)
                    *error = db.lastError().text();
                return false;
            }
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok && error)
                *error = query.lastError().text();
        }
        return ok;
    }

    static QString superUser() { return QStringLiteral("roundtable_test"); }

    void stop()
    {
        if (QSqlDatabase::contains(QStringLiteral("rt-pgserver-admin")))
            QSqlDatabase::removeDatabase(QStringLiteral("rt-pgserver-admin"));
        if (m_running) {
            QProcess pgctl;
            run(pgctl, m_bin + QLatin1String("/pg_ctl"),
                { QStringLiteral("-D"), m_folder + QLatin1String("/data"), QStringLiteral("-m"),
                    QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop") });
            pgctl.waitForFinished(30000);
            m_running = false;
        }
        if (!m_folder.isEmpty())
            QDir(m_folder).removeRecursively();
        m_folder.clear();
    }

    ~PgServer() { stop(); }
    PgServer(const PgServer &) = delete;
    PgServer &operator=(const PgServer &) = delete;

private:
    PgServer() { m_running = start(); }

    static bool &started()
    {
        static bool flag = false;
        return flag;
    }

    static bool asRoot() { return ::geteuid() == 0; }

    // The newest server programs: Debian keeps them in /usr/lib/postgresql/VERSION/bin.
    static QString serverBinaries()
    {
        const QString given = qEnvironmentVariable("ROUNDTABLE_PG_BINDIR");
        if (!given.isEmpty())
            return given;
        QDir lib(QStringLiteral("/usr/lib/postgresql"));
        QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(versions.begin(), versions.end(),
            [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
        for (const QString &version : std::as_const(versions)) {
            const QString bin = lib.filePath(version + QLatin1String("/bin"));
            if (QFileInfo(bin + QLatin1String("/initdb")).isExecutable())
                return bin;
        }
        const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
        return initdb.isEmpty() ? QString() : QFileInfo(initdb).absolutePath();
    }

    // Starts `program` as the cluster's owner: `postgres` when we are root.
    static void run(QProcess &process, const QString &program, const QStringList &arguments)
    {
        process.setProcessChannelMode(QProcess::MergedChannels);
        if (asRoot())
            process.start(QStringLiteral("runuser"),
                QStringList {
                    QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program }
                    + arguments);
        else
            process.start(program, arguments);
    }

    bool fail(const QString &problem)
    {
        m_problem = problem;
        if (!m_folder.isEmpty())
            QDir(m_folder).removeRecursively();
        m_folder.clear();
        return false;
    }

    bool start()
    {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return fail(
                QStringLiteral("the Qt PostgreSQL driver is not installed (Debian: libqt6sql6-psql)"));
        m_bin = serverBinaries();
        if (m_bin.isEmpty())
            return fail(QStringLiteral("PostgreSQL's initdb was not found (Debian: postgresql)"));
        // Short, in /tmp: a Unix socket path may hold only about 100 bytes.
        QByteArray folder = QByteArrayLiteral("/tmp/rt-pg-XXXXXX");
        if (!::mkdtemp(folder.data()))
            return fail(QStringLiteral("cannot make a folder in /tmp"));
        m_folder = QString::fromLocal8Bit(folder);
        if (asRoot()) {
            const passwd *owner = ::getpwnam("postgres");
            if (!owner || ::chown(folder.constData(), owner->pw_uid, owner->pw_gid) != 0)
                return fail(
                    QStringLiteral("running as root, but there is no `postgres` user to own the cluster"));
        }
        QProcess initdb;
        run(initdb, m_bin + QLatin1String("/initdb"),
            { QStringLiteral("-D"), m_folder + QLatin1String("/data"), QStringLiteral("-A"),
                QStringLiteral("trust"), QStringLiteral("-U"), superUser(), QStringLiteral("-E"),
                QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync") });
        if (!initdb.waitForFinished(120000) || initdb.exitStatus() != QProcess::NormalExit
            || initdb.exitCode() != 0)
            return fail(
                QStringLiteral("initdb failed: %1 %2")
                    .arg(initdb.errorString(), QString::fromLocal8Bit(initdb.readAll()).simplified()));
        QProcess pgctl;
        run(pgctl, m_bin + QLatin1String("/pg_ctl"),
            { QStringLiteral("-D"), m_folder + QLatin1String("/data"), QStringLiteral("-l"),
                m_folder + QLatin1String("/server.log"), QStringLiteral("-w"), QStringLiteral("-t"),
                QStringLiteral("60"), QStringLiteral("-o"),
                QStringLiteral("-k %1 -c listen_addresses='' -c fsync=off -c synchronous_commit=off "
                               "-c full_page_writes=off -c max_connections=60")
                    .arg(m_folder),
                QStringLiteral("start") });
        // pg_ctl returns once the server accepts connections; the server itself stays.
        if (!pgctl.waitForFinished(90000) || pgctl.exitCode() != 0) {
            QFile log(m_folder + QLatin1String("/server.log"));
            const QString tail = log.open(QIODevice::ReadOnly)
                ? QString::fromLocal8Bit(log.readAll().right(400))
                : QString();
            return fail(QStringLiteral("pg_ctl start failed: %1 %2")
                            .arg(QString::fromLocal8Bit(pgctl.readAll()).simplified(), tail.simplified()));
        }
        m_running = true;
        startWatchman();
        QString error;
        if (!adminExec(QStringLiteral("SELECT 1"), &error)) {
            stop();
            return fail(QStringLiteral("the test server does not answer: %1").arg(error));
        }
        return true;
    }

    // A process of its own session (so that a test runner killing our process group does not
    // take it along) that stops the server and removes its folder once this process is gone.
    void startWatchman()
    {
        const QString asOwner = asRoot() ? QStringLiteral("runuser -u postgres -- ") : QString();
        const QString script
            = QStringLiteral("while kill -0 %1 2>/dev/null; do sleep 0.2; done; "
                             "%2'%3/pg_ctl' -D '%4/data' -m immediate -w stop >/dev/null 2>&1; rm -rf '%4'")
                  .arg(QCoreApplication::applicationPid())
                  .arg(asOwner, m_bin, m_folder);
        QProcess::startDetached(
            QStringLiteral("setsid"), { QStringLiteral("sh"), QStringLiteral("-c"), script });
    }

    bool m_running = false;
    QString m_problem;
    QString m_bin;
    QString m_folder;
    int m_databases = 0;
};

} // namespace rt::test

// Skips the rest of the test function when no test server can be started, saying why; fails
// instead when ROUNDTABLE_REQUIRE_POSTGRESQL is set (a test run that must cover both backends).
#define REQUIRE_PG_SERVER()                                                                                  \
    do {                                                                                                     \
        if (!rt::test::PgServer::instance().available()) {                                                   \
            const QString why                                                                                \
                = QStringLiteral("PostgreSQL half skipped: ") + rt::test::PgServer::instance().problem();    \
            if (qEnvironmentVariableIntValue("ROUNDTABLE_REQUIRE_POSTGRESQL") != 0)                          \
                QFAIL(qPrintable(why));                                                                      \
            QSKIP(qPrintable(why));                                                                          \
        }                                                                                                    \
    } while (false)

namespace rt::test {

// A test whose every case runs on both backends names them in its initTestCase_data()
// (addBackends): the global column `backend`, "sqlite" or "postgresql".
inline void addBackends()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

// Whether the running case is the PostgreSQL one.
inline bool onServer()
{
    QFETCH_GLOBAL(QString, backend);
    return backend == QLatin1String("postgresql");
}

// A new, empty archive for the running case: `file` on SQLite, a new database on the
// throwaway server on PostgreSQL (empty, with the reason in `error`, when none could be made).
// Call REQUIRE_BACKEND() first.
inline QString newArchive(const QString &file, QString *error = nullptr)
{
    return onServer() ? PgServer::instance().createDatabase(error) : file;
}

} // namespace rt::test

// REQUIRE_PG_SERVER() when the running case is the PostgreSQL one.
#define REQUIRE_BACKEND()                                                                                    \
    do {                                                                                                     \
        if (rt::test::onServer())                                                                            \
            REQUIRE_PG_SERVER();                                                                             \
    } while (false)
