#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QPageSize>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

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
    // The paper asked for with --letter or --a4 (addPaperOptions): false, with the usage
    // error printed, when both are given; `pageSize` stays unset when neither is.
    bool paperAsked(std::optional<QPageSize> *pageSize);
};

// --letter and --a4, for the commands that write pages (press-release, report).
void addPaperOptions(QCommandLineParser &parser);

// From now on, Qt's "OpenType support missing for <family>, script N" notes are dropped: Qt
// says so each time its font fallback tries a family of the body's list on a script that
// family lacks (Khmer before it reaches Noto Sans Khmer). Harmless, and the command's stderr
// is for the user.
void quietFontFallback();

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
