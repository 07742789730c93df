#include "core/db/ChangeWatcher.h"

#include "core/db/Database.h"

#include <sqlite3.h>

namespace rt {

ChangeWatcher::ChangeWatcher(Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
}

void ChangeWatcher::start(int intervalMs)
{
    m_lastVersion = dataVersion();
    m_timer.start(intervalMs);
}

void ChangeWatcher::stop()
{
    m_timer.stop();
}

bool ChangeWatcher::poll()
{
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
