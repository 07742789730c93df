#pragma once

#include <QSettings>
#include <QString>

#include <memory>

namespace rt {

// The program's own settings file (QSettings by organisation and application name), opened
// in `group` when one is given. A program that named no organisation (a test) still gets a
// file of its own, not Qt's "Unknown Organization". Every part of core that keeps a setting
// opens it here: Preferences, AutoBackup::Settings, Database's note of sound checks.
std::unique_ptr<QSettings> openSettingsFile(const QString &group = QString());

} // namespace rt
