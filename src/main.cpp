// roundtable: with a command, runs it headless; without one, opens the window.

#include "app/window/App.h"
#include "cli/Cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("roundtable"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ROUNDTABLE_VERSION));
    QCoreApplication::setOrganizationDomain(QStringLiteral("lmec.org.cn"));
    if (rt::cli::wantsCommandLine(argc, argv))
        return rt::cli::run(argc, argv);
    return rt::app::run(argc, argv);
}
