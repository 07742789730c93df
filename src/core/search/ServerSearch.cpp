#include "core/search/ServerSearch.h"

#include "core/db/Database.h"
#include "core/db/Transaction.h"
#include "core/search/SearchDocument.h"
#include "core/search/SearchQuery.h"
#include "core/search/SearchTokenizer.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace rt {

namespace {

// The longest lexeme the index keeps whole: a B-tree entry holds about 2700 bytes; a longer
// one is kept cut, with the whole in search_posting.whole.
constexpr qsizetype MaxKey = 2000;

// FTS5's constants for bm25 (fts5_aux.c), as SearchRank.
constexpr double K1 = 1.2;
constexpr double B = 0.75;

char columnLetter(int column)
{
    return char('A' + column);
}

QString searchFailed(const QString &reason)
{
    return ServerSearch::tr("the search failed: %1").arg(reason);
}

// One element of an array literal ('{"a","b"}'): quoted, a quote and a backslash escaped.
void appendElement(QByteArray &out, const QByteArray &value)
{
    if (out.size() > 1)
        out += ',';
    out += '"';
    for (const char c : value) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    out += '"';
}

// A NULL element of an array literal.
void appendNull(QByteArray &out)
{
    if (out.size() > 1)
        out += ',';
    out += "NULL";
}

// At most `limit` bytes of `text`, not ending inside a character.
QByteArray cut(const QByteArray &text, qsizetype limit)
{
    if (text.size() <= limit)
        return text;
    qsizetype end = limit;
    while (end > 0 && (uchar(text.at(end)) & 0xC0) == 0x80)
        --end;
    return text.left(end);
}

// One document as stored: every token with its places, and the places of each column.
struct Tokens
{
    ServerSearch::Postings postings;
    std::array<int, SearchQuery::ColumnCount> sizes {};
    int count = 0;
};

// Cuts the columns of a document as FTS5 does: a token takes the next place unless it is made
// at the place of the one before (and not first in its column), places counted per column.
Tokens tokenize(const QList<QByteArray> &columns)
{
    Tokens tokens;
    QByteArray lexeme;
    for (int c = 0; c < SearchQuery::ColumnCount && c < columns.size(); ++c) {
        const QByteArray &text = columns.at(c);
        int size = 0;
        SearchTokenizer::tokenizeDocument(
            text.constData(), int(text.size()), [&](const char *token, int length, bool colocated) {
                if (!colocated || size == 0)
                    ++size;
                lexeme.clear();
                lexeme += columnLetter(c);
                lexeme.append(token, length);
                std::vector<int> &places = tokens.postings[lexeme];
                if (places.empty() || places.back() != size)
                    places.push_back(size);
            });
        tokens.sizes[size_t(c)] = size;
        tokens.count += size;
    }
    return tokens;
}

// The places of an integer array as PostgreSQL writes it ("{1,5,9}").
std::vector<int> readPlaces(const QString &text)
{
    std::vector<int> places;
    int value = 0;
    bool inNumber = false;
    for (const QChar c : text) {
        if (c.isDigit()) {
            value = value * 10 + c.digitValue();
            inNumber = true;
        } else if (inNumber) {
            places.push_back(value);
            value = 0;
            inNumber = false;
        }
    }
    return places;
}

// The query's lexemes for one backend's worth of reading: whole, and the starts of prefixes.
struct Lexemes
{
    QSet<QByteArray> whole;
    QList<QByteArray> prefixes;

    explicit Lexemes(const QList<SearchPhrase> &phrases)
    {
        for (const SearchPhrase &phrase : phrases) {
            for (int c = 0; c < SearchQuery::ColumnCount; ++c) {
                if (phrase.column >= 0 && phrase.column != c)
                    continue;
                for (qsizetype t = 0; t < phrase.tokens.size(); ++t) {
                    const QByteArray lexeme = columnLetter(c) + phrase.tokens.at(t).toUtf8();
                    if (phrase.prefix && t + 1 == phrase.tokens.size())
                        prefixes.append(lexeme);
                    else
                        whole.insert(lexeme);
                }
            }
        }
    }

