#include "core/search/SearchTokenizer.h"

#include <QCoreApplication>

#include <algorithm>
#include <atomic>
#include <limits>
#include <memory>
#include <set>
#include <sqlite3.h>
#include <string>
#include <unicode/brkiter.h>
#include <unicode/bytestrie.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/udata.h>
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

std::atomic<SearchTokenizer::Units> units { SearchTokenizer::Units::ClustersAndWords };

// One break iterator of each kind per thread: each SQLite connection tokenizes on the thread
// that uses it, and an iterator is costly to create but cheap to point at new text.
icu::BreakIterator *breaker(bool words)
{
    struct Breakers
    {
        std::unique_ptr<icu::BreakIterator> iterator;
        bool failed = false;
    };
    thread_local Breakers kinds[2];
    Breakers &kind = kinds[words ? 1 : 0];
    if (!kind.iterator && !kind.failed) {
        UErrorCode status = U_ZERO_ERROR;
        kind.iterator.reset(words
                ? icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status)
                : icu::BreakIterator::createCharacterInstance(icu::Locale::getRoot(), status));
        if (U_FAILURE(status)) {
            kind.iterator.reset();
            kind.failed = true;
        }
    }
    return kind.iterator.get();
}

icu::BreakIterator *wordBreaker()
{
    return breaker(true);
}

icu::BreakIterator *clusterBreaker()
{
    return breaker(false);
}

// The word list ICU's break iterator segments a script with: a byte trie in ICU's data
// (brkitr/<name>.dict), each byte a code point's offset from the script's block. Read here
// so that the words inside a word ICU keeps whole can be found as well.
class ScriptDictionary
{
public:
    explicit ScriptDictionary(const char *name)
    {
        UErrorCode status = U_ZERO_ERROR;
        m_data = udata_open(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "brkitr", "dict", name, &status);
        if (U_FAILURE(status) || !m_data) {
            m_data = nullptr;
            return;
        }
        const auto *indexes = static_cast<const int32_t *>(udata_getMemory(m_data));
        // indexes: [0] the trie's offset, [4] its type (0: bytes), [5] the code point transform.
        constexpr int32_t BytesTrie = 0, TypeMask = 7, TransformOffset = 0x1000000,
                          TransformMask = 0x7f000000;
        if ((indexes[4] & TypeMask) != BytesTrie || (indexes[5] & TransformMask) != TransformOffset) {
            udata_close(m_data);
            m_data = nullptr;
            return;
        }
        m_trie = reinterpret_cast<const char *>(indexes) + indexes[0];
        m_base = indexes[5] & 0x1fffff;
    }
    ~ScriptDictionary()
    {
        if (m_data)
            udata_close(m_data);
    }
    ScriptDictionary(const ScriptDictionary &) = delete;
    ScriptDictionary &operator=(const ScriptDictionary &) = delete;

    bool isValid() const { return m_trie != nullptr; }

    // Calls `found(end)` for the end (in UTF-16 units of `text`) of every word of the list
    // that `text` holds at `start`.
    template <typename Found> void wordsAt(const icu::UnicodeString &text, int32_t start, Found &&found) const
    {
        icu::BytesTrie trie(m_trie);
        for (int32_t i = start; i < text.length();) {
            const UChar32 c = text.char32At(i);
            i += U16_LENGTH(c);
            int32_t byte = -1;
            if (c == 0x200D)
                byte = 0xFF;
            else if (c == 0x200C)
                byte = 0xFE;
            else if (c - m_base >= 0 && c - m_base <= 0xFD)
                byte = c - m_base;
            if (byte < 0)
                return;
            const UStringTrieResult result = trie.next(byte);
            if (USTRINGTRIE_HAS_VALUE(result))
                found(i);
            if (!USTRINGTRIE_HAS_NEXT(result))
                return;
        }
    }

private:
    UDataMemory *m_data = nullptr;
    const char *m_trie = nullptr;
    int32_t m_base = 0;
};

