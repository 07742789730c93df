#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace rt {

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
    QDate m_after;
    QDate m_before;
    QStringList m_ignored;
    QStringList m_highlight;
    QStringList m_prefixes;
};

} // namespace rt
