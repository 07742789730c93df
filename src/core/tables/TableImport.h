#pragma once

#include "core/interchange/Interchange.h"
#include "core/tables/TableExport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace rt {

class Archive;

// A spreadsheet's rows made into records (people, organisations, contacts or dialogues) and
// imported through the one import path there is: each row becomes a record of a
// `roundtable/1` document, which Interchange imports all or nothing under RecordRules. So a
// row obeys exactly the rules a JSON file and the editors obey; nothing here decides whether
// a record is valid, it only reads cells into fields.
//
// Before anything is written, plan() reads every row and lists every row it cannot take
// (with the reason, in the words of RecordRules) and every row that is already in the
// archive (people by PersonNames' duplicate check, organisations by name or short name,
// contacts by label and organisation or e-mail, dialogues by title and date): duplicates are
// shown and left out, never created twice. A row whose `key` column names a record of the
// archive updates that record, as a JSON import does.
class TableImport
{
    Q_DECLARE_TR_FUNCTIONS(rt::TableImport)

public:
    enum class Kind { People, Organizations, Contacts, Dialogues };
    static QString kindName(Kind kind); // "people", as the command line takes it
    static std::optional<Kind> kindFromName(const QString &name);
    static QString kindLabel(Kind kind); // "People", translated
    static QList<Kind> kinds();

    struct Field
    {
        QString name; // as in the interchange format: "family_name"
        QString label; // translated: "Family name"
    };
    static QList<Field> fields(Kind kind);

    // One field name (or an empty string: the column is not imported) per column.
    using Mapping = QStringList;
    // A mapping guessed from the headers: field names, labels in English and in the interface
    // language, and the words sheets commonly use ("Surname", "E-mail", "Organisation").
    static Mapping proposeMapping(Kind kind, const QStringList &headers);
    // Each header as a field name (any case; spaces for underscores): false, naming the
    // column, when one is no field (the command line without --mapping).
    static bool exactMapping(Kind kind, const QStringList &headers, Mapping *mapping, QString *error);
    // A mapping file: a JSON object of header -> field name. Headers it names must be in the
    // sheet; columns it does not name are left out.
    static bool mappingFromJson(
        Kind kind, const QStringList &headers, const QByteArray &json, Mapping *mapping, QString *error);
    static bool mappingFromFile(
        Kind kind, const QStringList &headers, const QString &path, Mapping *mapping, QString *error);

    // What the user chose last time for a sheet with exactly these headers (empty if never).
    static Mapping rememberedMapping(Kind kind, const QStringList &headers);
    static void rememberMapping(Kind kind, const QStringList &headers, const Mapping &mapping);

    struct RowNote
    {
        int row = 0; // the sheet's row number (the header is row 1)
        QString message;
        bool operator==(const RowNote &) const = default;
    };

    struct Plan
    {
        Kind kind = Kind::People;
        QJsonObject document; // roundtable/1, the rows that will be imported
        QList<int> rows; // the sheet row of each record in the document, in order
        QList<RowNote> problems; // rows that cannot be taken: while any, nothing is imported
        QList<RowNote> duplicates; // rows already in the archive: shown, left out
        int blank = 0; // empty rows, skipped

        int records() const { return int(rows.size()); }
        bool canImport() const { return problems.isEmpty() && !rows.isEmpty(); }
        // "12 rows to import, 2 already in the archive, 1 cannot be taken"
        QString summary() const;
    };

    // Reads the table's rows with the mapping. `progress` (may be empty) is told the rows done
    // and the total, and returns false to cancel: then plan() returns false with
    // cancelledMessage(). `error` is for failures of the whole (a mapping without a required
    // field), not for single rows, which go to plan->problems.
    static bool plan(Archive &archive, Kind kind, const Table &table, const Mapping &mapping, Plan *plan,
        QString *error, const std::function<bool(int done, int total)> &progress = {});
    static QString cancelledMessage();

    // All or nothing, through Interchange; an error names the sheet row.
    // `progress` as Interchange::importJson's: told the records written, false cancels (and
    // nothing is written).
    static bool run(Archive &archive, const Plan &plan, Interchange::Report *report, QString *error,
        const Interchange::Progress &progress = {});
};

} // namespace rt