const ScriptDictionary *dictionaryFor(UChar32 c)
{
    static const ScriptDictionary thai("thaidict"), lao("laodict"), khmer("khmerdict"),
        burmese("burmesedict");
    const ScriptDictionary *dictionary = nullptr;
    if (c >= 0x0E00 && c <= 0x0E7F)
        dictionary = &thai;
    else if (c >= 0x0E80 && c <= 0x0EFF)
        dictionary = &lao;
    else if (c >= 0x1780 && c <= 0x17FF)
        dictionary = &khmer;
    else if (c >= 0x1000 && c <= 0x109F)
        dictionary = &burmese;
    return dictionary && dictionary->isValid() ? dictionary : nullptr;
}

// A sequence of at most this many words of the dictionary between two word boundaries is
// indexed as one token (readingBoundaries): ความหลากหลาย ("diversity") is ความ | หลาก | หลาย.
constexpr int MaxWholeWords = 3;

// Where words may begin and end in a run of Thai, Lao, Khmer or Burmese (UTF-16 offsets;
// `boundary` has one entry per offset and one for the end). A reading of the run is a sequence
// of words, each a word of the script's dictionary or a word ICU found, so ICU's own reading
// is one. Boundaries are those of ICU's reading, those of the readings with the fewest words
// (where ICU errs: it reads ການຮ່ວມ | ມື, not ການ | ຮ່ວມມື), and, inside each word of those,
// the places where it splits into two words of the dictionary, again and again (ความร่วมมือ:
// ความ | ร่วมมือ, ร่วม | มือ). A word is not cut into syllables that happen to be words too:
// ຍາ (medicine) does not stand inside ວິທະຍາສາດ (science), nor ตา (eye) inside ตาม.
//
// `whole` receives the stretches of two clusters or more between two boundaries that are a
// word of the dictionary or a sequence of up to MaxWholeWords of them ([start, end), ordered by
// start): the document indexes each as one token, so that a query word that is such a
// sequence reads one doclist instead of one per cluster.
void readingBoundaries(const icu::UnicodeString &text, const std::vector<int32_t> &icuBreaks,
    const std::vector<char> &cluster, std::vector<char> &boundary,
    std::vector<std::pair<int32_t, int32_t>> *whole)
{
    const int32_t n = text.length();
    // words[i]: the ends of the words that begin at i; the dictionary's are flagged.
    struct Word
    {
        int32_t end;
        bool listed;
    };
    std::vector<std::vector<Word>> words(size_t(n) + 1);
    for (int32_t i = 0; i < n; ++i) {
        if (!cluster[size_t(i)])
            continue;
        if (const ScriptDictionary *dictionary = dictionaryFor(text.char32At(i))) {
            dictionary->wordsAt(text, i, [&](int32_t end) {
                if (cluster[size_t(end)])
                    words[size_t(i)].push_back({ end, true });
            });
        }
    }
    boundary.assign(size_t(n) + 1, 0);
    for (size_t k = 0; k < icuBreaks.size(); ++k) {
        boundary[size_t(icuBreaks[k])] = 1;
        if (k + 1 < icuBreaks.size())
            words[size_t(icuBreaks[k])].push_back({ icuBreaks[k + 1], false });
    }
    auto listed = [&](int32_t from, int32_t to) {
        for (const Word &word : words[size_t(from)]) {
            if (word.listed && word.end == to)
                return true;
        }
        return false;
    };

    // The fewest words from the start to each place, and from each place to the end.
    constexpr int Unreached = std::numeric_limits<int>::max() / 4;
    std::vector<int> fromStart(size_t(n) + 1, Unreached), toEnd(size_t(n) + 1, Unreached);
    fromStart[0] = 0;
    for (int32_t i = 0; i < n; ++i) {
        if (fromStart[size_t(i)] == Unreached)
            continue;
        for (const Word &word : words[size_t(i)])
            fromStart[size_t(word.end)] = std::min(fromStart[size_t(word.end)], fromStart[size_t(i)] + 1);
    }
    toEnd[size_t(n)] = 0;
    for (int32_t i = n - 1; i >= 0; --i) {
        for (const Word &word : words[size_t(i)])
            toEnd[size_t(i)] = std::min(toEnd[size_t(i)], toEnd[size_t(word.end)] + 1);
    }
    const int fewest = fromStart[size_t(n)];
    std::vector<std::pair<int32_t, int32_t>> pending; // words to split in two
    // Unreached only when ICU's reading is broken; its boundaries are set.
    for (int32_t i = 0; i < n && fewest != Unreached; ++i) {
        if (fromStart[size_t(i)] + toEnd[size_t(i)] != fewest)
            continue;
        boundary[size_t(i)] = 1;
        for (const Word &word : words[size_t(i)]) {
            if (fromStart[size_t(i)] + 1 + toEnd[size_t(word.end)] == fewest)
                pending.push_back({ i, word.end });
        }
    }
    std::set<std::pair<int32_t, int32_t>> split;
    while (!pending.empty()) {
        const auto [from, to] = pending.back();
        pending.pop_back();
        if (!split.insert({ from, to }).second)
            continue;
        for (const Word &first : words[size_t(from)]) {
            // Lao writes the short a of a Pali or Sanskrit loan's syllables (ວິທະຍາສາດ,
            // ລັດຖະບານ), and its dictionary lists most syllables as words: a piece ending in ະ
            // is such a syllable, not a word standing in this one.
            if (first.end < to && text.charAt(first.end - 1) == u'\u0EB0')
                continue;
            if (first.listed && first.end < to && listed(first.end, to)) {
                boundary[size_t(first.end)] = 1;
                pending.push_back({ from, first.end });
                pending.push_back({ first.end, to });
            }
        }
    }
    if (!whole)
        return;
    whole->clear();
    std::vector<int32_t> reached, frontier, next;
    for (int32_t i = 0; i < n; ++i) {
        if (!boundary[size_t(i)] || !cluster[size_t(i)])
            continue;
        reached.clear();
        frontier.assign(1, i);
        for (int count = 0; count < MaxWholeWords && !frontier.empty(); ++count) {
            next.clear();
            for (const int32_t from : frontier) {
                for (const Word &word : words[size_t(from)]) {
                    if (word.listed)
                        next.push_back(word.end);
                }
            }
            std::sort(next.begin(), next.end());
            next.erase(std::unique(next.begin(), next.end()), next.end());
            reached.insert(reached.end(), next.begin(), next.end());
            frontier.swap(next);
        }
        std::sort(reached.begin(), reached.end());
        reached.erase(std::unique(reached.begin(), reached.end()), reached.end());
        int32_t second = i + 1; // where the second cluster begins: one cluster is "|น้ำ|" already
        while (second < n && !cluster[size_t(second)])
            ++second;
        for (const int32_t end : reached) {
            if (end > second && boundary[size_t(end)])
                whole->push_back({ i, end });
        }
    }
}

