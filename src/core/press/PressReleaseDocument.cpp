#include "core/press/PressReleaseDocument.h"

#include "core/press/Letterhead.h"
#include "core/press/PdfActualText.h"
#include "core/safety/OutputFile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QTextLayout>
#include <QTextTable>

#include <cmath>

namespace rt {

namespace {

QStringList bodyFamilies()
{
    return { QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans CJK SC"),
        QStringLiteral("Noto Sans Thai"), QStringLiteral("Noto Sans Lao"), QStringLiteral("Noto Sans Khmer"),
        QStringLiteral("Noto Sans Myanmar") };
}

// Characters that need no glyph of their own: spaces, controls, joiners, variation selectors.
bool needsNoGlyph(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Separator_Space || category == QChar::Separator_Line
        || category == QChar::Separator_Paragraph || category == QChar::Other_Control
        || category == QChar::Other_Format || c == 0xFFFC || (c >= 0xFE00 && c <= 0xFE0F);
}

QString lineText(const QString &text)
{
    QString cleaned = text;
    cleaned.remove(QChar(0xFFFC)); // images and other objects
    cleaned.replace(QChar::LineSeparator, QLatin1Char(' '));
    return cleaned.trimmed();
}

// The page a line of `height` at `top` is painted on: by its middle, since the layout puts a
// line pushed to the next page a hair above the page boundary.
int pageAt(qreal top, qreal height, qreal pageHeight)
{
    return int(std::floor((top + height / 2) / pageHeight));
}

} // namespace

struct PressReleaseDocument::Lines : PdfActualText::Layout
{
};

QFont PressReleaseDocument::defaultFont()
{
    QFont font;
    font.setFamilies(bodyFamilies());
    font.setPointSizeF(11);
    // Paper wants the fonts' design metrics, not ones hinted for a 96-dpi screen, and
    // skipping the hinting interpreter makes layout markedly cheaper.
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

// Where the parts of a page go, in device pixels, and the scale from the 96-dpi layout.
struct PressReleaseDocument::Geometry
{
    int dpi = 96;
    QRectF area; // the printable area inside the margins
    qreal band = 0; // room for the header, and for the footer
    qreal width = 0;
    qreal height = 0; // of the body on each page
    qreal scale = 1; // device pixels per layout pixel
    qreal layoutHeight = 0;
    QFont small; // header and footer
};

namespace {

// The text is laid out at 96 dots per inch, where CSS pixels in templates mean what they
// mean on screen, and scaled up to the device as QTextDocument::print() does.
QImage *layoutDevice()
{
    static QImage image = [] {
        QImage image(1, 1, QImage::Format_Mono);
        image.setDotsPerMeterX(3780);
        image.setDotsPerMeterY(3780);
        return image;
    }();
    return &image;
}

} // namespace

PressReleaseDocument::Geometry PressReleaseDocument::geometry(const QPagedPaintDevice &device)
{
    Geometry g;
    g.dpi = device.logicalDpiY();
    g.area = device.pageLayout().paintRectPixels(g.dpi);
    g.small = defaultFont();
    g.small.setPointSizeF(8);
    const QFontMetricsF metrics(g.small, &device);
    g.band = metrics.height() * 2.5;
    g.width = g.area.width();
    g.height = std::max<qreal>(g.area.height() - 2 * g.band, metrics.height() * 4);
    g.scale = g.dpi / qreal(layoutDevice()->logicalDpiY());
    g.layoutHeight = g.height / g.scale;
    return g;
}

void PressReleaseDocument::prepare(QTextDocument &document, const Geometry &geometry)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    if (layout->paintDevice() != layoutDevice())
        layout->setPaintDevice(layoutDevice());
    if (document.documentMargin() != 0)
        document.setDocumentMargin(0);
    const QSizeF pageSize(geometry.width / geometry.scale, geometry.layoutHeight);
    if (document.pageSize() != pageSize) {
        document.setPageSize(pageSize);
        keepTogether(document);
    }
}

std::unique_ptr<QTextDocument> PressReleaseDocument::document(const QString &html,
    const QPagedPaintDevice *device, const std::function<void(QTextDocument &)> &beforeLayout)
{
    auto document = std::make_unique<QTextDocument>();
    document->setDefaultFont(defaultFont());
    // Set before the text is read: setting it afterwards lays the whole text out again.
    if (device)
        document->setDocumentMargin(0);
    Letterhead::addTo(*document);
    if (beforeLayout) {
        // Without a page size QTextDocumentLayout lays nothing out; prepare() then lays the
        // edited text out once.
        document->setHtml(html);
        beforeLayout(*document);
        if (device)
            prepare(*document, geometry(*device));
        return document;
    }
    if (device)
        prepare(*document, geometry(*device));
    document->setHtml(html);
    if (device)
        keepTogether(*document);
    return document;
}

namespace {

bool hasAnchor(const QTextBlock &block, const QString &name)
{
    for (QTextBlock::iterator it = block.begin(); !it.atEnd(); ++it) {
        if (it.fragment().charFormat().anchorNames().contains(name))
            return true;
    }
    return false;
}

} // namespace

int PressReleaseDocument::pageCount(QTextDocument &document, qreal pageHeight)
{
    // The pages the text needs, by the bottom of its last line: QTextDocument::pageCount()
    // also counts the last paragraph's bottom margin, which printed a blank last page when
    // the text ended a few pixels above the foot of a page.
    qreal bottom = 0;
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.lastBlock(); block.isValid(); block = block.previous()) {
        const QTextLayout *lines = block.layout();
        if (!lines || lines->lineCount() == 0 || block.text().trimmed().isEmpty())
            continue;
        const QTextLine last = lines->lineAt(lines->lineCount() - 1);
        bottom = layout->blockBoundingRect(block).top() + last.y() + last.height();
        break;
    }
    if (pageHeight <= 0 || bottom <= 0)
        return std::max(1, document.pageCount());
    return std::max(1, int(std::ceil(bottom / pageHeight - 1e-6)));
}

