#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace rt {
class Database;
}

namespace rt::cli {

// The translation context of every message of the command line: Text::tr("...").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rt::cli)
};

enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

// What a command gets to work with: its parsed options and arguments, the archive path,
// and the streams it reports on. A failure is one line on stderr.
struct Context
{
    QCommandLineParser &parser;
    QString databasePath;
    QStringList arguments; // the positional arguments after the command's name
    QTextStream &out;
    QTextStream &err;

    // Prints "roundtable: message" on stderr and returns Failure.
    int fail(const QString &message);
    // Opens the archive; on failure prints why and returns false.
    bool open(Database &database, bool readOnly);
};

// One headless command. Each lives in its own source file and is listed in Cli.cpp.
struct Command
{
    const char *name;
    const char *synopsis; // arguments as shown by --help, e.g. "FILE.json"
    const char *summary; // one line for `roundtable --help`
    int minArguments;
    int maxArguments;
    void (*addOptions)(QCommandLineParser &parser); // may be null
    int (*run)(Context &context);
};

} // namespace rt::cli
