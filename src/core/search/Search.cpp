#include "core/search/Search.h"

#include "core/db/Database.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/records/FieldTranslations.h"
#include "core/search/SearchQuery.h"
#include "core/search/SearchTokenizer.h"
#include "core/search/ServerSearch.h"
#include "core/settings/Translations.h"

#include <QCoreApplication>
#include <QHash>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <limits>
#include <optional>
#include <sqlite3.h>
#include <vector>

namespace rt {

namespace {

// What the user sees when SQLite fails underneath a search: what failed, and SQLite's
// reason, never the statement itself.
QString searchFailed(const Statement &statement)
{
    return Search::tr("the search failed: %1").arg(statement.error());
}

// Marks the words of a query in the text of a hit. FTS5's own snippet() re-runs the
// match for every hit and tokenizes every column twice; this tokenizes the columns in order
// of importance only until one holds a query word, which keeps fifty snippets cheap.
class Snippeter
{
public:
    explicit Snippeter(const SearchQuery &query)
    {
        // A word of Thai, Lao, Khmer or Burmese is a sequence of clusters, its ends marked
        // ("|ร่", "วม", "มมื", "มือ", "อ|"): marked only where the whole sequence stands.
        QList<QByteArray> sequence;
        for (const QString &token : query.highlightTokens()) {
            const QByteArray utf8 = token.toUtf8();
            if (!sequence.isEmpty() || utf8.startsWith('|')) {
                sequence.append(utf8);
                if (utf8.endsWith('|')) {
                    m_sequences.append(sequence);
                    sequence.clear();
                }
                continue;
            }
            m_exact.insert(utf8);
        }
        for (const QString &prefix : query.highlightPrefixes())
            m_prefixes.append(prefix.toUtf8());
    }

    bool isEmpty() const { return m_exact.isEmpty() && m_prefixes.isEmpty() && m_sequences.isEmpty(); }

    // The first of `columns` (UTF-8, most important first) that holds a query word, cut to
    // about `width` words around the first of them, the words between the marks.
    QString snippet(const QList<QByteArray> &columns, int width = 24) const
    {
        struct Token
        {
            int start, end;
            bool hit;
            bool inWord; // a cluster of Thai, Lao, Khmer or Burmese (no word begins with it)
            QByteArray text; // kept only when there are sequences to look for
        };
        std::vector<Token> tokens;
        std::vector<int> wordOf; // the word each token belongs to, for the snippet's width
        std::vector<std::pair<int, int>> marks; // the stretches of text to mark
        for (const QByteArray &text : columns) {
            tokens.clear();
            SearchTokenizer::tokenize(
                text.constData(), int(text.size()), [&](const char *t, int n, int start, int end) {
                    const QByteArray token = QByteArray::fromRawData(t, n);
                    tokens.push_back({ start, end, matches(token), isCluster(t, n),
                        m_sequences.isEmpty() ? QByteArray() : QByteArray(t, n) });
                });
            markSequences(tokens);
            const auto firstHit
                = std::find_if(tokens.begin(), tokens.end(), [](const Token &t) { return t.hit; });
            if (firstHit == tokens.end())
                continue;
            // The width counts words: the clusters of these scripts count once a word, where one
            // begins (a token at the same place begins with the mark "|").
            wordOf.assign(tokens.size(), 0);
            int words = 0;
            for (size_t i = 0; i < tokens.size();) {
                size_t j = i + 1;
                bool begins = !tokens[i].inWord;
                while (j < tokens.size() && tokens[j].start == tokens[i].start) {
                    begins = begins || !tokens[j].inWord;
                    ++j;
                }
                if (begins || words == 0)
                    ++words;
                std::fill(wordOf.begin() + qsizetype(i), wordOf.begin() + qsizetype(j), words - 1);
                i = j;
            }
            const int count = int(tokens.size());
            const int firstWord = wordOf[size_t(firstHit - tokens.begin())];
            const int fromWord = std::max(0, std::min(firstWord - 5, words - width));
            const int toWord = std::min(words, fromWord + width);
            const int from = int(std::lower_bound(wordOf.begin(), wordOf.end(), fromWord) - wordOf.begin());
            const int to = int(std::lower_bound(wordOf.begin(), wordOf.end(), toWord) - wordOf.begin());
            const int begin = from == 0 ? 0 : tokens[size_t(from)].start;
            const int finish = to == count ? int(text.size()) : tokens[size_t(to - 1)].end;
            QByteArray out;
            if (from > 0)
                out += "\u2026";
            // Hits that overlap (Chinese pairs, the clusters of a word) or touch become one mark.
            marks.clear();
            for (int i = from; i < to; ++i) {
                if (tokens[size_t(i)].hit)
                    marks.push_back({ tokens[size_t(i)].start, tokens[size_t(i)].end });
            }
            std::sort(marks.begin(), marks.end());
            int at = begin;
            for (size_t m = 0; m < marks.size(); ++m) {
                const int start = std::max(marks[m].first, at);
                int end = marks[m].second;
                while (m + 1 < marks.size() && marks[m + 1].first <= end)
                    end = std::max(end, marks[++m].second);
                if (end <= start)
                    continue;
                out += text.mid(at, start - at);
                out += '\x02';
                out += text.mid(start, end - start);
                out += '\x03';
                at = end;
            }
            out += text.mid(at, finish - at);
            if (to < count)
                out += "\u2026";
            return QString::fromUtf8(out).simplified();
        }
        return {};
    }

private:
    // Marks the tokens where a whole sequence stands. The tokens of one place (a cluster and
    // its marked forms) share their start.
    template <typename Tokens> void markSequences(Tokens &tokens) const
    {
        if (m_sequences.isEmpty())
            return;
        std::vector<std::pair<size_t, size_t>> places; // [first, last) token of each place
        for (size_t i = 0; i < tokens.size(); ++i) {
            if (places.empty() || tokens[i].start != tokens[places.back().first].start)
                places.push_back({ i, i + 1 });
            else
                places.back().second = i + 1;
        }
        auto holds = [&](size_t place, const QByteArray &wanted) {
            for (size_t i = places[place].first; i < places[place].second; ++i) {
                if (tokens[i].text == wanted)
                    return true;
            }
            return false;
        };
        for (const QList<QByteArray> &sequence : m_sequences) {
            const size_t length = size_t(sequence.size());
            for (size_t p = 0; p + length <= places.size(); ++p) {
                size_t j = 0;
                while (j < length && holds(p + j, sequence[qsizetype(j)]))
                    ++j;
                if (j < length)
                    continue;
                for (size_t k = p; k < p + length; ++k) {
                    for (size_t i = places[k].first; i < places[k].second; ++i) {
                        if (tokens[i].text == sequence[qsizetype(k - p)])
                            tokens[i].hit = true;
                    }
                }
            }
        }
    }

