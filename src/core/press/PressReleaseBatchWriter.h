#pragma once

#include "core/press/PressReleaseDocument.h"

#include <QList>
#include <QMutex>
#include <QSemaphore>
#include <QString>
#include <QThreadPool>

#include <atomic>

namespace rt {

// Writes many press releases at once, one file per core: laying out and embedding fonts
// costs tens of milliseconds a release and each is independent of the others. The caller
// prepares each release (which reads the archive, on its own thread) and adds it; adding
// waits while every worker already has a file in hand and one waiting, so memory stays
// bounded however long the batch. Each file is written whole or not at all, through
// OutputFile, which refuses the archive's own files whatever name they are reached by.
class PressReleaseBatchWriter
{
public:
    struct Done
    {
        int index = 0;
        QString error; // empty: written
    };

    // `archive`: the archive the releases are read from, never written (empty: none).
    // `threads` 0: one per core.
    explicit PressReleaseBatchWriter(const QString &archive, int threads = 0);
    // Waits for the files being written; files not yet started are dropped.
    ~PressReleaseBatchWriter();
    PressReleaseBatchWriter(const PressReleaseBatchWriter &) = delete;
    PressReleaseBatchWriter &operator=(const PressReleaseBatchWriter &) = delete;

    int threads() const { return m_pool.maxThreadCount(); }

    // Queues one file; `index` comes back in its Done.
    void add(int index, const QString &html, const PressReleaseDocument::PageSetup &setup,
        const QString &path, const QString &format);
    // The files finished since the last call, in the order they finished.
    QList<Done> takeDone();
    // Waits for every queued file, then returns what takeDone() would.
    QList<Done> finish();
    // Waits up to `msecs` for every queued file; true when none is left.
    bool waitForDone(int msecs) { return m_pool.waitForDone(msecs); }
    // Drops the files not yet started and waits for those being written. Each dropped file
    // comes back from takeDone() with cancelled() as its error.
    void cancel();
    static QString cancelled();

private:
    const QString m_archive;
    QThreadPool m_pool;
    QSemaphore m_slots;
    std::atomic<bool> m_cancel { false };
    QMutex m_mutex;
    QList<Done> m_done;
};

} // namespace rt
