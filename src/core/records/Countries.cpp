#include "core/records/Countries.h"

#include <QCollator>
#include <QFile>
#include <QHash>

#include <algorithm>

namespace rt {

namespace {

struct Table
{
    QList<QString> codes; // every two-letter territory code Qt knows
    QHash<QString, QString> english; // code -> English name
    QHash<QString, QString> chinese; // code -> Chinese name (resources/names/countries-zh.txt)
    QHash<QString, QString> byName; // lower-case name in any of the languages -> code
};

const Table &table()
{
    static const Table loaded = [] {
        Table t;
        for (int i = 1; i <= int(QLocale::LastTerritory); ++i) {
            const auto territory = QLocale::Territory(i);
            const QString code = QLocale::territoryToCode(territory);
            if (code.size() != 2 || !code.at(0).isLetter() || t.english.contains(code))
                continue;
            t.codes.append(code);
            const QString name = QLocale::territoryToString(territory);
            t.english.insert(code, name);
            t.byName.insert(name.toCaseFolded(), code);
            // Its own name, in the language of its first locale ("ไทย", "Việt Nam", "中国").
            const QList<QLocale> locales
                = QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, territory);
            for (const QLocale &locale : locales) {
                const QString native = locale.nativeTerritoryName();
                if (!native.isEmpty() && !t.byName.contains(native.toCaseFolded()))
                    t.byName.insert(native.toCaseFolded(), code);
            }
        }
        QFile file(QStringLiteral(":/names/countries-zh.txt"));
        if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
            for (const QString &line : lines) {
                const QStringList parts = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                if (line.startsWith(QLatin1Char('#')) || parts.size() != 2)
                    continue;
                t.chinese.insert(parts.at(0), parts.at(1));
                t.byName.insert(parts.at(1).toCaseFolded(), parts.at(0));
            }
        }
        return t;
    }();
    return loaded;
}

bool isChinese(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese;
}

} // namespace

QString Countries::name(const QString &code, const QLocale &interfaceLocale)
{
    const Table &t = table();
    const QString upper = code.trimmed().toUpper();
    if (isChinese(interfaceLocale) && t.chinese.contains(upper))
        return t.chinese.value(upper);
    return t.english.value(upper);
}

QList<Countries::Country> Countries::all(const QLocale &interfaceLocale)
{
    QList<Country> countries;
    for (const QString &code : table().codes)
        countries.append({ code, name(code, interfaceLocale) });
    QCollator collator(interfaceLocale);
    std::sort(countries.begin(), countries.end(),
        [&collator](const Country &a, const Country &b) { return collator.compare(a.name, b.name) < 0; });
    return countries;
}

QString Countries::codeFor(const QString &text)
{
    const Table &t = table();
    const QString trimmed = text.trimmed();
    if (trimmed.size() == 2 && t.english.contains(trimmed.toUpper()))
        return trimmed.toUpper();
    return t.byName.value(trimmed.toCaseFolded());
}

} // namespace rt