    // Whether a token is a cluster of Thai, Lao, Khmer or Burmese not marked as a word's start
    // (U+0E00-0EFF, U+1000-109F, U+1780-17FF, three bytes in UTF-8).
    static bool isCluster(const char *token, int length)
    {
        if (length < 3 || (uchar(token[0]) & 0xF0) != 0xE0)
            return false;
        const uint c = ((uint(uchar(token[0])) & 0x0F) << 12) | ((uint(uchar(token[1])) & 0x3F) << 6)
            | (uint(uchar(token[2])) & 0x3F);
        return (c >= 0x0E00 && c <= 0x0EFF) || (c >= 0x1000 && c <= 0x109F) || (c >= 0x1780 && c <= 0x17FF);
    }

    bool matches(const QByteArray &token) const
    {
        if (m_exact.contains(token))
            return true;
        for (const QByteArray &prefix : m_prefixes) {
            if (token.startsWith(prefix))
                return true;
        }
        return false;
    }

    QSet<QByteArray> m_exact;
    QList<QByteArray> m_prefixes;
    QList<QList<QByteArray>> m_sequences;
};

} // namespace

static QString markedToHtml(const QString &marked)
{
    QString html = marked.toHtmlEscaped();
    html.replace(SearchHit::MarkStart, QLatin1String("<b>"));
    html.replace(SearchHit::MarkEnd, QLatin1String("</b>"));
    return html;
}

QString SearchHit::snippetHtml() const
{
    return markedToHtml(snippet);
}

QString SearchHit::titleHtml() const
{
    return markedToHtml(markedTitle.isEmpty() ? title : markedTitle);
}

QString SearchHit::snippetText(const QString &open, const QString &close) const
{
    QString text = snippet;
    text.replace(MarkStart, open);
    text.replace(MarkEnd, close);
    return text;
}

Search::Search(Database &database)
    : m_db(database)
{
}

Search::Selection Search::select(const SearchQuery &query, bool ordered)
{
    // Ordered: document ids (search_index rowids) best first, with their rank; the caller
    // maps the few it shows to dialogues. Unordered (facets): dialogue ids.
    Selection selection;
    const bool dates = query.earliest().isValid() || query.latest().isValid();
    QString dateColumn = QStringLiteral("d.start_date");
    if (!query.matchExpression().isEmpty()) {
        selection.ranked = true;
        selection.sql = ordered
            ? QStringLiteral("SELECT search_index.rowid, search_index.rank FROM search_index")
            : QStringLiteral("SELECT m.dialogue_id FROM search_index");
        if (dates || !ordered)
            selection.sql += QStringLiteral(" JOIN search_map m ON m.doc = search_index.rowid");
        selection.sql += QStringLiteral(" WHERE search_index MATCH ?");
        selection.values.append(query.matchExpression());
        dateColumn = QStringLiteral("m.start_date");
    } else {
        selection.sql = ordered ? QStringLiteral("SELECT d.id, 0.0 FROM dialogue d WHERE 1")
                                : QStringLiteral("SELECT d.id FROM dialogue d WHERE 1");
        if (!query.excludeExpression().isEmpty()) {
            selection.sql += QStringLiteral(" AND d.id NOT IN (SELECT m.dialogue_id FROM search_index JOIN "
                                            "search_map m ON m.doc = search_index.rowid"
                                            " WHERE search_index MATCH ?)");
            selection.values.append(query.excludeExpression());
        }
    }
    if (query.earliest().isValid()) {
        selection.sql += QStringLiteral(" AND %1 >= ?").arg(dateColumn);
        selection.values.append(query.earliest().toString(Qt::ISODate));
    }
    if (query.latest().isValid()) {
        selection.sql += QStringLiteral(" AND %1 <= ?").arg(dateColumn);
        selection.values.append(query.latest().toString(Qt::ISODate));
    }
    if (ordered) {
        // "+rank", not "rank": FTS5 answers a plain ORDER BY rank by ranking and sorting every
        // match in a statement of its own, which the LIMIT cannot reach; as an expression, the
        // rank is computed per match and SQLite keeps only the best LIMIT in its sorter: half
        // the time for a word most dialogues hold (measured on 20,000 dialogues: 25 ms against
        // 47 ms for "biodiversity", 19,927 matches). The rowid breaks ties as FTS5 did.
        selection.sql += selection.ranked ? QStringLiteral(" ORDER BY +search_index.rank, search_index.rowid")
                                          : QStringLiteral(" ORDER BY d.start_date DESC, d.id DESC");
    }
    return selection;
}

bool Search::run(const QString &text, int limit, SearchResults *results, QString *error)
{
    *results = SearchResults();
    const SearchQuery query = SearchQuery::parse(text);
    if (!query.isValid()) {
        *error = query.error();
        return false;
    }
    results->ignored = query.ignored();
    // Changes written by another program since our last commit; if the archive is busy,
    // search what is indexed rather than wait.
    refresh(m_db, nullptr);
    if (m_db.backend() == Database::Backend::PostgreSQL)
        return runOnServer(query, limit, results, error);
    sqlite3 *db = m_db.handle();
    if (!db) {
        *error = tr("the archive is not open");
        return false;
    }
    // One read transaction for the whole search: the count and the hits come from the same
    // snapshot, and SQLite takes its read lock once rather than once per statement.
    const bool ownTransaction = sqlite3_get_autocommit(db) != 0;
    if (ownTransaction)
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    auto endTransaction = qScopeGuard([&] {
        if (ownTransaction)
            sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    });

    // The best `limit` matches, then how many match in all. FTS5 ranks every match either
    // way, but with a LIMIT SQLite keeps only the best in its sorter, and FTS5 counts a
    // match without ranking it in a fraction of the time (measured on 20,000 dialogues:
    // 76 ms ranked with LIMIT 50, 138 ms ranked without, 1 ms count(*)).
    const Selection selection = select(query, true);
    QList<std::pair<qint64, double>> top;
    int rc = SQLITE_DONE;
    if (limit > 0) {
        Statement ranked(db, selection.sql + QStringLiteral(" LIMIT ?"));
        if (!ranked.isValid()) {
            *error = searchFailed(ranked);
            return false;
        }
        ranked.bindAll(selection.values);
        ranked.bind(int(selection.values.size()) + 1, qint64(limit));
        while ((rc = ranked.step()) == SQLITE_ROW)
            top.append({ ranked.integer(0), -ranked.real(1) });
        if (rc != SQLITE_DONE) {
            *error = searchFailed(ranked);
            return false;
        }
    }
    if (top.size() < limit) {
        results->total = top.size();
    } else {
        Selection all = select(query, false);
        const bool dates = query.earliest().isValid() || query.latest().isValid();
        if (all.ranked && !dates) // no need to find the dialogues to count them
            all.sql = QStringLiteral("SELECT 1 FROM search_index WHERE search_index MATCH ?");
        Statement count(db, QStringLiteral("SELECT count(*) FROM (") + all.sql + QLatin1Char(')'));
        if (!count.isValid()) {
            *error = searchFailed(count);
            return false;
        }
        count.bindAll(all.values);
        if (count.step() != SQLITE_ROW) {
            *error = searchFailed(count);
            return false;
        }
        results->total = count.integer(0);
    }
    if (top.isEmpty())
        return true;

    // The few hits shown: their dialogue, and the indexed text to cut a snippet from.
    Statement details(db,
        selection.ranked
            ? QStringLiteral("SELECT d.id, d.key, d.title, d.start_date, d.city, i.title, i.speakers, "
                             "i.orgs, i.series, i.topics, i.city, i.kind, i.body "
                             "FROM search_map m JOIN dialogue d ON d.id = m.dialogue_id "
                             "JOIN search_index i ON i.rowid = m.doc WHERE m.doc = ?")
            : QStringLiteral("SELECT id, key, title, start_date, city FROM dialogue WHERE id = ?"));
    if (!details.isValid()) {
        *error = searchFailed(details);
        return false;
    }
    // Each hit's title in its other languages, so the list shows it in the interface's.
    Statement titles(db,
        QStringLiteral("SELECT language, value FROM translation "
                       "WHERE record = 'dialogue' AND record_id = ? AND position = -1 AND field = 'title'"));
    if (!titles.isValid()) {
        *error = searchFailed(titles);
        return false;
    }
    const QString language = Translations::recordLanguage();
    const Snippeter snippeter(query);
    results->hits.reserve(top.size());
    QList<QByteArray> columns;
    for (const auto &[id, score] : std::as_const(top)) {
        details.reset();
        details.bind(1, id);
        rc = details.step();
        if (rc == SQLITE_DONE)
            continue; // removed meanwhile by another connection
        if (rc != SQLITE_ROW) {
            *error = searchFailed(details);
            return false;
        }
        SearchHit hit;
        hit.id = details.integer(0);
        hit.key = details.text(1);
        hit.title = details.text(2);
        hit.titles.insert(QString::fromLatin1(Language::English), hit.title);
        titles.reset();
        titles.bind(1, hit.id);
        while ((rc = titles.step()) == SQLITE_ROW)
            hit.titles.insert(titles.text(0), titles.text(1));
        if (rc != SQLITE_DONE) {
            *error = searchFailed(titles);
            return false;
        }
        if (!hit.titles.value(language).isEmpty())
            hit.title = hit.titles.value(language);
        hit.date = QDate::fromString(details.text(3), Qt::ISODate);
        hit.city = details.text(4);
        hit.score = score;
        if (selection.ranked && !snippeter.isEmpty()) {
            auto column = [&](int c) {
                return QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(details.get(), c)),
                    sqlite3_column_bytes(details.get(), c));
            };
            hit.markedTitle = snippeter.snippet({ hit.title.toUtf8() }, std::numeric_limits<int>::max() / 2);
            columns.clear();
            for (int c = 6; c <= 12; ++c)
                columns.append(column(c));
            hit.snippet = snippeter.snippet(columns);
            if (hit.snippet.isEmpty())
                hit.snippet = snippeter.snippet({ column(5) });
        }
        results->hits.append(hit);
    }
    return true;
}

