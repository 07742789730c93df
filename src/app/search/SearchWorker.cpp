#include "app/search/SearchWorker.h"

#include "core/db/Database.h"

#include <QCoreApplication>

namespace rt::app {

SearchWorker::SearchWorker() = default;

SearchWorker::~SearchWorker()
{
    m_search.reset();
    m_database.reset();
}

void SearchWorker::open(const QString &path, std::shared_ptr<IntegrityCheck> verdict)
{
    m_search.reset();
    auto database = std::make_unique<Database>();
    QString error;
    // Read-write so that changes made by other programs are indexed before searching; the
    // window's connection is checking the file, and writes here wait for its verdict.
    if (!database->open(path, Database::Mode::ReadWrite, &error, std::move(verdict))) {
        emit opened(error);
        return;
    }
    m_database = std::move(database);
    m_search = std::make_unique<Search>(*m_database);
    emit opened(QString());
}

void SearchWorker::close()
{
    m_search.reset();
    m_database.reset();
}

void SearchWorker::search(quint64 generation, const QString &query, int limit)
{
    if (generation < m_latest.loadAcquire())
        return; // overtaken while waiting
    SearchResults results;
    QString error;
    if (!m_search) {
        emit finished(
            generation, results, QCoreApplication::translate("SearchWidget", "the archive is not open"));
        return;
    }
    const bool found = m_search->run(query, limit, &results, &error);
    emit finished(generation, results, error);
    if (!found || generation != m_latest.loadAcquire())
        return;
    // Counting the facets of many matches takes a while: a newer search stops it.
    m_overtaken.store(false);
    if (generation != m_latest.loadAcquire())
        return;
    Facets facets;
    QString ignored; // the hits' search already reported what could go wrong
    bool counted = false;
    {
        const SqliteCancel interruptible(m_database->handle(), &m_overtaken);
        counted = m_search->facets(query, &facets, &ignored);
    }
    if (counted && generation == m_latest.loadAcquire())
        emit facetsReady(generation, facets);
}

} // namespace rt::app
