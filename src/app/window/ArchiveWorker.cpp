#include "app/window/ArchiveWorker.h"

#include "core/db/Database.h"

namespace rt::app {

ArchiveWorker::ArchiveWorker() = default;

ArchiveWorker::~ArchiveWorker() = default;

void ArchiveWorker::open(const QString &path, std::shared_ptr<IntegrityCheck> verdict)
{
    close();
    auto database = std::make_unique<Database>();
    QString error;
    if (!database->open(path, Database::Mode::ReadWrite, &error, std::move(verdict))) {
        emit opened(error);
        return;
    }
    m_database = std::move(database);
    connectionOpened();
    emit opened(QString());
}

void ArchiveWorker::close()
{
    if (m_database)
        connectionClosing();
    m_database.reset();
}

} // namespace rt::app
