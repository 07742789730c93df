#pragma once

#include "core/stats/Statistics.h"

#include <QAtomicInteger>
#include <QObject>

#include <atomic>
#include <memory>

namespace rt {
class Database;
class IntegrityCheck;
} // namespace rt

namespace rt::app {

// Counts the statistics page's figures off the GUI thread, on a connection of its own, as
// SearchWorker searches: requests carry a generation number, and one that a newer request
// has overtaken is skipped or interrupted, so typing a query only pays for the last one.
class StatisticsWorker : public QObject
{
    Q_OBJECT

public:
    StatisticsWorker();
    ~StatisticsWorker() override;

    // Called from any thread: the newest generation asked for.
    void announce(quint64 generation)
    {
        m_latest.storeRelease(generation);
        m_overtaken.store(true);
    }

public slots:
    void open(const QString &path, std::shared_ptr<rt::IntegrityCheck> verdict);
    void close();
    // `limit`: as Statistics::compute's rankingLimit.
    void compute(quint64 generation, const QString &query, int limit);

signals:
    void opened(const QString &error);
    void finished(quint64 generation, const rt::StatisticsFigures &figures, const QString &error);

private:
    std::unique_ptr<Database> m_database;
    QAtomicInteger<quint64> m_latest = 0;
    std::atomic<bool> m_overtaken { false };
};

} // namespace rt::app