    bool operator()(const QByteArray &lexeme) const
    {
        if (whole.contains(lexeme))
            return true;
        for (const QByteArray &prefix : prefixes) {
            if (lexeme.startsWith(prefix))
                return true;
        }
        return false;
    }
};

// The places of a lexeme, or of every lexeme it begins (a prefix), each place once.
std::vector<int> placesOf(const ServerSearch::Postings &postings, const QByteArray &lexeme, bool prefix)
{
    if (!prefix) {
        const auto it = postings.find(lexeme);
        return it == postings.end() ? std::vector<int>() : it->second;
    }
    std::vector<int> places;
    for (auto it = postings.lower_bound(lexeme); it != postings.end() && it->first.startsWith(lexeme); ++it)
        places.insert(places.end(), it->second.begin(), it->second.end());
    std::sort(places.begin(), places.end());
    places.erase(std::unique(places.begin(), places.end()), places.end());
    return places;
}

// How often a phrase stands in a document, weighted by column as bm25 weighs FTS5's instances,
// and whether it stands there at all.
struct PhraseFound
{
    bool found = false;
    double frequency = 0;
};

PhraseFound findPhrase(const ServerSearch::Postings &postings, const SearchPhrase &phrase)
{
    PhraseFound result;
    const qsizetype n = phrase.tokens.size();
    for (int c = 0; c < SearchQuery::ColumnCount; ++c) {
        if (phrase.column >= 0 && phrase.column != c)
            continue;
        auto lexeme = [&](qsizetype t) { return columnLetter(c) + phrase.tokens.at(t).toUtf8(); };
        std::vector<int> starts = placesOf(postings, lexeme(0), phrase.prefix && n == 1);
        for (qsizetype t = 1; t < n && !starts.empty(); ++t) {
            const std::vector<int> next = placesOf(postings, lexeme(t), phrase.prefix && t + 1 == n);
            std::erase_if(starts,
                [&](int place) { return !std::binary_search(next.begin(), next.end(), place + int(t)); });
        }
        if (!starts.empty()) {
            result.found = true;
            result.frequency += double(starts.size()) * SearchQuery::columnWeight(c);
        }
    }
    return result;
}

bool matches(const SearchExpression &tree, const std::vector<PhraseFound> &found)
{
    switch (tree.op) {
    case SearchExpression::Op::Phrase:
        return found[size_t(tree.phrase)].found;
    case SearchExpression::Op::And:
        return std::all_of(tree.children.begin(), tree.children.end(),
            [&](const SearchExpression &child) { return matches(child, found); });
    case SearchExpression::Op::Or:
        return std::any_of(tree.children.begin(), tree.children.end(),
            [&](const SearchExpression &child) { return matches(child, found); });
    case SearchExpression::Op::AndNot:
        if (!matches(tree.children.front(), found))
            return false;
        return std::none_of(tree.children.begin() + 1, tree.children.end(),
            [&](const SearchExpression &child) { return matches(child, found); });
    }
    return false;
}

// The phrases whose instances FTS5 reports for a matching row: those of the parts that match
// (a part of an OR that does not match reports none; an excluded part never stands there).
void reported(const SearchExpression &tree, const std::vector<PhraseFound> &found, std::vector<char> *report)
{
    if (!matches(tree, found))
        return;
    switch (tree.op) {
    case SearchExpression::Op::Phrase:
        (*report)[size_t(tree.phrase)] = 1;
        return;
    case SearchExpression::Op::And:
    case SearchExpression::Op::Or:
        for (const SearchExpression &child : tree.children)
            reported(child, found, report);
        return;
    case SearchExpression::Op::AndNot:
        reported(tree.children.front(), found, report);
        return;
    }
}

bool fail(QSqlQuery &query, QString *error)
{
    if (error)
        *error = searchFailed(sqlError(query));
    return false;
}

// The documents of the dialogues `where` chooses (a condition on d.id, its values bound in
// order), as FTS5 is given them: SQL's view search_document, and the body completed with the
// dialogue's published releases read as text, as SQLite's view does (0011_release_search.sql).
template <typename Each>
bool readDocuments(
    Database &database, const QString &where, const QVariantList &values, Each &&each, QString *error)
{
    QHash<qint64, QByteArray> releases;
    {
        QSqlQuery query(database.db());
        query.setForwardOnly(true);
        query.prepare(
            QStringLiteral("SELECT d.id, r.headline, r.body FROM press_release r JOIN dialogue d ON "
                           "d.id = r.dialogue_id WHERE r.status = 'published' AND ")
            + where + QStringLiteral(" ORDER BY d.id, r.id"));
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            return fail(query, error);
        while (query.next()) {
            QByteArray &text = releases[query.value(0).toLongLong()];
            // group_concat(headline || char(10) || search_release_text(body), char(10))
            if (!text.isEmpty())
                text += '\n';
            text += query.value(1).toString().toUtf8() + '\n'
                + SearchDocument::releaseText(query.value(2).toString()).toUtf8();
        }
    }
    // Not forward-only: QPSQL reads such a result row by row and drops the rest of it when the
    // connection runs another statement, as `each` may (refresh inserts each document).
    QSqlQuery query(database.db());
    query.prepare(QStringLiteral("SELECT d.id, x.start_date, d.title, d.series, d.kind, d.speakers, d.orgs, "
                                 "d.topics, d.city, d.body, d.facts FROM search_document d "
                                 "JOIN dialogue x ON x.id = d.id WHERE ")
        + where + QStringLiteral(" ORDER BY d.id"));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return fail(query, error);
    QList<QByteArray> columns;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        columns.clear();
        for (int c = 0; c < SearchQuery::ColumnCount; ++c)
            columns.append(query.value(2 + c).toString().toUtf8());
        QByteArray &body = columns[SearchQuery::Body];
        if (const auto it = releases.constFind(id); it != releases.cend())
            body += '\n' + *it;
        // SQLite's trim(): spaces only, at both ends.
        qsizetype from = 0, to = body.size();
        while (from < to && body.at(from) == ' ')
            ++from;
        while (to > from && body.at(to - 1) == ' ')
            --to;
        body = body.mid(from, to - from);
        if (!each(id, query.value(1).toString(), columns))
            return false;
    }
    return true;
}

