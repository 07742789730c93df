#pragma once

#include <QList>
#include <QObject>
#include <QString>
#include <QTextObjectInterface>

class QTextDocument;

namespace rt {

// The annual report's charts, drawn with QPainter into the report's QTextDocument as inline
// objects, so that they reach the PDF as vector paths, not pictures. Two kinds: a bar whose
// length is its share of the largest value (a row of a ranked table, whose label and number
// stay document text, in any script), and a column chart for dialogues per month or year,
// whose labels are digits only (painted text is copied out by the font's cmap alone, which
// is exact for ASCII digits and not for every script).
class ReportChart : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    enum { ObjectType = QTextFormat::UserObject + 71 };
    enum Property { KindProperty = QTextFormat::UserProperty + 1, IndexProperty };
    enum class Kind { Bar, Columns };

    struct Columns
    {
        QStringList labels; // digits: "1" … "12", "2021"
        QList<qint64> values;
    };

    ReportChart() = default;

    // Marks, in HTML, where a chart goes: attach() puts the chart there once the HTML is read.
    QString barMarker(double share); // share of the widest bar, 0 … 1
    QString columnsMarker(const Columns &columns);
    // Registers with `document`'s layout, becomes the document's child and replaces the
    // markers by the charts. Call before the document is laid out.
    void attach(QTextDocument *document);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
        const QTextFormat &format) override;

    static constexpr qreal BarWidth = 260; // at 96 dpi, the width of the longest bar
    static constexpr qreal BarHeight = 11;
    static constexpr qreal ColumnsWidth = 620;
    static constexpr qreal ColumnsHeight = 190;

private:
    QTextDocument *m_document = nullptr;
    QList<double> m_bars;
    QList<Columns> m_columns;
};

} // namespace rt
