#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

namespace rt {

// Marks an archive as open in a window of this program, so that a second window opened on
// the same archive can be told so plainly. Both may go on working (SQLite keeps their
// writes apart and each window refreshes when the other saves); the lock only informs.
// A lock left by a killed program is recognised as stale and taken over.
class SessionLock
{
public:
    enum class State {
        Acquired, // this is the only window on the archive
        HeldElsewhere, // another running program has it open: see holder()
        Unavailable // the lock could not be made (e.g. a read-only folder)
    };

    explicit SessionLock(const QString &archivePath);
    ~SessionLock();

    State acquire();
    void release();
    // "process 1234 on host", for the message to the user; empty unless HeldElsewhere.
    QString holder() const { return m_holder; }
    static QString lockPath(const QString &archivePath);

private:
    std::unique_ptr<QLockFile> m_lock;
    QString m_holder;
};

} // namespace rt