bool Search::facets(const QString &text, Facets *facets, QString *error, int perFacet)
{
    *facets = Facets();
    const SearchQuery query = SearchQuery::parse(text);
    if (!query.isValid()) {
        *error = query.error();
        return false;
    }
    refresh(m_db, nullptr);
    if (m_db.backend() == Database::Backend::PostgreSQL)
        return facetsOnServer(query, facets, error, perFacet);
    sqlite3 *db = m_db.handle();
    if (!db) {
        *error = tr("the archive is not open");
        return false;
    }
    const Selection selection = select(query, false);

    // One pass over each table, counted here: a GROUP BY per facet over a join with the
    // matching dialogues read the 200,000 speeches of a large archive for seconds.
    QSet<qint64> chosen;
    QHash<QString, qint64> years, series, cities;
    {
        Statement statement(db,
            QStringLiteral("WITH m(id) AS MATERIALIZED (") + selection.sql
                + QStringLiteral(") SELECT d.id, substr(d.start_date, 1, 4), d.series, d.city "
                                 "FROM m JOIN dialogue d ON d.id = m.id"));
        if (!statement.isValid()) {
            *error = searchFailed(statement);
            return false;
        }
        statement.bindAll(selection.values);
        int rc;
        while ((rc = statement.step()) == SQLITE_ROW) {
            chosen.insert(statement.integer(0));
            ++years[statement.text(1)];
            if (const QString value = statement.text(2); !value.isEmpty())
                ++series[value];
            if (const QString value = statement.text(3); !value.isEmpty())
                ++cities[value];
        }
        if (rc != SQLITE_DONE) {
            *error = searchFailed(statement);
            return false;
        }
    }
    return countFacets(chosen, years, series, cities, facets, error, perFacet);
}

