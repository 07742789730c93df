#include "core/intake/ReleaseText.h"

#include "core/tables/ZipReader.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QTextDocument>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <fcntl.h>
#include <poppler-qt6.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rt {

namespace {

// Runs of spaces and tabs to one space, each line trimmed, empty lines dropped.
QString tidyLines(const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral("[ \\t\\x{00A0}\\x{2007}\\x{202F}]+"));
    QStringList lines;
    const QStringList raw = QString(text)
                                .replace(QChar(QChar::ParagraphSeparator), QLatin1Char('\n'))
                                .replace(QChar(QChar::LineSeparator), QLatin1Char('\n'))
                                .replace(QLatin1Char('\r'), QLatin1Char('\n'))
                                .split(QLatin1Char('\n'));
    for (const QString &line : raw) {
        const QString tidy = QString(line).replace(spaces, QStringLiteral(" ")).trimmed();
        if (!tidy.isEmpty())
            lines.append(tidy);
    }
    return lines.join(QLatin1Char('\n'));
}

bool decodeUtf8(const QByteArray &bytes, QString *text, QString *error)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    *text = decoder(bytes);
    if (decoder.hasError()) {
        // Where it breaks: the first byte QString could not take.
        qsizetype at = 0;
        const QString replacement { QChar(QChar::ReplacementCharacter) };
        const qsizetype index = text->indexOf(replacement);
        if (index >= 0)
            at = text->left(index).toUtf8().size();
        *error = ReleaseText::tr("not UTF-8 text (an invalid byte at offset %1)").arg(at);
        return false;
    }
    if (text->startsWith(QChar(0xFEFF)))
        text->remove(0, 1);
    return true;
}

} // namespace

ReleaseText::Kind ReleaseText::kindOf(const QByteArray &bytes, const QString &name)
{
    if (bytes.startsWith("%PDF-"))
        return Kind::Pdf;
    if (bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06"))
        return Kind::Docx;
    const QString suffix = QFileInfo(name).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return Kind::Pdf;
    if (suffix == QLatin1String("docx"))
        return Kind::Docx;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm") || suffix == QLatin1String("xhtml"))
        return Kind::Html;
    const QByteArray head = bytes.left(2048).trimmed().toLower();
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")
        || (head.startsWith("<") && head.contains("<p")))
        return Kind::Html;
    return Kind::Text;
}

bool ReleaseText::read(const QString &path, QString *text, QString *error)
{
    // Opened without waiting (a FIFO with no writer would block for ever), then asked what
    // it is: only a regular file is read.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        QFile probe(path);
        probe.open(QIODevice::ReadOnly);
        *error = tr("%1: %2").arg(path, probe.errorString());
        return false;
    }
    struct stat info = {};
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
        ::close(fd);
        *error = tr("%1: not a regular file; only files are read").arg(path);
        return false;
    }
    if (info.st_size > MaxFileSize) {
        ::close(fd);
        *error = tr("%1: the file is larger than %2 MB, the most a press release may be")
                     .arg(path)
                     .arg(MaxFileSize / (1024 * 1024));
        return false;
    }
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray bytes = file.read(MaxFileSize + 1);
    if (bytes.size() > MaxFileSize) {
        *error = tr("%1: the file is larger than %2 MB, the most a press release may be")
                     .arg(path)
                     .arg(MaxFileSize / (1024 * 1024));
        return false;
    }
    if (!fromBytes(bytes, path, text, error)) {
        *error = path + QLatin1String(": ") + *error;
        return false;
    }
    return true;
}

bool ReleaseText::fromBytes(const QByteArray &bytes, const QString &name, QString *text, QString *error)
{
    switch (kindOf(bytes, name)) {
    case Kind::Pdf:
        return fromPdf(bytes, text, error);
    case Kind::Docx:
        return fromDocx(bytes, text, error);
    case Kind::Html: {
        QString html;
        // A page saved from a website says its encoding; without one, UTF-8.
        QStringDecoder decoder = QStringDecoder::decoderForHtml(bytes);
        if (decoder.isValid()
            && QString::fromLatin1(decoder.name()).compare(QLatin1String("UTF-8"), Qt::CaseInsensitive)
                != 0) {
            html = decoder(bytes);
        } else if (!decodeUtf8(bytes, &html, error)) {
            return false;
        }
        // Qt lays out nested blocks in time that grows with the square of their depth: a page
        // of 100,000 nested <div>s would take minutes. A real page nests a few dozen deep.
        if (htmlDepth(html) > MaxXmlDepth) {
            *error = tr("elements nested more than %1 deep").arg(MaxXmlDepth);
            return false;
        }
        return fromHtml(html, text);
    }
    case Kind::Text:
        break;
    }
    if (bytes.contains('\0')) {
        *error = tr("not a text file (it holds NUL bytes), nor a PDF or .docx");
        return false;
    }
    QString decoded;
    if (!decodeUtf8(bytes, &decoded, error))
        return false;
    *text = tidyLines(decoded);
    return true;
}

