#include "core/press/PressReleaseBatchWriter.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QThread>

namespace rt {

PressReleaseBatchWriter::PressReleaseBatchWriter(const QString &archive, int threads)
    : m_archive(archive)
{
    const int count = threads > 0 ? threads : std::max(1, QThread::idealThreadCount());
    m_pool.setMaxThreadCount(count);
    m_slots.release(2 * count);
}

PressReleaseBatchWriter::~PressReleaseBatchWriter()
{
    cancel();
}

QString PressReleaseBatchWriter::cancelled()
{
    return QCoreApplication::translate("PressReleaseBatchWriter", "cancelled");
}

void PressReleaseBatchWriter::add(int index, const QString &html,
    const PressReleaseDocument::PageSetup &setup, const QString &path, const QString &format)
{
    m_slots.acquire();
    m_pool.start([this, index, html, setup, path, format] {
        Done done { index, QString() };
        if (m_cancel.load())
            done.error = cancelled();
        else
            PressReleaseDocument::write(html, setup, path, format, &done.error, m_archive);
        {
            const QMutexLocker locker(&m_mutex);
            m_done.append(done);
        }
        m_slots.release();
    });
}

QList<PressReleaseBatchWriter::Done> PressReleaseBatchWriter::takeDone()
{
    const QMutexLocker locker(&m_mutex);
    return std::exchange(m_done, {});
}

QList<PressReleaseBatchWriter::Done> PressReleaseBatchWriter::finish()
{
    m_pool.waitForDone();
    return takeDone();
}

void PressReleaseBatchWriter::cancel()
{
    m_cancel.store(true);
    m_pool.waitForDone();
    m_cancel.store(false);
}

} // namespace rt