bool Search::countFacets(const QSet<qint64> &chosen, const QHash<QString, qint64> &years,
    const QHash<QString, qint64> &series, const QHash<QString, qint64> &cities, Facets *facets,
    QString *error, int perFacet)
{
    // Organisations: those named in a role and those a speaker spoke for, once per dialogue.
    QHash<qint64, qint64> organizations;
    if (!organizationDialogues(m_db, chosen, &organizations, error))
        return false;

    // Most first (years: newest first), ties by label, at most perFacet of each.
    auto top = [perFacet](const QHash<QString, qint64> &counts, bool newestFirst, const QString &field) {
        QList<FacetValue> values;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            values.append({ it.key(), it.value(),
                field + QLatin1Char(':') + (newestFirst ? it.key() : SearchQuery::quoted(it.key())) });
        }
        std::sort(values.begin(), values.end(), [newestFirst](const FacetValue &a, const FacetValue &b) {
            if (newestFirst)
                return a.label > b.label;
            return a.count != b.count ? a.count > b.count : a.label < b.label;
        });
        if (values.size() > perFacet)
            values.resize(perFacet);
        return values;
    };
    facets->years = top(years, true, QStringLiteral("year"));
    facets->series = top(series, false, QStringLiteral("series"));
    facets->cities = top(cities, false, QStringLiteral("city"));

    // The organisations' names, for the few shown: labelled by short name, refined by name.
    QHash<qint64, std::pair<QString, QString>> names; // id -> (label, name)
    {
        QSqlQuery query(m_db.db());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT id, name, short_name FROM organization"))) {
            *error = tr("the search failed: %1").arg(sqlError(query));
            return false;
        }
        while (query.next()) {
            const qint64 id = query.value(0).toLongLong();
            if (!organizations.contains(id))
                continue;
            const QString name = query.value(1).toString();
            const QString shortName = query.value(2).toString();
            names.insert(id, { shortName.isEmpty() ? name : shortName, name });
        }
    }
    struct Ranked
    {
        qint64 count;
        QString label, name;
    };
    QList<Ranked> byOrganization;
    for (auto it = organizations.cbegin(); it != organizations.cend(); ++it) {
        const auto name = names.value(it.key());
        byOrganization.append({ it.value(), name.first, name.second });
    }
    std::sort(byOrganization.begin(), byOrganization.end(), [](const Ranked &a, const Ranked &b) {
        return a.count != b.count ? a.count > b.count : a.name < b.name;
    });
    for (const Ranked &r :
        std::as_const(byOrganization).first(std::min(perFacet, int(byOrganization.size()))))
        facets->organizations.append(
            { r.label, r.count, QStringLiteral("org:") + SearchQuery::quoted(r.name) });
    return true;
}

