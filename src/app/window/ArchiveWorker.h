#pragma once

#include <QAtomicInteger>
#include <QObject>

#include <atomic>
#include <memory>

namespace rt {
class Database;
class IntegrityCheck;
} // namespace rt

namespace rt::app {

// The worker behind a page that reads the archive off the GUI thread (search, statistics):
// a connection of its own, opened and closed on the worker's thread, and requests that carry
// a generation number, so that one a newer request has overtaken is skipped (isOvertaken)
// or interrupted (overtakenFlag, for SqliteCancel): typing a query only pays for the last.
class ArchiveWorker : public QObject
{
    Q_OBJECT

public:
    ArchiveWorker();
    ~ArchiveWorker() override;

    // Called from any thread: the newest generation asked for.
    void announce(quint64 generation)
    {
        m_latest.storeRelease(generation);
        m_overtaken.store(true);
    }

public slots:
    // Read-write, so that changes made by other programs are indexed before reading; the
    // window's connection is checking the file (`verdict`, shared: see Database::open), and
    // writes here wait for its verdict.
    void open(const QString &path, std::shared_ptr<rt::IntegrityCheck> verdict);
    void close();

signals:
    void opened(const QString &error);

protected:
    // What a subclass builds on the connection once it is open, and drops before it closes.
    virtual void connectionOpened() { }
    virtual void connectionClosing() { }

    Database *database() const { return m_database.get(); }
    bool isOvertaken(quint64 generation) const { return generation != m_latest.loadAcquire(); }
    // Starts a request's work: from here a newer announce() raises the flag.
    std::atomic<bool> *beginWork()
    {
        m_overtaken.store(false);
        return &m_overtaken;
    }

private:
    std::unique_ptr<Database> m_database;
    QAtomicInteger<quint64> m_latest = 0;
    std::atomic<bool> m_overtaken { false };
};

} // namespace rt::app