int ReleaseText::htmlDepth(const QString &html)
{
    // Elements without an end tag, or whose end tag may be left out, do not nest.
    static const QSet<QString> flat = { QStringLiteral("area"), QStringLiteral("base"), QStringLiteral("br"),
        QStringLiteral("col"), QStringLiteral("embed"), QStringLiteral("hr"), QStringLiteral("img"),
        QStringLiteral("input"), QStringLiteral("link"), QStringLiteral("meta"), QStringLiteral("source"),
        QStringLiteral("track"), QStringLiteral("wbr"), QStringLiteral("p"), QStringLiteral("li"),
        QStringLiteral("dt"), QStringLiteral("dd"), QStringLiteral("tr"), QStringLiteral("td"),
        QStringLiteral("th"), QStringLiteral("option") };
    int depth = 0, deepest = 0;
    const qsizetype size = html.size();
    for (qsizetype i = html.indexOf(QLatin1Char('<')); i >= 0 && i < size;
         i = html.indexOf(QLatin1Char('<'), i + 1)) {
        const qsizetype end = html.indexOf(QLatin1Char('>'), i);
        if (end < 0)
            break;
        qsizetype at = i + 1;
        const bool closing = at < end && html.at(at) == QLatin1Char('/');
        if (closing)
            ++at;
        qsizetype nameEnd = at;
        while (nameEnd < end && html.at(nameEnd).isLetterOrNumber())
            ++nameEnd;
        if (nameEnd == at || html.at(i + 1) == QLatin1Char('!'))
            continue; // a comment, a doctype or a stray "<"
        const QString name = html.mid(at, nameEnd - at).toLower();
        if (flat.contains(name) || html.at(end - 1) == QLatin1Char('/'))
            continue;
        depth = closing ? std::max(0, depth - 1) : depth + 1;
        deepest = std::max(deepest, depth);
    }
    return deepest;
}

bool ReleaseText::fromHtml(const QString &html, QString *text)
{
    // What a website wraps around an article: its menus, header and footer, scripts and
    // styles. Dropped before the page is laid out, so their words never reach the reader.
    static const QRegularExpression chrome(
        QStringLiteral("<(script|style|nav|header|footer|aside|form|noscript|menu|select|template|button)\\b["
                       "^>]*>.*?</\\1\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression comments(
        QStringLiteral("<!--.*?-->"), QRegularExpression::DotMatchesEverythingOption);
    QString body = html;
    body.remove(comments);
    body.remove(chrome);
    QTextDocument document;
    document.setHtml(body);
    *text = tidyLines(document.toPlainText());
    return true;
}

namespace {

// The paragraphs of word/document.xml: each <w:p> a line, <w:t> its text, <w:tab/> a tab,
// <w:br/> a line break.
bool docxParagraphs(const QByteArray &xml, QString *text, QString *error)
{
    const QString element = QStringLiteral("word/document.xml");
    QXmlStreamReader reader(xml);
    QString out;
    QString paragraph;
    int depth = 0;
    bool inText = false;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            if (++depth > ReleaseText::MaxXmlDepth) {
                *error = ReleaseText::tr("%1, line %2: elements nested more than %3 deep")
                             .arg(element)
                             .arg(reader.lineNumber())
                             .arg(ReleaseText::MaxXmlDepth);
                return false;
            }
            const QStringView name = reader.name();
            if (name == QLatin1String("t"))
                inText = true;
            else if (name == QLatin1String("tab"))
                paragraph += QLatin1Char(' ');
            else if (name == QLatin1String("br") || name == QLatin1String("cr"))
                paragraph += QLatin1Char('\n');
            break;
        }
        case QXmlStreamReader::EndElement:
            --depth;
            if (reader.name() == QLatin1String("t")) {
                inText = false;
            } else if (reader.name() == QLatin1String("p")) {
                out += paragraph + QLatin1Char('\n');
                paragraph.clear();
            }
            break;
        case QXmlStreamReader::Characters:
            if (inText)
                paragraph += reader.text();
            break;
        default:
            break;
        }
    }
    if (reader.hasError()) {
        *error = ReleaseText::tr("%1, line %2, column %3: %4")
                     .arg(element)
                     .arg(reader.lineNumber())
                     .arg(reader.columnNumber())
                     .arg(reader.errorString());
        return false;
    }
    *text = tidyLines(out + paragraph);
    return true;
}

} // namespace

bool ReleaseText::fromDocx(const QByteArray &bytes, QString *text, QString *error)
{
    // The same ZIP reader as the workbooks' (core/tables/ZipReader): sizes checked, unpacked
    // no further than the limit, CRC checked.
    ZipReader zip(bytes);
    QString reason;
    if (!zip.open(&reason)) {
        *error = tr("not a readable .docx: %1").arg(reason);
        return false;
    }
    const QString element = QStringLiteral("word/document.xml");
    if (!zip.contains(element)) {
        *error = tr("%1 is missing: not a Word document").arg(element);
        return false;
    }
    QByteArray xml;
    if (!zip.read(element, MaxUnpackedSize, &xml, error))
        return false;
    return docxParagraphs(xml, text, error);
}

