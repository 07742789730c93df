#include "cli/Cli.h"

#include "cli/ArchiveCommands.h"
#include "cli/BackupCommands.h"
#include "cli/Command.h"
#include "cli/PressReleaseCommand.h"
#include "cli/ReadReleaseCommand.h"
#include "cli/ReportCommand.h"
#include "cli/SearchCommands.h"
#include "cli/ServerCommands.h"
#include "cli/StatsCommand.h"
#include "cli/TableCommands.h"
#include "core/db/Database.h"
#include "core/safety/Maintenance.h"
#include "core/settings/StartUp.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QStringDecoder>

#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace rt::cli {

namespace {

// Every headless command, in the order --help lists them.
QList<const Command *> commands()
{
    return { &importCommand, &exportCommand, &demoCommand, &checkCommand, &backupCommand, &copyCommand,
        &searchCommand, &reindexCommand, &statsCommand, &restoreCommand, &backupsCommand,
        &pressReleaseCommand, &readReleaseCommand, &reportCommand, &importTableCommand, &importVCardCommand,
        &exportVCardCommand, &exportICalCommand, &serverInitCommand };
}

const Command *findCommand(const QString &name)
{
    for (const Command *command : commands()) {
        if (name == QLatin1String(command->name))
            return command;
    }
    return nullptr;
}

bool isDatabaseOption(const char *arg)
{
    return std::strcmp(arg, "--database") == 0 || std::strcmp(arg, "-d") == 0;
}

// The index in argv of the command's name, or -1.
int commandIndex(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (isDatabaseOption(argv[i])) {
            ++i;
            continue;
        }
        if (argv[i][0] == '-')
            continue;
        return i;
    }
    return -1;
}

QString generalHelp()
{
    QString text
        = Text::tr("Usage: roundtable [--database FILE|ADDRESS] [COMMAND] [ARGUMENTS]\n\n"
                   "Keeps the record of every dialogue an environmental cooperation centre holds, and\n"
                   "prints, publishes and searches it. Without a command, opens the window.\n\nCommands:\n");
    for (const Command *command : commands()) {
        const QString head
            = QStringLiteral("  %1 %2").arg(QLatin1String(command->name), QLatin1String(command->synopsis));
        text += head.leftJustified(34) + QCoreApplication::translate("cli", command->summary)
            + QLatin1Char('\n');
    }
    text += Text::tr("\nOptions:\n"
                     "  -d, --database FILE|ADDRESS       the archive: a file (default: %1), or\n"
                     "                                    postgresql://[user@]host[:port]/database\n"
                     "  -h, --help                        this help; with a command, that command's help\n"
                     "  -v, --version                     the program's version\n\n"
                     "Exit status: 0 success, 1 failure (one line on stderr), 2 usage error.\n")
                .arg(QDir::toNativeSeparators(Maintenance::defaultArchivePath()));
    return text;
}

} // namespace

int Context::fail(const QString &message)
{
    err << "roundtable: " << message << Qt::endl;
    return Failure;
}

bool Context::paperAsked(std::optional<QPageSize> *pageSize)
{
    const bool letter = parser.isSet(QStringLiteral("letter"));
    const bool a4 = parser.isSet(QStringLiteral("a4"));
    if (letter && a4) {
        err << "roundtable: " << Text::tr("choose --letter or --a4, not both") << Qt::endl;
        return false;
    }
    if (letter)
        *pageSize = QPageSize(QPageSize::Letter);
    else if (a4)
        *pageSize = QPageSize(QPageSize::A4);
    return true;
}

void addPaperOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("letter"), Text::tr("US Letter pages, whatever the preference.") });
    parser.addOption({ QStringLiteral("a4"), Text::tr("A4 pages, whatever the preference.") });
}

