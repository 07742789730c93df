#include "app/stats/StatisticsWidget.h"

#include "app/stats/StatisticsWorker.h"
#include "app/window/MessageBox.h"
#include "core/db/Database.h"
#include "core/safety/OutputFile.h"

#include <QAbstractBarSeries>
#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <memory>

namespace rt::app {

namespace {

// Rankings are counted a little past what a chart shows, so the page and the CLI agree.
constexpr int RankingLimit = 50;

} // namespace

StatisticsWidget::StatisticsWidget(QWidget *parent)
    : QWidget(parent)
{
    m_queryEdit = new QLineEdit;
    m_queryEdit->setObjectName(QStringLiteral("statisticsQueryLineEdit"));
    m_queryEdit->setClearButtonEnabled(true);
    m_queryEdit->setPlaceholderText(tr("Count the dialogues a search matches (all without one): e.g. "
                                       "year:2022 org:UNEP, country:LA, format:online"));
    m_summaryLabel = new QLabel;
    m_summaryLabel->setObjectName(QStringLiteral("statisticsSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *charts = new QWidget;
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(12);
    // Two charts a row; the months span the page's width.
    int row = 0;
    int column = 0;
    for (const StatisticsCharts::Chart chart : StatisticsCharts::all()) {
        auto *view = new QChartView(StatisticsCharts::build(chart, m_figures));
        view->setObjectName(StatisticsCharts::name(chart) + QStringLiteral("ChartView"));
        view->setRenderHint(QPainter::Antialiasing);
        // A dozen ranked names need room: Qt Charts cuts a name to "..." when its row is lower
        // than its text.
        const bool ranked = chart == StatisticsCharts::Chart::Cities
            || chart == StatisticsCharts::Chart::Partners || chart == StatisticsCharts::Chart::PartnerRoles
            || chart == StatisticsCharts::Chart::Speakers
            || chart == StatisticsCharts::Chart::SpeakerOrganizations;
        view->setMinimumHeight(ranked ? 480 : 340);
        view->setFocusPolicy(Qt::StrongFocus);
        view->setToolTip(tr("Click a bar to see its dialogues; right-click to save or copy the chart"));
        addChartActions(view, chart);
        m_views.insert(chart, view);
        if (chart == StatisticsCharts::Chart::Months) {
            if (column != 0) {
                ++row;
                column = 0;
            }
            grid->addWidget(view, row++, 0, 1, 2);
            continue;
        }
        grid->addWidget(view, row, column);
        if (++column == 2) {
            column = 0;
            ++row;
        }
    }
    auto *scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("statisticsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(charts);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_queryEdit);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(scroll, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &StatisticsWidget::startCounting);
    connect(m_queryEdit, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_queryEdit, &QLineEdit::returnPressed, this, &StatisticsWidget::startCounting);

    m_worker = new StatisticsWorker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &StatisticsWorker::finished, this, &StatisticsWidget::showFigures);
    connect(m_worker, &StatisticsWorker::opened, this, [this](const QString &error) {
        if (!error.isEmpty())
            m_summaryLabel->setText(tr("Statistics are not available: %1").arg(error));
    });
    m_thread.setObjectName(QStringLiteral("statistics"));
    m_thread.start();
}

StatisticsWidget::~StatisticsWidget()
{
    m_thread.quit();
    m_thread.wait();
}

void StatisticsWidget::addChartActions(QChartView *view, StatisticsCharts::Chart chart)
{
    auto add = [this, view](const QString &text, const QKeySequence &keys, const char *name, auto slot) {
        auto *action = new QAction(text, view);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        view->addAction(action);
        return action;
    };
    add(tr("Save as &PNG…"), QKeySequence::Save, "savePngAction",
        [this, chart] { askToSave(chart, QStringLiteral("png")); });
    add(tr("Save as &SVG…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), "saveSvgAction",
        [this, chart] { askToSave(chart, QStringLiteral("svg")); });
    add(tr("&Copy Chart"), QKeySequence::Copy, "copyChartAction", [this, chart] { copyChart(chart); });
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

void StatisticsWidget::setUnavailable(const QString &reason)
{
    closeArchive();
    m_queryEdit->setEnabled(false);
    m_summaryLabel->setText(reason);
}

void StatisticsWidget::setArchive(const QString &path, Database *database)
{
    m_queryEdit->setEnabled(true);
    m_archivePath = path;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, path, verdict = database ? database->sharedIntegrityCheck() : nullptr] {
            worker->open(path, verdict);
        },
        Qt::QueuedConnection);
    m_stale = true;
    if (isVisible())
        startCounting();
    else // counted ahead, once the window has settled, so the page shows at once when opened
        QTimer::singleShot(PrefetchDelayMs, this, [this] {
            if (m_stale && !m_archivePath.isEmpty())
                startCounting();
        });
}

void StatisticsWidget::closeArchive()
{
    m_debounce.stop();
    ++m_generation;
    m_worker->announce(m_generation);
    QMetaObject::invokeMethod(m_worker, &StatisticsWorker::close, Qt::BlockingQueuedConnection);
    m_archivePath.clear();
    m_stale = false;
    showFigures(m_generation, StatisticsFigures(), QString());
    m_summaryLabel->clear();
}

void StatisticsWidget::countAgain()
{
    if (m_archivePath.isEmpty())
        return;
    m_stale = true;
    if (isVisible())
        m_debounce.start();
}

void StatisticsWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && !m_archivePath.isEmpty())
        startCounting();
}

QString StatisticsWidget::query() const
{
    return m_queryEdit->text();
}

void StatisticsWidget::setQuery(const QString &query)
{
    m_queryEdit->setText(query);
    m_debounce.stop();
    startCounting();
}

void StatisticsWidget::focusQuery()
{
    m_queryEdit->setFocus(Qt::ShortcutFocusReason);
    m_queryEdit->selectAll();
}

QString StatisticsWidget::refinedQuery(const QString &refinement) const
{
    const QString base = m_figures.query.trimmed();
    if (refinement.isEmpty())
        return base;
    // Brackets keep an OR in the page's query from swallowing the refinement.
    if (base.isEmpty())
        return refinement;
    return QStringLiteral("(%1) %2").arg(base, refinement);
}

void StatisticsWidget::startCounting()
{
    m_debounce.stop();
    if (m_archivePath.isEmpty())
        return;
    m_stale = false;
    const quint64 generation = ++m_generation;
    m_worker->announce(generation);
    m_summaryLabel->setText(tr("Counting…"));
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, generation, query = m_queryEdit->text()] {
            worker->compute(generation, query, RankingLimit);
        },
        Qt::QueuedConnection);
}