bool Search::runOnServer(const SearchQuery &query, int limit, SearchResults *results, QString *error)
{
    // All of it in one snapshot, as on SQLite: the matches, their count and the hits agree.
    Snapshot snapshot(m_db);
    QString failure;
    if (!snapshot.begin(&failure)) {
        *error = tr("the search failed: %1").arg(failure);
        return false;
    }
    const bool ranked = !query.matchExpression().isEmpty();
    QList<ServerSearch::Match> matches;
    if (!ServerSearch::select(m_db, query, ranked, &matches, error))
        return false;
    results->total = matches.size();
    if (limit <= 0 || matches.isEmpty())
        return true;
    // The page's hits in a statement or two each, not several per hit: a server across a
    // network pays for every round trip.
    const QList<ServerSearch::Match> page
        = std::as_const(matches).first(std::min(qsizetype(limit), matches.size()));
    QList<qint64> ids;
    for (const ServerSearch::Match &match : page)
        ids.append(match.dialogue);
    const QString among = ServerSearch::idList(ids);
    QVariantList values;
    for (const qint64 id : std::as_const(ids))
        values.append(id);
    auto run = [&](QSqlQuery &query, const QString &sql) {
        query.setForwardOnly(true);
        query.prepare(sql);
        for (const QVariant &value : std::as_const(values))
            query.addBindValue(value);
        if (query.exec())
            return true;
        *error = tr("the search failed: %1").arg(sqlError(query));
        return false;
    };
    QHash<qint64, SearchHit> read;
    {
        QSqlQuery details(m_db.db());
        if (!run(details,
                QStringLiteral("SELECT id, key, title, start_date, city FROM dialogue WHERE id IN (%1)")
                    .arg(among)))
            return false;
        while (details.next()) {
            SearchHit hit;
            hit.id = details.value(0).toLongLong();
            hit.key = details.value(1).toString();
            hit.title = details.value(2).toString();
            hit.titles.insert(QString::fromLatin1(Language::English), hit.title);
            hit.date = QDate::fromString(details.value(3).toString(), Qt::ISODate);
            hit.city = details.value(4).toString();
            read.insert(hit.id, hit);
        }
        QSqlQuery titles(m_db.db());
        if (!run(titles,
                QStringLiteral("SELECT record_id, language, value FROM translation WHERE record = 'dialogue' "
                               "AND position = -1 AND field = 'title' AND record_id IN (%1)")
                    .arg(among)))
            return false;
        while (titles.next()) {
            if (const auto it = read.find(titles.value(0).toLongLong()); it != read.end())
                it->titles.insert(titles.value(1).toString(), titles.value(2).toString());
        }
    }
    const Snippeter snippeter(query);
    QHash<qint64, QList<QByteArray>> documents;
    if (ranked && !snippeter.isEmpty() && !ServerSearch::documents(m_db, ids, &documents, error))
        return false;
    const QString language = Translations::recordLanguage();
    for (const ServerSearch::Match &match : page) {
        const auto found = read.constFind(match.dialogue);
        if (found == read.cend())
            continue; // removed meanwhile
        SearchHit hit = *found;
        if (!hit.titles.value(language).isEmpty())
            hit.title = hit.titles.value(language);
        // Unranked, SQLite's score is the negated 0.0 of its SELECT: the same value, to the bit.
        hit.score = ranked ? match.score : -0.0;
        const QList<QByteArray> columns = documents.value(hit.id);
        if (columns.size() == SearchQuery::ColumnCount) {
            hit.markedTitle = snippeter.snippet({ hit.title.toUtf8() }, std::numeric_limits<int>::max() / 2);
            // The order of SQLite's snippet: speakers, orgs, series, topics, city, kind, body.
            hit.snippet = snippeter.snippet({ columns[SearchQuery::Speakers], columns[SearchQuery::Orgs],
                columns[SearchQuery::Series], columns[SearchQuery::Topics], columns[SearchQuery::City],
                columns[SearchQuery::Kind], columns[SearchQuery::Body] });
            if (hit.snippet.isEmpty())
                hit.snippet = snippeter.snippet({ columns[SearchQuery::Title] });
        }
        results->hits.append(hit);
    }
    return true;
}

