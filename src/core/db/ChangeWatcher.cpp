#include "core/db/ChangeWatcher.h"

#include "core/db/Database.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace rt {

ChangeWatcher::ChangeWatcher(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
}

ChangeWatcher::~ChangeWatcher()
{
    unlisten();
}

void ChangeWatcher::start(int intervalMs)
{
    if (m_database.backend() == Database::Backend::PostgreSQL) {
        // The server tells us; what was heard is passed on at most once a tick, so that an
        // import of many transactions refreshes the window once. The tick also asks the server
        // something (see poll()): QPSQL's socket notifier alone was seen to miss announcements
        // that arrived after one of our own.
        listen();
        m_timer.start(qMin(intervalMs, 400));
        return;
    }
    m_lastVersion = dataVersion();
    m_timer.start(intervalMs);
}

void ChangeWatcher::stop()
{
    m_timer.stop();
    unlisten();
}

void ChangeWatcher::listen()
{
    if (m_listening)
        return;
    QSqlDriver *driver = m_database.db().driver();
    if (!driver || !driver->subscribeToNotification(Database::changeChannel())) {
        qWarning("ChangeWatcher: cannot listen for changes of the server archive");
        return;
    }
    m_driver = driver;
    connect(driver, &QSqlDriver::notification, this,
        [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &) {
            if (name == Database::changeChannel() && source != QSqlDriver::SelfSource)
                m_heard = true;
        });
    m_listening = true;
}

void ChangeWatcher::unlisten()
{
    if (!m_listening)
        return;
    m_listening = false;
    // The driver, not the Database: the watcher may outlive the window's Database.
    QSqlDriver *driver = m_driver.data();
    if (!driver)
        return;
    disconnect(driver, &QSqlDriver::notification, this, nullptr);
    if (driver->isOpen())
        driver->unsubscribeFromNotification(Database::changeChannel());
}

bool ChangeWatcher::poll()
{
    if (m_database.backend() == Database::Backend::PostgreSQL) {
        if (!m_heard && m_listening && m_database.transactionDepth() == 0) {
            // Any statement makes libpq read what the server sent, and QPSQL then hands the
            // announcements to listen()'s slot from the event loop: the next tick passes them on.
            m_database.exec(QStringLiteral("SELECT 1"), nullptr);
        }
        if (!m_heard)
            return false;
        m_heard = false;
        Q_EMIT changedElsewhere();
        return true;
    }
    // Inside our own transaction the value cannot move, and asking would only slow the writer.
    if (m_database.transactionDepth() > 0)
        return false;
    const qint64 version = dataVersion();
    if (version < 0)
        return false;
    if (m_lastVersion >= 0 && version != m_lastVersion) {
        m_lastVersion = version;
        Q_EMIT changedElsewhere();
        return true;
    }
    m_lastVersion = version;
    return false;
}

qint64 ChangeWatcher::dataVersion() const
{
    sqlite3 *raw = m_database.handle();
    if (!raw)
        return -1;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(raw, "PRAGMA data_version", -1, &stmt, nullptr) != SQLITE_OK)
        return -1;
    const qint64 version = sqlite3_step(stmt) == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : -1;
    sqlite3_finalize(stmt);
    return version;
}

} // namespace rt
