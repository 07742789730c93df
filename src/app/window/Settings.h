#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rt::app {

// Every value the window keeps between runs in QSettings (how it was laid out, which archives
// were open), under one set of keys. The user's preferences, which the command line reads
// too, live in core's Preferences.
class Settings
{
public:
    // Saved layouts: a widget's geometry, a window's toolbars, a splitter or a table header.
    enum class Layout {
        MainWindowGeometry,
        MainWindowState,
        MainWindowSplitter,
        EditorGeometry, // per editor: its objectName
        ListHeader, // per list page: its objectName
        DialogueSpeechesSplitter,
        PreviewSplitter, // per list page: the list beside its preview card
    };
    // What the user switched on or off.
    enum class Switch {
        PreviewVisible, // View → Preview: the card beside each list
    };

    // Empty when nothing was saved. `name` tells apart the editors and lists of one layout.
    static QByteArray layout(Layout layout, const QString &name = {});
    static void setLayout(Layout layout, const QByteArray &state, const QString &name = {});

    static bool isOn(Switch which);
    static void set(Switch which, bool on);

    // The archive opened last (empty if none), and the recently opened ones, newest first.
    static QString lastArchive();
    static QStringList recentArchives();
    // Makes `path` the last archive and puts it first among the recent ones.
    static void rememberArchive(const QString &path);

    static constexpr int MaxRecentArchives = 8;

    // Where a file dialog opens: the folder a file was last chosen in while it is still there,
    // else the user's Documents folder (never the folder the program happened to start in).
    static QString fileFolder();
    // `name` in that folder: what a save dialog suggests.
    static QString inFileFolder(const QString &name);
    // Remembers the folder of a chosen file, or a chosen folder itself; nothing for "" (cancelled).
    static void rememberFileFolder(const QString &chosen, bool isFolder = false);
    // A file name made from an archive's: a file's own name without its suffix, or a server
    // archive's database name.
    static QString archiveFileName(const QString &archivePath);
};

} // namespace rt::app
