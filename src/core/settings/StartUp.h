#pragma once

#include "core/settings/Preferences.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace rt {

// What the window and the command line both do as they start: the same preferences put in
// force, the same --database option.
class StartUp
{
    Q_DECLARE_TR_FUNCTIONS(rt::StartUp)

public:
    // Loads the user's Preferences and puts them in force: the interface language
    // (Translations::install) and the press-release defaults (applyPressDefaults). Needs the
    // application object.
    static Preferences applyPreferences();

    // -d, --database FILE: the archive, described with the default one's path
    // (Maintenance::defaultArchivePath), which is used when the option is not given.
    static QCommandLineOption databaseOption();
};

} // namespace rt
