#include "core/tables/TableRead.h"

#include "core/safety/InputFile.h"
#include "core/tables/ZipReader.h"

#include <QDate>
#include <QHash>
#include <QStringDecoder>
#include <QXmlStreamReader>

#include <cmath>

namespace rt {

namespace {

bool isBlank(const QStringList &row)
{
    for (const QString &cell : row) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

// TableExport guards a formula-like cell with an apostrophe; the apostrophe is not the data.
QString unguarded(const QString &cell)
{
    if (cell.size() >= 2 && cell.at(0) == QLatin1Char('\'')) {
        const QChar c = cell.at(1);
        if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
            || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
            return cell.mid(1);
    }
    return cell;
}

// Splits rows into the header and the rest, dropping trailing blank rows.
bool finish(QList<QStringList> rows, Table *table, QString *error)
{
    while (!rows.isEmpty() && isBlank(rows.constLast()))
        rows.removeLast();
    if (rows.isEmpty() || isBlank(rows.constFirst())) {
        *error = TableReader::tr("row 1: the first row must hold the column headers, and it is empty");
        return false;
    }
    table->headers = rows.takeFirst();
    for (QString &header : table->headers)
        header = header.trimmed();
    table->rows = std::move(rows);
    return true;
}

QChar guessSeparator(const QString &text)
{
    int counts[3] = { 0, 0, 0 };
    const QChar candidates[3] = { QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t') };
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted) {
            for (int i = 0; i < 3; ++i) {
                if (c == candidates[i])
                    ++counts[i];
            }
        }
    }
    int best = 0;
    for (int i = 1; i < 3; ++i) {
        if (counts[i] > counts[best])
            best = i;
    }
    return candidates[best];
}

} // namespace

TableReader::Format TableReader::formatOf(const QByteArray &bytes)
{
    return bytes.startsWith(QByteArrayLiteral("PK\x03\x04")) ? Format::Xlsx : Format::Csv;
}

bool TableReader::readCsv(const QByteArray &bytes, Table *table, QString *error)
{
    QString text;
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(
            bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE);
        text = decoder.decode(bytes.mid(2));
        if (decoder.hasError()) {
            *error = tr("not valid UTF-16 text");
            return false;
        }
    } else {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = decoder.decode(bytes);
        if (decoder.hasError()) {
            // The row of the first bad byte, for the user to find it.
            int row = 1;
            QStringDecoder probe(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString decoded = probe.decode(bytes);
            for (const QChar c : decoded) {
                if (c == QChar::ReplacementCharacter)
                    break;
                if (c == QLatin1Char('\n'))
                    ++row;
            }
            *error = tr("line %1: the text is not UTF-8; save the sheet as \"CSV UTF-8\" and try again")
                         .arg(row);
            return false;
        }
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
    }

    const QChar separator = guessSeparator(text);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false; // inside a quoted field
    bool wasQuoted = false; // the current field was quoted and has closed
    int quoteRow = 0;
    auto endField = [&]() -> bool {
        if (field.size() > MaxCellLength) {
            *error
                = tr("row %1: a cell is longer than %2 characters").arg(rows.size() + 1).arg(MaxCellLength);
            return false;
        }
        row.append(unguarded(field)); // TableExport guards first, then quotes
        field.clear();
        wasQuoted = false;
        if (row.size() > MaxColumns) {
            *error = tr("row %1: more than %2 columns").arg(rows.size() + 1).arg(MaxColumns);
            return false;
        }
        return true;
    };
    auto endRow = [&]() -> bool {
        if (!endField())
            return false;
        rows.append(isBlank(row) ? QStringList() : row);
        row.clear();
        if (rows.size() > MaxRows + 1) {
            *error = tr("more than %1 rows; split the sheet").arg(MaxRows);
            return false;
        }
        return true;
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                    wasQuoted = true;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == separator) {
            if (!endField())
                return false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            if (!endRow())
                return false;
        } else if (wasQuoted) {
            *error = tr("row %1: text after the closing quote of a cell (a quote inside a quoted cell is "
                        "written twice: \"\")")
                         .arg(rows.size() + 1);
            return false;
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
            quoteRow = rows.size() + 1;
        } else {
            field += c;
        }
    }
    if (quoted) {
        *error = tr("row %1: a quote opened in this row is never closed").arg(quoteRow);
        return false;
    }
    if (!field.isEmpty() || wasQuoted || !row.isEmpty()) {
        if (!endRow())
            return false;
    }
    return finish(std::move(rows), table, error);
}

