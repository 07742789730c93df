#include "core/db/IntegrityCheck.h"

#include "core/db/Database.h"

namespace rt {

IntegrityCheck::IntegrityCheck(const QString &path, QObject *parent)
    : QObject(parent)
    , m_thread([this, path] { run(path); })
{
}

IntegrityCheck::~IntegrityCheck()
{
    cancel();
    if (m_thread.joinable())
        m_thread.join();
}

void IntegrityCheck::run(const QString &path)
{
    bool cancelled = false;
    const QString problem = Database::quickCheck(path, &m_cancel, &cancelled);
    {
        const QMutexLocker locker(&m_mutex);
        m_state = cancelled ? State::Cancelled : problem.isEmpty() ? State::Sound : State::Damaged;
        m_problem = problem;
        m_done.wakeAll();
    }
    emit finished();
}

IntegrityCheck::State IntegrityCheck::state() const
{
    const QMutexLocker locker(&m_mutex);
    return m_state;
}

QString IntegrityCheck::problem() const
{
    const QMutexLocker locker(&m_mutex);
    return m_problem;
}

IntegrityCheck::State IntegrityCheck::wait()
{
    QMutexLocker locker(&m_mutex);
    while (m_state == State::Running)
        m_done.wait(&m_mutex);
    return m_state;
}

void IntegrityCheck::cancel()
{
    m_cancel.store(true);
}

} // namespace rt
