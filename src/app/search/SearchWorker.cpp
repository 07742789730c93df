#include "app/search/SearchWorker.h"

#include "core/db/Database.h"

#include <QCoreApplication>

namespace rt::app {

SearchWorker::SearchWorker() = default;

SearchWorker::~SearchWorker() = default;

void SearchWorker::connectionOpened()
{
    m_search = std::make_unique<Search>(*database());
}

void SearchWorker::connectionClosing()
{
    m_search.reset();
}

void SearchWorker::search(quint64 generation, const QString &query, int limit)
{
    if (isOvertaken(generation))
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
    if (!found || isOvertaken(generation))
        return;
    // Counting the facets of many matches takes a while: a newer search stops it.
    std::atomic<bool> *overtaken = beginWork();
    if (isOvertaken(generation))
        return;
    Facets facets;
    QString ignored; // the hits' search already reported what could go wrong
    bool counted = false;
    {
        const SqliteCancel interruptible(database()->handle(), overtaken);
        counted = m_search->facets(query, &facets, &ignored);
    }
    if (counted && !isOvertaken(generation))
        emit facetsReady(generation, facets);
}

} // namespace rt::app
