#include "app/stats/StatisticsCharts.h"

#include "app/window/Labels.h"
#include "core/records/Records.h"
#include "core/stats/Statistics.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QDate>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLegend>
#include <QLocale>
#include <QPainter>
#include <QSvgGenerator>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <memory>

namespace rt::app {

namespace {

const char *RefinementsProperty = "refinements";

// A saved chart keeps a white margin round it, so no label touches the picture's edge.
QRectF padded(const QSizeF &size)
{
    constexpr qreal margin = 16;
    return QRectF(margin, margin, size.width() - 2 * margin, size.height() - 2 * margin);
}

// One bar: its label, its count and the refinement that lists its dialogues.
struct Bar
{
    QString label;
    qreal value = 0;
    QString refinement;
};

QString countryLabel(const QString &code)
{
    if (code.isEmpty())
        return StatisticsCharts::tr("(not given)");
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    if (territory == QLocale::AnyTerritory)
        return code;
    return QStringLiteral("%1 (%2)").arg(QLocale::territoryToString(territory), code);
}

QString notGiven(const QString &value)
{
    return value.isEmpty() ? StatisticsCharts::tr("(not given)") : value;
}

// Long names are cut in the middle of nowhere by the axis: cut them here, with an ellipsis.
QString shortened(const QString &text, int length = 42)
{
    return text.size() <= length ? text : text.left(length - 1).trimmed() + QChar(0x2026);
}

QList<Bar> barsOf(const QList<StatisticsBucket> &buckets,
    const std::function<QString(const QString &)> &label, int limit = 0)
{
    QList<Bar> bars;
    for (const StatisticsBucket &b : buckets) {
        if (limit > 0 && bars.size() >= limit)
            break;
        bars.append({ label(b.value), qreal(b.dialogues), b.refinement });
    }
    return bars;
}

// The latest months, each one between them included (a month without dialogues is a 0 bar).
QList<Bar> monthBars(const QList<StatisticsBucket> &months)
{
    QList<Bar> bars;
    QList<StatisticsBucket> dated;
    for (const StatisticsBucket &b : months) {
        if (QDate::fromString(b.value + QStringLiteral("-01"), Qt::ISODate).isValid())
            dated.append(b);
    }
    if (dated.isEmpty())
        return bars;
    const QDate last = QDate::fromString(dated.last().value + QStringLiteral("-01"), Qt::ISODate);
    const QDate first = std::max(QDate::fromString(dated.first().value + QStringLiteral("-01"), Qt::ISODate),
        last.addMonths(-(StatisticsCharts::MaxMonths - 1)));
    QHash<QString, const StatisticsBucket *> byMonth;
    for (const StatisticsBucket &b : std::as_const(dated))
        byMonth.insert(b.value, &b);
    for (QDate month = first; month <= last; month = month.addMonths(1)) {
        const QString key = month.toString(QStringLiteral("yyyy-MM"));
        const StatisticsBucket *b = byMonth.value(key);
        bars.append({ key, b ? qreal(b->dialogues) : 0, b ? b->refinement : QString() });
    }
    return bars;
}

// A value axis of whole numbers from 0 to a little above the largest bar.
QValueAxis *countAxis(qreal largest)
{
    auto *axis = new QValueAxis;
    const qreal top = std::max<qreal>(1, largest);
    axis->setRange(0, top);
    axis->setTickCount(int(std::min<qreal>(top, 5)) + 1);
    axis->applyNiceNumbers(); // 0, 400, 800, ... rather than 0, 334, 668, ...
    axis->setLabelFormat(QStringLiteral("%d"));
    return axis;
}

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(false);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    QFont font = chart->titleFont();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    chart->setTitleFont(font);
    return chart;
}

// Puts `bars` in the chart as one set; horizontal bars read best for ranked names, the
// first at the top.
void addBars(QChart *chart, const QList<Bar> &bars, bool horizontal, const QString &setName)
{
    auto *set = new QBarSet(setName);
    QStringList labels;
    QStringList refinements;
    qreal largest = 0;
    QList<Bar> ordered = bars;
    if (horizontal)
        std::reverse(ordered.begin(), ordered.end()); // a horizontal axis counts from the bottom
    for (const Bar &bar : std::as_const(ordered)) {
        set->append(bar.value);
        labels.append(shortened(bar.label));
        refinements.append(bar.refinement);
        largest = std::max(largest, bar.value);
    }
    set->setProperty(RefinementsProperty, refinements);
    set->setLabelColor(Qt::black);
    QAbstractBarSeries *series = horizontal ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
                                            : static_cast<QAbstractBarSeries *>(new QBarSeries);
    series->append(set);
    series->setLabelsVisible(bars.size() <= 40);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    QValueAxis *counts = countAxis(largest * 1.12);
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(counts, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(counts);
    if (!horizontal && bars.size() > 8)
        categories->setLabelsAngle(-90); // upright, a dozen years or months are cut short
}

// Partners ranked by dialogues, each bar split by the roles they held (and the dialogues
// in which only one of their people spoke).
void addPartnerRoles(QChart *chart, const QList<PartnerStatistics> &partners)
{
    QList<PartnerStatistics> shown = partners.mid(0, StatisticsCharts::MaxRankedBars);
    std::reverse(shown.begin(), shown.end());
    auto *series = new QHorizontalStackedBarSeries;
    QStringList labels;
    QStringList refinements;
    for (const PartnerStatistics &p : std::as_const(shown)) {
        labels.append(shortened(p.name));
        refinements.append(p.refinement);
    }
    qreal largest = 0;
    QList<qreal> totals(shown.size(), 0);
    QStringList roles = OrganizationRole::all();
    for (const QString &role : std::as_const(roles)) {
        auto *set = new QBarSet(Labels::organizationRole(role));
        bool any = false;
        for (int i = 0; i < shown.size(); ++i) {
            const qreal value = qreal(shown.at(i).roles.value(role));
            set->append(value);
            totals[i] += value;
            any = any || value > 0;
        }
        set->setProperty(RefinementsProperty, refinements);
        if (any)
            series->append(set);
        else
            delete set;
    }
    auto *spoke = new QBarSet(StatisticsCharts::tr("Speaker only"));
    bool anySpoke = false;
    for (int i = 0; i < shown.size(); ++i) {
        // The dialogues it took part in through a speaker alone, in no named role (roles
        // rarely overlap within one dialogue, so the rest of its dialogues).
        const qreal value = std::max<qreal>(0, qreal(shown.at(i).dialogues) - totals.at(i));
        spoke->append(value);
        totals[i] += value;
        anySpoke = anySpoke || value > 0;
    }
    spoke->setProperty(RefinementsProperty, refinements);
    if (anySpoke)
        series->append(spoke);
    else
        delete spoke;
    for (const qreal total : std::as_const(totals))
        largest = std::max(largest, total);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    QValueAxis *counts = countAxis(largest * 1.05);
    chart->addAxis(categories, Qt::AlignLeft);
    chart->addAxis(counts, Qt::AlignBottom);
    series->attachAxis(categories);
    series->attachAxis(counts);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

} // namespace

QList<StatisticsCharts::Chart> StatisticsCharts::all()
{
    return { Chart::Years, Chart::Formats, Chart::Months, Chart::Countries, Chart::Cities, Chart::Partners,
        Chart::PartnerRoles, Chart::Speakers, Chart::SpeakerOrganizations, Chart::SpeakerCountries };
}

QString StatisticsCharts::title(Chart chart)
{
    switch (chart) {
    case Chart::Years:
        return tr("Dialogues per year");
    case Chart::Months:
        return tr("Dialogues per month");
    case Chart::Countries:
        return tr("Dialogues by country");
    case Chart::Cities:
        return tr("Dialogues by city");
    case Chart::Formats:
        return tr("Dialogues by format");
    case Chart::Partners:
        return tr("Partner organisations by dialogues");
    case Chart::PartnerRoles:
        return tr("Partner organisations by role");
    case Chart::Speakers:
        return tr("Speakers by dialogues");
    case Chart::SpeakerOrganizations:
        return tr("Speakers by organisation (dialogues)");
    case Chart::SpeakerCountries:
        return tr("Speakers by country of their organisation (dialogues)");
    }
    return {};
}

QString StatisticsCharts::name(Chart chart)
{
    static const char *const names[] = { "years", "months", "countries", "cities", "formats", "partners",
        "partner-roles", "speakers", "speaker-organizations", "speaker-countries" };
    return QString::fromLatin1(names[int(chart)]);
}

QChart *StatisticsCharts::build(Chart chart, const StatisticsFigures &figures)
{
    QChart *made = newChart(title(chart));
    const QString dialogues = tr("Dialogues");
    auto same = [](const QString &value) { return notGiven(value); };
    QList<Bar> bars;
    bool horizontal = true;
    switch (chart) {
    case Chart::Years:
        bars = barsOf(figures.years, same);
        horizontal = false;
        break;
    case Chart::Months:
        bars = monthBars(figures.months);
        horizontal = false;
        if (figures.months.size() > 0 && bars.size() >= MaxMonths)
            made->setTitle(tr("Dialogues per month (the latest %1 months)").arg(MaxMonths));
        break;
    case Chart::Countries:
        bars = barsOf(figures.countries, countryLabel, MaxRankedBars);
        break;
    case Chart::Cities:
        bars = barsOf(figures.cities, same, MaxRankedBars);
        break;
    case Chart::Formats:
        bars = barsOf(
            figures.formats, [](const QString &v) { return v.isEmpty() ? notGiven(v) : Labels::format(v); });
        horizontal = false;
        break;
    case Chart::Partners:
        for (const PartnerStatistics &p : figures.partners.mid(0, MaxRankedBars))
            bars.append({ p.name, qreal(p.dialogues), p.refinement }); // as speakers' organisations are named
        break;
    case Chart::PartnerRoles:
        if (figures.partners.isEmpty())
            break;
        addPartnerRoles(made, figures.partners);
        return made;
    case Chart::Speakers:
        for (const SpeakerStatistics &s : figures.speakerRanking.mid(0, MaxRankedBars))
            bars.append({ s.name, qreal(s.dialogues), s.refinement });
        break;
    case Chart::SpeakerOrganizations:
        bars = barsOf(figures.speakerOrganizations, same, MaxRankedBars);
        break;
    case Chart::SpeakerCountries:
        bars = barsOf(figures.speakerCountries, countryLabel, MaxRankedBars);
        break;
    }
    if (bars.isEmpty()) {
        made->setTitle(tr("%1: no dialogues").arg(made->title()));
        return made;
    }
    addBars(made, bars, horizontal, dialogues);
    return made;
}

QString StatisticsCharts::refinement(const QBarSet *set, int index)
{
    return set ? set->property(RefinementsProperty).toStringList().value(index) : QString();
}

QList<qreal> StatisticsCharts::values(const QChart *chart)
{
    QList<qreal> result;
    for (QAbstractSeries *series : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            const QList<QBarSet *> sets = bars->barSets();
            if (sets.isEmpty())
                continue;
            for (int i = 0; i < sets.first()->count(); ++i) {
                qreal sum = 0;
                for (const QBarSet *set : sets)
                    sum += set->at(i);
                result.append(sum);
            }
            // Horizontal charts list their first bar at the top: give them in reading order.
            if (qobject_cast<QHorizontalBarSeries *>(series)
                || qobject_cast<QHorizontalStackedBarSeries *>(series))
                std::reverse(result.begin(), result.end());
        }
    }
    return result;
}

QStringList StatisticsCharts::categories(const QChart *chart)
{
    for (QAbstractAxis *axis : chart->axes()) {
        if (auto *categoryAxis = qobject_cast<QBarCategoryAxis *>(axis)) {
            QStringList list = categoryAxis->categories();
            if (axis->orientation() == Qt::Vertical)
                std::reverse(list.begin(), list.end());
            return list;
        }
    }
    return {};
}

void StatisticsCharts::render(QChart *chart, QPainter *painter, const QRectF &target)
{
    std::unique_ptr<QGraphicsScene> own;
    QGraphicsScene *scene = chart->scene();
    if (!scene) {
        own = std::make_unique<QGraphicsScene>();
        own->addItem(chart);
        scene = own.get();
    }
    chart->setGeometry(QRectF(QPointF(0, 0), target.size()));
    chart->layout()->activate();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    scene->render(painter, target, chart->sceneBoundingRect());
    if (own)
        own->removeItem(chart);
}

QByteArray StatisticsCharts::png(QChart *chart, const QSizeF &size)
{
    const qreal scale = 2; // sharp on a high-density screen and in print
    QImage image((size * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        render(chart, &painter, padded(size));
    }
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QByteArray StatisticsCharts::svg(QChart *chart, const QSizeF &size, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), size));
    generator.setResolution(96); // as on screen and in the PNG (the generator's default is 72)
    generator.setTitle(title);
    generator.setDescription(tr("Made by Roundtable"));
    {
        QPainter painter(&generator);
        painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
        render(chart, &painter, padded(size));
    }
    return bytes;
}

} // namespace rt::app
