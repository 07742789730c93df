// The search commands: search (the query language of DESIGN.md) and reindex.

#include "cli/SearchCommands.h"

#include "core/db/Database.h"
#include "core/search/Search.h"
#include "core/search/SearchQuery.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rt::cli {

namespace {

void addSearchOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("json"),
        Text::tr("Print the hits as a JSON list of {key, id, title, titles, date, city, score, snippet}; "
                 "titles holds the title in each language, by tag.") });
    parser.addOption(
        { QStringLiteral("limit"), Text::tr("Show at most N hits (default %1).").arg(Search::DefaultLimit),
            Text::tr("N"), QString::number(Search::DefaultLimit) });
    parser.setApplicationDescription(Text::tr(
        "Search the archive. QUERY: words, \"phrases\", word*, -word, OR, ( ), and the fields speaker: org: "
        "series: city: country: topic: format: year: after: before:. Put -- before a query that starts "
        "with -, e.g. roundtable search -- -dam mekong."));
}

int runSearch(Context &c)
{
    bool ok = false;
    const int limit = c.parser.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 0) {
        c.err << "roundtable: " << Text::tr("--limit needs a whole number of 0 or more") << Qt::endl;
        return UsageError;
    }
    // A question never writes (nor creates an archive, nor takes a backup): read-only. The
    // index is brought up to date by every program's writes, so it is current as it is.
    Database db;
    if (!c.open(db, true))
        return Failure;
    Search search(db);
    SearchResults results;
    QString error;
    const QString query = c.arguments.join(QLatin1Char(' '));
    if (!search.run(query, limit, &results, &error)) {
        // A query the user mistyped is a usage error; a file that fails the reading (damage
        // met on a page) is a failure, named by its path.
        if (!SearchQuery::parse(query).isValid()) {
            c.err << "roundtable: " << error << Qt::endl;
            return UsageError;
        }
        return c.fail(QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(c.databasePath), error));
    }
    const QString open = QStringLiteral("[");
    const QString close = QStringLiteral("]");
    if (c.parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const SearchHit &hit : std::as_const(results.hits)) {
            QJsonObject titles;
            for (auto it = hit.titles.constBegin(); it != hit.titles.constEnd(); ++it)
                titles.insert(it.key(), it.value());
            list.append(QJsonObject { { QStringLiteral("key"), hit.key }, { QStringLiteral("id"), hit.id },
                { QStringLiteral("title"), hit.title }, { QStringLiteral("titles"), titles },
                { QStringLiteral("date"), hit.date.toString(Qt::ISODate) },
                { QStringLiteral("city"), hit.city }, { QStringLiteral("score"), hit.score },
                { QStringLiteral("snippet"), hit.snippetText(open, close) } });
        }
        c.out << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
        return Success;
    }
    for (const QString &ignored : std::as_const(results.ignored))
        c.err << "roundtable: " << Text::tr("ignored \"%1\": it holds no letter or digit").arg(ignored)
              << Qt::endl;
    c.out << Text::tr("Dialogues found: %1").arg(results.total);
    if (results.total > results.hits.size())
        c.out << Text::tr(", showing the best %1").arg(results.hits.size());
    c.out << Qt::endl;
    for (const SearchHit &hit : std::as_const(results.hits)) {
        c.out << hit.date.toString(Qt::ISODate) << "  " << hit.title;
        if (!hit.city.isEmpty())
            c.out << " — " << hit.city;
        c.out << "  [" << hit.key << "]" << Qt::endl;
        if (!hit.snippet.isEmpty())
            c.out << "    " << hit.snippetText(open, close).simplified() << Qt::endl;
    }
    return Success;
}

int runReindex(Context &c)
{
    Database db;
    if (!c.open(db, false))
        return Failure;
    Search search(db);
    QString error;
    if (!search.reindex(&error))
        return c.fail(error);
    c.out << Text::tr("search index rebuilt (%1 KiB)").arg((search.indexSize() + 1023) / 1024) << Qt::endl;
    return Success;
}

} // namespace

const Command searchCommand
    = { "search", "QUERY", QT_TRANSLATE_NOOP("cli", "search the dialogues (--json, --limit N)"), 1, 1000,
          addSearchOptions, runSearch };
const Command reindexCommand = { "reindex", "",
    QT_TRANSLATE_NOOP("cli", "rebuild the search index from the records"), 0, 0, nullptr, runReindex };

} // namespace rt::cli
