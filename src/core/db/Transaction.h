#pragma once

#include <QString>

namespace rt {

class Database;

// A write transaction that cannot be forgotten: it rolls back in its destructor unless
// commit() succeeded. The outermost one starts with BEGIN IMMEDIATE, so a second writer
// waits out the busy timeout instead of failing at the first write; nested ones become
// savepoints, so a core function can be called alone or inside a larger import.
class Transaction
{
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False (with a message) when the transaction could not be started, e.g. the archive
    // stayed busy beyond the timeout or is read-only.
    bool begin(QString *error);
    bool commit(QString *error);
    void rollback();

private:
    Database &m_database;
    int m_level = 0; // 0 = not active
};

// A read of one moment of the archive for the length of a scope (Database::beginSnapshot:
// REPEATABLE READ on PostgreSQL), ended when the scope ends, whatever way. Inside a transaction
// already open, that one is the moment and nothing is begun or ended here.
class Snapshot
{
public:
    explicit Snapshot(Database &database);
    ~Snapshot();
    Snapshot(const Snapshot &) = delete;
    Snapshot &operator=(const Snapshot &) = delete;

    bool begin(QString *error);

private:
    Database &m_database;
    bool m_own = false;
};

} // namespace rt