bool Search::facetsOnServer(const SearchQuery &query, Facets *facets, QString *error, int perFacet)
{
    Snapshot snapshot(m_db);
    QString failure;
    if (!snapshot.begin(&failure)) {
        *error = tr("the search failed: %1").arg(failure);
        return false;
    }
    QList<ServerSearch::Match> matches;
    if (!ServerSearch::select(m_db, query, false, &matches, error))
        return false;
    QSet<qint64> chosen;
    for (const ServerSearch::Match &match : std::as_const(matches))
        chosen.insert(match.dialogue);
    QHash<QString, qint64> years, series, cities;
    QSqlQuery dialogues(m_db.db());
    dialogues.setForwardOnly(true);
    if (!dialogues.exec(QStringLiteral("SELECT id, substr(start_date, 1, 4), series, city FROM dialogue"))) {
        *error = tr("the search failed: %1").arg(sqlError(dialogues));
        return false;
    }
    while (dialogues.next()) {
        if (!chosen.contains(dialogues.value(0).toLongLong()))
            continue;
        ++years[dialogues.value(1).toString()];
        if (const QString value = dialogues.value(2).toString(); !value.isEmpty())
            ++series[value];
        if (const QString value = dialogues.value(3).toString(); !value.isEmpty())
            ++cities[value];
    }
    return countFacets(chosen, years, series, cities, facets, error, perFacet);
}

bool Search::matching(const QString &text, QString *sql, QStringList *values, QString *error)
{
    const SearchQuery query = SearchQuery::parse(text);
    if (!query.isValid()) {
        *error = query.error();
        return false;
    }
    refresh(m_db, nullptr);
    if (m_db.backend() == Database::Backend::PostgreSQL) {
        // The server's index is matched by the program: the ids it found, as one bound array.
        QList<ServerSearch::Match> matches;
        if (!ServerSearch::select(m_db, query, false, &matches, error))
            return false;
        QStringList ids;
        for (const ServerSearch::Match &match : std::as_const(matches))
            ids.append(QString::number(match.dialogue));
        *sql = QStringLiteral("SELECT d.id FROM dialogue d WHERE d.id = ANY (CAST(? AS bigint[]))");
        *values = { QLatin1Char('{') + ids.join(QLatin1Char(',')) + QLatin1Char('}') };
        return true;
    }
    const Selection selection = select(query, false);
    *sql = selection.sql;
    *values = selection.values;
    return true;
}

