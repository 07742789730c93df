#include "core/interchange/ContentLines.h"

#include <QStringDecoder>

namespace rt {

QString ContentLines::escape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\'))
            out += QLatin1String("\\\\");
        else if (c == QLatin1Char(','))
            out += QLatin1String("\\,");
        else if (c == QLatin1Char(';'))
            out += QLatin1String("\\;");
        else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            out += QLatin1String("\\n");
        } else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else
            out += c;
    }
    return out;
}

QString ContentLines::unescape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            const QChar n = text.at(++i);
            out += (n == QLatin1Char('n') || n == QLatin1Char('N')) ? QChar(QLatin1Char('\n')) : n;
        } else {
            out += c;
        }
    }
    return out;
}

QStringList ContentLines::components(const QString &value)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\') && i + 1 < value.size()) {
            current += c;
            current += value.at(++i);
        } else if (c == QLatin1Char(';')) {
            parts.append(unescape(current));
            current.clear();
        } else {
            current += c;
        }
    }
    parts.append(unescape(current));
    return parts;
}

QByteArray ContentLines::line(const QString &name, const QString &value)
{
    const QByteArray whole = (name + QLatin1Char(':') + value).toUtf8();
    QByteArray out;
    qsizetype start = 0;
    bool first = true;
    while (start < whole.size()) {
        const qsizetype room = first ? 75 : 74; // a continuation's leading space counts
        qsizetype end = std::min(start + room, whole.size());
        // Never between the bytes of one character: back to the start of the one cut.
        while (end < whole.size() && end > start && (uchar(whole.at(end)) & 0xC0) == 0x80)
            --end;
        if (!first)
            out += ' ';
        out += whole.mid(start, end - start);
        out += "\r\n";
        start = end;
        first = false;
    }
    if (whole.isEmpty())
        out += "\r\n";
    return out;
}

QStringList ContentLines::Property::parameter(const QString &name) const
{
    QStringList values;
    for (const auto &p : parameters) {
        if (p.first == name)
            values += p.second;
    }
    return values;
}

namespace {

bool parseLine(const QString &text, int number, ContentLines::Property *property, QString *error)
{
    // The name (with its group) runs to the first ; or :, then parameters, whose values may
    // be quoted (and then hold ; : and ,), then the value after the first colon outside quotes.
    property->line = number;
    if (!text.contains(QLatin1Char(':'))) {
        *error = ContentLines::tr("line %1: no colon between the property's name and its value").arg(number);
        return false;
    }
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n && text.at(i) != QLatin1Char(';') && text.at(i) != QLatin1Char(':'))
        ++i;
    QString name = text.left(i).trimmed();
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot >= 0) {
        property->group = name.left(dot);
        name = name.mid(dot + 1);
    }
    if (name.isEmpty()) {
        *error = ContentLines::tr("line %1: a property without a name").arg(number);
        return false;
    }
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-')) {
            *error = ContentLines::tr("line %1: \"%2\" is not a property name").arg(number).arg(name);
            return false;
        }
    }
    property->name = name.toUpper();
    while (i < n && text.at(i) == QLatin1Char(';')) {
        ++i;
        qsizetype equals = i;
        while (equals < n && text.at(equals) != QLatin1Char('=') && text.at(equals) != QLatin1Char(';')
            && text.at(equals) != QLatin1Char(':'))
            ++equals;
        const QString parameter = text.mid(i, equals - i).trimmed().toUpper();
        QStringList values;
        i = equals;
        if (i < n && text.at(i) == QLatin1Char('=')) {
            ++i;
            QString value;
            while (i < n) {
                const QChar c = text.at(i);
                if (c == QLatin1Char('"')) {
                    const qsizetype close = text.indexOf(QLatin1Char('"'), i + 1);
                    if (close < 0) {
                        *error = ContentLines::tr("line %1: the quoted value of parameter %2 is never closed")
                                     .arg(number)
                                     .arg(parameter);
                        return false;
                    }
                    value += text.mid(i + 1, close - i - 1);
                    i = close + 1;
                } else if (c == QLatin1Char(',')) {
                    values.append(value);
                    value.clear();
                    ++i;
                } else if (c == QLatin1Char(';') || c == QLatin1Char(':')) {
                    break;
                } else {
                    value += c;
                    ++i;
                }
            }
            values.append(value);
        } else {
            values.append(parameter); // vCard 2.1's bare TYPE values ("TEL;WORK")
        }
        property->parameters.append({ parameter, values });
    }
    if (i >= n || text.at(i) != QLatin1Char(':')) {
        *error = ContentLines::tr("line %1: no colon between the property's name and its value").arg(number);
        return false;
    }
    property->value = text.mid(i + 1);
    return true;
}

} // namespace

bool ContentLines::read(const QByteArray &bytes, QList<Property> *properties, QString *error)
{
    properties->clear();
    QByteArray current;
    int currentLine = 0;
    int lineNumber = 0;
    const auto flush = [&]() -> bool {
        if (currentLine == 0)
            return true;
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = utf8.decode(current);
        if (utf8.hasError()) {
            *error = tr("line %1: the text is not valid UTF-8").arg(currentLine);
            return false;
        }
        if (!text.trimmed().isEmpty()) {
            Property property;
            if (!parseLine(text, currentLine, &property, error))
                return false;
            properties->append(property);
        }
        current.clear();
        currentLine = 0;
        return true;
    };
    qsizetype start = 0;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        start = 3;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        qsizetype stop = end;
        if (stop > start && bytes.at(stop - 1) == '\r')
            --stop;
        ++lineNumber;
        const QByteArrayView piece(bytes.constData() + start, stop - start);
        if (!piece.isEmpty() && (piece.at(0) == ' ' || piece.at(0) == '\t') && currentLine != 0) {
            current += piece.sliced(1);
        } else {
            if (!flush())
                return false;
            current = piece.toByteArray();
            currentLine = lineNumber;
        }
        if (current.size() > MaxLineLength) {
            *error = tr("line %1: a property longer than %2 bytes").arg(currentLine).arg(MaxLineLength);
            return false;
        }
        start = end + 1;
    }
    return flush();
}

} // namespace rt
