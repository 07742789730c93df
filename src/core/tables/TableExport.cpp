#include "core/tables/TableExport.h"

#include "core/safety/OutputFile.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <xlsxwriter.h>

namespace rt {

namespace {

bool looksLikeFormula(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    const QChar first = cell.at(0);
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

// A whole number as a person writes it: no sign, no leading zero, short enough to be exact.
bool isCount(const QString &cell)
{
    static const QRegularExpression digits(QStringLiteral("^(0|[1-9][0-9]{0,14})$"));
    return digits.match(cell).hasMatch();
}

QString sheetName(const QString &name)
{
    QString cleaned = name;
    static const QRegularExpression forbidden(QStringLiteral("[\\[\\]:*?/\\\\]"));
    cleaned.replace(forbidden, QStringLiteral(" "));
    cleaned = cleaned.trimmed().left(31);
    return cleaned.isEmpty() ? QStringLiteral("Sheet1") : cleaned;
}

} // namespace

TableExport::Format TableExport::formatOf(const QString &path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0 ? Format::Xlsx
                                                                                             : Format::Csv;
}

QString TableExport::csvField(const QString &cell)
{
    const QString text = looksLikeFormula(cell) ? QLatin1Char('\'') + cell : cell;
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QByteArray TableExport::csv(const Table &table)
{
    QString text;
    auto line = [&text](const QStringList &cells) {
        for (int i = 0; i < cells.size(); ++i) {
            if (i > 0)
                text += QLatin1Char(',');
            text += csvField(cells.at(i));
        }
        text += QLatin1String("\r\n");
    };
    line(table.headers);
    for (const QStringList &row : table.rows)
        line(row);
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

bool TableExport::xlsx(const Table &table, QByteArray *bytes, QString *error)
{
    // libxlsxwriter writes to a path: a file in a private temporary folder, read back and
    // handed to OutputFile, which puts it in place atomically beside its target.
    QTemporaryDir folder;
    if (!folder.isValid()) {
        *error = tr("cannot make a temporary folder for the workbook: %1").arg(folder.errorString());
        return false;
    }
    const QByteArray path = QFile::encodeName(folder.filePath(QStringLiteral("list.xlsx")));
    const QByteArray tmpdir = QFile::encodeName(folder.path());
    lxw_workbook_options options = {};
    options.tmpdir = const_cast<char *>(tmpdir.constData());
    lxw_workbook *workbook = workbook_new_opt(path.constData(), &options);
    if (!workbook) {
        *error = tr("cannot start the workbook");
        return false;
    }
    const QByteArray name = sheetName(table.name).toUtf8();
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, name.constData());
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_error failed = LXW_NO_ERROR;
    auto put = [&](int row, int column, const QString &cell, lxw_format *format) {
        if (failed != LXW_NO_ERROR)
            return;
        if (format == nullptr && isCount(cell)) {
            failed = worksheet_write_number(sheet, row, lxw_col_t(column), cell.toDouble(), nullptr);
            return;
        }
        const QByteArray utf8 = cell.left(MaxCellLength).toUtf8();
        failed = worksheet_write_string(sheet, row, lxw_col_t(column), utf8.constData(), format);
    };
    for (int column = 0; column < table.headers.size(); ++column)
        put(0, column, table.headers.at(column), bold);
    for (int row = 0; row < table.rows.size(); ++row) {
        const QStringList &cells = table.rows.at(row);
        for (int column = 0; column < cells.size(); ++column) {
            if (!cells.at(column).isEmpty())
                put(row + 1, column, cells.at(column), nullptr);
        }
    }
    worksheet_freeze_panes(sheet, 1, 0);
    const lxw_error closed = workbook_close(workbook);
    if (failed != LXW_NO_ERROR || closed != LXW_NO_ERROR) {
        *error = tr("cannot write the workbook: %1")
                     .arg(QString::fromUtf8(lxw_strerror(failed != LXW_NO_ERROR ? failed : closed)));
        return false;
    }
    QFile file(QFile::decodeName(path));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the workbook back: %1").arg(file.errorString());
        return false;
    }
    *bytes = file.readAll();
    return true;
}

QString TableExport::html(const Table &table, const QString &heading)
{
    QString html = QStringLiteral("<html><body><h2>%1</h2>").arg(heading.toHtmlEscaped());
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0.5\" "
                           "style=\"border-collapse:collapse; border-color:#999999\"><thead><tr>");
    for (const QString &header : table.headers)
        html += QStringLiteral("<th align=\"left\" bgcolor=\"#e8e8e8\">%1</th>").arg(header.toHtmlEscaped());
    html += QStringLiteral("</tr></thead>");
    for (const QStringList &row : table.rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : row)
            html += QStringLiteral("<td>%1</td>")
                        .arg(cell.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table></body></html>");
    return html;
}

bool TableExport::write(
    const Table &table, const QString &path, Format format, const QString &archive, QString *error)
{
    if (!OutputFile::mayWrite(path, archive, error))
        return false;
    QByteArray bytes;
    if (format == Format::Csv)
        bytes = csv(table);
    else if (!xlsx(table, &bytes, error))
        return false;
    return OutputFile::write(path, bytes, archive, error);
}

} // namespace rt
