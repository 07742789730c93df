#include "core/search/SearchTokenizer.h"

#include <QCoreApplication>

#include <memory>
#include <sqlite3.h>
#include <string>
#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>
#include <unordered_map>
#include <vector>

namespace rt {

namespace {

enum class Kind { None, Word, Han, Sea, Mark };

Kind classify(UChar32 c)
{
    if (c < 0x80) {
        return ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) ? Kind::Word
                                                                                            : Kind::None;
    }
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    switch (script) {
    case USCRIPT_HAN:
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
        return u_isalnum(c) ? Kind::Han : Kind::None;
    case USCRIPT_THAI:
    case USCRIPT_LAO:
    case USCRIPT_KHMER:
    case USCRIPT_MYANMAR:
        // Vowel signs and tone marks belong to the word; ICU decides where words end.
        return u_isspace(c) ? Kind::None : Kind::Sea;
    default:
        break;
    }
    if (U_GET_GC_MASK(c) & U_GC_M_MASK)
        return Kind::Mark;
    return u_isalnum(c) ? Kind::Word : Kind::None;
}

// Letters that carry their "diacritic" as part of the glyph, so Unicode decomposition does
// not separate it: a Vietnamese reader types "d" for "đ".
const char *specialFold(UChar32 c)
{
    switch (c) {
    case 0x0110:
    case 0x0111:
        return "d"; // Đ đ
    case 0x00D8:
    case 0x00F8:
        return "o"; // Ø ø
    case 0x0141:
    case 0x0142:
        return "l"; // Ł ł
    case 0x0126:
    case 0x0127:
        return "h"; // Ħ ħ
    case 0x0131:
        return "i"; // dotless ı
    case 0x00DF:
        return "ss"; // ß
    case 0x00C6:
    case 0x00E6:
        return "ae";
    case 0x0152:
    case 0x0153:
        return "oe";
    default:
        return nullptr;
    }
}

void appendUtf8(std::string &out, UChar32 c)
{
    char buffer[4];
    int32_t length = 0;
    UBool error = false;
    U8_APPEND(buffer, length, 4, c, error);
    if (!error)
        out.append(buffer, size_t(length));
}

// Case-folds one non-ASCII letter and removes its diacritics, for scripts where readers
// type words without them (Latin, Greek, Cyrillic). Cached: Vietnamese text repeats few
// distinct letters many times.
const std::string &foldLetter(UChar32 c)
{
    thread_local std::unordered_map<UChar32, std::string> cache;
    auto it = cache.find(c);
    if (it != cache.end())
        return it->second;

    std::string folded;
    if (const char *special = specialFold(c)) {
        folded = special;
    } else {
        const UChar32 lower = u_foldCase(c, U_FOLD_CASE_DEFAULT);
        UErrorCode status = U_ZERO_ERROR;
        const UScriptCode script = uscript_getScript(lower, &status);
        const bool strip = script == USCRIPT_LATIN || script == USCRIPT_GREEK || script == USCRIPT_CYRILLIC
            || script == USCRIPT_COMMON;
        // Compatibility decomposition also turns full-width ＵＮＥＰ, typed with a Chinese input
        // method, into the letters it stands for.
        const icu::Normalizer2 *nfd = icu::Normalizer2::getNFKDInstance(status);
        icu::UnicodeString decomposition;
        if (strip && U_SUCCESS(status) && nfd->getDecomposition(lower, decomposition)) {
            for (int32_t i = 0; i < decomposition.length();) {
                const UChar32 part = decomposition.char32At(i);
                i += U16_LENGTH(part);
                if (!(U_GET_GC_MASK(part) & U_GC_M_MASK))
                    appendUtf8(folded, u_foldCase(part, U_FOLD_CASE_DEFAULT));
            }
        } else {
            appendUtf8(folded, lower);
        }
    }
    return cache.emplace(c, std::move(folded)).first->second;
}

icu::BreakIterator *wordBreaker()
{
    // One per thread: each SQLite connection tokenizes on the thread that uses it, and a
    // break iterator is costly to create but cheap to point at new text.
    thread_local std::unique_ptr<icu::BreakIterator> breaker;
    thread_local bool failed = false;
    if (!breaker && !failed) {
        UErrorCode status = U_ZERO_ERROR;
        breaker.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
        if (U_FAILURE(status)) {
            breaker.reset();
            failed = true;
        }
    }
    return breaker.get();
}

// The tokenizer proper. `deliver(token, length, start, end, colocated)` returns an SQLite
// result code; anything but SQLITE_OK stops tokenizing and is passed back. `document` is true
// when the text is being indexed (not a query): a Chinese run then also yields its last
// character alone, at the position of the last pair (FTS5_TOKEN_COLOCATED), so that every
// character of the run begins some token and one typed character, searched as a prefix,
// finds every text containing it (李 in 小李 as well as in 李霞).
template <typename Emit> int tokenizeText(const char *text, int length, bool document, Emit &&deliver)
{
    const auto *bytes = reinterpret_cast<const uint8_t *>(text);
    std::string token;
    std::vector<int> offsets; // byte offsets of the characters of a Han run, plus its end

    Kind run = Kind::None;
    int runStart = 0;
    bool stripMarks = true;

    auto flushWord = [&](int start, int end) -> int {
        token.clear();
        for (int i = start; i < end;) {
            UChar32 c;
            U8_NEXT(bytes, i, end, c);
            if (c < 0)
                continue;
            if (c < 0x80) {
                token.push_back(char((c >= 'A' && c <= 'Z') ? c + 32 : c));
                stripMarks = true;
            } else if (U_GET_GC_MASK(c) & U_GC_M_MASK) {
                // A combining mark typed apart from its letter (decomposed text).
                if (!stripMarks)
                    appendUtf8(token, c);
            } else {
                UErrorCode status = U_ZERO_ERROR;
                const UScriptCode script = uscript_getScript(c, &status);
                stripMarks = script == USCRIPT_LATIN || script == USCRIPT_GREEK || script == USCRIPT_CYRILLIC
                    || script == USCRIPT_COMMON;
                token += foldLetter(c);
            }
        }
        if (token.empty())
            return SQLITE_OK;
        return deliver(token.data(), int(token.size()), start, end, false);
    };

    auto flushHan = [&](int start, int end) -> int {
        offsets.clear();
        for (int i = start; i < end;) {
            offsets.push_back(i);
            U8_FWD_1(bytes, i, end);
        }
        offsets.push_back(end);
        const int count = int(offsets.size()) - 1;
        if (count == 1)
            return deliver(text + start, end - start, start, end, false);
        for (int k = 0; k + 1 < count; ++k) {
            const int from = offsets[size_t(k)];
            const int to = offsets[size_t(k + 2)];
            if (int rc = deliver(text + from, to - from, from, to, false); rc != SQLITE_OK)
                return rc;
        }
        if (document) {
            const int last = offsets[size_t(count - 1)];
            return deliver(text + last, end - last, last, end, true);
        }
        return SQLITE_OK;
    };

    auto flushSea = [&](int start, int end) -> int {
        icu::BreakIterator *breaker = wordBreaker();
        if (!breaker) // no ICU data: the whole run is one word, still findable as typed
            return deliver(text + start, end - start, start, end, false);
        // ICU works in UTF-16; map its offsets back to the UTF-8 the index stores.
        icu::UnicodeString utf16;
        offsets.clear();
        for (int i = start; i < end;) {
            const int at = i;
            UChar32 c;
            U8_NEXT(bytes, i, end, c);
            if (c < 0)
                c = 0xFFFD;
            utf16.append(c);
            offsets.push_back(at);
            if (U16_LENGTH(c) == 2)
                offsets.push_back(at);
        }
        offsets.push_back(end);
        breaker->setText(utf16);
        int32_t from = breaker->first();
        for (int32_t to = breaker->next(); to != icu::BreakIterator::DONE; from = to, to = breaker->next()) {
            if (breaker->getRuleStatus() == UBRK_WORD_NONE)
                continue;
            const int a = offsets[size_t(from)];
            const int b = offsets[size_t(to)];
            if (b > a) {
                if (int rc = deliver(text + a, b - a, a, b, false); rc != SQLITE_OK)
                    return rc;
            }
        }
        return SQLITE_OK;
    };

    auto flush = [&](int end) -> int {
        int rc = SQLITE_OK;
        switch (run) {
        case Kind::Word:
            rc = flushWord(runStart, end);
            break;
        case Kind::Han:
            rc = flushHan(runStart, end);
            break;
        case Kind::Sea:
            rc = flushSea(runStart, end);
            break;
        default:
            break;
        }
        run = Kind::None;
        return rc;
    };

    for (int i = 0; i < length;) {
        const int at = i;
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        Kind kind = c < 0 ? Kind::None : classify(c);
        if (kind == Kind::Mark) {
            if (run != Kind::None)
                continue; // marks belong to the run they follow
            kind = Kind::None;
        }
        if (kind == run)
            continue;
        if (int rc = flush(at); rc != SQLITE_OK)
            return rc;
        if (kind != Kind::None) {
            run = kind;
            runStart = at;
        }
    }
    return flush(length);
}

// --- FTS5 glue ---

struct Instance
{
    int unused = 0;
};

int createTokenizer(void *, const char **, int, Fts5Tokenizer **out)
{
    *out = reinterpret_cast<Fts5Tokenizer *>(new Instance);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *tokenizer)
{
    delete reinterpret_cast<Instance *>(tokenizer);
}

int runTokenizer(Fts5Tokenizer *, void *context, int flags, const char *text, int length,
    int (*token)(void *, int, const char *, int, int, int))
{
    if (!text || length <= 0)
        return SQLITE_OK;
    const bool document = (flags & FTS5_TOKENIZE_QUERY) == 0;
    return tokenizeText(
        text, length, document, [&](const char *t, int n, int start, int end, bool colocated) {
            return token(context, colocated ? FTS5_TOKEN_COLOCATED : 0, t, n, start, end);
        });
}

} // namespace

