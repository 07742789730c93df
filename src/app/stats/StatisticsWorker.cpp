#include "app/stats/StatisticsWorker.h"

#include "core/db/Database.h"
#include "core/search/Search.h"

#include <QCoreApplication>

namespace rt::app {

StatisticsWorker::StatisticsWorker() = default;

StatisticsWorker::~StatisticsWorker() = default;

void StatisticsWorker::open(const QString &path, std::shared_ptr<IntegrityCheck> verdict)
{
    m_database.reset();
    auto database = std::make_unique<Database>();
    QString error;
    // Read-write, as the search worker: a search brings the index up to date first.
    if (!database->open(path, Database::Mode::ReadWrite, &error, std::move(verdict))) {
        emit opened(error);
        return;
    }
    m_database = std::move(database);
    emit opened(QString());
}

void StatisticsWorker::close()
{
    m_database.reset();
}

void StatisticsWorker::compute(quint64 generation, const QString &query, int limit)
{
    if (generation < m_latest.loadAcquire())
        return; // overtaken while waiting
    StatisticsFigures figures;
    if (!m_database) {
        emit finished(
            generation, figures, QCoreApplication::translate("StatisticsWidget", "the archive is not open"));
        return;
    }
    m_overtaken.store(false);
    if (generation != m_latest.loadAcquire())
        return;
    QString error;
    bool counted = false;
    {
        const SqliteCancel interruptible(m_database->handle(), &m_overtaken);
        counted = Statistics(*m_database).compute(query, &figures, &error, limit);
    }
    if (generation != m_latest.loadAcquire())
        return; // a newer query is on its way; its figures will be shown
    emit finished(generation, counted ? figures : StatisticsFigures(), counted ? QString() : error);
}

} // namespace rt::app