QString placesArray(const std::array<int, SearchQuery::ColumnCount> &sizes)
{
    QStringList parts;
    for (const int size : sizes)
        parts.append(QString::number(size));
    return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
}

// Whether the archive has the index as this program writes it (schema 13 and later): refresh
// runs inside the commits of the migrations before it too, and leaves the queue to 0013's.
bool hasIndex(Database &database)
{
    QSqlQuery query(database.db());
    return query.exec(QStringLiteral("SELECT to_regclass('search_posting') IS NOT NULL")) && query.next()
        && query.value(0).toBool();
}

// The dialogues one expression matches, with their weighted frequencies per phrase when
// `holding` is set (for ranking), and then also how many documents of the whole index hold each
// phrase (bm25's idf, counted whatever the dates).
struct Found
{
    qint64 dialogue;
    qint64 doc;
    int length; // tokens in all columns
    std::vector<double> frequency;
};

bool find(Database &database, const SearchExpression &tree, const QList<SearchPhrase> &phrases,
    const SearchQuery &query, std::vector<Found> *found, std::vector<qint64> *holding, QString *error)
{
    // The rows of the query's lexemes: each whole one by its key, each prefix by the range of
    // keys it begins (C collation: bytes compare as code points; U+10FFFF is the last).
    const Lexemes wanted(phrases);
    QStringList conditions;
    QVariantList values;
    for (const QByteArray &lexeme : wanted.whole) {
        conditions.append(QStringLiteral("p.lexeme = ?"));
        values.append(QString::fromUtf8(cut(lexeme, MaxKey)));
    }
    for (const QByteArray &prefix : wanted.prefixes) {
        const QString start = QString::fromUtf8(cut(prefix, MaxKey));
        conditions.append(QStringLiteral("(p.lexeme >= ? AND p.lexeme <= ?)"));
        values.append(start);
        values.append(start + QString::fromUcs4(U"\U0010FFFF"));
    }
    if (holding)
        holding->assign(size_t(phrases.size()), 0);
    if (conditions.isEmpty())
        return true;
    QSqlQuery select(database.db());
    select.setForwardOnly(true);
    select.prepare(
        QStringLiteral("SELECT p.dialogue_id, v.doc, v.token_count, v.start_date, "
                       "coalesce(p.whole, p.lexeme), CAST(p.places AS text) "
                       "FROM search_posting p JOIN search_vector v ON v.dialogue_id = p.dialogue_id "
                       "WHERE ")
        + conditions.join(QStringLiteral(" OR ")) + QStringLiteral(" ORDER BY p.dialogue_id"));
    for (const QVariant &value : values)
        select.addBindValue(value);
    if (!select.exec())
        return fail(select, error);
    const QString earliest = query.earliest().isValid() ? query.earliest().toString(Qt::ISODate) : QString();
    const QString latest = query.latest().isValid() ? query.latest().toString(Qt::ISODate) : QString();
    std::vector<PhraseFound> each(size_t(phrases.size()));
    std::vector<char> report;
    // One document's rows at a time (they come in the order of their dialogues).
    qint64 dialogue = -1, doc = 0;
    int length = 0;
    QString date;
    ServerSearch::Postings postings;
    auto decide = [&] {
        if (dialogue < 0)
            return;
        for (qsizetype i = 0; i < phrases.size(); ++i) {
            each[size_t(i)] = findPhrase(postings, phrases.at(i));
            if (holding && each[size_t(i)].found)
                ++(*holding)[size_t(i)];
        }
        if ((!earliest.isEmpty() && date < earliest) || (!latest.isEmpty() && date > latest))
            return;
        if (!matches(tree, each))
            return;
        Found hit { dialogue, doc, length, {} };
        if (holding) {
            report.assign(each.size(), 0);
            reported(tree, each, &report);
            hit.frequency.assign(each.size(), 0.0);
            for (size_t i = 0; i < each.size(); ++i)
                hit.frequency[i] = report[i] ? each[i].frequency : 0.0;
        }
        found->push_back(std::move(hit));
    };
    while (select.next()) {
        const qint64 id = select.value(0).toLongLong();
        if (id != dialogue) {
            decide();
            dialogue = id;
            doc = select.value(1).toLongLong();
            length = select.value(2).toInt();
            date = select.value(3).toString();
            postings.clear();
        }
        const QByteArray lexeme = select.value(4).toString().toUtf8();
        if (wanted(lexeme))
            postings[lexeme] = readPlaces(select.value(5).toString());
    }
    decide();
    return true;
}

} // namespace

