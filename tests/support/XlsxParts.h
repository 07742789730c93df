#pragma once

// Builds XLSX workbooks part by part in tests (QuaZip), so that a test can write what
// libxlsxwriter never does: inline strings, dates as serials in the 1904 system, missing
// sheets, hostile XML.

#include <QBuffer>
#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace rt::test {

using XlsxPart = QPair<QString, QByteArray>;

inline QByteArray zipOf(const QList<XlsxPart> &parts)
{
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        QuaZip zip(&buffer);
        if (!zip.open(QuaZip::mdCreate))
            return {};
        for (const auto &part : parts) {
            QuaZipFile file(&zip);
            if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(part.first)))
                return {};
            file.write(part.second);
            file.close();
        }
        zip.close();
    }
    return bytes;
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
