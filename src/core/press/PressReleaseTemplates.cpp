#include "core/press/PressReleaseTemplates.h"

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

bool PressReleaseTemplates::load(const QString &name, QString *text, QString *error)
{
    // A name is a file name without folders, so a template cannot reach outside its folder.
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
        || name.startsWith(QLatin1Char('.'))) {
        *error
            = QCoreApplication::translate("PressReleaseTemplates", "\"%1\" is not a template name").arg(name);
        return false;
    }
    const QString fileName = name + QStringLiteral(".html");
    for (const QString &folder : { userFolder(), builtInFolder }) {
        QFile file(QDir(folder).filePath(fileName));
        if (!file.exists())
            continue;
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QCoreApplication::translate("PressReleaseTemplates", "cannot read template %1: %2")
                         .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
            return false;
        }
        *text = QString::fromUtf8(file.readAll());
        return true;
    }
    *error = QCoreApplication::translate("PressReleaseTemplates", "no template named \"%1\" (available: %2)")
                 .arg(name, names().join(QStringLiteral(", ")));
    return false;
}

} // namespace rt