void StatisticsWidget::showFigures(quint64 generation, const StatisticsFigures &figures, const QString &error)
{
    if (generation != m_generation)
        return;
    if (!error.isEmpty()) {
        m_summaryLabel->setText(tr("Cannot count: %1").arg(error));
        return; // the charts keep the last figures that could be counted
    }
    m_figures = figures;
    const QLocale locale;
    m_summaryLabel->setText(
        tr("%1 dialogues · %2 speeches · %3 speakers · %4 organisations. Click a bar to see its dialogues.")
            .arg(locale.toString(figures.dialogues), locale.toString(figures.speeches),
                locale.toString(figures.speakers), locale.toString(figures.organizations)));
    for (auto it = m_views.cbegin(); it != m_views.cend(); ++it) {
        QChart *chart = StatisticsCharts::build(it.key(), figures);
        for (QAbstractSeries *series : chart->series()) {
            if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
                connect(bars, &QAbstractBarSeries::clicked, this, [this](int index, QBarSet *set) {
                    const QString refinement = StatisticsCharts::refinement(set, index);
                    if (!refinement.isEmpty())
                        emit dialoguesRequested(refinedQuery(refinement));
                });
            }
        }
        QChart *old = it.value()->chart();
        it.value()->setChart(chart); // the view takes the new chart; the old one is ours
        delete old;
    }
    emit figuresShown(figures.dialogues);
}

void StatisticsWidget::askToSave(StatisticsCharts::Chart chart, const QString &format)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString suggested = QDir(folder.isEmpty() ? QDir::homePath() : folder)
                                  .filePath(StatisticsCharts::name(chart) + QLatin1Char('.') + format);
    const QString filter
        = format == QLatin1String("svg") ? tr("SVG images (*.svg)") : tr("PNG images (*.png)");
    QString path = QFileDialog::getSaveFileName(this, tr("Save Chart"), suggested, filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + format;
    saveChart(chart, path);
}

bool StatisticsWidget::saveChart(StatisticsCharts::Chart chart, const QString &path)
{
    // A chart of its own at a fixed size: what is saved does not depend on the window.
    std::unique_ptr<QChart> copy(StatisticsCharts::build(chart, m_figures));
    const QSizeF size(ExportWidth, ExportHeight);
    const bool svg = QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0;
    const QByteArray bytes = svg ? StatisticsCharts::svg(copy.get(), size, copy->title())
                                 : StatisticsCharts::png(copy.get(), size);
    QString error;
    if (!OutputFile::write(path, bytes, m_archivePath, &error)) {
        MessageBox::warning(this, tr("Cannot save the chart"), error);
        return false;
    }
    return true;
}

void StatisticsWidget::copyChart(StatisticsCharts::Chart chart)
{
    std::unique_ptr<QChart> copy(StatisticsCharts::build(chart, m_figures));
    const QSizeF size(ExportWidth, ExportHeight);
    auto *data = new QMimeData;
    data->setImageData(QImage::fromData(StatisticsCharts::png(copy.get(), size), "PNG"));
    data->setData(QStringLiteral("image/svg+xml"), StatisticsCharts::svg(copy.get(), size, copy->title()));
    QApplication::clipboard()->setMimeData(data);
}

} // namespace rt::app