namespace {

struct PdfLine
{
    QString text;
    double top = 0;
    double bottom = 0;
    double left = 0;
    double right = 0;
};

bool isPageNumber(const QString &line)
{
    static const QRegularExpression number(QStringLiteral("^(page\\s*)?\\d{1,4}(\\s*(/|of)\\s*\\d{1,4})?$"),
        QRegularExpression::CaseInsensitiveOption);
    return number.match(line.trimmed()).hasMatch();
}

bool endsParagraph(const QString &text)
{
    if (text.isEmpty())
        return true;
    const QChar last = text.back();
    return last == u'.' || last == u'!' || last == u'?' || last == u':' || last == QChar(0x3002);
}

} // namespace

bool ReleaseText::fromPdf(const QByteArray &bytes, QString *text, QString *error)
{
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document) {
        *error = tr("not a readable PDF: its structure is damaged");
        return false;
    }
    if (document->isLocked()) {
        *error = tr("the PDF is encrypted with a password; it cannot be read");
        return false;
    }
    // Each page's lines, from the words poppler finds and their boxes.
    QList<QList<PdfLine>> pages;
    for (int i = 0; i < document->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page = document->page(i);
        QList<PdfLine> lines;
        if (!page) {
            pages.append(lines);
            continue;
        }
        PdfLine line;
        bool open = false;
        const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page->textList();
        for (const std::unique_ptr<Poppler::TextBox> &box : boxes) {
            const QRectF r = box->boundingBox();
            if (!open) {
                line = PdfLine { QString(), r.top(), r.bottom(), r.left(), r.right() };
                open = true;
            }
            // Ligatures (ﬁ, ﬂ, ﬄ) as the letters they join.
            line.text += box->text().normalized(QString::NormalizationForm_KC);
            line.top = std::min(line.top, r.top());
            line.bottom = std::max(line.bottom, r.bottom());
            line.left = std::min(line.left, r.left());
            line.right = std::max(line.right, r.right());
            if (box->nextWord()) {
                if (box->hasSpaceAfter())
                    line.text += QLatin1Char(' ');
            } else {
                lines.append(line);
                open = false;
            }
        }
        if (open)
            lines.append(line);
        pages.append(lines);
    }
    // A running header or footer: the first or last line, the same on every page.
    QSet<QString> running;
    if (pages.size() > 1) {
        static const QRegularExpression digits(QStringLiteral("\\d+"));
        auto key = [](const QString &s) { return QString(s).replace(digits, QStringLiteral("#")); };
        QHash<QString, int> firstLast;
        for (const QList<PdfLine> &lines : std::as_const(pages)) {
            QSet<QString> seen;
            if (!lines.isEmpty()) {
                seen.insert(key(lines.first().text));
                seen.insert(key(lines.last().text));
            }
            for (const QString &s : std::as_const(seen))
                ++firstLast[s];
        }
        for (auto it = firstLast.cbegin(); it != firstLast.cend(); ++it)
            if (it.value() == pages.size())
                running.insert(it.key());
        QStringList keys = running.values();
        running.clear();
        for (const QList<PdfLine> &lines : std::as_const(pages))
            for (const PdfLine &l : lines)
                if (keys.contains(key(l.text)))
                    running.insert(l.text);
    }
    // Lines into paragraphs: a gap wider than most between lines, or a line that starts a
    // labelled field, begins a new one.
    QStringList paragraphs;
    QString current;
    for (const QList<PdfLine> &lines : std::as_const(pages)) {
        const PdfLine *previous = nullptr;
        // The text block's edges: a line that stops well short of the right one ends its
        // paragraph (a headline, a contact line, a paragraph's last line).
        double left = 1e9, right = 0;
        for (const PdfLine &l : lines) {
            left = std::min(left, l.left);
            right = std::max(right, l.right);
        }
        for (const PdfLine &l : lines) {
            if (running.contains(l.text) || isPageNumber(l.text))
                continue;
            bool startsNew = current.isEmpty();
            if (!startsNew && previous) {
                const double height = std::max(1.0, previous->bottom - previous->top);
                const double lineHeight = std::max(1.0, l.bottom - l.top);
                startsNew = l.top - previous->bottom > 0.45 * height
                    || std::abs(lineHeight - height) > 0.25 * height
                    || previous->right < left + 0.8 * (right - left);
            }
            if (!startsNew && !previous) // the first line of a page goes on only a sentence cut short
                startsNew = endsParagraph(current) || !l.text.at(0).isLower();
            if (startsNew) {
                if (!current.isEmpty())
                    paragraphs.append(current);
                current = l.text;
            } else {
                current += current.endsWith(QLatin1Char('-')) ? l.text : QLatin1Char(' ') + l.text;
            }
            previous = &l;
        }
    }
    if (!current.isEmpty())
        paragraphs.append(current);
    *text = tidyLines(paragraphs.join(QLatin1Char('\n')));
    if (text->isEmpty()) {
        *error = tr("the PDF has no text layer (a scanned image?); nothing to read");
        return false;
    }
    return true;
}

} // namespace rt