bool ServerSearch::refresh(Database &database, QString *error)
{
    if (database.isReadOnly() || !hasIndex(database))
        return true;
    {
        QSqlQuery pending(database.db());
        if (!pending.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM search_stale)")) || !pending.next())
            return fail(pending, error);
        if (!pending.value(0).toBool())
            return true;
    }
    std::optional<Transaction> transaction;
    if (database.transactionDepth() == 0) {
        transaction.emplace(database);
        if (!transaction->begin(error))
            return false;
    }
    auto failed = [&](QSqlQuery &query) {
        if (error)
            *error = tr("updating the search index failed: %1").arg(sqlError(query));
        return false;
    };
    QSqlQuery remove(database.db());
    if (!remove.exec(QStringLiteral(
            "DELETE FROM search_vector WHERE dialogue_id IN (SELECT dialogue_id FROM search_stale)")))
        return failed(remove);
    if (!remove.exec(QStringLiteral(
            "DELETE FROM search_posting WHERE dialogue_id IN (SELECT dialogue_id FROM search_stale)")))
        return failed(remove);
    // In the order of the dialogues' ids, so that their numbers (ties in the ranking) follow it
    // as SQLite's search_map does.
    QSqlQuery insert(database.db());
    insert.prepare(QStringLiteral(
        "INSERT INTO search_vector (dialogue_id, start_date, sizes, token_count) "
        "VALUES (?, ?, CAST(? AS integer[]), ?) "
        // Another program refreshing the same dialogue at the same moment committed first (its
        // row was not there for the DELETE above to see): the document made last stands. The
        // row is new when no transaction had written it (xmax 0).
        "ON CONFLICT (dialogue_id) DO UPDATE SET doc = DEFAULT, start_date = excluded.start_date, "
        "sizes = excluded.sizes, token_count = excluded.token_count RETURNING xmax = 0"));
    // That other program's places are replaced as well: this statement, run after the wait
    // above, sees what it committed.
    QSqlQuery replaced(database.db());
    replaced.prepare(QStringLiteral("DELETE FROM search_posting WHERE dialogue_id = ?"));
    // Every token of the document in one statement: three arrays side by side.
    QSqlQuery places(database.db());
    places.prepare(QStringLiteral(
        "INSERT INTO search_posting (dialogue_id, lexeme, whole, places) "
        "SELECT ?, u.lexeme, u.whole, CAST(u.places AS integer[]) "
        "FROM unnest(CAST(? AS text[]), CAST(? AS text[]), CAST(? AS text[])) AS u(lexeme, whole, places)"));
    QByteArray lexemes, wholes, placeLists, list;
    QSqlQuery *failedQuery = nullptr;
    const bool read = readDocuments(
        database, QStringLiteral("d.id IN (SELECT dialogue_id FROM search_stale)"), {},
        [&](qint64 id, const QString &startDate, const QList<QByteArray> &columns) {
            const Tokens tokens = tokenize(columns);
            insert.addBindValue(id);
            insert.addBindValue(startDate);
            insert.addBindValue(placesArray(tokens.sizes));
            insert.addBindValue(tokens.count);
            if (!insert.exec() || !insert.next()) {
                failedQuery = &insert;
                return false;
            }
            const bool fresh = insert.value(0).toBool();
            insert.finish();
            if (!fresh) {
                replaced.addBindValue(id);
                if (!replaced.exec()) {
                    failedQuery = &replaced;
                    return false;
                }
            }
            if (tokens.postings.empty())
                return true;
            lexemes = "{";
            wholes = "{";
            placeLists = "{";
            for (const auto &[lexeme, at] : tokens.postings) {
                const bool whole = lexeme.size() <= MaxKey;
                appendElement(lexemes, whole ? lexeme : cut(lexeme, MaxKey));
                if (whole)
                    appendNull(wholes);
                else
                    appendElement(wholes, lexeme);
                list = "{";
                for (size_t i = 0; i < at.size(); ++i) {
                    if (i > 0)
                        list += ',';
                    list += QByteArray::number(at[i]);
                }
                list += '}';
                appendElement(placeLists, list);
            }
            lexemes += '}';
            wholes += '}';
            placeLists += '}';
            places.addBindValue(id);
            places.addBindValue(QString::fromUtf8(lexemes));
            places.addBindValue(QString::fromUtf8(wholes));
            places.addBindValue(QString::fromUtf8(placeLists));
            if (!places.exec()) {
                failedQuery = &places;
                return false;
            }
            return true;
        },
        error);
    if (failedQuery)
        return failed(*failedQuery);
    if (!read) {
        if (error)
            *error = tr("updating the search index failed: %1").arg(*error);
        return false;
    }
    QSqlQuery done(database.db());
    if (!done.exec(QStringLiteral("DELETE FROM search_stale")))
        return failed(done);
    return transaction ? transaction->commit(error) : true;
}

