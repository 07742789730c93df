#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace rt {

// One phrase of a compiled query, as FTS5 reads it: the query tokens of a word or quoted
// phrase (SearchTokenizer::tokens), the last one a prefix or not, in one column of the index or
// in any. A server archive (ServerSearch) matches and ranks from these, FTS5 from the MATCH text.
struct SearchPhrase
{
    int column = -1; // SearchQuery::Column, or -1: any column
    QStringList tokens;
    bool prefix = false;
};

// The boolean structure of a compiled query, the same as that of its MATCH text: a phrase,
// all of the children, any of them, or the first child without any of the others (FTS5's
// "(a AND b) NOT c NOT d").
struct SearchExpression
{
    enum class Op { Phrase, And, Or, AndNot } op = Op::Phrase;
    int phrase = -1; // Phrase: its index in SearchQuery::phrases()
    std::vector<SearchExpression> children;
};

// Turns what a user typed in the search box (DESIGN.md, "Search") into an FTS5 MATCH
// expression and date bounds, or into a message saying what is wrong. Every word the
// user typed reaches FTS5 only inside a double-quoted FTS5 string, so FTS5 or SQL syntax
// typed in the box is searched as text, never run.
//
//   free words, "quoted phrases", word* (prefix), -word, NOT word, a OR b, ( … )
//   speaker: org: series: city: topic:      words in that part of the dialogue
//   country: (code or English name) format: (in_person, online, hybrid) year: (2022)
//   after:/before: (2022, 2022-11, 2022-11-23) — strictly after/before that period
class SearchQuery
{
public:
    static SearchQuery parse(const QString &text);

    // The columns of the search index, in its order (0002_search.sql), and their weights in the
    // ranking (bm25, 0010_word_search.sql).
    enum Column { Title, Series, Kind, Speakers, Orgs, Topics, City, Body, Facts, ColumnCount };
    static const QStringList &columnNames();
    static double columnWeight(int column);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    // True when nothing at all was asked: every dialogue matches.
    bool isEmpty() const
    {
        return m_match.isEmpty() && m_exclude.isEmpty() && !m_after.isValid() && !m_before.isValid();
    }

    // What to MATCH; empty when the query has no word to look for (only filters).
    QString matchExpression() const { return m_match; }
    // When there is nothing to MATCH: dialogues matching this are left out.
    QString excludeExpression() const { return m_exclude; }
    // The same two as structures over phrases(), numbered as FTS5 numbers the phrases of the
    // MATCH text (left to right, the excluded ones too); null when the expression is empty.
    const SearchExpression *matchTree() const { return m_matchTree.empty() ? nullptr : &m_matchTree.front(); }
    const SearchExpression *excludeTree() const
    {
        return m_excludeTree.empty() ? nullptr : &m_excludeTree.front();
    }
    const QList<SearchPhrase> &matchPhrases() const { return m_matchPhrases; }
    const QList<SearchPhrase> &excludePhrases() const { return m_excludePhrases; }
    // Inclusive bounds on the start date; invalid when not given.
    QDate earliest() const { return m_after; }
    QDate latest() const { return m_before; }

    // The tokens to highlight in what is shown of a hit: those of every word looked for
    // (not of excluded ones), as the tokenizer folds them; prefixes for word*.
    QStringList highlightTokens() const { return m_highlight; }
    QStringList highlightPrefixes() const { return m_prefixes; }

    // Terms that were left out because they hold no letter or digit, e.g. "--".
    QStringList ignored() const { return m_ignored; }

    // Resolves a country given as an ISO code or an English name ("Laos", "Viet Nam");
    // empty when unknown.
    static QString countryCode(const QString &text);
    // Quotes a value for a field (series:"…") so the query language reads it back as one.
    static QString quoted(const QString &value);

private:
    friend class SearchQueryParser;

    QString m_error;
    QString m_match;
    QString m_exclude;
    std::vector<SearchExpression> m_matchTree, m_excludeTree; // one element or none
    QList<SearchPhrase> m_matchPhrases, m_excludePhrases;
    QDate m_after;
    QDate m_before;
    QStringList m_ignored;
    QStringList m_highlight;
    QStringList m_prefixes;
};

} // namespace rt
