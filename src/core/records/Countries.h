#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace rt {

// The countries a record may name, by ISO 3166-1 code, with their names in the interface
// language: Qt's English names, and for a Chinese interface the table in
// resources/names/countries-zh.txt. What a valid country code looks like stays in
// RecordRules::countryCode; this only turns codes into names and names into codes.
class Countries
{
public:
    struct Country
    {
        QString code; // "CN"
        QString name; // in the interface language: "China", "中国"
    };

    // Every country, named for `interfaceLocale` and sorted by that name.
    static QList<Country> all(const QLocale &interfaceLocale = QLocale());
    // The name of `code` for `interfaceLocale`; empty when the code names no country.
    static QString name(const QString &code, const QLocale &interfaceLocale = QLocale());
    // The code `text` names: a code in any case ("cn"), the English name ("China"), the
    // Chinese name ("中国") or the country's name in its own language ("ไทย"); empty if none.
    static QString codeFor(const QString &text);
};

} // namespace rt