bool ServerSearch::reindex(Database &database, QString *error)
{
    Transaction transaction(database);
    if (!transaction.begin(error))
        return false;
    QString failure;
    if (!database.execScript(
            QStringLiteral("DELETE FROM search_vector; INSERT INTO search_stale (dialogue_id) "
                           "SELECT id FROM dialogue ON CONFLICT DO NOTHING;"),
            &failure)) {
        *error = tr("rebuilding the search index failed: %1").arg(failure);
        return false;
    }
    return refresh(database, error) && transaction.commit(error);
}

bool ServerSearch::select(
    Database &database, const SearchQuery &query, bool ranked, QList<Match> *matches, QString *error)
{
    matches->clear();
    if (const SearchExpression *tree = query.matchTree()) {
        const QList<SearchPhrase> &phrases = query.matchPhrases();
        std::vector<Found> found;
        std::vector<qint64> holding;
        if (!find(database, *tree, phrases, query, &found, ranked ? &holding : nullptr, error))
            return false;
        if (!ranked) {
            for (const Found &hit : found)
                matches->append({ hit.dialogue, 0.0 });
            return true;
        }
        // bm25 as fts5Bm25Function and SearchRank compute it, in the same order of operations.
        qint64 rows = 0, tokens = 0;
        {
            QSqlQuery totals(database.db());
            if (!totals.exec(
                    QStringLiteral("SELECT count(*), coalesce(sum(token_count), 0) FROM search_vector"))
                || !totals.next())
                return fail(totals, error);
            rows = totals.value(0).toLongLong();
            tokens = totals.value(1).toLongLong();
        }
        const double averageLength = double(tokens) / double(rows);
        std::vector<double> idf(size_t(phrases.size()), 0.0);
        for (qsizetype i = 0; i < phrases.size(); ++i) {
            const qint64 hits = holding[size_t(i)];
            double value = std::log((double(rows) - double(hits) + 0.5) / (double(hits) + 0.5));
            if (value <= 0.0)
                value = 1e-6;
            idf[size_t(i)] = value;
        }
        struct Scored
        {
            double rank; // as FTS5's rank: lower is better
            qint64 doc;
            qint64 dialogue;
        };
        std::vector<Scored> scored;
        scored.reserve(found.size());
        for (const Found &hit : found) {
            const double d = double(hit.length);
            double score = 0;
            for (size_t i = 0; i < idf.size(); ++i) {
                const double f = hit.frequency[i];
                score += idf[i] * ((f * (K1 + 1.0)) / (f + K1 * (1 - B + B * d / averageLength)));
            }
            scored.push_back({ -1.0 * score, hit.doc, hit.dialogue });
        }
        // ORDER BY rank, rowid (Search::select)
        std::sort(scored.begin(), scored.end(), [](const Scored &a, const Scored &b) {
            return a.rank != b.rank ? a.rank < b.rank : a.doc < b.doc;
        });
        for (const Scored &s : scored)
            matches->append({ s.dialogue, -s.rank });
        return true;
    }
    // Nothing to match by text: every dialogue in the dates, newest first, less the excluded.
    QSet<qint64> excluded;
    if (const SearchExpression *tree = query.excludeTree()) {
        std::vector<Found> found;
        if (!find(database, *tree, query.excludePhrases(), SearchQuery(), &found, nullptr, error))
            return false;
        for (const Found &hit : found)
            excluded.insert(hit.dialogue);
    }
    QString sql = QStringLiteral("SELECT id FROM dialogue WHERE true");
    QVariantList values;
    if (query.earliest().isValid()) {
        sql += QStringLiteral(" AND start_date >= ?");
        values.append(query.earliest().toString(Qt::ISODate));
    }
    if (query.latest().isValid()) {
        sql += QStringLiteral(" AND start_date <= ?");
        values.append(query.latest().toString(Qt::ISODate));
    }
    sql += QStringLiteral(" ORDER BY start_date DESC, id DESC");
    QSqlQuery select(database.db());
    select.setForwardOnly(true);
    select.prepare(sql);
    for (const QVariant &value : values)
        select.addBindValue(value);
    if (!select.exec())
        return fail(select, error);
    while (select.next()) {
        const qint64 id = select.value(0).toLongLong();
        if (!excluded.contains(id))
            matches->append({ id, 0.0 });
    }
    return true;
}

