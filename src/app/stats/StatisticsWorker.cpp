#include "app/stats/StatisticsWorker.h"

#include "core/db/Database.h"
#include "core/search/Search.h"

#include <QCoreApplication>

namespace rt::app {

void StatisticsWorker::compute(quint64 generation, const QString &query, int limit)
{
    if (isOvertaken(generation))
        return; // overtaken while waiting
    StatisticsFigures figures;
    if (!database()) {
        emit finished(
            generation, figures, QCoreApplication::translate("StatisticsWidget", "the archive is not open"));
        return;
    }
    std::atomic<bool> *overtaken = beginWork();
    if (isOvertaken(generation))
        return;
    QString error;
    bool counted = false;
    {
        const SqliteCancel interruptible(database()->handle(), overtaken);
        counted = Statistics(*database()).compute(query, &figures, &error, limit);
    }
    if (isOvertaken(generation))
        return; // a newer query is on its way; its figures will be shown
    emit finished(generation, counted ? figures : StatisticsFigures(), counted ? QString() : error);
}

} // namespace rt::app
