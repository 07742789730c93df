// Spreadsheets, address books and calendars in and out: import-table, export-vcard,
// import-vcard, export-ical.

#include "cli/TableCommands.h"

#include "core/db/Database.h"
#include "core/interchange/ICalendar.h"
#include "core/interchange/VCard.h"
#include "core/records/Archive.h"
#include "core/search/SearchQuery.h"
#include "core/tables/TableImport.h"
#include "core/tables/TableRead.h"

#include <QDir>

namespace rt::cli {

namespace {

// ", 2 left out as already in the archive" after an import's summary; nothing when none was.
QString leftOut(qsizetype duplicates)
{
    if (duplicates == 0)
        return {};
    return Text::tr(", %1 left out as already in the archive").arg(duplicates);
}

void addImportTableOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("kind"),
        Text::tr("What the rows are: people, organisations, contacts or dialogues."), Text::tr("KIND") });
    parser.addOption({ QStringLiteral("mapping"),
        Text::tr("A JSON file of column header to field name; without it, the headers must be the field "
                 "names."),
        Text::tr("FILE") });
    parser.setApplicationDescription(Text::tr(
        "Import the rows of a CSV or XLSX sheet as people, organisations, contacts or dialogues, all "
        "or nothing, under the rules of a JSON import. Rows already in the archive are listed and "
        "left out."));
}

int runImportTable(Context &c)
{
    const QString kindName = c.parser.value(QStringLiteral("kind"));
    const auto kind = TableImport::kindFromName(kindName);
    if (!kind) {
        c.err << "roundtable: "
              << (kindName.isEmpty()
                         ? Text::tr("import-table needs --kind people|organisations|contacts|dialogues")
                         : Text::tr("--kind \"%1\" is none of people, organisations, contacts, "
                                    "dialogues")
                               .arg(kindName))
              << Qt::endl;
        return UsageError;
    }
    const QString file = c.arguments.at(0);
    Table table;
    QString error;
    if (!TableReader::readFile(file, &table, &error))
        return c.fail(error + Text::tr(" (nothing was imported)"));
    TableImport::Mapping mapping;
    if (c.parser.isSet(QStringLiteral("mapping"))) {
        if (!TableImport::mappingFromFile(
                *kind, table.headers, c.parser.value(QStringLiteral("mapping")), &mapping, &error))
            return c.fail(error + Text::tr(" (nothing was imported)"));
    } else if (!TableImport::exactMapping(*kind, table.headers, &mapping, &error)) {
        return c.fail(QStringLiteral("%1: %2").arg(file, error) + Text::tr(" (nothing was imported)"));
    }
    Database db;
    if (!c.open(db, false))
        return Failure;
    Archive archive(db);
    TableImport::Plan plan;
    if (!TableImport::plan(archive, *kind, table, mapping, &plan, &error))
        return c.fail(QStringLiteral("%1: %2").arg(file, error));
    for (const auto &duplicate : std::as_const(plan.duplicates))
        c.out << duplicate.message << Qt::endl;
    if (!plan.problems.isEmpty()) {
        // Every row it cannot take, each on its line, then the one-line verdict.
        for (const auto &problem : std::as_const(plan.problems))
            c.err << file << ": " << problem.message << Qt::endl;
        return c.fail(plan.problems.size() == 1
                ? Text::tr("%1: 1 row cannot be taken; nothing was imported").arg(file)
                : Text::tr("%1: %2 rows cannot be taken; nothing was imported")
                      .arg(file)
                      .arg(plan.problems.size()));
    }
    Interchange::Report report;
    if (!TableImport::run(archive, plan, &report, &error))
        return c.fail(QStringLiteral("%1: %2").arg(file, error) + Text::tr(" (nothing was imported)"));
    c.out << report.summary() << leftOut(plan.duplicates.size()) << Qt::endl;
    return Success;
}

int runExportVCard(Context &c)
{
    Database db;
    if (!c.open(db, true))
        return Failure;
    Archive archive(db);
    QString error;
    int cards = 0;
    if (!VCard::exportFile(archive, c.arguments.at(0), &cards, &error))
        return c.fail(error);
    const QString file = QDir::toNativeSeparators(c.arguments.at(0));
    c.out << (cards == 1 ? Text::tr("1 card written to %1").arg(file)
                         : Text::tr("%1 cards written to %2").arg(cards).arg(file))
          << Qt::endl;
    return Success;
}

int runImportVCard(Context &c)
{
    Database db;
    if (!c.open(db, false))
        return Failure;
    Archive archive(db);
    QString error;
    Interchange::Report report;
    VCard::Plan plan;
    if (!VCard::importFile(archive, c.arguments.at(0), &report, &plan, &error))
        return c.fail(error + Text::tr(" (nothing was imported)"));
    for (const QString &duplicate : std::as_const(plan.duplicates))
        c.out << duplicate << Qt::endl;
    c.out << report.summary() << leftOut(plan.duplicates.size()) << Qt::endl;
    return Success;
}

void addExportICalOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        Text::tr("Write the dialogues as an iCalendar file, one all-day event per dialogue; with QUERY (the "
                 "search language, as roundtable search takes it) only the dialogues it matches."));
}

int runExportICal(Context &c)
{
    const QString query = c.arguments.mid(1).join(QLatin1Char(' '));
    if (!query.trimmed().isEmpty() && !SearchQuery::parse(query).isValid()) {
        c.err << "roundtable: " << SearchQuery::parse(query).error() << Qt::endl;
        return UsageError;
    }
    Database db;
    if (!c.open(db, true))
        return Failure;
    Archive archive(db);
    QString error;
    int events = 0;
    if (!ICalendar::exportFile(archive, c.arguments.at(0), query, &events, &error))
        return c.fail(error);
    const QString file = QDir::toNativeSeparators(c.arguments.at(0));
    c.out << (events == 1 ? Text::tr("1 event written to %1").arg(file)
                          : Text::tr("%1 events written to %2").arg(events).arg(file))
          << Qt::endl;
    return Success;
}

} // namespace

const Command importTableCommand = { "import-table", "FILE",
    QT_TRANSLATE_NOOP("cli", "import a CSV or XLSX sheet (--kind people|organisations|contacts|dialogues)"),
    1, 1, addImportTableOptions, runImportTable };
const Command exportVCardCommand = { "export-vcard", "FILE",
    QT_TRANSLATE_NOOP("cli", "write people and contacts as vCard 4.0 (an address book)"), 1, 1, nullptr,
    runExportVCard };
const Command importVCardCommand = { "import-vcard", "FILE",
    QT_TRANSLATE_NOOP("cli", "import people and contacts from a vCard file (all or nothing)"), 1, 1, nullptr,
    runImportVCard };
const Command exportICalCommand = { "export-ical", "FILE [QUERY]",
    QT_TRANSLATE_NOOP("cli", "write dialogues as iCalendar events (all, or those QUERY matches)"), 1, 1000,
    addExportICalOptions, runExportICal };

} // namespace rt::cli
