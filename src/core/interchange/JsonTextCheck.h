#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace rt {

// Checks the raw text of a JSON file for what QJsonDocument accepts silently or cannot
// survive: duplicate keys (it keeps one), invalid UTF-8 and lone surrogates (it replaces or
// merges them), control characters, nesting deeper than the format ever needs, and strings
// longer than any real record field. One pass over the bytes with an explicit stack, never
// recursion, so the depth of the input cannot exhaust the call stack. Syntax errors are left
// to QJsonDocument, which reports them with their line and column.
class JsonTextCheck
{
    Q_DECLARE_TR_FUNCTIONS(rt::JsonTextCheck)

public:
    // roundtable/1 is five levels deep (file, list, record, list, item); room to spare.
    static constexpr int MaxDepth = 16;
    // Characters (code points) in one string; a 500-page report fits.
    static constexpr qsizetype MaxStringLength = 1'000'000;

    // Returns an empty string when the text passes, else one line: "json.path: problem".
    static QString check(const QByteArray &json);
};

} // namespace rt
