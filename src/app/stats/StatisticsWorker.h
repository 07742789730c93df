#pragma once

#include "app/window/ArchiveWorker.h"
#include "core/stats/Statistics.h"

namespace rt::app {

// Counts the statistics page's figures off the GUI thread, on a connection of its own, as
// SearchWorker searches: requests carry a generation number, and one that a newer request
// has overtaken is skipped or interrupted, so typing a query only pays for the last one.
class StatisticsWorker : public ArchiveWorker
{
    Q_OBJECT

public slots:
    // `limit`: as Statistics::compute's rankingLimit.
    void compute(quint64 generation, const QString &query, int limit);

signals:
    void finished(quint64 generation, const rt::StatisticsFigures &figures, const QString &error);
};

} // namespace rt::app
