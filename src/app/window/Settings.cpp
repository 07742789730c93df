#include "app/window/Settings.h"

#include "core/db/Database.h"
#include "core/db/ServerAddress.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace rt::app {

namespace {

const QString LastArchiveKey = QStringLiteral("archive/last");
const QString RecentArchivesKey = QStringLiteral("archive/recent");
const QString FileFolderKey = QStringLiteral("files/lastFolder");

QString layoutKey(Settings::Layout layout, const QString &name)
{
    switch (layout) {
    case Settings::Layout::MainWindowGeometry:
        return QStringLiteral("mainWindow/geometry");
    case Settings::Layout::MainWindowState:
        return QStringLiteral("mainWindow/state");
    case Settings::Layout::MainWindowSplitter:
        return QStringLiteral("mainWindow/splitter");
    case Settings::Layout::EditorGeometry:
        return QStringLiteral("editors/%1/geometry").arg(name);
    case Settings::Layout::ListHeader:
        return QStringLiteral("lists/%1/header").arg(name);
    case Settings::Layout::DialogueSpeechesSplitter:
        return QStringLiteral("editors/dialogueEditor/speechesSplitter");
    case Settings::Layout::PreviewSplitter:
        return QStringLiteral("lists/%1/previewSplitter").arg(name);
    }
    return {};
}

struct SwitchKey
{
    QString key;
    bool byDefault;
};

SwitchKey switchKey(Settings::Switch which)
{
    switch (which) {
    case Settings::Switch::PreviewVisible:
        return { QStringLiteral("mainWindow/previewVisible"), true };
    }
    return {};
}

} // namespace

QByteArray Settings::layout(Layout layout, const QString &name)
{
    return QSettings().value(layoutKey(layout, name)).toByteArray();
}

void Settings::setLayout(Layout layout, const QByteArray &state, const QString &name)
{
    QSettings().setValue(layoutKey(layout, name), state);
}

bool Settings::isOn(Switch which)
{
    const SwitchKey key = switchKey(which);
    return QSettings().value(key.key, key.byDefault).toBool();
}

void Settings::set(Switch which, bool on)
{
    QSettings().setValue(switchKey(which).key, on);
}

QString Settings::lastArchive()
{
    return QSettings().value(LastArchiveKey).toString();
}

QStringList Settings::recentArchives()
{
    return QSettings().value(RecentArchivesKey).toStringList();
}

void Settings::rememberArchive(const QString &path)
{
    QSettings settings;
    // A server address is kept as it is (it never holds a password: ServerAddress refuses one).
    const QString absolute = Database::isServerAddress(path) ? path : QFileInfo(path).absoluteFilePath();
    settings.setValue(LastArchiveKey, absolute);
    QStringList recent = settings.value(RecentArchivesKey).toStringList();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > MaxRecentArchives)
        recent.removeLast();
    settings.setValue(RecentArchivesKey, recent);
}

QString Settings::fileFolder()
{
    const QString last = QSettings().value(FileFolderKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

QString Settings::inFileFolder(const QString &name)
{
    return QDir(fileFolder()).filePath(name);
}

void Settings::rememberFileFolder(const QString &chosen, bool isFolder)
{
    if (chosen.isEmpty())
        return;
    const QFileInfo info(chosen);
    QSettings().setValue(FileFolderKey, isFolder ? info.absoluteFilePath() : info.absolutePath());
}

QString Settings::archiveFileName(const QString &archivePath)
{
    if (Database::isServerAddress(archivePath)) {
        QString error;
        const std::optional<ServerAddress> address = ServerAddress::parse(archivePath, &error);
        return address && !address->database.isEmpty() ? address->database : QStringLiteral("archive");
    }
    const QString name = QFileInfo(archivePath).completeBaseName();
    return name.isEmpty() ? QStringLiteral("archive") : name;
}

} // namespace rt::app
