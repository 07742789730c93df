#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace rt {

class Database;
class SearchQuery;
struct SearchExpression;
struct SearchPhrase;

// The search index of a server archive (migrations postgresql/0012_server_search.sql and
// 0013_search_postings.sql), matched and ranked as SQLite's FTS5 index is, so that a query finds
// the same dialogues in the same order on both backends (DESIGN.md, "Search on a server
// archive"). Search calls it when the archive is on PostgreSQL; everything here is PostgreSQL's
// and every value is bound.
//
// Each dialogue's document is cut by SearchTokenizer, as FTS5 cuts it, and stored as one row per
// token with its places, the token behind a letter naming its column ("Dhuang" is huang among
// the speakers), under a B-tree on the token. A query reads the rows of its own tokens (a prefix:
// the range of tokens it begins), as FTS5 reads its doclists; the program decides the match as
// FTS5 does (a phrase in one column, one token after the other; AND, OR, NOT) and ranks by
// FTS5's bm25 with the index's column weights, to the last bit, ties by the document's number as
// SQLite's rowid.
class ServerSearch
{
    Q_DECLARE_TR_FUNCTIONS(rt::ServerSearch)

public:
    // The documents of the dialogues queued in search_stale made again (Search::refresh).
    static bool refresh(Database &database, QString *error);
    // Every document made again.
    static bool reindex(Database &database, QString *error);

    struct Match
    {
        qint64 dialogue = 0;
        double score = 0; // bm25, higher is better; 0 when nothing is matched by text
    };
    // Every dialogue the query matches, as Search shows them: best first when it has words to
    // match (`ranked`: scored; else in no particular order), else newest first.
    static bool select(
        Database &database, const SearchQuery &query, bool ranked, QList<Match> *matches, QString *error);

    // A dialogue's document as indexed, one text per column of SearchQuery::Column.
    static bool document(Database &database, qint64 dialogue, QList<QByteArray> *columns, QString *error);
    // The documents of several dialogues, read together.
    static bool documents(Database &database, const QList<qint64> &dialogues,
        QHash<qint64, QList<QByteArray>> *columns, QString *error);
    // "?, ?, ?": the placeholders of a list of `ids` bound one by one (never empty: "NULL" for none).
    static QString idList(const QList<qint64> &ids);

    // What is wrong with the index against the records (for `check`): a dialogue without its
    // document or a document without its dialogue (neither queued), a document whose tokens,
    // places or counts differ from what the records make now. Empty when in step.
    static bool check(Database &database, QStringList *problems, QString *error);
    // The bytes the index takes on the server.
    static qint64 indexSize(Database &database);

    // A document's tokens: the column letter and the token, with their places counted from 1.
    using Postings = std::map<QByteArray, std::vector<int>>;
};

} // namespace rt
