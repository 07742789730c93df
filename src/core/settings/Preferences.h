#pragma once

#include "core/press/Letterhead.h"

#include <QColor>
#include <QString>
#include <QStringList>

namespace rt {

// The user's choices that are not about backups (those are AutoBackup::Settings): the
// paper and template a new press release starts with, and the interface language. Kept in
// the program's settings file (QSettings, groups "print" and "interface"), shared by the
// window and the command line.
struct Preferences
{
    QString paperSize = QStringLiteral("A4"); // "A4" or "Letter"
    QString templateName; // empty: the built-in template
    QString language; // empty: the system's; "en" or "zh_CN"
    // The letterhead of press releases (Letterhead): a logo file, empty for none, and colours.
    QString logoPath;
    QColor letterheadColor = Letterhead().color;
    QColor letterheadAccent = Letterhead().accent;

    // From the settings file, defaults where unset or not one of the known values.
    static Preferences load();
    void save() const;

    // Makes the paper size, template and letterhead the defaults of every press release the program
    // writes from now on (PressReleaseExporter, PressReleaseGenerator); a template that no
    // longer exists leaves the built-in one. Called once at start-up by the window and the
    // command line; tests, which never call it, keep A4 and the built-in template.
    void applyPressDefaults() const;

    // The interface languages offered besides the system's, as locale names.
    static QStringList languages();
};

} // namespace rt