bool ServerSearch::document(Database &database, qint64 dialogue, QList<QByteArray> *columns, QString *error)
{
    columns->clear();
    return readDocuments(
        database, QStringLiteral("d.id = ?"), { dialogue },
        [&](qint64, const QString &, const QList<QByteArray> &read) {
            *columns = read;
            return true;
        },
        error);
}

bool ServerSearch::documents(Database &database, const QList<qint64> &dialogues,
    QHash<qint64, QList<QByteArray>> *columns, QString *error)
{
    columns->clear();
    if (dialogues.isEmpty())
        return true;
    QVariantList values;
    for (const qint64 id : dialogues)
        values.append(id);
    return readDocuments(
        database, QStringLiteral("d.id IN (%1)").arg(idList(dialogues)), values,
        [&](qint64 id, const QString &, const QList<QByteArray> &read) {
            columns->insert(id, read);
            return true;
        },
        error);
}

QString ServerSearch::idList(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return QStringLiteral("NULL");
    QString list = QStringLiteral("?");
    list.reserve(int(ids.size()) * 3);
    for (qsizetype i = 1; i < ids.size(); ++i)
        list += QStringLiteral(", ?");
    return list;
}

bool ServerSearch::check(Database &database, QStringList *problems, QString *error)
{
    if (!hasIndex(database)) {
        problems->append(tr("the search index is missing"));
        return true;
    }
    // Queued dialogues are made again at the next write or search: not out of step.
    QSet<qint64> queued;
    {
        QSqlQuery query(database.db());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT dialogue_id FROM search_stale")))
            return fail(query, error);
        while (query.next())
            queued.insert(query.value(0).toLongLong());
    }
    struct Stored
    {
        QString sizes;
        int count = 0;
    };
    QHash<qint64, Stored> stored;
    {
        QSqlQuery query(database.db());
        query.setForwardOnly(true);
        if (!query.exec(
                QStringLiteral("SELECT dialogue_id, CAST(sizes AS text), token_count FROM search_vector")))
            return fail(query, error);
        while (query.next())
            stored.insert(query.value(0).toLongLong(), { query.value(1).toString(), query.value(2).toInt() });
    }
    // Each document's places as stored, asked for when its records are read.
    QSqlQuery placesOfDocument(database.db());
    placesOfDocument.setForwardOnly(true);
    placesOfDocument.prepare(QStringLiteral(
        "SELECT coalesce(whole, lexeme), CAST(places AS text) FROM search_posting WHERE dialogue_id = ?"));
    int missing = 0, differing = 0;
    QSet<qint64> seen;
    bool queryFailed = false;
    const bool read = readDocuments(
        database, QStringLiteral("true"), {},
        [&](qint64 id, const QString &, const QList<QByteArray> &columns) {
            seen.insert(id);
            if (queued.contains(id))
                return true;
            const auto it = stored.constFind(id);
            if (it == stored.cend()) {
                ++missing;
                return true;
            }
            placesOfDocument.addBindValue(id);
            if (!placesOfDocument.exec()) {
                queryFailed = true;
                return false;
            }
            Postings postings;
            bool twice = false;
            while (placesOfDocument.next()) {
                std::vector<int> &places = postings[placesOfDocument.value(0).toString().toUtf8()];
                twice = twice || !places.empty();
                places = readPlaces(placesOfDocument.value(1).toString());
            }
            const Tokens tokens = tokenize(columns);
            if (twice || it->count != tokens.count || it->sizes != placesArray(tokens.sizes)
                || postings != tokens.postings)
                ++differing;
            return true;
        },
        error);
    if (queryFailed)
        return fail(placesOfDocument, error);
    if (!read)
        return false;
    int orphans = 0;
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        if (!seen.contains(it.key()) && !queued.contains(it.key()))
            ++orphans;
    }
    if (missing > 0)
        problems->append(tr("dialogues missing from the search index: %1").arg(missing));
    if (differing > 0)
        problems->append(tr("dialogues whose search document differs from their records: %1").arg(differing));
    if (orphans > 0)
        problems->append(tr("search documents of deleted dialogues: %1").arg(orphans));
    return true;
}

qint64 ServerSearch::indexSize(Database &database)
{
    QSqlQuery query(database.db());
    if (!query.exec(QStringLiteral(
            "SELECT pg_total_relation_size('search_vector') + pg_total_relation_size('search_posting')"))
        || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace rt
