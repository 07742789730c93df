#include "core/db/SessionLock.h"

#include <QCoreApplication>

namespace rt {

SessionLock::SessionLock(const QString &archivePath)
    : m_lock(std::make_unique<QLockFile>(lockPath(archivePath)))
{
    // The holder's process id is checked when the lock is contended, so only a lock whose
    // program is gone counts as stale; age alone never does (a window stays open for days).
    m_lock->setStaleLockTime(0);
}

SessionLock::~SessionLock()
{
    release();
}

QString SessionLock::lockPath(const QString &archivePath)
{
    return archivePath + QLatin1String(".open-lock");
}

SessionLock::State SessionLock::acquire()
{
    m_holder.clear();
    if (m_lock->isLocked() || m_lock->tryLock(0))
        return State::Acquired;
    if (m_lock->error() != QLockFile::LockFailedError)
        return State::Unavailable;
    qint64 pid = 0;
    QString host;
    QString application;
    if (m_lock->getLockInfo(&pid, &host, &application))
        m_holder = QCoreApplication::translate("SessionLock", "process %1 on %2").arg(pid).arg(host);
    return State::HeldElsewhere;
}

void SessionLock::release()
{
    if (m_lock && m_lock->isLocked())
        m_lock->unlock();
}

} // namespace rt
