#pragma once

#include <QString>
#include <QStringList>

#include <functional>

struct sqlite3;
struct fts5_api;

namespace rt {

// Cuts text into the words the search index holds, for every script of the region, and
// registers itself with SQLite FTS5 as the tokenizer "roundtable". Documents and queries go
// through the same code, so whatever is indexed can be found by typing it:
//  - Latin, Vietnamese and other spaced scripts: runs of letters and digits, case-folded
//    and stripped of diacritics ("Hồng Hà" -> "hong", "ha").
//  - Chinese (and Japanese kana): overlapping pairs of characters, so any two or more
//    consecutive characters are found as a phrase (润秋 inside 黄润秋).
//  - Thai, Lao, Khmer, Burmese (no spaces between words): one token per grapheme cluster,
//    the clusters where a word may begin or end marked by tokens at the same place
//    ("|ร่", "อ|"). Words begin and end where ICU's reading puts a boundary, where the
//    readings with the fewest words of the script's dictionary do, and where a word of those
//    splits into two words of the dictionary (see readingBoundaries). A query word is the
//    phrase of its clusters with both ends marked, so it is found wherever it stands as a
//    word, inside a longer word too (ร่วมมือ in ความร่วมมือ), and not where its letters only
//    happen to stand (ตา in ตาม). A word of the script's dictionary standing between two
//    boundaries is also indexed whole ("|ร่วมมือ|"), and a query word of the dictionary is that
//    one token, not the phrase: the same matches, one doclist to read instead of one per cluster.
class SearchTokenizer
{
public:
    // The name under which the tokenizer is registered with FTS5.
    static constexpr const char *Name = "roundtable";

    // Makes the tokenizer known to one connection; every connection that writes dialogues
    // (the index is kept by triggers) or searches needs it.
    static bool registerWith(sqlite3 *db, QString *error);

    // The connection's FTS5 interface, or null when its SQLite has no FTS5.
    static fts5_api *ftsApi(sqlite3 *db);

    // One token: its folded text and where it came from in the UTF-8 input.
    using Sink = std::function<void(const char *token, int length, int start, int end)>;
    // Tokenizes UTF-8 `text`; the core of both the FTS5 tokenizer and tokens().
    static void tokenize(const char *text, int length, const Sink &sink);

    // Tokenizes UTF-8 `text` as FTS5 indexes a document, each token with whether it stands at
    // the place of the token before (FTS5_TOKEN_COLOCATED): what a server archive stores of it
    // (ServerSearch), so that both backends hold the same tokens at the same places.
    using PlacedSink = std::function<void(const char *token, int length, bool colocated)>;
    static void tokenizeDocument(const char *text, int length, const PlacedSink &sink);

    // The tokens of `text` as a query (for the query parser and tests).
    static QStringList tokens(const QString &text);

    // Whether a query token stands for the end of a word of Thai, Lao, Khmer or Burmese
    // ("อ|"): such a word is matched whole, never as a prefix.
    static bool endsWord(const QString &token) { return token.endsWith(QLatin1Char('|')); }

    // What Thai, Lao, Khmer and Burmese are cut into: ICU's words only, as the index of schema
    // 7 and before was; grapheme clusters with word boundaries marked (schema 8 and 9); those
    // and the words of the dictionary between two boundaries whole (schema 10, the default).
    // Only for the tests and benchmarks that compare them (bench_subwords); the whole process
    // and every archive it searches must use one setting.
    enum class Units { IcuWords, Clusters, ClustersAndWords };
    static void setUnits(Units units);
    // The units the search index of an archive of schema `version` holds.
    static Units unitsOfSchema(int version);
    // An archive opened read-only is not upgraded, so its index stays as its version wrote
    // it: Database::open has queries cut into the same units (or a query would miss what the
    // index holds), and puts the newest units back when an archive of today's schema opens.
    // Whoever changes the units in a migration adds its version to unitsOfSchema.
    static void followSchema(int version);
};

} // namespace rt