// Whether the clusters [start, end) of `text` are a sequence of at most MaxWholeWords words of
// the script's dictionary, as the document side counts them (readingBoundaries).
bool isListedSequence(
    const icu::UnicodeString &text, const std::vector<char> &cluster, int32_t start, int32_t end)
{
    std::vector<int32_t> frontier { start }, next;
    for (int count = 0; count < MaxWholeWords && !frontier.empty(); ++count) {
        next.clear();
        for (const int32_t from : frontier) {
            const ScriptDictionary *dictionary = from < end ? dictionaryFor(text.char32At(from)) : nullptr;
            if (!dictionary)
                continue;
            dictionary->wordsAt(text, from, [&](int32_t at) {
                if (at <= end && cluster[size_t(at)])
                    next.push_back(at);
            });
        }
        std::sort(next.begin(), next.end());
        next.erase(std::unique(next.begin(), next.end()), next.end());
        if (std::binary_search(next.begin(), next.end(), end))
            return true;
        frontier.swap(next);
    }
    return false;
}

// The tokenizer proper. `deliver(token, length, start, end, colocated)` returns an SQLite
// result code; anything but SQLITE_OK stops tokenizing and is passed back. `document` is true
// when the text is being indexed (not a query): a Chinese run then also yields its last
// character alone, at the position of the last pair (FTS5_TOKEN_COLOCATED), so that every
// character of the run begins some token and one typed character, searched as a prefix,
// finds every text containing it (李 in 小李 as well as in 李霞).
// `wholeQuery` (a query that is one run of one script, see tokenizeQuery): a word of Thai,
// Lao, Khmer or Burmese that is a sequence of words of the dictionary is the one token the
// document indexes for it, and Chinese of four characters or more the phrase of its fours.
template <typename Emit>
int tokenizeText(const char *text, int length, bool document, bool wholeQuery, Emit &&deliver)
{
    const auto *bytes = reinterpret_cast<const uint8_t *>(text);
    std::string token;
    std::vector<int> offsets; // byte offsets of the characters of a Han run, plus its end
    // Thai, Lao, Khmer, Burmese: where clusters begin, ICU's word breaks, where words may begin
    std::vector<int32_t> clusterEdges, icuBreaks;
    std::vector<char> isCluster, boundary;
    std::vector<std::pair<int32_t, int32_t>> wholeWords; // words of the dictionary, indexed whole

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
        // Four characters and more: a document also holds, at the place of each pair, the
        // four characters from there (FTS5_TOKEN_COLOCATED), and a query of four characters or
        // more is the phrase of its fours (生物多样性: 生物多样, 物多样性), half as many doclists
        // as its pairs, each as short as the word's. Both match wherever the characters stand.
        const bool fours = units.load(std::memory_order_relaxed) == SearchTokenizer::Units::ClustersAndWords
            && (document || wholeQuery);
        if (!document && fours && count >= 4) {
            for (int k = 0; k + 3 < count; ++k) {
                const int from = offsets[size_t(k)];
                const int to = offsets[size_t(k + 4)];
                if (int rc = deliver(text + from, to - from, from, to, false); rc != SQLITE_OK)
                    return rc;
            }
            return SQLITE_OK;
        }
        for (int k = 0; k + 1 < count; ++k) {
            const int from = offsets[size_t(k)];
            const int to = offsets[size_t(k + 2)];
            int rc = deliver(text + from, to - from, from, to, false);
            if (rc == SQLITE_OK && document && fours && k + 3 < count) {
                const int four = offsets[size_t(k + 4)];
                rc = deliver(text + from, four - from, from, four, true);
            }
            if (rc != SQLITE_OK)
                return rc;
        }
        if (document) {
            const int last = offsets[size_t(count - 1)];
            return deliver(text + last, end - last, last, end, true);
        }
        return SQLITE_OK;
    };

    auto flushSea = [&](int start, int end) -> int {
        icu::BreakIterator *words = wordBreaker();
        icu::BreakIterator *clusters = clusterBreaker();
        if (!words || !clusters) // no ICU data: the whole run is one word, still findable as typed
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

        const SearchTokenizer::Units mode = units.load(std::memory_order_relaxed);
        if (mode == SearchTokenizer::Units::IcuWords) {
            // Before schema 8: the words of ICU's reading only (kept for the benchmarks' comparison).
            words->setText(utf16);
            int32_t from = words->first();
            for (int32_t to = words->next(); to != icu::BreakIterator::DONE; from = to, to = words->next()) {
                if (words->getRuleStatus() == UBRK_WORD_NONE)
                    continue;
                const int a = offsets[size_t(from)];
                const int b = offsets[size_t(to)];
                if (b > a) {
                    if (int rc = deliver(text + a, b - a, a, b, false); rc != SQLITE_OK)
                        return rc;
                }
            }
            return SQLITE_OK;
        }

        // The units are grapheme clusters (a letter with its vowel signs and tone marks, never
        // apart), one position each, its token the cluster and the next. A document marks the
        // clusters a word may begin with ("|ร่") or end with ("อ|", or "|น้ำ|" for a word of one
        // cluster) by tokens at the same place; a query is the phrase of its first cluster
        // marked, the pairs between, and its last cluster marked ("|ร่", "วม", "มมื", "มือ",
        // "อ|"), so it matches only where it begins and ends at word boundaries of some
        // reading (readingBoundaries).
        //
        // Two clusters or more between two boundaries that are a word of the script's
        // dictionary, or a sequence of up to MaxWholeWords of them, are also indexed whole,
        // marked at both ends ("|ร่วมมือ|", at the place of their first cluster), and a query word
        // that is such a sequence is that one token: it matches exactly where the phrase of its
        // clusters would, but FTS5 reads one doclist instead of one per cluster, each as long as
        // the word's (DESIGN.md, "Search").
        const bool whole = mode == SearchTokenizer::Units::ClustersAndWords && (document || wholeQuery);
        const int32_t n = utf16.length();
        clusterEdges.clear();
        isCluster.assign(size_t(n) + 1, 0);
        clusters->setText(utf16);
        for (int32_t at = clusters->first(); at != icu::BreakIterator::DONE; at = clusters->next()) {
            // Extended grapheme clusters leave a few spacing vowel signs apart (Burmese ါ ာ း):
            // a mark always stays with the letter before it.
            if (at > 0 && at < n && (U_GET_GC_MASK(utf16.char32At(at)) & U_GC_M_MASK))
                continue;
            clusterEdges.push_back(at);
            isCluster[size_t(at)] = 1;
        }
        if (document) {
            icuBreaks.clear();
            words->setText(utf16);
            for (int32_t at = words->first(); at != icu::BreakIterator::DONE; at = words->next())
                icuBreaks.push_back(at);
            readingBoundaries(utf16, icuBreaks, isCluster, boundary, whole ? &wholeWords : nullptr);
        }
        size_t nextWhole = 0; // the first of wholeWords not yet delivered
        auto isText = [&](int32_t at) {
            const UChar32 c = utf16.char32At(at);
            return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK);
        };
        const size_t count = clusterEdges.size() - 1;
        for (size_t k = 0; k < count; ++k) {
            const int32_t from = clusterEdges[k];
            const int32_t to = clusterEdges[k + 1];
            if (!isText(from))
                continue;
            const int a = offsets[size_t(from)];
            const int b = offsets[size_t(to)];
            bool begins = false, ends = false;
            if (document) {
                begins = boundary[size_t(from)];
                ends = boundary[size_t(to)];
            } else {
                begins = k == 0 || !isText(clusterEdges[k - 1]);
                ends = k + 1 == count || !isText(to);
                if (whole && k == 0 && !ends) {
                    // The query word runs to the next cluster that is not text, or to the end.
                    size_t last = k + 1;
                    while (last + 1 < count && isText(clusterEdges[last + 1]))
                        ++last;
                    const int32_t wordEnd = clusterEdges[last + 1];
                    if (last + 1 == count && isListedSequence(utf16, isCluster, from, wordEnd)) {
                        const int c = offsets[size_t(wordEnd)];
                        token.assign("|");
                        token.append(text + a, size_t(c - a));
                        token.push_back('|');
                        if (int rc = deliver(token.data(), int(token.size()), a, c, false); rc != SQLITE_OK)
                            return rc;
                        k = last;
                        continue;
                    }
                }
            }
            if (document || (!begins && !ends)) {
                // The plain token of a place is its cluster and the next, when one follows:
                // pairs are far rarer than clusters (า stands in most Thai words), so a
                // phrase of them is found quickly. A query's ends are marked clusters.
                const bool pair = k + 1 < count && isText(to);
                const int c = pair ? offsets[size_t(clusterEdges[k + 2])] : b;
                if (int rc = deliver(text + a, c - a, a, c, false); rc != SQLITE_OK)
                    return rc;
            }
            auto marked = [&](bool before, bool after, bool colocated) {
                token.assign(before ? "|" : "");
                token.append(text + a, size_t(b - a));
                if (after)
                    token.push_back('|');
                return deliver(token.data(), int(token.size()), a, b, colocated);
            };
            int rc = SQLITE_OK;
            if (!document) {
                rc = (begins || ends) ? marked(begins, ends, false) : SQLITE_OK;
            } else {
                if (rc == SQLITE_OK && begins)
                    rc = marked(true, false, true);
                if (rc == SQLITE_OK && ends)
                    rc = marked(false, true, true);
                if (rc == SQLITE_OK && begins && ends)
                    rc = marked(true, true, true);
                while (
                    rc == SQLITE_OK && nextWhole < wholeWords.size() && wholeWords[nextWhole].first <= from) {
                    const auto [start, stop] = wholeWords[nextWhole++];
                    if (start < from)
                        continue; // began on a cluster that is not text (never: words are text)
                    const int c = offsets[size_t(stop)];
                    token.assign("|");
                    token.append(text + a, size_t(c - a));
                    token.push_back('|');
                    rc = deliver(token.data(), int(token.size()), a, c, true);
                }
            }
            if (rc != SQLITE_OK)
                return rc;
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

// A query. Where the text is one run of one script (one word of Thai, Lao, Khmer or Burmese,
// or of Chinese), it may be cut into the longer units the document holds beside its clusters
// and pairs: a word of the dictionary whole, or fours of Chinese characters (tokenizeText's
// `wholeQuery`). Anything longer (a quoted phrase of several words: "ร่วมมือ แม่น้ำ") is the
// phrase of clusters and pairs, whose positions follow one another as the document's do.
template <typename Emit> int tokenizeQuery(const char *text, int length, Emit &&deliver)
{
    const auto *bytes = reinterpret_cast<const uint8_t *>(text);
    // Runs as tokenizeText counts them.
    Kind run = Kind::None;
    int runs = 0;
    for (int i = 0; i < length && runs <= 1;) {
        UChar32 c;
        U8_NEXT(bytes, i, length, c);
        Kind kind = c < 0 ? Kind::None : classify(c);
        if (kind == Kind::Mark)
            kind = run; // a mark belongs to the run it follows, and is nothing alone
        if (kind != run && kind != Kind::None)
            ++runs;
        run = kind;
    }
    return tokenizeText(text, length, false, runs == 1, deliver);
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
    auto send = [&](const char *t, int n, int start, int end, bool colocated) {
        return token(context, colocated ? FTS5_TOKEN_COLOCATED : 0, t, n, start, end);
    };
    if (flags & FTS5_TOKENIZE_QUERY)
        return tokenizeQuery(text, length, send);
    return tokenizeText(text, length, true, false, send);
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
    tokenizeText(text, length, true, false, [&](const char *t, int n, int start, int end, bool) {
        sink(t, n, start, end);
        return SQLITE_OK;
    });
}

void SearchTokenizer::tokenizeDocument(const char *text, int length, const PlacedSink &sink)
{
    if (!text || length <= 0)
        return; // as runTokenizer: FTS5 is given nothing to index
    tokenizeText(text, length, true, false, [&](const char *t, int n, int, int, bool colocated) {
        sink(t, n, colocated);
        return SQLITE_OK;
    });
}

void SearchTokenizer::setUnits(Units kind)
{
    units.store(kind, std::memory_order_relaxed);
}

SearchTokenizer::Units SearchTokenizer::unitsOfSchema(int version)
{
    if (version < 8)
        return Units::IcuWords; // before migration 0008
    if (version < 10)
        return Units::Clusters; // before migration 0010
    return Units::ClustersAndWords;
}

void SearchTokenizer::followSchema(int version)
{
    static std::atomic<bool> followingOlder { false };
    const Units wanted = unitsOfSchema(version);
    if (wanted != Units::ClustersAndWords) {
        units.store(wanted, std::memory_order_relaxed);
        followingOlder.store(true);
    } else if (followingOlder.exchange(false)) {
        units.store(Units::ClustersAndWords, std::memory_order_relaxed);
    }
}

QStringList SearchTokenizer::tokens(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QStringList result;
    tokenizeQuery(utf8.constData(), int(utf8.size()), [&](const char *t, int n, int, int, bool) {
        result.append(QString::fromUtf8(t, n));
        return SQLITE_OK;
    });
    return result;
}

} // namespace rt
