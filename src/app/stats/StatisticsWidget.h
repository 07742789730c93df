#pragma once

#include "app/stats/StatisticsCharts.h"
#include "core/stats/Statistics.h"

#include <QMap>
#include <QThread>
#include <QTimer>
#include <QWidget>

class QChartView;
class QLabel;
class QLineEdit;

namespace rt {
class Database;
}

namespace rt::app {

class StatisticsWorker;

// The statistics page: a query box in the search language ("year:2022 org:UNEP"), counted
// as the user types (debounced, on a worker thread), and the charts of what it matches.
// Clicking a bar asks for the dialogues behind it (dialoguesRequested with the refined
// query); each chart saves as PNG or SVG and copies to the clipboard from its context
// menu or with Ctrl+S, Ctrl+Shift+S and Ctrl+C when it has the focus.
class StatisticsWidget : public QWidget
{
    Q_OBJECT

public:
    static constexpr int DebounceMs = 300;
    // After an archive opens, the whole archive's figures are counted this long after, in
    // the background, whether or not the page is shown.
    static constexpr int PrefetchDelayMs = 1500;
    // The size a chart is saved or copied at (device-independent pixels).
    static constexpr int ExportWidth = 1000;
    static constexpr int ExportHeight = 620;

    explicit StatisticsWidget(QWidget *parent = nullptr);
    ~StatisticsWidget() override;

    void setArchive(const QString &path, Database *database);
    // An archive whose dialogues cannot be chosen yet (a server archive: the choice is a search,
    // not done on PostgreSQL yet): the query is disabled and `reason` shown in one line.
    void setUnavailable(const QString &reason);
    void closeArchive();
    // The records changed: count again now if shown, else when next shown.
    void countAgain();

    QString query() const;
    void setQuery(const QString &query);
    void focusQuery();
    QLineEdit *queryLineEdit() const { return m_queryEdit; }

    const StatisticsFigures &figures() const { return m_figures; }
    QChartView *chartView(StatisticsCharts::Chart chart) const { return m_views.value(chart); }
    // The query that lists the dialogues behind a bar: the page's query and the refinement.
    QString refinedQuery(const QString &refinement) const;

    // Writes `chart` to `path` as PNG or SVG (by the name's suffix); false with a message
    // shown to the user on failure.
    bool saveChart(StatisticsCharts::Chart chart, const QString &path);
    void copyChart(StatisticsCharts::Chart chart);

signals:
    void dialoguesRequested(const QString &query);
    // New figures are on screen, in every chart (for tests and the benchmark).
    void figuresShown(qint64 dialogues);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void startCounting();
    void showFigures(quint64 generation, const rt::StatisticsFigures &figures, const QString &error);
    void askToSave(StatisticsCharts::Chart chart, const QString &format);
    void addChartActions(QChartView *view, StatisticsCharts::Chart chart);

    QLineEdit *m_queryEdit = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QMap<StatisticsCharts::Chart, QChartView *> m_views;
    StatisticsFigures m_figures;
    QString m_archivePath;
    bool m_stale = false;

    QTimer m_debounce;
    QThread m_thread;
    StatisticsWorker *m_worker = nullptr;
    quint64 m_generation = 0;
};

} // namespace rt::app
