#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace rt {

// The content lines vCard (RFC 6350, section 3.2) and iCalendar (RFC 5545, section 3.1)
// share: NAME;PARAM=VALUE:value, folded at 75 octets, text escaped with backslashes. Written
// by both exports and read back by the vCard import.
class ContentLines
{
    Q_DECLARE_TR_FUNCTIONS(rt::ContentLines)

public:
    // A text value with \ , ; and line breaks escaped (\\ \, \; \n).
    static QString escape(const QString &text);
    // Undoes escape(): \n and \N are a line break, \x is x.
    static QString unescape(const QString &text);
    // A structured value split at its unescaped ; (N, ADR), each part unescaped.
    static QStringList components(const QString &value);

    // One content line as written: UTF-8, folded so that no line is longer than 75 octets (a
    // continuation begins with one space, which counts), never inside a character, and ended
    // with CRLF.
    static QByteArray line(const QString &name, const QString &value);

    struct Property
    {
        QString group; // "item1" of "item1.EMAIL"
        QString name; // upper case
        QList<QPair<QString, QStringList>> parameters; // names upper case
        QString value; // as written (still escaped)
        int line = 0; // where it begins in the file, from 1

        QStringList parameter(const QString &name) const;
    };

    static constexpr int MaxLineLength = 1000000; // an unfolded line, in bytes

    // The unfolded content lines of `bytes` (CRLF or LF; a line beginning with a space or tab
    // continues the one before). False with "line N: reason" for a line that is not UTF-8,
    // has no colon, or has a malformed parameter.
    static bool read(const QByteArray &bytes, QList<Property> *properties, QString *error);
};

} // namespace rt