namespace {

// One unpacked part of the workbook, as text, or false with the reason.
class Workbook
{
    Q_DECLARE_TR_FUNCTIONS(rt::TableReader)

public:
    explicit Workbook(const QByteArray &bytes)
        : m_zip(bytes)
    {
    }

    bool open(QString *error)
    {
        if (m_zip.open(error))
            return true;
        *error = TableReader::tr("not an XLSX workbook: %1").arg(*error);
        return false;
    }
    bool has(const QString &entry) const { return m_zip.contains(entry); }

    bool read(const QString &entry, QByteArray *bytes, QString *error)
    {
        if (!m_zip.read(entry, TableReader::MaxEntrySize, bytes, error))
            return false;
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = utf8.decode(*bytes); // decode() is lazy: only a QString decodes
        if (utf8.hasError()) {
            *error = tr("%1: the XML is not valid UTF-8").arg(entry);
            return false;
        }
        return true;
    }

private:
    ZipReader m_zip;
};

// Walks an XML part with the checks every part gets: no DTD, a bounded depth, well-formed.
class XmlWalk
{
    Q_DECLARE_TR_FUNCTIONS(rt::TableReader)

public:
    XmlWalk(const QByteArray &bytes, const QString &entry)
        : m_xml(bytes)
        , m_entry(entry)
    {
    }

    // The next start or end element; false at the end or on an error (see failed()).
    bool next()
    {
        if (!m_error.isEmpty())
            return false;
        while (!m_xml.atEnd()) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::DTD) {
                m_error = where() + tr("a document type declaration is not allowed in a workbook");
                return false;
            }
            if (token == QXmlStreamReader::StartElement) {
                if (++m_depth > TableReader::MaxXmlDepth) {
                    m_error = where()
                        + tr("the XML is nested more than %1 levels deep").arg(TableReader::MaxXmlDepth);
                    return false;
                }
                return true;
            }
            if (token == QXmlStreamReader::EndElement) {
                --m_depth;
                return true;
            }
        }
        if (m_xml.hasError())
            m_error = where() + m_xml.errorString();
        return false;
    }

    bool isStart(const char *name) const
    {
        return m_xml.isStartElement() && m_xml.name() == QLatin1String(name);
    }
    bool isEnd(const char *name) const { return m_xml.isEndElement() && m_xml.name() == QLatin1String(name); }
    QString attribute(const char *name) const
    {
        return m_xml.attributes().value(QLatin1String(name)).toString();
    }
    // The attribute of that local name in any namespace (r:id).
    QString anyAttribute(const char *name) const
    {
        for (const auto &a : m_xml.attributes()) {
            if (a.name() == QLatin1String(name))
                return a.value().toString();
        }
        return {};
    }
    // The text up to the end of the current element (nested elements' text included).
    QString text()
    {
        QString result;
        const int depth = m_depth;
        while (!m_xml.atEnd()) {
            const auto token = m_xml.readNext();
            if (token == QXmlStreamReader::Characters)
                result += m_xml.text();
            else if (token == QXmlStreamReader::StartElement) {
                if (++m_depth > TableReader::MaxXmlDepth) {
                    m_error = where()
                        + tr("the XML is nested more than %1 levels deep").arg(TableReader::MaxXmlDepth);
                    return result;
                }
            } else if (token == QXmlStreamReader::EndElement) {
                if (--m_depth < depth)
                    return result;
            }
            if (result.size() > TableReader::MaxCellLength) {
                m_error = where() + tr("a cell is longer than %1 characters").arg(TableReader::MaxCellLength);
                return result;
            }
        }
        if (m_xml.hasError())
            m_error = where() + m_xml.errorString();
        return result;
    }
    void skip()
    {
        const int depth = m_depth;
        while (m_error.isEmpty() && next()) {
            if (m_depth < depth)
                return;
        }
    }
    const QString &error() const { return m_error; }
    bool failed() const { return !m_error.isEmpty(); }
    void setError(const QString &message) { m_error = where() + message; }

private:
    QString where() const { return tr("%1, line %2: ").arg(m_entry).arg(m_xml.lineNumber()); }

    QXmlStreamReader m_xml;
    QString m_entry;
    QString m_error;
    int m_depth = 0;
};

// "AB12" -> 27 (columns from 0); -1 when it is no cell reference.
int columnOf(const QString &reference)
{
    int column = 0;
    int letters = 0;
    for (const QChar c : reference) {
        const char l = c.toLatin1();
        if (l >= 'A' && l <= 'Z') {
            column = column * 26 + (l - 'A' + 1);
            if (++letters > 3)
                return -1;
        } else {
            break;
        }
    }
    return letters ? column - 1 : -1;
}