namespace {

QtMessageHandler previousHandler = nullptr;

void dropFontFallbackNotes(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.trimmed().startsWith(QLatin1String("OpenType support missing for")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

void quietFontFallback()
{
    static bool installed = false;
    if (!installed)
        previousHandler = qInstallMessageHandler(dropFontFallbackNotes);
    installed = true;
}

bool Context::open(Database &database, bool readOnly)
{
    const Database::Mode mode = readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite;
    QString refusal;
    // A device, folder or missing archive for reading is refused before anything (not even a
    // backup folder) is made beside it.
    if (!Database::acceptablePath(databasePath, mode, &refusal)) {
        fail(refusal);
        return false;
    }
    // A server archive: no folder to make, and the server keeps its own files. Its automatic
    // backup follows the opening, which brings it up to this program's version (a backup is an
    // SQLite archive of the current version).
    if (Database::isServerAddress(databasePath)) {
        QString error;
        if (!database.open(databasePath, mode, &error)) {
            fail(error);
            return false;
        }
        // A login that may only read (DESIGN.md, "Who may do what"): a command that writes is
        // refused in one line before it changes anything.
        if (!readOnly && database.isReadOnly()) {
            fail(database.readOnlyNotice());
            return false;
        }
        if (!readOnly) {
            const QString backupWarning = automaticBackup(*this);
            if (!backupWarning.isEmpty())
                err << "roundtable: " << backupWarning << Qt::endl;
        }
        return true;
    }
    if (!readOnly) {
        const QString folder = QFileInfo(databasePath).absolutePath();
        if (databasePath == Maintenance::defaultArchivePath())
            QDir().mkpath(folder);
    }
    // The backup is taken before the archive is opened (and perhaps upgraded), but its
    // warning only matters once the archive turned out to be one.
    const QString backupWarning = readOnly ? QString() : automaticBackup(*this);
    QString error;
    // Only the first write checks the whole file (and not even that when it is unchanged since
    // its last sound check): a question reads no more of the archive than it needs. After a
    // failed backup the file is suspect: checked first, so that damage is what is reported.
    const Database::Check check
        = backupWarning.isEmpty() ? Database::Check::BeforeFirstWrite : Database::Check::Before;
    if (!database.open(databasePath, mode, &error, check)) {
        fail(error);
        return false;
    }
    if (!backupWarning.isEmpty())
        err << "roundtable: " << backupWarning << Qt::endl;
    if (!database.readOnlyNotice().isEmpty())
        err << "roundtable: " << database.readOnlyNotice() << Qt::endl;
    return true;
}

bool wantsCommandLine(int argc, char **argv)
{
    if (commandIndex(argc, argv) >= 0)
        return true;
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        if (!std::strcmp(a, "--help") || !std::strcmp(a, "-h") || !std::strcmp(a, "--version")
            || !std::strcmp(a, "-v") || !std::strcmp(a, "--help-all"))
            return true;
    }
    return false;
}

int run(int argc, char **argv)
{
    // Commands never show a window, but text layout and PDF output need a GUI application.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        // Spare every command Qt's warning about it: a private folder of our own will do.
        const QString runtime = QDir::temp().filePath(QStringLiteral("roundtable-runtime-%1").arg(getuid()));
        if (QDir().mkpath(runtime)
            && QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    }
    QGuiApplication app(argc, argv);
    StartUp::applyPreferences();

    QTextStream out(stdout);
    QTextStream err(stderr);

    // An argument that is not UTF-8 cannot be kept through Qt's strings: a name would silently
    // become another (with U+FFFD in it), a query would look for something else. Refused, not
    // guessed.
    for (int i = 1; i < argc; ++i) {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = utf8.decode(QByteArrayView(argv[i]));
        if (utf8.hasError()) {
            err << "roundtable: "
                << Text::tr(
                       "%1: not valid UTF-8 (Roundtable reads file names, addresses and queries in UTF-8 "
                       "only; a file so named needs renaming)")
                       .arg(decoded)
                << Qt::endl;
            return Failure;
        }
    }

    const int index = commandIndex(argc, argv);
    const QStringList arguments = app.arguments();
    const Command *command = nullptr;
    if (index >= 0) {
        command = findCommand(arguments.at(index));
        if (!command) {
            err << "roundtable: "
                << Text::tr("unknown command \"%1\"; see roundtable --help").arg(arguments.at(index))
                << Qt::endl;
            return UsageError;
        }
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        command ? QCoreApplication::translate("cli", command->summary) : QString());
    const QCommandLineOption databaseOption = StartUp::databaseOption();
    const QCommandLineOption helpOption(
        { QStringLiteral("h"), QStringLiteral("help") }, Text::tr("Show this help."));
    const QCommandLineOption versionOption(
        { QStringLiteral("v"), QStringLiteral("version") }, Text::tr("Show the version."));
    parser.addOption(databaseOption);
    parser.addOption(helpOption);
    parser.addOption(versionOption);
    if (command) {
        parser.addPositionalArgument(
            QStringLiteral("command"), Text::tr("The command."), QLatin1String(command->name));
        if (command->synopsis[0])
            parser.addPositionalArgument(
                QStringLiteral("arguments"), QString(), QLatin1String(command->synopsis));
        if (command->addOptions)
            command->addOptions(parser);
    }
    if (!parser.parse(arguments)) {
        err << "roundtable: " << parser.errorText() << Qt::endl;
        return UsageError;
    }
    if (parser.isSet(versionOption)) {
        out << "roundtable " << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }
    if (parser.isSet(helpOption) || !command) {
        out << (command ? parser.helpText() : generalHelp());
        out.flush();
        return command || parser.isSet(helpOption) ? Success : UsageError;
    }

    QStringList positional = parser.positionalArguments();
    positional.removeFirst(); // the command's name
    if (positional.size() < command->minArguments || positional.size() > command->maxArguments) {
        err << "roundtable: "
            << Text::tr("%1 takes %2; see roundtable %1 --help")
                   .arg(QLatin1String(command->name),
                       command->synopsis[0] ? QLatin1String(command->synopsis) : Text::tr("no arguments"))
            << Qt::endl;
        return UsageError;
    }
    const QString databasePath
        = parser.isSet(databaseOption) ? parser.value(databaseOption) : Maintenance::defaultArchivePath();
    Context context { parser, databasePath, positional, out, err };
    return command->run(context);
}

} // namespace rt::cli
