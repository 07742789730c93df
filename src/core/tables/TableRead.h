#pragma once

#include "core/tables/TableExport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace rt {

// Reads a spreadsheet back into a Table: the first row is the headers, every later row is
// kept (an empty one too, as an empty list) so that rows[i] is the sheet's row i + 2, the
// number the user sees in the spreadsheet and in every message.
//
// CSV is RFC 4180 as written by Excel, LibreOffice and TableExport: fields quoted with ",
// quotes inside doubled, line breaks inside quotes, CRLF, LF or CR between rows; UTF-8 with
// or without a byte-order mark (UTF-16 with one); the separator is the one of , ; and tab
// that the header row uses most. The apostrophe TableExport puts before a formula-like cell
// is taken off again.
//
// XLSX (a ZIP of XML, read with ZipReader): the workbook's first sheet, its cells as shared
// strings, inline strings, numbers and booleans; a number in a date format becomes the ISO
// date (both the 1900 and the 1904 date systems).
//
// Hostile files are refused with one line naming the row or the ZIP entry and the reason,
// and nothing is returned: every limit below is far beyond a real sheet.
class TableReader
{
    Q_DECLARE_TR_FUNCTIONS(rt::TableReader)

public:
    static constexpr qint64 MaxFileSize = qint64(64) * 1024 * 1024;
    static constexpr qint64 MaxEntrySize = qint64(256) * 1024 * 1024; // one unpacked XML part
    static constexpr int MaxRows = 100000;
    static constexpr int MaxColumns = 256;
    static constexpr int MaxCellLength = 1000000;
    static constexpr int MaxXmlDepth = 64;

    enum class Format { Csv, Xlsx };
    // From the bytes: a ZIP's signature is XLSX, anything else CSV.
    static Format formatOf(const QByteArray &bytes);

    static bool readCsv(const QByteArray &bytes, Table *table, QString *error);
    static bool readXlsx(const QByteArray &bytes, Table *table, QString *error);
    // A regular file of at most MaxFileSize bytes, read by its content's format; errors begin
    // with the path.
    static bool readFile(const QString &path, Table *table, QString *error);
};

} // namespace rt
