#pragma once

// Reads back the first sheet of an XLSX workbook in tests: the file is a zip, unpacked with
// `unzip -p`; cells are resolved through the shared strings, inline strings or numbers and
// returned row by row, with empty strings where a row skips a column. `formulas` counts the
// cells that hold a formula (<f>), which an export must never write.

#include <QList>
#include <QProcess>
#include <QStringList>
#include <QXmlStreamReader>

namespace rt::test {

inline QByteArray unzipEntry(const QString &path, const QString &entry)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), { QStringLiteral("-p"), path, entry });
    if (!unzip.waitForFinished(30000) || unzip.exitCode() != 0)
        return {};
    return unzip.readAllStandardOutput();
}

inline int xlsxColumn(const QString &reference)
{
    int column = 0;
    for (const QChar c : reference) {
        if (!c.isLetter())
            break;
        column = column * 26 + (c.toLatin1() - 'A' + 1);
    }
    return column - 1;
}

inline bool readXlsx(const QString &path, QList<QStringList> *rows, int *formulas = nullptr)
{
    QStringList shared;
    {
        QXmlStreamReader xml(unzipEntry(path, QStringLiteral("xl/sharedStrings.xml")));
        QString current;
        bool inItem = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("si")) {
                inItem = true;
                current.clear();
            } else if (xml.isEndElement() && xml.name() == QLatin1String("si")) {
                inItem = false;
                shared.append(current);
            } else if (inItem && xml.isStartElement() && xml.name() == QLatin1String("t")) {
                current += xml.readElementText();
            }
        }
    }
    const QByteArray sheet = unzipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    if (sheet.isEmpty())
        return false;
    QXmlStreamReader xml(sheet);
    rows->clear();
    if (formulas)
        *formulas = 0;
    QString type, reference, value;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("row")) {
            rows->append(QStringList());
        } else if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
            type = xml.attributes().value(QLatin1String("t")).toString();
            reference = xml.attributes().value(QLatin1String("r")).toString();
            value.clear();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("f")) {
            if (formulas)
                ++*formulas;
        } else if (xml.isStartElement()
            && (xml.name() == QLatin1String("v") || xml.name() == QLatin1String("t"))) {
            value = xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("c")) {
            const QString text = type == QLatin1String("s") ? shared.value(value.toInt()) : value;
            QStringList &row = rows->last();
            const int column = xlsxColumn(reference);
            while (row.size() < column)
                row.append(QString());
            row.append(text);
        }
    }
    return !xml.hasError();
}

} // namespace rt::test
