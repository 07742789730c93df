#include "core/report/ReportChart.h"

#include "core/press/PressReleaseDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPainter>
#include <QRegularExpression>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace rt {

namespace {

// Markers are private-use characters; the report takes them out of the records' text
// (AnnualReport's escaping), so only its own markers become charts.
const QChar BarMark(0xE000);
const QChar ColumnsMark(0xE001);
const QChar EndMark(0xE002);

const QColor BarColour(0x2e, 0x7d, 0x6b);
const QColor AxisColour(0x88, 0x88, 0x88);
const QColor LabelColour(0x33, 0x33, 0x33);

} // namespace

QString ReportChart::barMarker(double share)
{
    m_bars.append(std::clamp(share, 0.0, 1.0));
    return BarMark + QString::number(m_bars.size() - 1) + EndMark;
}

QString ReportChart::columnsMarker(const Columns &columns)
{
    m_columns.append(columns);
    return ColumnsMark + QString::number(m_columns.size() - 1) + EndMark;
}

void ReportChart::attach(QTextDocument *document)
{
    setParent(document);
    m_document = document;
    document->documentLayout()->registerHandler(ObjectType, this);
    const QRegularExpression marker(QStringLiteral("([\\x{E000}\\x{E001}])(\\d+)\\x{E002}"));
    QTextCursor cursor(m_document);
    // One edit for all the charts: each insertion on its own would have the layout redo the
    // whole booklet (1.4 s of every pass over a year of 200 dialogues).
    QTextCursor edit(m_document);
    edit.beginEditBlock();
    while (true) {
        cursor = m_document->find(marker, cursor);
        if (cursor.isNull())
            break;
        const QString found = cursor.selectedText();
        QTextCharFormat format;
        format.setObjectType(ObjectType);
        format.setProperty(KindProperty, int(found.at(0) == BarMark ? Kind::Bar : Kind::Columns));
        format.setProperty(IndexProperty, found.mid(1, found.size() - 2).toInt());
        format.setVerticalAlignment(QTextCharFormat::AlignMiddle);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
    }
    edit.endEditBlock();
}

QSizeF ReportChart::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    if (Kind(format.intProperty(KindProperty)) == Kind::Columns)
        return { ColumnsWidth, ColumnsHeight };
    const double share = m_bars.value(format.intProperty(IndexProperty));
    // A bar of nothing still takes a sliver of room, so the row keeps its height.
    return { std::max(1.0, share * BarWidth), BarHeight };
}

void ReportChart::drawObject(
    QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format)
{
    const int index = format.intProperty(IndexProperty);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    if (Kind(format.intProperty(KindProperty)) == Kind::Bar) {
        if (m_bars.value(index) > 0)
            painter->fillRect(rect.adjusted(0, 1, 0, -1), BarColour);
        painter->restore();
        return;
    }
    const Columns columns = m_columns.value(index);
    // Text is laid out at 96 dpi and the painter scales it up: sizes in pixels, not points.
    QFont font = PressReleaseDocument::defaultFont();
    font.setPixelSize(10);
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    const qreal labelBand = metrics.height() + 4;
    const QRectF plot = rect.adjusted(4, labelBand, -4, -labelBand);
    const qint64 largest = std::max<qint64>(
        1, columns.values.isEmpty() ? 1 : *std::max_element(columns.values.begin(), columns.values.end()));
    const int count = int(columns.values.size());
    painter->setPen(QPen(AxisColour, 0.75));
    painter->drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()));
    if (count == 0) {
        painter->restore();
        return;
    }
    const qreal slot = plot.width() / count;
    const qreal barWidth = std::min<qreal>(slot * 0.7, 48);
    for (int i = 0; i < count; ++i) {
        const qint64 value = columns.values.at(i);
        const qreal height = plot.height() * value / largest;
        const qreal x = plot.left() + slot * i + (slot - barWidth) / 2;
        const QRectF bar(x, plot.bottom() - height, barWidth, height);
        if (value > 0)
            painter->fillRect(bar, BarColour);
        painter->setPen(LabelColour);
        const QString number = QString::number(value);
        painter->drawText(
            QPointF(x + (barWidth - metrics.horizontalAdvance(number)) / 2, bar.top() - 3), number);
        const QString label = columns.labels.value(i);
        painter->drawText(QPointF(plot.left() + slot * i + (slot - metrics.horizontalAdvance(label)) / 2,
                              plot.bottom() + metrics.ascent() + 3),
            label);
    }
    painter->restore();
}

} // namespace rt