// Whether a number format shows a date (the built-in ones, or a code with d, m and y outside
// quotes and brackets).
bool isDateFormat(int id, const QString &code)
{
    if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
        return true;
    if (code.isEmpty())
        return false;
    bool inQuote = false;
    bool inBracket = false;
    bool day = false, year = false;
    for (const QChar c : code) {
        if (c == QLatin1Char('"'))
            inQuote = !inQuote;
        else if (!inQuote && c == QLatin1Char('['))
            inBracket = true;
        else if (!inQuote && c == QLatin1Char(']'))
            inBracket = false;
        else if (!inQuote && !inBracket) {
            const QChar l = c.toLower();
            if (l == QLatin1Char('d'))
                day = true;
            else if (l == QLatin1Char('y'))
                year = true;
        }
    }
    return day || year;
}

QString numberText(const QString &value, bool date, bool date1904)
{
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok)
        return value;
    if (date && number >= 0 && number < 2958466) {
        const qint64 days = qint64(std::floor(number));
        QDate base = date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
        // Excel's 1900 system counts a 29 February 1900 that never was: before it, one day less.
        if (!date1904 && days < 61)
            base = QDate(1899, 12, 31);
        return base.addDays(days).toString(Qt::ISODate);
    }
    if (std::floor(number) == number && std::fabs(number) < 1e15)
        return QString::number(qint64(number));
    return QString::number(number, 'g', 15);
}

} // namespace

