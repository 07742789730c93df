#include "core/settings/Preferences.h"

#include "core/press/PressReleaseExporter.h"
#include "core/press/PressReleaseGenerator.h"
#include "core/press/PressReleaseTemplates.h"
#include "core/settings/SettingsFile.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QSettings>
#include <QStringList>

#include <memory>

namespace rt {

Preferences Preferences::load()
{
    Preferences preferences;
    const auto store = openSettingsFile();
    const QString paper = store->value(QStringLiteral("print/paperSize")).toString();
    if (paper == QLatin1String("A4") || paper == QLatin1String("Letter"))
        preferences.paperSize = paper;
    preferences.templateName = store->value(QStringLiteral("print/template")).toString().trimmed();
    const QString language = store->value(QStringLiteral("interface/language")).toString();
    if (languages().contains(language))
        preferences.language = language;
    preferences.logoPath = store->value(QStringLiteral("print/logo")).toString();
    const QColor color(store->value(QStringLiteral("print/letterheadColor")).toString());
    if (color.isValid())
        preferences.letterheadColor = color;
    const QColor accent(store->value(QStringLiteral("print/letterheadAccent")).toString());
    if (accent.isValid())
        preferences.letterheadAccent = accent;
    return preferences;
}

void Preferences::save() const
{
    const auto store = openSettingsFile();
    store->setValue(QStringLiteral("print/paperSize"), paperSize);
    store->setValue(QStringLiteral("print/template"), templateName);
    store->setValue(QStringLiteral("interface/language"), language);
    store->setValue(QStringLiteral("print/logo"), logoPath);
    store->setValue(QStringLiteral("print/letterheadColor"), letterheadColor.name());
    store->setValue(QStringLiteral("print/letterheadAccent"), letterheadAccent.name());
}

void Preferences::applyPressDefaults() const
{
    PressReleaseExporter::setDefaultPageSize(
        QPageSize(paperSize == QLatin1String("Letter") ? QPageSize::Letter : QPageSize::A4));
    PressReleaseGenerator::setDefaultTemplate(
        PressReleaseTemplates::names().contains(templateName) ? templateName : QString());
    Letterhead letterhead;
    letterhead.logoPath = logoPath;
    letterhead.color = letterheadColor;
    letterhead.accent = letterheadAccent;
    Letterhead::setCurrent(letterhead);
}

QStringList Preferences::languages()
{
    return { QStringLiteral("en"), QStringLiteral("zh_CN") };
}

} // namespace rt
