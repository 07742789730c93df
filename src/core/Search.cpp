#include "Search.h"

#include "Database.h"
#include "SearchQuery.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <sqlite3.h>

namespace rt {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Search", text);
}

// A prepared statement that finalizes itself.
class Statement
{
public:
    Statement(sqlite3 *db, const QString &sql)
        : m_db(db)
    {
        const QByteArray utf8 = sql.toUtf8();
        if (db && sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_statement, nullptr) != SQLITE_OK) {
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
        }
    }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    sqlite3_stmt *get() const { return m_statement; }

    void bind(int index, const QString &value)
    {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void bind(int index, qint64 value) { sqlite3_bind_int64(m_statement, index, value); }
    void bindAll(const QStringList &values)
    {
        for (int i = 0; i < values.size(); ++i)
            bind(i + 1, values.at(i));
    }
    // SQLITE_ROW, SQLITE_DONE or an error code.
    int step() { return sqlite3_step(m_statement); }
    void reset()
    {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }

    QString text(int column) const
    {
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
    }
    qint64 integer(int column) const { return sqlite3_column_int64(m_statement, column); }
    double real(int column) const { return sqlite3_column_double(m_statement, column); }

    QString error() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
};

// What the user sees when SQLite fails underneath a search: what failed, and SQLite's
// reason, never the statement itself.
QString searchFailed(const Statement &statement)
{
    return tr("the search failed: %1").arg(statement.error());
}

} // namespace

