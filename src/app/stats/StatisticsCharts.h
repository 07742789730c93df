#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QAbstractBarSeries;
class QBarSet;
class QChart;
class QPainter;
class QRectF;
class QSizeF;

namespace rt {
struct StatisticsFigures;
}

namespace rt::app {

// Builds the statistics charts (Qt Charts) from core's figures, apart from any page: the
// statistics page shows them in views, and anything else that needs one (a report, an
// export) builds it here and draws it with render(), which paints vector graphics on any
// QPainter (SVG, PDF, printer) as well as on an image. Every bar keeps the search
// refinement core gave it, so a click can list the dialogues behind it.
class StatisticsCharts
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsCharts)

public:
    enum class Chart {
        Years,
        Months,
        Countries,
        Cities,
        Formats,
        Partners,
        PartnerRoles,
        Speakers,
        SpeakerOrganizations,
        SpeakerCountries,
    };
    // Every chart, in the order the page shows them.
    static QList<Chart> all();
    static QString title(Chart chart);
    // A name for files and objects: "years", "partner-roles".
    static QString name(Chart chart);

    // Bars of the ranked charts (countries, cities, partners, speakers): the first ones.
    static constexpr int MaxRankedBars = 12;
    // Months: the latest ones, with the months between them that had no dialogue.
    static constexpr int MaxMonths = 36;

    // A new chart (the caller owns it) of `figures`; without data it says so in its title.
    static QChart *build(Chart chart, const StatisticsFigures &figures);
    // The search refinement behind bar `index` of `set` (empty when it has none).
    static QString refinement(const QBarSet *set, int index);
    // The value (count) of every bar of the chart's series, in order, for tests and reports.
    static QList<qreal> values(const QChart *chart);
    // The category labels of the chart's bar axis, in order.
    static QStringList categories(const QChart *chart);

    // Draws `chart` into `target` on `painter` at the chart's own layout for that size.
    static void render(QChart *chart, QPainter *painter, const QRectF &target);
    // The chart as PNG or SVG bytes at `size` (device-independent pixels).
    static QByteArray png(QChart *chart, const QSizeF &size);
    static QByteArray svg(QChart *chart, const QSizeF &size, const QString &title);
};

} // namespace rt::app
