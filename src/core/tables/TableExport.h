#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace rt {

// A list as the user sees it: the headers of the columns shown and each row's cells, as
// shown, in the order shown. The window collects it from a view; this writes it out.
struct Table
{
    QString name; // the sheet's name in a workbook ("Dialogues")
    QStringList headers;
    QList<QStringList> rows;
};

// Writes a Table as CSV or XLSX, through OutputFile (atomic, never onto the archive).
//
// CSV is RFC 4180: fields separated by commas, records ended by CRLF, a field quoted when it
// holds a comma, a quote, CR or LF, quotes inside doubled; UTF-8 with a byte-order mark,
// because Excel reads a CSV without one in the system's ANSI code page and turns Chinese
// into mojibake (LibreOffice, Python's utf-8-sig and Numbers skip the mark). A cell that
// begins with = + - @ or a tab or CR would be taken for a formula by a spreadsheet (CSV
// injection): it is written with a leading apostrophe, which spreadsheets show as text.
//
// XLSX (libxlsxwriter) writes every cell as a string, so nothing in it is ever a formula,
// and no cell needs the apostrophe; a cell that is a plain whole number (the counts) is
// written as a number, so it sorts and sums. The header row is bold and frozen.
class TableExport
{
    Q_DECLARE_TR_FUNCTIONS(rt::TableExport)

public:
    enum class Format { Csv, Xlsx };

    // From a file name's suffix (.csv, .xlsx); Csv for anything else.
    static Format formatOf(const QString &path);
    static QByteArray csv(const Table &table);
    // One CSV field as written (quoted and guarded as above).
    static QString csvField(const QString &cell);
    // The workbook's bytes; false with a message when libxlsxwriter fails.
    static bool xlsx(const Table &table, QByteArray *bytes, QString *error);
    // The table as HTML for printing: a heading, then the columns with a header row that
    // repeats on every page.
    static QString html(const Table &table, const QString &heading);
    // Writes `table` to `path` in `format`; refused when `path` is one of `archive`'s files.
    static bool write(
        const Table &table, const QString &path, Format format, const QString &archive, QString *error);

    static constexpr int MaxCellLength = 32767; // Excel's limit; longer text is cut there
};

} // namespace rt