bool TableReader::readXlsx(const QByteArray &bytes, Table *table, QString *error)
{
    Workbook book(bytes);
    if (!book.open(error))
        return false;

    // The first sheet: its relationship id from the workbook, its part from the relationships.
    QByteArray part;
    if (!book.read(QStringLiteral("xl/workbook.xml"), &part, error))
        return false;
    QString sheetId;
    bool date1904 = false;
    {
        XmlWalk xml(part, QStringLiteral("xl/workbook.xml"));
        while (xml.next()) {
            if (xml.isStart("workbookPr")) {
                const QString v = xml.attribute("date1904");
                date1904 = v == QLatin1String("1") || v == QLatin1String("true");
            } else if (xml.isStart("sheet") && sheetId.isEmpty()) {
                sheetId = xml.anyAttribute("id");
                table->name = xml.attribute("name");
            }
        }
        if (xml.failed()) {
            *error = xml.error();
            return false;
        }
    }
    if (sheetId.isEmpty()) {
        *error = tr("xl/workbook.xml: the workbook has no sheet");
        return false;
    }
    QString sheetPath;
    if (!book.read(QStringLiteral("xl/_rels/workbook.xml.rels"), &part, error))
        return false;
    {
        XmlWalk xml(part, QStringLiteral("xl/_rels/workbook.xml.rels"));
        while (xml.next()) {
            if (xml.isStart("Relationship") && xml.attribute("Id") == sheetId)
                sheetPath = xml.attribute("Target");
        }
        if (xml.failed()) {
            *error = xml.error();
            return false;
        }
    }
    if (sheetPath.isEmpty()) {
        *error = tr("xl/_rels/workbook.xml.rels: the first sheet (%1) has no part").arg(sheetId);
        return false;
    }
    sheetPath = sheetPath.startsWith(QLatin1Char('/')) ? sheetPath.mid(1) : QStringLiteral("xl/") + sheetPath;

    QStringList shared;
    if (book.has(QStringLiteral("xl/sharedStrings.xml"))) {
        if (!book.read(QStringLiteral("xl/sharedStrings.xml"), &part, error))
            return false;
        XmlWalk xml(part, QStringLiteral("xl/sharedStrings.xml"));
        QString current;
        while (xml.next()) {
            if (xml.isStart("si")) {
                current.clear();
            } else if (xml.isEnd("si")) {
                shared.append(current);
            } else if (xml.isStart("t")) {
                current += xml.text();
            } else if (xml.isStart("rPh")) {
                xml.skip(); // phonetic guide above East Asian text, not the cell's text
            }
            if (shared.size() > MaxRows * 16) {
                xml.setError(tr("too many strings"));
                break;
            }
        }
        if (xml.failed()) {
            *error = xml.error();
            return false;
        }
    }

    QList<bool> dateStyles; // by the cell's style index
    if (book.has(QStringLiteral("xl/styles.xml"))) {
        if (!book.read(QStringLiteral("xl/styles.xml"), &part, error))
            return false;
        XmlWalk xml(part, QStringLiteral("xl/styles.xml"));
        QHash<int, QString> codes;
        bool inCellXfs = false;
        while (xml.next()) {
            if (xml.isStart("numFmt"))
                codes.insert(xml.attribute("numFmtId").toInt(), xml.attribute("formatCode"));
            else if (xml.isStart("cellXfs"))
                inCellXfs = true;
            else if (xml.isEnd("cellXfs"))
                inCellXfs = false;
            else if (inCellXfs && xml.isStart("xf")) {
                const int id = xml.attribute("numFmtId").toInt();
                dateStyles.append(isDateFormat(id, codes.value(id)));
            }
        }
        if (xml.failed()) {
            *error = xml.error();
            return false;
        }
    }

    if (!book.read(sheetPath, &part, error)) {
        if (!book.has(sheetPath))
            *error = tr("%1: the workbook's first sheet is missing").arg(sheetPath);
        return false;
    }
    QList<QStringList> rows;
    {
        XmlWalk xml(part, sheetPath);
        int rowIndex = -1;
        QStringList row;
        int column = -1;
        QString type, value, style;
        bool inCell = false;
        auto endRow = [&] {
            if (rowIndex < 0)
                return;
            while (rows.size() < rowIndex)
                rows.append(QStringList());
            rows.append(isBlank(row) ? QStringList() : row);
        };
        while (xml.next()) {
            if (xml.isStart("row")) {
                bool ok = false;
                const int r = xml.attribute("r").toInt(&ok);
                const int next = ok ? r - 1 : rows.size();
                if (next < rows.size() || next > MaxRows) {
                    xml.setError(next > MaxRows ? tr("more than %1 rows; split the sheet").arg(MaxRows)
                                                : tr("row %1 comes after a later row").arg(next + 1));
                    break;
                }
                rowIndex = next;
                row.clear();
                column = -1;
            } else if (xml.isEnd("row")) {
                endRow();
                rowIndex = -1;
            } else if (xml.isStart("c")) {
                if (rowIndex < 0) {
                    xml.setError(tr("a cell outside a row"));
                    break;
                }
                const QString reference = xml.attribute("r");
                column = reference.isEmpty() ? column + 1 : columnOf(reference);
                if (column < 0 || column >= MaxColumns) {
                    xml.setError(column < 0
                            ? tr("cell reference \"%1\" is not valid").arg(reference)
                            : tr("row %1: more than %2 columns").arg(rowIndex + 1).arg(MaxColumns));
                    break;
                }
                type = xml.attribute("t");
                style = xml.attribute("s");
                value.clear();
                inCell = true;
            } else if (inCell && xml.isStart("v")) {
                value = xml.text();
            } else if (inCell && xml.isStart("is")) {
                value = xml.text();
                type = QStringLiteral("inlineStr");
            } else if (inCell && xml.isStart("f")) {
                xml.skip(); // the formula; its cached value <v> is what the cell shows
            } else if (xml.isEnd("c")) {
                inCell = false;
                QString cell;
                if (type == QLatin1String("s")) {
                    bool ok = false;
                    const int index = value.toInt(&ok);
                    if (!ok || index < 0 || index >= shared.size()) {
                        xml.setError(
                            tr("row %1: a cell names shared string %2, which the workbook does not have")
                                .arg(rowIndex + 1)
                                .arg(value));
                        break;
                    }
                    cell = shared.at(index);
                } else if (type == QLatin1String("b")) {
                    cell = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                } else if (type.isEmpty() || type == QLatin1String("n")) {
                    const int s = style.toInt();
                    cell = numberText(
                        value.trimmed(), s >= 0 && s < dateStyles.size() && dateStyles.at(s), date1904);
                } else {
                    cell = value; // inlineStr, str (a formula's text), e, d (ISO date)
                }
                while (row.size() < column)
                    row.append(QString());
                if (column < row.size())
                    row[column] = cell;
                else
                    row.append(cell);
            }
            if (xml.failed())
                break;
        }
        if (xml.failed()) {
            *error = xml.error();
            return false;
        }
    }
    return finish(std::move(rows), table, error);
}

bool TableReader::readFile(const QString &path, Table *table, QString *error)
{
    QByteArray bytes;
    if (!InputFile::read(path, MaxFileSize, &bytes, error))
        return false;
    const bool ok
        = formatOf(bytes) == Format::Xlsx ? readXlsx(bytes, table, error) : readCsv(bytes, table, error);
    if (!ok)
        *error = path + QLatin1String(": ") + *error;
    return ok;
}

} // namespace rt
