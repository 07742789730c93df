#include "core/press/PdfActualText.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <cstring>

namespace rt {

namespace {

// A PDF text string: UTF-16BE with a byte-order mark, written in hex.
QByteArray pdfTextString(const QString &text)
{
    QByteArray bytes("<FEFF");
    for (const QChar c : text)
        bytes += QByteArray::number(c.unicode() | 0x10000, 16).right(4).toUpper();
    return bytes + '>';
}

QByteArray inflate(const QByteArray &data)
{
    // qUncompress wants the expected size first; it grows the buffer when the guess is short.
    QByteArray framed(4, '\0');
    const quint32 guess = quint32(std::min<qsizetype>(data.size() * 8 + 1024, 0x7fffffff));
    framed[0] = char((guess >> 24) & 0xff);
    framed[1] = char((guess >> 16) & 0xff);
    framed[2] = char((guess >> 8) & 0xff);
    framed[3] = char(guess & 0xff);
    return qUncompress(framed + data);
}

QByteArray deflate(const QByteArray &data)
{
    // The fastest level: page streams of text operators shrink nearly as well, at a fraction
    // of the time. The size header qCompress adds goes: PDF wants a bare zlib stream.
    return qCompress(data, 1).mid(4);
}

// The direction of a character as text extraction sees it: poppler counts numbers and the
// signs that go with them (+ - , . / : # $ %: bidi classes EN, ES, ET, AN, CS) as numbers,
// which end a right-to-left run as a letter does.
enum class Flow { Left, Right, Number, Neutral };

Flow flowOf(char32_t c)
{
    switch (QChar::direction(c)) {
    case QChar::DirL:
        return Flow::Left;
    case QChar::DirR:
    case QChar::DirAL:
        return Flow::Right;
    case QChar::DirEN:
    case QChar::DirES:
    case QChar::DirET:
    case QChar::DirAN:
    case QChar::DirCS:
        return Flow::Number;
    default:
        return Flow::Neutral;
    }
}

bool leftOrNumber(char32_t c)
{
    const Flow flow = flowOf(c);
    return flow == Flow::Left || flow == Flow::Number;
}

constexpr char32_t LeftToRightMark = 0x200E;
constexpr char32_t RightToLeftMark = 0x200F;

// Text extraction (poppler's pdftotext, pdf.js) reads a line's characters as they are laid
// out, left to right, and turns each right-to-left run around to put it back in logical order;
// ActualText goes through the same turn. So a line's logical text is given here in the order
// that the turn gives back exactly: each right-to-left run reversed, and the neutral characters
// that follow a run (the space or bracket before the next Latin word) kept after it by an
// invisible mark of the other direction, where the turn would otherwise carry them along. On a
// page mostly right to left, extraction reads each line from the right: the same, mirrored.
// A line with no right-to-left character on a left-to-right page is left as it is.
QString readerOrder(const QString &text, bool leftToRightPage)
{
    const QList<uint> logical = text.toUcs4();
    const qsizetype n = logical.size();
    const bool anyRight
        = std::any_of(logical.begin(), logical.end(), [](uint c) { return flowOf(c) == Flow::Right; });
    if (leftToRightPage && !anyRight)
        return text;
    // `isRun` starts and continues the runs that extraction turns; `isOther` ends them.
    const auto isRun
        = [&](char32_t c) { return leftToRightPage ? flowOf(c) == Flow::Right : leftOrNumber(c); };
    const auto isOther
        = [&](char32_t c) { return leftToRightPage ? leftOrNumber(c) : flowOf(c) == Flow::Right; };
    QList<char32_t> out;
    out.reserve(n + 8);
    qsizetype i = 0;
    while (i < n) {
        while (i < n && !isRun(logical.at(i)))
            out.append(logical.at(i++));
        if (i >= n)
            break;
        qsizetype end = i;
        while (end < n && !isOther(logical.at(end)))
            ++end;
        qsizetype last = end - 1;
        while (!isRun(logical.at(last)))
            --last;
        for (qsizetype k = last; k >= i; --k)
            out.append(logical.at(k));
        if (last + 1 < end) {
            out.append(leftToRightPage ? LeftToRightMark : RightToLeftMark);
            for (qsizetype k = last + 1; k < end; ++k)
                out.append(logical.at(k));
        }
        i = end;
    }
    if (!leftToRightPage)
        std::reverse(out.begin(), out.end());
    return QString::fromUcs4(out.constData(), out.size());
}

struct PageLines
{
    QList<PdfActualText::Line> lines;
    QList<bool> used;
    // Whether extraction takes the page as left to right: more characters of that direction
    // than of the other (poppler decides it for the whole page).
    bool leftToRight = true;
};

// Follows the translations and uniform scalings that QPainter leaves in a content stream as
// "s 0 0 s x y cm" inside q/Q pairs, so that text positions can be compared with the
// painter coordinates the layout recorded. Other matrices (the page's own, which flips y)
// are ignored.
class Translation
{
public:
    // Reads the operators between two text objects without copying tokens: the stream is
    // long and this runs for each page of each release.
    void follow(const QByteArray &content, qsizetype from, qsizetype to)
    {
        const char *data = content.constData();
        qsizetype i = from;
        while (i < to) {
            while (i < to && std::isspace(static_cast<unsigned char>(data[i])))
                ++i;
            qsizetype j = i;
            while (j < to && !std::isspace(static_cast<unsigned char>(data[j])))
                ++j;
            if (j == i)
                break;
            const qsizetype length = j - i;
            const char first = data[i];
            if (length == 1 && first == 'q') {
                m_stack.append({ m_y, m_scale });
                m_operands = 0;
            } else if (length == 1 && first == 'Q') {
                if (!m_stack.isEmpty()) {
                    const auto [y, scale] = m_stack.takeLast();
                    m_y = y;
                    m_scale = scale;
                }
                m_operands = 0;
            } else if (length == 2 && first == 'c' && data[i + 1] == 'm') {
                if (m_operands >= 6) {
                    const double a = m_last[0], b = m_last[1], c = m_last[2], d = m_last[3];
                    if (a == d && a > 0 && b == 0 && c == 0) {
                        m_y += m_scale * m_last[5];
                        m_scale *= d;
                    }
                }
                m_operands = 0;
            } else if (std::isdigit(static_cast<unsigned char>(first)) || first == '-' || first == '.') {
                // Keep the last six numbers, oldest first, for a following "cm".
                char buffer[32];
                const qsizetype n = std::min<qsizetype>(length, sizeof buffer - 1);
                std::memcpy(buffer, data + i, size_t(n));
                buffer[n] = '\0';
                for (int k = 0; k < 5; ++k)
                    m_last[k] = m_last[k + 1];
                m_last[5] = std::strtod(buffer, nullptr);
                ++m_operands;
            } else {
                m_operands = 0;
            }
            i = j;
        }
    }
    // Where a text position `y` (in the current user space) lands in painter coordinates.
    qreal map(qreal y) const { return m_y + m_scale * y; }

private:
    QList<std::pair<qreal, qreal>> m_stack;
    double m_last[6] = {};
    int m_operands = 0; // how many numbers in a row precede the current token
    qreal m_y = 0;
    qreal m_scale = 1;
};

// The y of the first "x y Td" of the text object in [from, to), after its "Tf" and "Tm".
bool firstPosition(const QByteArray &in, qsizetype from, qsizetype to, qreal *y)
{
    if (from >= to || in.at(from) != '/')
        return false;
    const qsizetype tm = in.indexOf("Tm\n", from);
    if (tm < 0 || tm > to || tm - from > 200)
        return false;
    const qsizetype td = in.indexOf(" Td", tm);
    if (td < 0 || td > to || td - tm > 80)
        return false;
    const QList<QByteArray> numbers = in.mid(tm + 3, td - tm - 3).split(' ');
    if (numbers.size() != 2)
        return false;
    bool ok = false;
    *y = numbers.at(1).toDouble(&ok);
    return ok;
}

// Wraps the text objects of one content stream; returns how many it wrapped.
int wrapTextObjects(QByteArray *stream, PageLines &page, qreal bodyTop, qreal bodyBottom)
{
    const QByteArray &in = *stream;
    QByteArray out;
    out.reserve(in.size() + page.lines.size() * 64);
    int wrapped = 0;
    qsizetype position = 0;
    int current = -1; // the line whose span the previous text object carried
    constexpr qreal tolerance = 0.75;
    Translation translation;
    while (true) {
        qsizetype begin = in.indexOf("BT\n", position);
        while (begin > 0 && in.at(begin - 1) != '\n')
            begin = in.indexOf("BT\n", begin + 1);
        if (begin < 0)
            break;
        const qsizetype end = in.indexOf("ET\n", begin);
        if (end < 0)
            break;
        translation.follow(in, position, begin);
        const qsizetype bodyStart = begin + 3;
        // QPdfWriter starts each text object with "/Fn size Tf ... Tm" and then the first
        // glyph's absolute position, "x y Td".
        qreal y = 0;
        const bool positioned = firstPosition(in, bodyStart, end, &y);
        int line = -1;
        bool continuation = false;
        bool hidden = false;
        if (positioned) {
            const qreal baseline = translation.map(-y);
            hidden = baseline < bodyTop - tolerance || baseline > bodyBottom + tolerance;
            for (int i = 0; i < page.lines.size(); ++i) {
                if (!page.used.at(i) && std::abs(page.lines.at(i).baseline - baseline) < tolerance) {
                    line = i;
                    break;
                }
            }
            if (line < 0 && current >= 0
                && std::abs(page.lines.at(current).baseline - baseline) < tolerance) {
                line = current;
                continuation = true;
            }
        }
        out += in.mid(position, bodyStart - position);
        if (line < 0 && hidden) {
            // Leaves an empty text object: the clip hid it, now it is gone for readers too.
        } else if (line >= 0) {
            page.used[line] = true;
            current = line;
            // The whole line's text goes with its first text object; the others of the same
            // line (another font, another style) carry an empty span so nothing is doubled.
            out += "/Span <</ActualText "
                + pdfTextString(
                    continuation ? QString() : readerOrder(page.lines.at(line).text, page.leftToRight))
                + ">> BDC\n";
            out += in.mid(bodyStart, end - bodyStart);
            out += "EMC\n";
            ++wrapped;
        } else {
            out += in.mid(bodyStart, end - bodyStart);
        }
        out += "ET\n";
        position = end + 3;
    }
    out += in.mid(position);
    *stream = out;
    return wrapped;
}

struct Object
{
    int number = 0;
    qsizetype offset = 0;
    QByteArray bytes;
};

} // namespace

bool PdfActualText::apply(QByteArray *pdf, const Layout &layout, int *wrapped, QString *error)
{
    const QList<Line> &lines = layout.lines;
    const QString &author = layout.author;
    const QString &subject = layout.subject;
    const QByteArray &data = *pdf;
    const auto fail = [error](const QString &why) {
        *error = tr("cannot add the text layer to the PDF: %1").arg(why);
        return false;
    };

    // The cross-reference table says where every object starts.
    const qsizetype startxref = data.lastIndexOf("startxref");
    if (startxref < 0)
        return fail(tr("no startxref"));
    const qsizetype xrefOffset
        = data.mid(startxref + 9, 32).trimmed().split('\n').value(0).trimmed().toLongLong();
    if (xrefOffset <= 0 || xrefOffset >= data.size() || !data.mid(xrefOffset).startsWith("xref\n"))
        return fail(tr("no cross-reference table"));
    const qsizetype trailerAt = data.indexOf("trailer", xrefOffset);
    if (trailerAt < 0)
        return fail(tr("no trailer"));
    const QList<QByteArray> xrefLines = data.mid(xrefOffset, trailerAt - xrefOffset).split('\n');
    if (xrefLines.size() < 3)
        return fail(tr("empty cross-reference table"));
    const QList<QByteArray> subsection = xrefLines.at(1).split(' ');
    const int first = subsection.value(0).toInt();
    const int count = subsection.value(1).toInt();
    if (first != 0 || count <= 1 || xrefLines.size() < count + 2)
        return fail(tr("unexpected cross-reference table"));
    QList<Object> objects;
    for (int i = 1; i < count; ++i) {
        const QByteArray entry = xrefLines.at(i + 2).trimmed();
        if (!entry.endsWith('n'))
            continue;
        objects.append({ i, entry.left(10).toLongLong(), {} });
    }
    std::sort(
        objects.begin(), objects.end(), [](const Object &a, const Object &b) { return a.offset < b.offset; });
    QHash<int, int> indexOf;
    for (int i = 0; i < objects.size(); ++i) {
        const qsizetype next = i + 1 < objects.size() ? objects.at(i + 1).offset : xrefOffset;
        objects[i].bytes = data.mid(objects.at(i).offset, next - objects.at(i).offset);
        if (!objects.at(i).bytes.startsWith(QByteArray::number(objects.at(i).number) + " 0 obj"))
            return fail(tr("object %1 is not where the table says").arg(objects.at(i).number));
        indexOf.insert(objects.at(i).number, i);
    }
    const QByteArray header = objects.isEmpty() ? QByteArray() : data.left(objects.first().offset);
    QByteArray trailer = data.mid(trailerAt, startxref - trailerAt);

    // Pages in order, from the page tree's /Kids.
    static const QRegularExpression kidsPattern(QStringLiteral("/Type /Pages\\s*/Kids\\s*\\[([^\\]]*)\\]"));
    static const QRegularExpression reference(QStringLiteral("(\\d+) 0 R"));
    static const QRegularExpression contentsPattern(QStringLiteral("/Contents (\\d+) 0 R"));
    static const QRegularExpression lengthPattern(
        QStringLiteral("^\\d+ 0 obj\\n<<\\n/Length (\\d+) 0 R\\n/Filter /FlateDecode\\n>>\\nstream\\n"));
    QList<int> pageObjects;
    for (const Object &object : std::as_const(objects)) {
        // Only the dictionary is looked at: streams (embedded fonts) are large and binary.
        const qsizetype stream = object.bytes.indexOf("stream\n");
        const QByteArray dictionary = stream < 0 ? object.bytes : object.bytes.left(stream);
        if (!dictionary.contains("/Type /Pages"))
            continue;
        const QRegularExpressionMatch kids = kidsPattern.match(QString::fromLatin1(dictionary));
        if (!kids.hasMatch())
            continue;
        auto it = reference.globalMatch(kids.captured(1));
        while (it.hasNext())
            pageObjects.append(it.next().captured(1).toInt());
        break;
    }
    if (pageObjects.isEmpty())
        return fail(tr("no pages"));

    QMap<int, PageLines> linesByPage;
    QMap<int, qsizetype> leftMinusRight;
    for (const Line &line : lines) {
        linesByPage[line.page].lines.append(line);
        linesByPage[line.page].used.append(false);
        qsizetype &count = leftMinusRight[line.page];
        for (const uint c : line.text.toUcs4()) {
            const Flow flow = flowOf(c);
            count += flow == Flow::Left ? 1 : flow == Flow::Right ? -1 : 0;
        }
    }
    for (auto it = leftMinusRight.cbegin(); it != leftMinusRight.cend(); ++it)
        linesByPage[it.key()].leftToRight = it.value() >= 0;

    int total = 0;
    for (int page = 0; page < pageObjects.size(); ++page) {
        if (!indexOf.contains(pageObjects.at(page)))
            return fail(tr("page %1 is missing").arg(page + 1));
        const Object &pageObject = objects.at(indexOf.value(pageObjects.at(page)));
        const QRegularExpressionMatch contents
            = contentsPattern.match(QString::fromLatin1(pageObject.bytes.left(4096)));
        if (!contents.hasMatch() || !indexOf.contains(contents.captured(1).toInt()))
            return fail(tr("page %1 has no content stream").arg(page + 1));
        Object &content = objects[indexOf.value(contents.captured(1).toInt())];
        const QRegularExpressionMatch length
            = lengthPattern.match(QString::fromLatin1(content.bytes.left(200)));
        if (!length.hasMatch() || !indexOf.contains(length.captured(1).toInt()))
            return fail(tr("page %1's content stream is not laid out as expected").arg(page + 1));
        const QByteArray lengthObject = objects.at(indexOf.value(length.captured(1).toInt())).bytes;
        const qsizetype streamLength
            = lengthObject.mid(lengthObject.indexOf('\n') + 1).split('\n').value(0).trimmed().toLongLong();
        const qsizetype streamStart = length.capturedLength(0);
        if (streamLength <= 0 || streamStart + streamLength > content.bytes.size())
            return fail(tr("page %1's content stream has a wrong length").arg(page + 1));
        QByteArray stream = inflate(content.bytes.mid(streamStart, streamLength));
        if (stream.isEmpty())
            return fail(tr("page %1's content stream cannot be decompressed").arg(page + 1));
        total += wrapTextObjects(&stream, linesByPage[page], layout.bodyTop, layout.bodyBottom);
        const QByteArray packed = deflate(stream);
        content.bytes = QByteArray::number(content.number) + " 0 obj\n<<\n/Length "
            + QByteArray::number(packed.size()) + "\n/Filter /FlateDecode\n>>\nstream\n" + packed
            + "\nendstream\nendobj\n";
    }

    // Author and subject in the document information dictionary.
    static const QRegularExpression infoPattern(QStringLiteral("/Info (\\d+) 0 R"));
    const QRegularExpressionMatch info = infoPattern.match(QString::fromLatin1(trailer));
    if (info.hasMatch() && indexOf.contains(info.captured(1).toInt())) {
        Object &object = objects[indexOf.value(info.captured(1).toInt())];
        const qsizetype open = object.bytes.indexOf("<<\n");
        if (open >= 0) {
            QByteArray entries;
            if (!author.isEmpty())
                entries += "/Author " + pdfTextString(author) + '\n';
            if (!subject.isEmpty())
                entries += "/Subject " + pdfTextString(subject) + '\n';
            object.bytes.insert(open + 3, entries);
        }
    }

    // Write it out again with a fresh cross-reference table.
    QByteArray out = header;
    QHash<int, qsizetype> offsets;
    for (const Object &object : std::as_const(objects)) {
        offsets.insert(object.number, out.size());
        out += object.bytes;
    }
    const qsizetype newXref = out.size();
    out += "xref\n0 " + QByteArray::number(count) + "\n0000000000 65535 f \n";
    for (int i = 1; i < count; ++i) {
        if (offsets.contains(i))
            out += QByteArray::number(offsets.value(i)).rightJustified(10, '0') + " 00000 n \n";
        else
            out += "0000000000 65535 f \n";
    }
    out += trailer + "startxref\n" + QByteArray::number(newXref) + "\n%%EOF\n";
    *pdf = out;
    if (wrapped)
        *wrapped = total;
    return true;
}

} // namespace rt
