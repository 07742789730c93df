#pragma once

// Builds XLSX workbooks part by part in tests, so that a test can write what libxlsxwriter
// never does: inline strings, dates as serials in the 1904 system, missing sheets, hostile
// XML. The ZIP is written here, entries stored (method 0) with their CRC from zlib, so that
// the reader is checked against a writer other than the one it reads most (libxlsxwriter's
// deflated entries are read in tst_tableimport::xlsxFromTableExport).

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <zlib.h>

namespace rt::test {

using XlsxPart = QPair<QString, QByteArray>;

inline void putLittleEndian(QByteArray &out, quint32 value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.append(char((value >> (8 * i)) & 0xFF));
}

inline QByteArray zipOf(const QList<XlsxPart> &parts)
{
    QByteArray out, directory;
    for (const auto &part : parts) {
        const QByteArray name = part.first.toUtf8();
        const quint32 crc
            = crc32(0, reinterpret_cast<const Bytef *>(part.second.constData()), uInt(part.second.size()));
        const quint32 offset = quint32(out.size());
        const auto common = [&](QByteArray &to) {
            putLittleEndian(to, 20, 2); // version needed
            putLittleEndian(to, 0, 2); // flags
            putLittleEndian(to, 0, 2); // stored
            putLittleEndian(to, 0, 4); // time and date
            putLittleEndian(to, crc, 4);
            putLittleEndian(to, quint32(part.second.size()), 4);
            putLittleEndian(to, quint32(part.second.size()), 4);
            putLittleEndian(to, quint32(name.size()), 2);
            putLittleEndian(to, 0, 2); // extra
        };
        putLittleEndian(out, 0x04034b50u, 4);
        common(out);
        out += name;
        out += part.second;
        putLittleEndian(directory, 0x02014b50u, 4);
        putLittleEndian(directory, 20, 2); // version made by
        common(directory);
        putLittleEndian(directory, 0, 2); // comment
        putLittleEndian(directory, 0, 2); // disk
        putLittleEndian(directory, 0, 2); // internal attributes
        putLittleEndian(directory, 0, 4); // external attributes
        putLittleEndian(directory, offset, 4);
        directory += name;
    }
    const quint32 directoryOffset = quint32(out.size());
    out += directory;
    putLittleEndian(out, 0x06054b50u, 4);
    putLittleEndian(out, 0, 4); // disks
    putLittleEndian(out, quint32(parts.size()), 2);
    putLittleEndian(out, quint32(parts.size()), 2);
    putLittleEndian(out, quint32(directory.size()), 4);
    putLittleEndian(out, directoryOffset, 4);
    putLittleEndian(out, 0, 2); // comment
    return out;
}

inline QByteArray workbookPart(bool date1904 = false)
{
    return QByteArrayLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
               "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
               "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
        + (date1904 ? QByteArrayLiteral("<workbookPr date1904=\"1\"/>") : QByteArray())
        + QByteArrayLiteral(
            "<sheets><sheet name=\"People\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
}

inline QByteArray relationshipsPart()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
        "Target=\"worksheets/sheet1.xml\"/></Relationships>");
}

// A sheet part from the <sheetData> rows' XML.
inline QByteArray sheetPart(const QByteArray &rows)
{
    return QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                             "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                             "<sheetData>")
        + rows + QByteArrayLiteral("</sheetData></worksheet>");
}

// Style 0 is general, style 1 a date (built-in format 14).
inline QByteArray stylesPart()
{
    return QByteArrayLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>");
}

inline QByteArray workbook(const QByteArray &rows, const QByteArray &shared = {}, bool date1904 = false)
{
    QList<XlsxPart> parts = { { QStringLiteral("xl/workbook.xml"), workbookPart(date1904) },
        { QStringLiteral("xl/_rels/workbook.xml.rels"), relationshipsPart() },
        { QStringLiteral("xl/styles.xml"), stylesPart() },
        { QStringLiteral("xl/worksheets/sheet1.xml"), sheetPart(rows) } };
    if (!shared.isEmpty())
        parts.append({ QStringLiteral("xl/sharedStrings.xml"),
            QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                              "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">")
                + shared + QByteArrayLiteral("</sst>") });
    return zipOf(parts);
}

} // namespace rt::test
