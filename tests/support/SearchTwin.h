#pragma once

// Search on both backends, compared (issue 13, item 3): a search test that runs on a server
// archive also builds the same records in an SQLite archive beside it (the "twin"), and every
// query it asks the server is asked of the twin too; the two answers must be the same in every
// respect the user can see: the hits in their order, each score to the last bit, titles,
// snippets, the total, the terms left out, and the facets.

#include "core/search/Search.h"

#include <QString>
#include <QStringList>

#include <cstring>

namespace rt::test {

// Everything of a search's answer, one line per hit; scores written bit for bit.
inline QString describe(const SearchResults &results)
{
    QStringList lines;
    lines << QStringLiteral("total %1; ignored %2")
                 .arg(results.total)
                 .arg(results.ignored.join(QLatin1Char('|')));
    for (const SearchHit &hit : results.hits) {
        quint64 bits = 0;
        static_assert(sizeof bits == sizeof hit.score);
        std::memcpy(&bits, &hit.score, sizeof bits);
        QStringList titles;
        for (auto it = hit.titles.cbegin(); it != hit.titles.cend(); ++it)
            titles << it.key() + QLatin1Char('=') + it.value();
        lines << QStringLiteral("%1 #%2 %3 %4 [%5] %6 score %7 (%8) title<%9> snippet<%10>")
                     .arg(hit.key)
                     .arg(hit.id)
                     .arg(hit.date.toString(Qt::ISODate), hit.city, titles.join(QLatin1Char('|')), hit.title)
                     .arg(bits, 16, 16, QLatin1Char('0'))
                     .arg(hit.score, 0, 'g', 17)
                     .arg(hit.titleHtml(), hit.snippetHtml());
    }
    return lines.join(QLatin1Char('\n'));
}

inline QString describe(const Facets &facets)
{
    QStringList lines;
    auto add = [&](const char *name, const QList<FacetValue> &values) {
        for (const FacetValue &v : values)
            lines << QStringLiteral("%1: %2 %3 %4")
                         .arg(QLatin1String(name), v.label)
                         .arg(v.count)
                         .arg(v.refinement);
    };
    add("year", facets.years);
    add("series", facets.series);
    add("city", facets.cities);
    add("org", facets.organizations);
    return lines.join(QLatin1Char('\n'));
}

// Asks `server` and `twin` the same query; empty when they answer the same, else both answers.
inline QString differences(
    Search &server, Search &twin, const QString &query, int limit, bool withFacets = true)
{
    SearchResults a, b;
    QString errorA, errorB;
    const bool okA = server.run(query, limit, &a, &errorA);
    const bool okB = twin.run(query, limit, &b, &errorB);
    QString left = okA ? describe(a) : QStringLiteral("error: ") + errorA;
    QString right = okB ? describe(b) : QStringLiteral("error: ") + errorB;
    if (withFacets && okA && okB) {
        Facets fa, fb;
        const bool fOkA = server.facets(query, &fa, &errorA);
        const bool fOkB = twin.facets(query, &fb, &errorB);
        left += QLatin1String("\nfacets ") + (fOkA ? describe(fa) : errorA);
        right += QLatin1String("\nfacets ") + (fOkB ? describe(fb) : errorB);
    }
    if (left == right)
        return {};
    return QStringLiteral("query <%1>\n-- server:\n%2\n-- SQLite:\n%3").arg(query, left, right);
}

} // namespace rt::test
