#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

struct sqlite3;
struct sqlite3_stmt;

namespace rt {

class Database;
class SearchQuery;

// One dialogue found by a search.
struct SearchHit
{
    qint64 id = 0;
    QString key;
    QString title; // in the interface's language when the dialogue has one, else in English
    QMap<QString, QString> titles; // the title in every language it has, by tag; "en" always
    QDate date;
    QString city;
    double score = 0; // higher is better (bm25, negated); 0 when nothing was matched by text
    // Where the words were found, the matched words between SearchHit::MarkStart and
    // MarkEnd; use snippetHtml() or snippetText() to show it.
    QString snippet;
    // The title with the matched words between the same marks; the snippet comes from the
    // rest of the dialogue, or is this when only the title matched.
    QString markedTitle;

    static constexpr QChar MarkStart = QChar(0x02);
    static constexpr QChar MarkEnd = QChar(0x03);
    QString snippetHtml() const; // <b>…</b>, escaped
    QString titleHtml() const; // the same for the title
    QString snippetText(const QString &open, const QString &close) const;
};

struct SearchResults
{
    QList<SearchHit> hits; // best first, at most the limit
    qint64 total = 0; // how many dialogues match in all
    QStringList ignored; // terms left out because they hold no letter or digit
};

// One value of a facet with the number of matching dialogues that have it, and the
// query text that narrows a search to it (appended to the query).
struct FacetValue
{
    QString label;
    qint64 count = 0;
    QString refinement; // e.g. year:2022, series:"Green Lancang-Mekong Initiative"
};

struct Facets
{
    QList<FacetValue> years; // newest first
    QList<FacetValue> series; // most dialogues first
    QList<FacetValue> cities; // most dialogues first
    QList<FacetValue> organizations; // most dialogues first (organisers and speakers' organisations)
};

struct SavedSearch
{
    qint64 id = 0;
    QString name;
    QString query;
};

// Searches one archive with the query language of SearchQuery, over the index that the
// migration 0002_search.sql keeps in sync (on a server archive, ServerSearch's index of
// postgresql/0012_server_search.sql, with the same results in the same order): ranked hits with snippets,
// counts, facets; also rebuilding the index and keeping the staff's saved searches. Talks to SQLite directly
// (through Database::handle()) because it sits on the hot path of search-as-you-type;
// every value is bound. Errors come back as `false` plus a message fit for the user.
class Search
{
    Q_DECLARE_TR_FUNCTIONS(rt::Search)

public:
    explicit Search(Database &database);

    static constexpr int DefaultLimit = 50;

    bool run(const QString &query, int limit, SearchResults *results, QString *error);
    // The facets of every dialogue the query matches (not only the first `limit`).
    bool facets(const QString &query, Facets *facets, QString *error, int perFacet = 12);

    // The dialogues `query` matches, as a SELECT of their ids, with the values to bind to its
    // placeholders in order: for figures counted over a search (Statistics). Brings the
    // index up to date first, as run() does.
    bool matching(const QString &query, QString *sql, QStringList *values, QString *error);

    // For each organisation, how many of the `chosen` dialogues it took part in: named in a
    // role or spoken for by a speaker, once per dialogue (the facet and the statistics count
    // the same). A few dialogues are looked up one by one; many are read in one ordered pass
    // over both tables, merged without a sort or a join.
    static bool organizationDialogues(
        Database &database, const QSet<qint64> &chosen, QHash<qint64, qint64> *counts, QString *error);

    // Rebuilds the documents of the dialogues that the triggers marked as changed since the
    // last refresh (table search_stale). Transaction::commit calls it just before the
    // outermost COMMIT, and run() before searching, so edits from any path are found at once.
    static bool refresh(Database &database, QString *error);

    // Rebuilds the whole index from the records (`roundtable reindex`).
    bool reindex(QString *error);
    // The bytes the index takes in the archive file.
    qint64 indexSize();

    QList<SavedSearch> savedSearches();
    // Saves under `name`, replacing a saved search of that name.
    bool saveSearch(const QString &name, const QString &query, QString *error);
    bool removeSavedSearch(qint64 id, QString *error);

private:
    // The matching dialogues as a SELECT of one column (the dialogue id), with its values
    // to bind, for the ranked search and the facets alike.
    struct Selection
    {
        QString sql;
        QStringList values; // bound in order to ?1, ?2, …
        bool ranked = false;
    };
    static Selection select(const SearchQuery &query, bool ordered);
    // The same on a server archive (ServerSearch).
    bool runOnServer(const SearchQuery &query, int limit, SearchResults *results, QString *error);
    bool facetsOnServer(const SearchQuery &query, Facets *facets, QString *error, int perFacet);
    // The facets of the `chosen` dialogues from their counts by year, series and city, on
    // either backend.
    bool countFacets(const QSet<qint64> &chosen, const QHash<QString, qint64> &years,
        const QHash<QString, qint64> &series, const QHash<QString, qint64> &cities, Facets *facets,
        QString *error, int perFacet);

    Database &m_db;
};

} // namespace rt
