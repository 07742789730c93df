#pragma once

#include "core/db/Database.h"
#include "core/db/StatementCount.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <memory>
#include <sqlite3.h>

namespace rt {

// A prepared statement on a raw SQLite connection (Database::handle()) that finalizes
// itself: for the hot paths (search as you type, statistics) where Qt Sql's per-value
// QVariant costs more than the query. Every value is bound.
// Made from a Database, it runs on either backend: through the raw handle on SQLite, through
// a QSqlQuery holding the whole result on PostgreSQL (step() still answers SQLITE_ROW, SQLITE_DONE or
// SQLITE_ERROR, so a caller reads both the same way).
class Statement
{
public:
    Statement(Database &database, const QString &sql)
        : Statement(database.backend() == Database::Backend::SQLite ? database.handle() : nullptr,
            database.backend() == Database::Backend::SQLite ? sql : QString())
    {
        if (database.backend() == Database::Backend::SQLite)
            return;
        // Not forward-only: QPSQL reads a forward-only query row by row from the connection, and
        // two Statements stepped in turn (a merge of two sorted lists) would lose each other's.
        m_query = std::make_unique<QSqlQuery>(database.db());
        if (!m_query->prepare(sql))
            m_failed = true;
    }

    Statement(sqlite3 *db, const QString &sql)
        : m_db(db)
    {
        const QByteArray utf8 = sql.toUtf8();
        if (db && !sql.isEmpty()
            && sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_statement, nullptr)
                != SQLITE_OK) {
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
        }
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_statement != nullptr || (m_query && !m_failed); }
    sqlite3_stmt *get() const { return m_statement; }

    void bind(int index, const QString &value)
    {
        if (m_query) {
            m_query->bindValue(index - 1, value);
            return;
        }
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void bind(int index, qint64 value)
    {
        if (m_query)
            m_query->bindValue(index - 1, value);
        else
            sqlite3_bind_int64(m_statement, index, value);
    }
    void bindAll(const QStringList &values)
    {
        for (int i = 0; i < values.size(); ++i)
            bind(i + 1, values.at(i));
    }
    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step()
    {
        if (!m_query) {
            if (!m_executed) {
                m_executed = true;
                StatementCount::add();
            }
            return sqlite3_step(m_statement);
        }
        if (m_failed)
            return SQLITE_ERROR;
        if (!m_executed) {
            m_executed = true;
            StatementCount::add();
            if (!m_query->exec()) {
                m_failed = true;
                return SQLITE_ERROR;
            }
        }
        if (m_query->next())
            return SQLITE_ROW;
        if (m_query->lastError().isValid()) {
            m_failed = true;
            return SQLITE_ERROR;
        }
        return SQLITE_DONE;
    }
    void reset()
    {
        if (m_query) {
            m_query->finish();
            m_executed = false;
            return;
        }
        m_executed = false;
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }

    QString text(int column) const
    {
        if (m_query)
            return m_query->value(column).toString();
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
    }
    qint64 integer(int column) const
    {
        return m_query ? m_query->value(column).toLongLong() : sqlite3_column_int64(m_statement, column);
    }
    double real(int column) const
    {
        return m_query ? m_query->value(column).toDouble() : sqlite3_column_double(m_statement, column);
    }

    QString error() const
    {
        if (m_query)
            return m_query->lastError().text();
        return QString::fromUtf8(sqlite3_errmsg(m_db));
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    std::unique_ptr<QSqlQuery> m_query; // on PostgreSQL
    bool m_executed = false; // stepped since made or reset
    bool m_failed = false;
};

} // namespace rt
