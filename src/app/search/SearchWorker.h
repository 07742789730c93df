#pragma once

#include "app/window/ArchiveWorker.h"
#include "core/search/Search.h"

#include <memory>

namespace rt::app {

// Runs searches off the GUI thread, on a connection of its own to the archive, so that
// typing never waits for SQLite. Requests carry a generation number; a request that a
// newer one has overtaken is skipped, so a fast typist only pays for the last query.
class SearchWorker : public ArchiveWorker
{
    Q_OBJECT

public:
    SearchWorker();
    ~SearchWorker() override;

public slots:
    void search(quint64 generation, const QString &query, int limit);

signals:
    // The ranked hits, as soon as they are found.
    void finished(quint64 generation, const rt::SearchResults &results, const QString &error);
    // Then the facets of every match, counted after the hits are on their way to the screen
    // (on a large archive they take many times as long); not sent when a newer search came.
    void facetsReady(quint64 generation, const rt::Facets &facets);

private:
    void connectionOpened() override;
    void connectionClosing() override;

    std::unique_ptr<Search> m_search;
};

} // namespace rt::app
