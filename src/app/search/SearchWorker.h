#pragma once

#include "core/search/Search.h"

#include <QAtomicInteger>
#include <QObject>

#include <atomic>
#include <memory>

namespace rt {
class Database;
class IntegrityCheck;
} // namespace rt

namespace rt::app {

// Runs searches off the GUI thread, on a connection of its own to the archive, so that
// typing never waits for SQLite. Requests carry a generation number; a request that a
// newer one has overtaken is skipped, so a fast typist only pays for the last query.
class SearchWorker : public QObject
{
    Q_OBJECT

public:
    SearchWorker();
    ~SearchWorker() override;

    // Called from any thread: the newest generation asked for.
    void announce(quint64 generation)
    {
        m_latest.storeRelease(generation);
        m_overtaken.store(true); // stops the facets being counted for an older search
    }

public slots:
    // `verdict`: the window's connection's background check, shared (see Database::open).
    void open(const QString &path, std::shared_ptr<rt::IntegrityCheck> verdict);
    void close();
    void search(quint64 generation, const QString &query, int limit);

signals:
    void opened(const QString &error);
    // The ranked hits, as soon as they are found.
    void finished(quint64 generation, const rt::SearchResults &results, const QString &error);
    // Then the facets of every match, counted after the hits are on their way to the screen
    // (on a large archive they take many times as long); not sent when a newer search came.
    void facetsReady(quint64 generation, const rt::Facets &facets);

private:
    std::unique_ptr<Database> m_database;
    std::unique_ptr<Search> m_search;
    QAtomicInteger<quint64> m_latest = 0;
    std::atomic<bool> m_overtaken { false };
};

} // namespace rt::app
