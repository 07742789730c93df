#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace rt {

// Puts the interface in the user's language: Roundtable's own translation (built from
// resources/translations/*.ts into the :/i18n resource, or an installed copy in
// share/roundtable/translations) and Qt's (qtbase_*.qm) for the standard dialogs and
// buttons. Called once, after the application object exists and before any text is shown.
class Translations
{
public:
    // `language` is a Preferences::language value: empty follows the system's locale, "en"
    // keeps the English source text. Returns the locale whose translation was installed, or
    // an English one when none was (English needs none).
    static QLocale install(const QString &language);

    // The interface language `language` (a Preferences::language value; empty: the system's)
    // resolves to, as install() would choose it: "zh_CN", or "en" when no catalogue of the
    // program speaks it.
    static QString resolve(const QString &language);

    // The language of a record's text that goes with the interface in `locale` (by default the
    // one install() put in force), as a tag of Language::all(): "zh" for a Chinese interface,
    // "en" for English or for a language records are not kept in.
    static QString recordLanguage(const QLocale &locale = QLocale());

    // Where the compiled translations are looked for, in order.
    static QStringList searchPaths();
};

} // namespace rt
