#include "core/db/Transaction.h"

#include "core/db/Database.h"
#include "core/search/Search.h"

#include <QCoreApplication>

namespace rt {

Snapshot::Snapshot(Database &database)
    : m_database(database)
{
}

Snapshot::~Snapshot()
{
    if (m_own)
        m_database.exec(QStringLiteral("COMMIT"), nullptr);
}

bool Snapshot::begin(QString *error)
{
    if (m_own || m_database.transactionDepth() > 0)
        return true;
    m_own = m_database.beginSnapshot(error);
    return m_own;
}

Transaction::Transaction(Database &database)
    : m_database(database)
{
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::begin(QString *error)
{
    if (m_level != 0)
        return true;
    if (m_database.isReadOnly()) {
        if (error)
            *error = QCoreApplication::translate("Database", "the archive is open read-only");
        return false;
    }
    const int level = m_database.m_transactionDepth + 1;
    if (level == 1 && !m_database.writable(error))
        return false;
    // SQLite takes the write lock at once (IMMEDIATE), so that a busy archive is reported here and
    // not halfway; PostgreSQL locks the rows a statement writes, as it writes them.
    const QString begin = m_database.backend() == Database::Backend::SQLite
        ? QStringLiteral("BEGIN IMMEDIATE")
        : QStringLiteral("BEGIN");
    const QString sql = level == 1 ? begin : QStringLiteral("SAVEPOINT rt_%1").arg(level);
    QString failure;
    if (!m_database.exec(sql, &failure)) {
        if (error) {
            *error = failure.contains(QLatin1String("locked")) || failure.contains(QLatin1String("busy"))
                ? QCoreApplication::translate(
                    "Database", "the archive is busy: another program is writing to it; try again")
                : failure;
        }
        return false;
    }
    m_level = level;
    m_database.m_transactionDepth = level;
    return true;
}

bool Transaction::commit(QString *error)
{
    if (m_level == 0) {
        if (error)
            *error = QCoreApplication::translate("Database", "no transaction to commit");
        return false;
    }
    Q_ASSERT(m_database.m_transactionDepth == m_level);
    // The search index follows every change in the same transaction (0002_search.sql).
    if (m_level == 1 && !Search::refresh(m_database, error))
        return false; // the destructor rolls back
    // Other windows and programs on a server archive hear of it when it commits (ChangeWatcher).
    if (m_level == 1 && !m_database.announceChange(error))
        return false;
    const QString sql
        = m_level == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE rt_%1").arg(m_level);
    if (!m_database.exec(sql, error))
        return false; // the destructor rolls back
    m_database.m_transactionDepth = m_level - 1;
    m_level = 0;
    return true;
}

void Transaction::rollback()
{
    if (m_level == 0)
        return;
    if (m_level == 1) {
        m_database.exec(QStringLiteral("ROLLBACK"), nullptr);
    } else {
        // Undo the savepoint's work, then drop it so the outer transaction goes on.
        m_database.exec(QStringLiteral("ROLLBACK TO rt_%1").arg(m_level), nullptr);
        m_database.exec(QStringLiteral("RELEASE rt_%1").arg(m_level), nullptr);
    }
    m_database.m_transactionDepth = m_level - 1;
    m_level = 0;
}

} // namespace rt