QString SearchHit::snippetHtml() const
{
    QString html = snippet.toHtmlEscaped();
    html.replace(MarkStart, QLatin1String("<b>"));
    html.replace(MarkEnd, QLatin1String("</b>"));
    return html;
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
    Selection selection;
    const bool dates = query.earliest().isValid() || query.latest().isValid();
    if (!query.matchExpression().isEmpty()) {
        selection.ranked = true;
        selection.sql = ordered ? QStringLiteral("SELECT search_index.rowid, search_index.rank FROM search_index")
                                : QStringLiteral("SELECT search_index.rowid FROM search_index");
        if (dates)
            selection.sql += QStringLiteral(" JOIN dialogue d ON d.id = search_index.rowid");
        selection.sql += QStringLiteral(" WHERE search_index MATCH ?");
        selection.values.append(query.matchExpression());
    } else {
        selection.sql = ordered ? QStringLiteral("SELECT d.id, 0.0 FROM dialogue d WHERE 1")
                                : QStringLiteral("SELECT d.id FROM dialogue d WHERE 1");
        if (!query.excludeExpression().isEmpty()) {
            selection.sql += QStringLiteral(" AND d.id NOT IN (SELECT rowid FROM search_index WHERE search_index MATCH ?)");
            selection.values.append(query.excludeExpression());
        }
    }
    if (query.earliest().isValid()) {
        selection.sql += QStringLiteral(" AND d.start_date >= ?");
        selection.values.append(query.earliest().toString(Qt::ISODate));
    }
    if (query.latest().isValid()) {
        selection.sql += QStringLiteral(" AND d.start_date <= ?");
        selection.values.append(query.latest().toString(Qt::ISODate));
    }
    if (ordered) {
        selection.sql += selection.ranked ? QStringLiteral(" ORDER BY search_index.rank")
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
    sqlite3 *db = m_db.handle();
    if (!db) {
        *error = tr("the archive is not open");
        return false;
    }

    // One pass over every match, best first: FTS5 ranks them all anyway to find the best,
    // so counting the rest costs only the stepping.
    const Selection selection = select(query, true);
    Statement ranked(db, selection.sql);
    if (!ranked.isValid()) {
        *error = searchFailed(ranked);
        return false;
    }
    ranked.bindAll(selection.values);
    QList<std::pair<qint64, double>> top;
    int rc;
    while ((rc = ranked.step()) == SQLITE_ROW) {
        if (top.size() < limit)
            top.append({ranked.integer(0), -ranked.real(1)});
        ++results->total;
    }
    if (rc != SQLITE_DONE) {
        *error = searchFailed(ranked);
        results->total = 0;
        return false;
    }
    if (top.isEmpty())
        return true;

    Statement details(db, selection.ranked
                              ? QStringLiteral("SELECT d.key, d.title, d.start_date, d.city, "
                                               "snippet(search_index, -1, char(2), char(3), '…', 24) "
                                               "FROM search_index JOIN dialogue d ON d.id = search_index.rowid "
                                               "WHERE search_index MATCH ? AND search_index.rowid = ?")
                              : QStringLiteral("SELECT key, title, start_date, city, '' FROM dialogue WHERE id = ?"));
    if (!details.isValid()) {
        *error = searchFailed(details);
        return false;
    }
    results->hits.reserve(top.size());
    for (const auto &[id, score] : std::as_const(top)) {
        details.reset();
        int index = 1;
        if (selection.ranked)
            details.bind(index++, query.matchExpression());
        details.bind(index, id);
        rc = details.step();
        if (rc == SQLITE_DONE)
            continue; // deleted meanwhile by another connection
        if (rc != SQLITE_ROW) {
            *error = searchFailed(details);
            return false;
        }
        SearchHit hit;
        hit.id = id;
        hit.key = details.text(0);
        hit.title = details.text(1);
        hit.date = QDate::fromString(details.text(2), Qt::ISODate);
        hit.city = details.text(3);
        hit.score = score;
        hit.snippet = details.text(4);
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
    sqlite3 *db = m_db.handle();
    if (!db) {
        *error = tr("the archive is not open");
        return false;
    }
    const Selection selection = select(query, false);
    const QString with = QStringLiteral("WITH m(id) AS MATERIALIZED (") + selection.sql + QStringLiteral(") ");

    // Each facet: label, count, and the value the refinement is made of.
    struct Kind
    {
        QList<FacetValue> *target;
        QString sql;
        QString field;
    };
    const QList<Kind> kinds = {
        {&facets->years,
         QStringLiteral("SELECT substr(d.start_date, 1, 4) AS v, count(*) AS n, substr(d.start_date, 1, 4) "
                        "FROM m JOIN dialogue d ON d.id = m.id GROUP BY v ORDER BY v DESC LIMIT ?"),
         QStringLiteral("year")},
        {&facets->series,
         QStringLiteral("SELECT d.series AS v, count(*) AS n, d.series FROM m JOIN dialogue d ON d.id = m.id "
                        "WHERE d.series <> '' GROUP BY v ORDER BY n DESC, v LIMIT ?"),
         QStringLiteral("series")},
        {&facets->cities,
         QStringLiteral("SELECT d.city AS v, count(*) AS n, d.city FROM m JOIN dialogue d ON d.id = m.id "
                        "WHERE d.city <> '' GROUP BY v ORDER BY n DESC, v LIMIT ?"),
         QStringLiteral("city")},
        {&facets->organizations,
         QStringLiteral("SELECT CASE WHEN o.short_name <> '' THEN o.short_name ELSE o.name END, "
                        "count(DISTINCT x.dialogue_id) AS n, o.name "
                        "FROM (SELECT dialogue_id, organization_id FROM dialogue_organization "
                        "      UNION SELECT dialogue_id, organization_id FROM speech WHERE organization_id IS NOT NULL) x "
                        "JOIN m ON m.id = x.dialogue_id JOIN organization o ON o.id = x.organization_id "
                        "GROUP BY o.id ORDER BY n DESC, o.name LIMIT ?"),
         QStringLiteral("org")},
    };
    for (const Kind &kind : kinds) {
        Statement statement(db, with + kind.sql);
        if (!statement.isValid()) {
            *error = searchFailed(statement);
            return false;
        }
        statement.bindAll(selection.values);
        statement.bind(int(selection.values.size()) + 1, qint64(perFacet));
        int rc;
        while ((rc = statement.step()) == SQLITE_ROW) {
            FacetValue value;
            value.label = statement.text(0);
            value.count = statement.integer(1);
            const QString raw = statement.text(2);
            value.refinement = kind.field + QLatin1Char(':')
                               + (kind.field == QLatin1String("year") ? raw : SearchQuery::quoted(raw));
            kind.target->append(value);
        }
        if (rc != SQLITE_DONE) {
            *error = searchFailed(statement);
            return false;
        }
    }
    return true;
}

bool Search::reindex(QString *error)
{
    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    QString failure;
    if (!m_db.execScript(QStringLiteral(
                             "DELETE FROM search_index;"
                             "INSERT INTO search_index (rowid, title, series, kind, speakers, orgs, topics, city, body, facts) "
                             "SELECT * FROM search_document;"
                             "INSERT INTO search_index (search_index) VALUES ('optimize');"),
                         &failure)) {
        *error = tr("rebuilding the search index failed: %1").arg(failure);
        return false;
    }
    return transaction.commit(error);
}

qint64 Search::indexSize()
{
    Statement statement(m_db.handle(),
                        QStringLiteral("SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name LIKE 'search\\_index%' ESCAPE '\\'"));
    if (!statement.isValid() || statement.step() != SQLITE_ROW)
        return -1;
    return statement.integer(0);
}

QList<SavedSearch> Search::savedSearches()
{
    QList<SavedSearch> result;
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT id, name, query FROM saved_search ORDER BY position, name"));
    if (q.exec()) {
        while (q.next())
            result.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
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
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO saved_search (name, query, position) "
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
