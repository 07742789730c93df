#include "App.h"

#include "MainWindow.h"
#include "Maintenance.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

namespace rt::app {

int run(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption databaseOption({QStringLiteral("d"), QStringLiteral("database")},
                                            QApplication::translate("App", "The archive to open."),
                                            QApplication::translate("App", "FILE"));
    parser.addOption(databaseOption);
    parser.parse(app.arguments()); // unknown options are Qt's own (-platform, -style): ignore them

    QString path = parser.value(databaseOption);
    if (path.isEmpty()) {
        path = Maintenance::defaultArchivePath();
        QDir().mkpath(QFileInfo(path).absolutePath());
    }
    MainWindow window;
    window.show();
    window.openArchive(path);
    return app.exec();
}

} // namespace rt::app
