#include "app/window/App.h"

#include "app/editors/DialogueEditor.h"
#include "app/lists/ListPage.h"
#include "app/preferences/PreferencesDialog.h"
#include "app/window/MainWindow.h"
#include "app/window/Settings.h"
#include "core/safety/Maintenance.h"
#include "core/settings/StartUp.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

namespace rt::app {

namespace {

// Writes PNGs of the main window and the dialogue editor into `dir`, then quits: the
// README's screenshots, made by scripts/screenshots on the demo archive.
void takeScreenshots(MainWindow *window, const QString &dir)
{
    QDir().mkpath(dir);
    window->resize(1280, 720);
    QTimer::singleShot(300, window, [window, dir] {
        if (ListPage *page = window->listPage(MainWindow::RecordKind::Dialogue))
            page->view()->setCurrentIndex(page->view()->model()->index(0, 0));
        window->grab().save(QDir(dir).filePath(QStringLiteral("main-window.png")));
        auto *editor = qobject_cast<DialogueEditor *>(window->openDialogue(window->currentDialogueId()));
        if (!editor) {
            QCoreApplication::exit(1);
            return;
        }
        editor->resize(1000, 700);
        QTimer::singleShot(300, editor, [window, editor, dir] {
            auto *tabs = editor->findChild<QTabWidget *>(QStringLiteral("sectionsTabWidget"));
            editor->grab().save(QDir(dir).filePath(QStringLiteral("dialogue-editor.png")));
            tabs->setCurrentIndex(2);
            editor->selectSpeech(1);
            QTimer::singleShot(200, editor, [window, editor, dir, tabs] {
                editor->grab().save(QDir(dir).filePath(QStringLiteral("dialogue-editor-speeches.png")));
                tabs->setCurrentIndex(1);
                QTimer::singleShot(200, editor, [window, editor, dir] {
                    editor->grab().save(
                        QDir(dir).filePath(QStringLiteral("dialogue-editor-organisations.png")));
                    window->showPage(QStringLiteral("peoplePage"));
                    QTimer::singleShot(200, window, [window, dir] {
                        window->grab().save(QDir(dir).filePath(QStringLiteral("people.png")));
                        auto *preferences = new PreferencesDialog(window);
                        preferences->show();
                        QTimer::singleShot(200, preferences, [preferences, dir] {
                            preferences->grab().save(QDir(dir).filePath(QStringLiteral("preferences.png")));
                            QCoreApplication::exit(0);
                        });
                    });
                });
            });
        });
    });
}

} // namespace

QIcon applicationIcon()
{
    QIcon icon;
    for (int size : { 16, 32, 48, 64, 128, 256 })
        icon.addFile(QStringLiteral(":/icons/hicolor/%1x%1/apps/cn.org.lmec.Roundtable.png").arg(size),
            QSize(size, size));
    return icon;
}

int run(int argc, char **argv)
{
    QApplication app(argc, argv);
    StartUp::applyPreferences();
    QApplication::setWindowIcon(applicationIcon());
    // Wayland compositors and task bars match the window to the desktop entry by this name.
    QGuiApplication::setDesktopFileName(QStringLiteral("cn.org.lmec.Roundtable"));
    QApplication::setApplicationDisplayName(QApplication::translate("App", "Roundtable"));
    if (QIcon::themeName().isEmpty() || QIcon::themeName() == QLatin1String("hicolor"))
        QIcon::setThemeName(QStringLiteral("Adwaita"));
    QCommandLineParser parser;
    const QCommandLineOption databaseOption = StartUp::databaseOption();
    QCommandLineOption screenshotsOption(QStringLiteral("screenshots"),
        QApplication::translate("App", "Write screenshots into DIR and quit."),
        QApplication::translate("App", "DIR"));
    screenshotsOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(databaseOption);
    parser.addOption(screenshotsOption);
    parser.parse(app.arguments()); // unknown options are Qt's own (-platform, -style): ignore them

    const QString screenshots = parser.value(screenshotsOption);
    QString path = parser.value(databaseOption);
    if (path.isEmpty() && screenshots.isEmpty()) {
        // The archive used last, if it is still there.
        const QString last = Settings::lastArchive();
        if (!last.isEmpty() && QFileInfo::exists(last))
            path = last;
    }
    if (path.isEmpty()) {
        path = Maintenance::defaultArchivePath();
        QDir().mkpath(QFileInfo(path).absolutePath());
    }
    MainWindow window;
    window.show();
    if (!window.openArchive(path) && !screenshots.isEmpty())
        return 1;
    if (!screenshots.isEmpty())
        takeScreenshots(&window, screenshots);
    return app.exec();
}

} // namespace rt::app
