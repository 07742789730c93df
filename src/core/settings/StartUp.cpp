#include "core/settings/StartUp.h"

#include "core/safety/Maintenance.h"
#include "core/settings/Translations.h"

#include <QDir>

namespace rt {

Preferences StartUp::applyPreferences()
{
    const Preferences preferences = Preferences::load();
    Translations::install(preferences.language);
    preferences.applyPressDefaults();
    return preferences;
}

QCommandLineOption StartUp::databaseOption()
{
    return QCommandLineOption({ QStringLiteral("d"), QStringLiteral("database") },
        tr("The archive: a file (default: %1), or a PostgreSQL server's database, "
           "postgresql://[user@]host[:port]/database.")
            .arg(QDir::toNativeSeparators(Maintenance::defaultArchivePath())),
        tr("FILE|ADDRESS"));
}

} // namespace rt