fts5_api *SearchTokenizer::ftsApi(sqlite3 *db)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api;
}

bool SearchTokenizer::registerWith(sqlite3 *db, QString *error)
{
    fts5_api *api = db ? ftsApi(db) : nullptr;
    if (!api || api->iVersion < 2) {
        if (error)
            *error = QCoreApplication::translate("Search", "this SQLite has no full-text search (FTS5)");
        return false;
    }
    static fts5_tokenizer tokenizer = { createTokenizer, deleteTokenizer, runTokenizer };
    if (api->xCreateTokenizer(api, Name, nullptr, &tokenizer, nullptr) != SQLITE_OK) {
        if (error)
            *error = QCoreApplication::translate("Search", "cannot register the search tokenizer: %1")
                         .arg(QString::fromUtf8(sqlite3_errmsg(db)));
        return false;
    }
    return true;
}

void SearchTokenizer::tokenize(const char *text, int length, const Sink &sink)
{
    tokenizeText(text, length, true, [&](const char *t, int n, int start, int end, bool) {
        sink(t, n, start, end);
        return SQLITE_OK;
    });
}

QStringList SearchTokenizer::tokens(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QStringList result;
    tokenizeText(utf8.constData(), int(utf8.size()), false, [&](const char *t, int n, int, int, bool) {
        result.append(QString::fromUtf8(t, n));
        return SQLITE_OK;
    });
    return result;
}

} // namespace rt
