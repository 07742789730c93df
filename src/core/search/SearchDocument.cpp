#include "core/search/SearchDocument.h"

#include <QHash>

#include <sqlite3.h>

namespace rt {

namespace {

// Elements whose content is not read: the page's head, scripts and styles.
bool isSkipped(QStringView tag)
{
    return tag == u"head" || tag == u"script" || tag == u"style" || tag == u"title";
}

// Elements inside a line of text (a word may continue across them); every other tag ends a
// word, and a block ends a line.
bool isInline(QStringView tag)
{
    static const QStringList inlineTags = { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("i"),
        QStringLiteral("u"), QStringLiteral("em"), QStringLiteral("strong"), QStringLiteral("span"),
        QStringLiteral("sup"), QStringLiteral("sub"), QStringLiteral("small"), QStringLiteral("font"),
        QStringLiteral("abbr"), QStringLiteral("cite"), QStringLiteral("q"), QStringLiteral("mark") };
    for (const QString &t : inlineTags)
        if (tag == t)
            return true;
    return false;
}

QString entity(QStringView name)
{
    static const QHash<QString, QString> named = {
        { QStringLiteral("amp"), QStringLiteral("&") },
        { QStringLiteral("lt"), QStringLiteral("<") },
        { QStringLiteral("gt"), QStringLiteral(">") },
        { QStringLiteral("quot"), QStringLiteral("\"") },
        { QStringLiteral("apos"), QStringLiteral("'") },
        { QStringLiteral("nbsp"), QStringLiteral(" ") },
        { QStringLiteral("ndash"), QString(QChar(0x2013)) },
        { QStringLiteral("mdash"), QString(QChar(0x2014)) },
        { QStringLiteral("lsquo"), QString(QChar(0x2018)) },
        { QStringLiteral("rsquo"), QString(QChar(0x2019)) },
        { QStringLiteral("ldquo"), QString(QChar(0x201C)) },
        { QStringLiteral("rdquo"), QString(QChar(0x201D)) },
    };
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint code = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X')
            ? name.mid(2).toUInt(&ok, 16)
            : name.mid(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return {};
        const char32_t c = code;
        return QString::fromUcs4(&c, 1);
    }
    return named.value(name.toString().toLower());
}

void releaseTextFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_text(context, "", 0, SQLITE_STATIC);
        return;
    }
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const QString text = SearchDocument::releaseText(QString::fromUtf8(bytes, sqlite3_value_bytes(argv[0])));
    const QByteArray utf8 = text.toUtf8();
    sqlite3_result_text(context, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

} // namespace

QString SearchDocument::releaseText(const QString &html)
{
    QString out;
    out.reserve(html.size());
    const qsizetype n = html.size();
    QString skipping; // the element whose content is left out, until its end tag
    qsizetype i = 0;
    while (i < n) {
        const QChar c = html.at(i);
        if (c == u'<') {
            if (html.mid(i, 4) == QLatin1String("<!--")) {
                const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            const qsizetype end = html.indexOf(u'>', i + 1);
            if (end < 0) { // a lone '<' is text
                if (skipping.isEmpty())
                    out += c;
                ++i;
                continue;
            }
            QStringView tag = QStringView(html).mid(i + 1, end - i - 1).trimmed();
            const bool closing = tag.startsWith(u'/');
            if (closing)
                tag = tag.mid(1);
            qsizetype nameEnd = 0;
            while (nameEnd < tag.size() && (tag.at(nameEnd).isLetterOrNumber()))
                ++nameEnd;
            const QString name = tag.left(nameEnd).toString().toLower();
            i = end + 1;
            if (!skipping.isEmpty()) {
                if (closing && name == skipping)
                    skipping.clear();
                continue;
            }
            if (!closing && isSkipped(name) && !tag.endsWith(u'/')) {
                skipping = name;
                continue;
            }
            if (name.isEmpty() || isInline(name))
                continue;
            if (name == u"br" || name == u"p" || name == u"div" || name == u"li" || name == u"tr"
                || (name.size() == 2 && name.at(0) == u'h' && name.at(1).isDigit())) {
                if (!out.isEmpty() && !out.endsWith(u'\n'))
                    out += u'\n';
            } else if (!out.isEmpty() && !out.back().isSpace()) {
                out += u' ';
            }
            continue;
        }
        if (!skipping.isEmpty()) {
            ++i;
            continue;
        }
        if (c == u'&') {
            const qsizetype semicolon = html.indexOf(u';', i + 1);
            if (semicolon > i + 1 && semicolon - i <= 12) {
                const QString decoded = entity(QStringView(html).mid(i + 1, semicolon - i - 1));
                if (!decoded.isEmpty()) {
                    out += decoded;
                    i = semicolon + 1;
                    continue;
                }
            }
        }
        out += c;
        ++i;
    }
    return out.trimmed();
}

bool SearchDocument::registerWith(sqlite3 *db, QString *error)
{
    if (sqlite3_create_function_v2(db, ReleaseTextFunction, 1,
            SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr, releaseTextFunction, nullptr,
            nullptr, nullptr)
        != SQLITE_OK) {
        if (error)
            *error = tr("cannot register the search index's release text: %1")
                         .arg(QString::fromUtf8(sqlite3_errmsg(db)));
        return false;
    }
    return true;
}

} // namespace rt