bool Search::organizationDialogues(
    Database &database, const QSet<qint64> &chosen, QHash<qint64, qint64> *counts, QString *error)
{
    if (database.backend() == Database::Backend::PostgreSQL) {
        if (chosen.isEmpty())
            return true;
        QSqlQuery query(database.db());
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT dialogue_id, organization_id FROM dialogue_organization UNION "
                                       "SELECT dialogue_id, organization_id FROM speech "
                                       "WHERE organization_id IS NOT NULL"))) {
            *error = tr("the search failed: %1").arg(sqlError(query));
            return false;
        }
        while (query.next()) {
            if (chosen.contains(query.value(0).toLongLong()))
                ++(*counts)[query.value(1).toLongLong()];
        }
        return true;
    }
    sqlite3 *db = database.handle();
    if (!db) {
        *error = tr("the archive is not open");
        return false;
    }
    if (chosen.isEmpty())
        return true;
    qint64 all = 0;
    {
        Statement statement(db, QStringLiteral("SELECT count(*) FROM dialogue"));
        if (!statement.isValid() || statement.step() != SQLITE_ROW) {
            *error = searchFailed(statement);
            return false;
        }
        all = statement.integer(0);
    }
    const QString named = QStringLiteral("SELECT dialogue_id, organization_id FROM dialogue_organization");
    const QString spoken
        = QStringLiteral("SELECT dialogue_id, organization_id FROM speech WHERE organization_id IS NOT NULL");
    if (chosen.size() * 16 < all) {
        Statement first(db, named + QStringLiteral(" WHERE dialogue_id = ?"));
        Statement second(db, spoken + QStringLiteral(" AND dialogue_id = ?"));
        if (!first.isValid() || !second.isValid()) {
            *error = searchFailed(first.isValid() ? second : first);
            return false;
        }
        QSet<qint64> seen;
        for (const qint64 dialogue : chosen) {
            seen.clear();
            for (Statement *statement : { &first, &second }) {
                statement->reset();
                statement->bind(1, dialogue);
                int rc;
                while ((rc = statement->step()) == SQLITE_ROW)
                    seen.insert(statement->integer(1));
                if (rc != SQLITE_DONE) {
                    *error = searchFailed(*statement);
                    return false;
                }
            }
            for (const qint64 organization : std::as_const(seen))
                ++(*counts)[organization];
        }
        return true;
    }
    // Both streams come from indexes by organisation that hold the dialogue beside it (a scan
    // of the speech table would read every summary), ordered by organisation and dialogue:
    // each pair is counted once, from either stream.
    const QString order = QStringLiteral(" ORDER BY organization_id, dialogue_id");
    Statement first(db, named + order);
    Statement second(db, spoken + order);
    if (!first.isValid() || !second.isValid()) {
        *error = searchFailed(first.isValid() ? second : first);
        return false;
    }
    std::vector<bool> wanted; // a bit per dialogue id: looked up for every row
    for (const qint64 id : chosen) {
        if (id >= qint64(wanted.size()))
            wanted.resize(size_t(id) + 1024);
        if (id >= 0)
            wanted[size_t(id)] = true;
    }
    using Pair = std::pair<qint64, qint64>; // organisation, dialogue
    static constexpr Pair End { std::numeric_limits<qint64>::max(), 0 };
    auto next = [](Statement &s, int *rc) {
        *rc = s.step();
        return *rc == SQLITE_ROW ? Pair { s.integer(1), s.integer(0) } : End;
    };
    int rcFirst = SQLITE_ROW;
    int rcSecond = SQLITE_ROW;
    Pair a = next(first, &rcFirst);
    Pair b = next(second, &rcSecond);
    while (a != End || b != End) {
        const Pair pair = std::min(a, b);
        while (a == pair)
            a = next(first, &rcFirst);
        while (b == pair)
            b = next(second, &rcSecond);
        if (pair.second >= 0 && pair.second < qint64(wanted.size()) && wanted[size_t(pair.second)])
            ++(*counts)[pair.first];
    }
    if (rcFirst != SQLITE_DONE || rcSecond != SQLITE_DONE) {
        *error = searchFailed(rcFirst != SQLITE_DONE ? first : second);
        return false;
    }
    return true;
}

bool Search::refresh(Database &database, QString *error)
{
    // A server archive's documents are made by the program (ServerSearch), from the same queue.
    if (database.backend() == Database::Backend::PostgreSQL)
        return database.isOpen() ? ServerSearch::refresh(database, error) : true;
    sqlite3 *db = database.handle();
    if (!db || database.isReadOnly())
        return true;
    {
        // An archive still being migrated to the version that adds search has nothing to do.
        Statement pending(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM search_stale)"));
        if (!pending.isValid() || pending.step() != SQLITE_ROW || pending.integer(0) == 0)
            return true;
    }
    std::optional<Transaction> transaction;
    if (database.transactionDepth() == 0) {
        transaction.emplace(database);
        if (!transaction->begin(error))
            return false;
    }
    QString failure;
    if (!database.execScript(
            QStringLiteral(
                "DELETE FROM search_index WHERE rowid IN "
                "  (SELECT doc FROM search_map WHERE dialogue_id IN (SELECT dialogue_id FROM search_stale));"
                "DELETE FROM search_map WHERE dialogue_id IN (SELECT dialogue_id FROM search_stale);"
                "INSERT INTO search_map (dialogue_id, start_date) "
                "  SELECT id, start_date FROM dialogue WHERE id IN (SELECT dialogue_id FROM search_stale) "
                "ORDER BY id;"
                "INSERT INTO search_index (rowid, title, series, kind, speakers, orgs, topics, city, body, "
                "facts) "
                "  SELECT m.doc, d.title, d.series, d.kind, d.speakers, d.orgs, d.topics, d.city, d.body, "
                "d.facts "
                "  FROM search_map m JOIN search_document d ON d.id = m.dialogue_id "
                "  WHERE m.dialogue_id IN (SELECT dialogue_id FROM search_stale) ORDER BY m.doc;"
                "DELETE FROM search_stale;"),
            &failure)) {
        if (error)
            *error = tr("updating the search index failed: %1").arg(failure);
        return false;
    }
    return transaction ? transaction->commit(error) : true;
}

