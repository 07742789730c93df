#include "core/search/SearchRank.h"

#include "core/search/SearchTokenizer.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <sqlite3.h>
#include <vector>

namespace rt {

namespace {

// FTS5's constants for bm25 (fts5_aux.c).
constexpr double K1 = 1.2;
constexpr double B = 0.75;

// The table in which FTS5 keeps the length of every document of search_index, column by
// column, as SQLite varints.
constexpr const char *SizeTable = "search_index_docsize";

// What one query's ranking keeps from match to match.
struct RankData
{
    std::vector<double> idf; // per phrase
    std::vector<double> frequency; // per phrase, for the current match
    double averageLength = 0;
    sqlite3_blob *sizes = nullptr;
    bool sizesReadable = true;

    ~RankData()
    {
        if (sizes)
            sqlite3_blob_close(sizes);
    }
};

int countMatch(const Fts5ExtensionApi *, Fts5Context *, void *user)
{
    ++*static_cast<sqlite3_int64 *>(user);
    return SQLITE_OK;
}

// The data of the first call of a query, as fts5Bm25GetData computes it.
int prepare(const Fts5ExtensionApi *api, Fts5Context *fts, RankData **result)
{
    auto *data = static_cast<RankData *>(api->xGetAuxdata(fts, 0));
    if (data) {
        *result = data;
        return SQLITE_OK;
    }
    data = new RankData;
    const int phrases = api->xPhraseCount(fts);
    data->idf.assign(size_t(phrases), 0.0);
    data->frequency.assign(size_t(phrases), 0.0);
    sqlite3_int64 rows = 0;
    sqlite3_int64 tokens = 0;
    int rc = api->xRowCount(fts, &rows);
    if (rc == SQLITE_OK)
        rc = api->xColumnTotalSize(fts, -1, &tokens);
    if (rc == SQLITE_OK)
        data->averageLength = double(tokens) / double(rows);
    for (int i = 0; rc == SQLITE_OK && i < phrases; ++i) {
        sqlite3_int64 hits = 0;
        rc = api->xQueryPhrase(fts, i, &hits, countMatch);
        if (rc == SQLITE_OK) {
            double idf = std::log((double(rows) - double(hits) + 0.5) / (double(hits) + 0.5));
            if (idf <= 0.0)
                idf = 1e-6;
            data->idf[size_t(i)] = idf;
        }
    }
    if (rc == SQLITE_OK)
        rc = api->xSetAuxdata(fts, data, [](void *p) { delete static_cast<RankData *>(p); });
    else
        delete data;
    *result = rc == SQLITE_OK ? data : nullptr;
    return rc;
}

// The current match's length in tokens, all columns, read through the open blob handle:
// false when the size row is not there or not as FTS5 writes it (then FTS5 is asked).
bool lengthFromSizes(
    const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, RankData &data, int *length)
{
    if (!data.sizesReadable)
        return false;
    const sqlite3_int64 row = api->xRowid(fts);
    int rc = data.sizes
        ? sqlite3_blob_reopen(data.sizes, row)
        : sqlite3_blob_open(sqlite3_context_db_handle(context), "main", SizeTable, "sz", row, 0, &data.sizes);
    unsigned char bytes[128];
    const int size = rc == SQLITE_OK ? sqlite3_blob_bytes(data.sizes) : 0;
    if (rc == SQLITE_OK && (size <= 0 || size > int(sizeof bytes)))
        rc = SQLITE_MISMATCH;
    if (rc == SQLITE_OK)
        rc = sqlite3_blob_read(data.sizes, bytes, size, 0);
    // One SQLite varint per column: seven bits a byte, most significant first.
    int columns = 0;
    sqlite3_int64 total = 0;
    for (int i = 0; rc == SQLITE_OK && i < size; ++columns) {
        quint64 value = 0;
        int n = 0;
        while (i < size) {
            const unsigned char c = bytes[i++];
            if (++n == 9) {
                value = (value << 8) | c;
                break;
            }
            value = (value << 7) | (c & 0x7f);
            if (!(c & 0x80))
                break;
        }
        total += sqlite3_int64(value);
    }
    if (rc != SQLITE_OK || columns != api->xColumnCount(fts) || total > std::numeric_limits<int>::max()) {
        data.sizesReadable = false;
        if (data.sizes) {
            sqlite3_blob_close(data.sizes);
            data.sizes = nullptr;
        }
        return false;
    }
    *length = int(total);
    return true;
}

// fts5Bm25Function, with the length read as above.
void rank(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int count,
    sqlite3_value **weights)
{
    RankData *data = nullptr;
    int rc = prepare(api, fts, &data);
    int instances = 0;
    if (rc == SQLITE_OK) {
        std::fill(data->frequency.begin(), data->frequency.end(), 0.0);
        rc = api->xInstCount(fts, &instances);
    }
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0;
        int column = 0;
        int offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK)
            data->frequency[size_t(phrase)] += count > column ? sqlite3_value_double(weights[column]) : 1.0;
    }
    int length = 0;
    if (rc == SQLITE_OK && !lengthFromSizes(api, fts, context, *data, &length))
        rc = api->xColumnSize(fts, -1, &length);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(context, rc);
        return;
    }
    const double d = double(length);
    double score = 0;
    for (size_t i = 0; i < data->idf.size(); ++i) {
        const double f = data->frequency[i];
        score += data->idf[i] * ((f * (K1 + 1.0)) / (f + K1 * (1 - B + B * d / data->averageLength)));
    }
    sqlite3_result_double(context, -1.0 * score);
}

} // namespace

bool SearchRank::registerWith(sqlite3 *db, QString *error)
{
    fts5_api *api = SearchTokenizer::ftsApi(db);
    // A function registered later is found first: this one, not FTS5's own, for this connection.
    if (!api || api->xCreateFunction(api, Name, nullptr, rank, nullptr) != SQLITE_OK) {
        if (error)
            *error = tr("cannot register the search ranking: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)));
        return false;
    }
    return true;
}

} // namespace rt