void PressReleaseDocument::keepTogether(QTextDocument &document)
{
    const qreal pageHeight = document.pageSize().height();
    if (pageHeight <= 0)
        return;
    const QString start = QString::fromLatin1(KeepStart);
    const QString end = QString::fromLatin1(KeepEnd);
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (!hasAnchor(block, start))
            continue;
        QTextBlock last = block;
        while (last.next().isValid() && !hasAnchor(last, end))
            last = last.next();
        const QRectF first = layout->blockBoundingRect(block);
        const QRectF final = layout->blockBoundingRect(last);
        const int firstPage = int(std::floor(first.top() / pageHeight));
        const int lastPage = int(std::floor((final.bottom() - 1) / pageHeight));
        // A group longer than a page cannot be kept on one; it breaks where it must.
        if (firstPage != lastPage && final.bottom() - first.top() < pageHeight
            && block.blockFormat().pageBreakPolicy() != QTextFormat::PageBreak_AlwaysBefore) {
            QTextBlockFormat format;
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).mergeBlockFormat(format);
        }
        block = last;
    }
    // Tables of one row, in document order: moving one down moves those after it.
    for (QTextFrame *frame : document.rootFrame()->childFrames()) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table || table->rows() != 1)
            continue;
        const QRectF rect = layout->frameBoundingRect(table);
        const int firstPage = int(std::floor(rect.top() / pageHeight));
        const int lastPage = int(std::floor((rect.bottom() - 1) / pageHeight));
        QTextTableFormat format = table->format();
        if (firstPage != lastPage && rect.height() < pageHeight
            && !(format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)) {
            format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
            table->setFormat(format);
        }
    }
}

int PressReleaseDocument::paint(
    QTextDocument &document, QPagedPaintDevice &device, QPainter &painter, const PageSetup &setup)
{
    return paint(document, device, painter, setup, nullptr);
}

