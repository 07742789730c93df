#pragma once

// The body of the search query parser's fuzz target, shared by the libFuzzer executable
// (fuzz_search_query) and tst_fuzzregressions. Besides "does not crash", it checks the
// parser's promise that whatever is typed in the search box never reaches FTS5 or SQL as
// syntax: a query the parser accepts must run (and give facets) without an error, and a
// query it refuses must say why.

#include "core/db/Database.h"
#include "core/interchange/Interchange.h"
#include "core/records/Archive.h"
#include "core/search/Search.h"
#include "core/search/SearchQuery.h"

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

namespace rt::fuzz {

[[noreturn]] inline void searchBroken(const char *what, const QString &query, const QString &detail)
{
    std::fprintf(
        stderr, "search broke its promise: %s\nquery: %s\n%s\n", what, qPrintable(query), qPrintable(detail));
    std::abort();
}

class SearchQueryFuzzer
{
public:
    // The reference dialogue in an archive in memory, so queries have something to find.
    bool open(QString *error)
    {
        if (!m_db.open(QStringLiteral(":memory:"), Database::Mode::ReadWrite, error))
            return false;
        Archive archive(m_db);
        return Interchange::importFile(archive, QStringLiteral(":/demo/reference.json"), nullptr, error);
    }

    void run(const QByteArray &input)
    {
        const QString text = QString::fromUtf8(input);
        const SearchQuery query = SearchQuery::parse(text);
        Search search(m_db);
        SearchResults results;
        Facets facets;
        QString error;
        if (!query.isValid()) {
            if (query.error().isEmpty())
                searchBroken("a refused query gave no reason", text, QString());
            if (search.run(text, 5, &results, &error) || error.isEmpty())
                searchBroken("a refused query ran, or failed without a reason", text, error);
            return;
        }
        if (!search.run(text, 5, &results, &error))
            searchBroken("an accepted query failed to run", text,
                error + QLatin1String("\nMATCH ") + query.matchExpression());
        if (results.hits.size() > 5 || results.total < results.hits.size())
            searchBroken("the results do not add up", text, QString::number(results.total));
        if (!search.facets(text, &facets, &error))
            searchBroken("an accepted query failed to give facets", text, error);
    }

private:
    Database m_db;
};

} // namespace rt::fuzz