bool Search::reindex(QString *error)
{
    if (m_db.backend() == Database::Backend::PostgreSQL)
        return ServerSearch::reindex(m_db, error);
    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    // The index is made anew from its own definition and ranking, not emptied: DELETE would
    // tokenize every stored text again, and fails on an index that is damaged or was written
    // by another tokenizer (0008_subword_search.sql) — the very indexes this is for.
    QString definition, ranking;
    {
        Statement schema(m_db.handle(),
            QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'search_index'"));
        Statement rank(m_db.handle(), QStringLiteral("SELECT v FROM search_index_config WHERE k = 'rank'"));
        if (!schema.isValid() || schema.step() != SQLITE_ROW) {
            *error = tr("rebuilding the search index failed: %1").arg(schema.error());
            return false;
        }
        definition = schema.text(0);
        if (rank.isValid() && rank.step() == SQLITE_ROW)
            ranking = rank.text(0);
    }
    QString failure;
    bool ok = m_db.execScript(QStringLiteral("DROP TABLE search_index;") + definition, &failure);
    if (ok && !ranking.isEmpty()) {
        Statement rank(m_db.handle(),
            QStringLiteral("INSERT INTO search_index (search_index, rank) VALUES ('rank', ?1)"));
        rank.bind(1, ranking);
        ok = rank.isValid() && rank.step() == SQLITE_DONE;
        if (!ok)
            failure = rank.error();
    }
    if (!ok
        || !m_db.execScript(
            QStringLiteral("DELETE FROM search_map;"
                           "DELETE FROM search_stale;"
                           "INSERT INTO search_map (dialogue_id, start_date) SELECT id, start_date FROM "
                           "dialogue ORDER BY id;"
                           "INSERT INTO search_index (rowid, title, series, kind, speakers, orgs, topics, "
                           "city, body, facts) "
                           "SELECT m.doc, d.title, d.series, d.kind, d.speakers, d.orgs, d.topics, d.city, "
                           "d.body, d.facts "
                           "FROM search_map m JOIN search_document d ON d.id = m.dialogue_id ORDER BY m.doc;"
                           "INSERT INTO search_index (search_index) VALUES ('optimize');"),
            &failure)) {
        *error = tr("rebuilding the search index failed: %1").arg(failure);
        return false;
    }
    return transaction.commit(error);
}

qint64 Search::indexSize()
{
    if (m_db.backend() == Database::Backend::PostgreSQL)
        return ServerSearch::indexSize(m_db);
    Statement statement(m_db.handle(),
        QStringLiteral(
            "SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name LIKE 'search\\_index%' ESCAPE '\\'"));
    if (!statement.isValid() || statement.step() != SQLITE_ROW)
        return -1;
    return statement.integer(0);
}

QList<SavedSearch> Search::savedSearches()
{
    QList<SavedSearch> result;
    QSqlQuery &q
        = m_db.prepared(QStringLiteral("SELECT id, name, query FROM saved_search ORDER BY position, name"));
    if (q.exec()) {
        while (q.next())
            result.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString() });
    }
    q.finish();
    return result;
}

bool Search::saveSearch(const QString &name, const QString &query, QString *error)
{
    const QString cleanName = name.simplified();
    if (cleanName.isEmpty()) {
        *error = tr("a saved search needs a name");
        return false;
    }
    const SearchQuery parsed = SearchQuery::parse(query);
    if (!parsed.isValid()) {
        *error = parsed.error();
        return false;
    }
    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("INSERT INTO saved_search (name, query, position) "
                       "VALUES (?, ?, (SELECT coalesce(max(position), 0) + 1 FROM saved_search)) "
                       "ON CONFLICT (name) DO UPDATE SET query = excluded.query"));
    q.addBindValue(cleanName);
    q.addBindValue(query);
    if (!q.exec()) {
        *error = sqlError(q);
        q.finish();
        return false;
    }
    q.finish();
    return transaction.commit(error);
}

bool Search::removeSavedSearch(qint64 id, QString *error)
{
    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    QSqlQuery &q = m_db.prepared(QStringLiteral("DELETE FROM saved_search WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        *error = sqlError(q);
        q.finish();
        return false;
    }
    q.finish();
    return transaction.commit(error);
}

} // namespace rt
