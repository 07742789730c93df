// The report command: the annual report (core's AnnualReport) of a year or a query, as PDF.

#include "cli/ReportCommand.h"

#include "core/db/Database.h"
#include "core/press/PressReleaseExporter.h"
#include "core/report/AnnualReport.h"

#include <QDir>

namespace rt::cli {

namespace {

void addOptions(QCommandLineParser &parser)
{
    parser.addOption({ { QStringLiteral("o"), QStringLiteral("output") }, Text::tr("The PDF file to write."),
        Text::tr("FILE") });
    parser.addOption({ { QStringLiteral("q"), QStringLiteral("query") },
        Text::tr("Report on the dialogues a search matches instead of a year, e.g. \"org:UNEP year:2022\"."),
        Text::tr("QUERY") });
    parser.addOption({ QStringLiteral("title"),
        Text::tr("The title on the cover (default: Annual Report YEAR)."), Text::tr("TITLE") });
    addPaperOptions(parser);
}

int usage(Context &c, const QString &message)
{
    c.err << "roundtable: " << message << Qt::endl;
    return UsageError;
}

int run(Context &c)
{
    const QString output = c.parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return usage(c, Text::tr("report needs --output FILE.pdf"));
    const bool query = c.parser.isSet(QStringLiteral("query"));
    if (query == !c.arguments.isEmpty())
        return usage(c, Text::tr("report needs a YEAR or --query QUERY (one of them)"));
    std::optional<QPageSize> pageSize;
    if (!c.paperAsked(&pageSize))
        return UsageError;
    AnnualReport::Request request;
    QString error;
    if (query) {
        request.query = c.parser.value(QStringLiteral("query")).trimmed();
        if (request.query.isEmpty())
            return usage(c, Text::tr("--query needs a search, e.g. --query \"org:UNEP\""));
    } else if (!AnnualReport::parseYear(c.arguments.first(), &request.year, &error)) {
        return usage(c, error);
    }
    request.title = c.parser.value(QStringLiteral("title"));
    if (pageSize)
        PressReleaseExporter::setDefaultPageSize(*pageSize);

    quietFontFallback();
    // A question, like stats: read-only, never creates an archive.
    Database db;
    if (!c.open(db, true))
        return Failure;
    AnnualReport report(db);
    if (!report.write(request, output, db.path(), &error))
        return c.fail(error);
    c.out << Text::tr("%1 written: %2, %3")
                 .arg(QDir::toNativeSeparators(output),
                     Text::tr("%n dialogue(s)", nullptr, int(report.figures().dialogues)),
                     Text::tr("%n page(s)", nullptr, report.pageCount()))
          << Qt::endl;
    return Success;
}

} // namespace

const Command reportCommand = { "report", "[YEAR]",
    QT_TRANSLATE_NOOP(
        "cli", "write the annual report of YEAR (or --query QUERY) as a PDF booklet (--output FILE)"),
    0, 1, addOptions, run };

} // namespace rt::cli
