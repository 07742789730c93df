#include "core/press/PressReleaseTemplates.h"

#include "core/press/Letterhead.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace rt {

namespace {

const QString builtInFolder = QStringLiteral(":/templates");

QStringList templateNames(const QString &folder)
{
    QStringList names;
    const QStringList files = QDir(folder).entryList({ QStringLiteral("*.html") }, QDir::Files, QDir::Name);
    for (const QString &file : files)
        names.append(QFileInfo(file).completeBaseName());
    return names;
}

} // namespace

QString PressReleaseTemplates::userFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("templates"));
}

QStringList PressReleaseTemplates::names()
{
    QStringList names = templateNames(builtInFolder);
    for (const QString &name : templateNames(userFolder())) {
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

bool PressReleaseTemplates::load(const QString &name, QString *text, QString *error, QString *folder)
{
    // A name is a file name without folders, so a template cannot reach outside its folder.
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
        || name.startsWith(QLatin1Char('.'))) {
        *error
            = QCoreApplication::translate("PressReleaseTemplates", "\"%1\" is not a template name").arg(name);
        return false;
    }
    const QString fileName = name + QStringLiteral(".html");
    for (const QString &place : { userFolder(), builtInFolder }) {
        QFile file(QDir(place).filePath(fileName));
        if (!file.exists())
            continue;
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("PressReleaseTemplates", "cannot read template %1: %2")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
            return false;
        }
        *text = QString::fromUtf8(file.readAll());
        if (folder)
            *folder = QFileInfo(file.fileName()).absolutePath();
        return true;
    }
    *error = QCoreApplication::translate("PressReleaseTemplates", "no template named \"%1\" (available: %2)")
                 .arg(name, names().join(QStringLiteral(", ")));
    return false;
}

bool PressReleaseTemplates::loadWithLetterhead(
    const QString &name, QString *text, QVariantHash *letterhead, QString *error)
{
    QString folder;
    if (!load(name, text, error, &folder))
        return false;
    if (!Letterhead::templateContext(*text, folder, letterhead, error)) {
        *error = QCoreApplication::translate("PressReleaseTemplates", "template %1: %2").arg(name, *error);
        return false;
    }
    return true;
}

} // namespace rt