int PressReleaseDocument::paint(QTextDocument &document, QPagedPaintDevice &device, QPainter &painter,
    const PageSetup &setup, Lines *lines)
{
    const Geometry g = geometry(device);
    prepare(document, g);
    const int dpi = g.dpi;
    const QRectF &area = g.area;
    const QFont &small = g.small;
    const QFontMetricsF metrics(small, &device);
    const qreal band = g.band;
    const qreal width = g.width;
    const qreal height = g.height;
    const qreal scale = g.scale;
    const qreal layoutHeight = g.layoutHeight;
    const int pages = pageCount(document, layoutHeight);

    if (lines) {
        lines->bodyTop = band;
        lines->bodyBottom = band + height;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            const QTextLayout *layout = block.layout();
            if (!layout)
                continue;
            const QRectF rect = document.documentLayout()->blockBoundingRect(block);
            // A table cell is painted at a whole layout pixel, which blockBoundingRect does not
            // say: without rounding, the text of every cell would miss its line by a fraction.
            qreal origin = rect.top();
            if (qobject_cast<QTextTable *>(document.frameAt(block.position()))) {
                const qreal inCell = layout->position().y();
                origin = std::round(rect.top() - inCell) + inCell;
            }
            for (int i = 0; i < layout->lineCount(); ++i) {
                const QTextLine line = layout->lineAt(i);
                const QString text = lineText(block.text().mid(line.textStart(), line.textLength()));
                if (text.isEmpty())
                    continue;
                const qreal top = origin + line.y();
                const int page = pageAt(top, line.height(), layoutHeight);
                lines->lines.append(
                    { page, band + scale * (top + line.ascent() - page * layoutHeight), text });
            }
        }
    }

    const QPen rulePen(QColor(0x88, 0x88, 0x88), dpi / 144.0);
    // The header with its rule, the footer and the page number of `page`.
    auto paintBands = [&](int page) {
        painter.save();
        painter.setFont(small);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        if (!setup.header.isEmpty()) {
            const QString header = metrics.elidedText(setup.header, Qt::ElideRight, width);
            const qreal baseline = metrics.ascent();
            painter.drawText(QPointF(0, baseline), header);
            painter.setPen(rulePen);
            painter.drawLine(QPointF(0, baseline + metrics.descent() + dpi / 24.0),
                QPointF(width, baseline + metrics.descent() + dpi / 24.0));
            if (lines)
                lines->lines.append({ page, baseline, lineText(header) });
        }
        const QString number = QStringLiteral("%1 / %2").arg(page + 1).arg(pages);
        const qreal numberWidth = metrics.horizontalAdvance(number);
        const qreal footerBaseline = area.height() - metrics.descent();
        painter.setPen(QColor(0x55, 0x55, 0x55));
        if (!setup.footer.isEmpty()) {
            const QString footer = metrics.elidedText(
                setup.footer, Qt::ElideRight, width - numberWidth - metrics.height() * 2);
            painter.drawText(QPointF(0, footerBaseline), footer);
            if (lines)
                lines->lines.append({ page, footerBaseline, lineText(footer) });
        }
        painter.drawText(QPointF(width - numberWidth, footerBaseline), number);
        if (lines)
            lines->lines.append({ page, footerBaseline, number });
        painter.restore();
    };
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            device.newPage();
        if (page > 0 || !setup.bareFirstPage)
            paintBands(page);

        painter.save();
        painter.translate(0, band);
        painter.scale(scale, scale);
        painter.translate(0, -page * layoutHeight);
        const QRectF clip(0, page * layoutHeight, width / scale, layoutHeight);
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    return pages;
}

int PressReleaseDocument::pageOf(const QTextDocument &document, const QTextBlock &block)
{
    const QRectF rect = document.documentLayout()->blockBoundingRect(block);
    const QTextLayout *layout = block.layout();
    const bool lined = layout && layout->lineCount() > 0;
    const qreal top = rect.top() + (lined ? layout->lineAt(0).y() : 0);
    return pageAt(top, lined ? layout->lineAt(0).height() : 0, document.pageSize().height());
}

bool PressReleaseDocument::pdf(const QString &html, const PageSetup &setup, QByteArray *pdf, QString *error)
{
    return PressReleaseDocument::pdf(
        [&html](const QPagedPaintDevice &device, QString *) { return document(html, &device); }, setup, pdf,
        error);
}

bool PressReleaseDocument::pdf(const Builder &build, const PageSetup &setup, QByteArray *pdf, QString *error)
{
    QBuffer buffer(pdf);
    buffer.open(QIODevice::WriteOnly);
    Lines lines;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(1200);
        writer.setPageLayout(
            QPageLayout(setup.pageSize, QPageLayout::Portrait, setup.margins, QPageLayout::Millimeter));
        writer.setTitle(setup.title);
        writer.setCreator(QStringLiteral("Roundtable ") + QLatin1String(ROUNDTABLE_VERSION));
        const std::unique_ptr<QTextDocument> document = build(writer, error);
        if (!document)
            return false;
        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = tr("cannot start the PDF");
            return false;
        }
        paint(*document, writer, painter, setup, &lines);
        if (!painter.end()) {
            *error = tr("cannot finish the PDF");
            return false;
        }
    }
    buffer.close();
    QString why;
    lines.author = setup.author;
    lines.subject = setup.subject;
    if (!PdfActualText::apply(pdf, lines, nullptr, &why))
        qWarning("Roundtable: %s", qPrintable(why)); // the PDF is still whole, its text only less exact
    return true;
}

bool PressReleaseDocument::write(const QString &html, const PageSetup &setup, const QString &path,
    const QString &format, QString *error, const QString &archive)
{
    // Refused before the work of laying it out, not after.
    if (!OutputFile::mayWrite(path, archive, error))
        return false;
    const QString kind = (format.isEmpty() ? QFileInfo(path).suffix() : format).toLower();
    QByteArray bytes;
    if (kind == QLatin1String("pdf")) {
        if (!pdf(html, setup, &bytes, error))
            return false;
    } else if (kind == QLatin1String("html") || kind == QLatin1String("htm")) {
        // A browser knows nothing of the letterhead's URL: the logo goes into the file itself.
        QString standalone = html;
        if (standalone.contains(QLatin1String(Letterhead::LogoUrl))) {
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            Letterhead::currentLogo().save(&buffer, "PNG");
            standalone.replace(QLatin1String(Letterhead::LogoUrl),
                QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64()));
        }
        bytes = standalone.toUtf8();
    } else if (kind == QLatin1String("odt")) {
        const std::unique_ptr<QTextDocument> document = PressReleaseDocument::document(html);
        document->setMetaInformation(QTextDocument::DocumentTitle, setup.title);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QTextDocumentWriter writer(&buffer, "odf");
        if (!writer.write(document.get())) {
            *error = tr("cannot write the ODT document");
            return false;
        }
    } else {
        *error = tr("unknown format \"%1\" (pdf, html or odt)").arg(kind);
        return false;
    }
    return OutputFile::write(path, bytes, archive, error);
}

QString PressReleaseDocument::unsupportedCharacters(const QString &text)
{
    // Fonts are asked once per character and process; most text is covered by the body
    // fonts, the rest by any installed family.
    static QHash<char32_t, bool> known;
    static QList<QRawFont> bodyFonts;
    if (bodyFonts.isEmpty()) {
        for (const QString &family : bodyFamilies())
            bodyFonts.append(QRawFont::fromFont(QFont(family)));
    }
    QString missing;
    for (const char32_t c : text.toUcs4()) {
        if (needsNoGlyph(c))
            continue;
        auto it = known.find(c);
        if (it == known.end()) {
            bool shown = false;
            for (const QRawFont &font : std::as_const(bodyFonts)) {
                if (font.isValid() && font.supportsCharacter(c)) {
                    shown = true;
                    break;
                }
            }
            if (!shown) {
                const QStringList families = QFontDatabase::families();
                for (const QString &family : families) {
                    if (QRawFont::fromFont(QFont(family)).supportsCharacter(c)) {
                        shown = true;
                        break;
                    }
                }
            }
            it = known.insert(c, shown);
        }
        const QString character = QString::fromUcs4(&c, 1);
        if (!it.value() && !missing.contains(character))
            missing += character;
    }
    return missing;
}

} // namespace rt
