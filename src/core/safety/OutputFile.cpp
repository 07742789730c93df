#include "core/safety/OutputFile.h"

#include "core/db/ServerAddress.h"
#include "core/safety/AutoBackup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QStorageInfo>
#include <QUuid>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rt {

namespace {

bool statOf(const QString &path, struct stat *info)
{
    return ::stat(QFile::encodeName(path).constData(), info) == 0;
}

// Writes all of `bytes` to `fd`; false with errno set on the first failure.
bool writeAll(int fd, const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, size_t(left));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        if (written == 0) {
            errno = ENOSPC;
            return false;
        }
        data += written;
        left -= written;
    }
    return true;
}

} // namespace

bool OutputFile::sameFile(const QString &a, const QString &b)
{
    struct stat first;
    struct stat second;
    return statOf(a, &first) && statOf(b, &second) && first.st_dev == second.st_dev
        && first.st_ino == second.st_ino;
}

QString OutputFile::describe(const QString &path, int code)
{
    const QString name = QDir::toNativeSeparators(path);
    if (code == ENOSPC || code == EDQUOT) {
        struct stat info;
        if (statOf(path, &info) && (S_ISCHR(info.st_mode) || S_ISBLK(info.st_mode)))
            return tr("%1: no space left on the device").arg(name);
        const QStorageInfo storage(QFileInfo(path).absolutePath());
        const QString where = storage.isValid()
            ? QStringLiteral("%1 (%2)").arg(
                QDir::toNativeSeparators(storage.rootPath()), QString::fromLocal8Bit(storage.device()))
            : QDir::toNativeSeparators(QFileInfo(path).absolutePath());
        return tr("%1: no space left on %2").arg(name, where);
    }
    return tr("%1: %2").arg(name, QString::fromLocal8Bit(std::strerror(code)));
}

bool OutputFile::mayWrite(const QString &path, const QString &archive, QString *error)
{
    const QString name = QDir::toNativeSeparators(path);
    struct stat info;
    if (statOf(path, &info)) {
        if (S_ISDIR(info.st_mode)) {
            *error = tr("%1 is a folder, not a file").arg(name);
            return false;
        }
        if (S_ISBLK(info.st_mode)) {
            *error = tr("%1 is a disk device; it is not written").arg(name);
            return false;
        }
    }
    // A server archive (postgresql://…) has no file here to be mistaken for.
    if (archive.isEmpty() || ServerAddress::isServerAddress(archive))
        return true;
    static const char *const sideFiles[] = { "", "-wal", "-shm", "-journal" };
    for (const char *side : sideFiles) {
        if (sameFile(path, archive + QLatin1String(side))) {
            *error = tr("%1 is the archive %2 itself (or one of its files); it is not overwritten")
                         .arg(name, QDir::toNativeSeparators(archive));
            return false;
        }
    }
    // The archive's backups are what it is restored from: none is replaced by an export.
    const QString backups = AutoBackup(archive).folder();
    if (QFileInfo::exists(path) && sameFile(QFileInfo(path).absolutePath(), backups)) {
        *error = tr("%1 is in the backup folder of %2; backups are not overwritten")
                     .arg(name, QDir::toNativeSeparators(archive));
        return false;
    }
    return true;
}

bool OutputFile::write(const QString &path, const QByteArray &bytes, const QString &archive, QString *error)
{
    return writeWith(
        path, archive, Target::AnyFile,
        [&bytes](int fd, QString *) { return writeAll(fd, bytes) ? 0 : errno; }, error);
}

bool OutputFile::copy(
    const QString &path, const QString &source, const QString &archive, Target target, QString *error)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = tr("%1: %2").arg(QDir::toNativeSeparators(source), in.errorString());
        return false;
    }
    // In pieces: an archive may be larger than the memory one would spend on it.
    return writeWith(
        path, archive, target,
        [&in, &source](int fd, QString *readError) {
            QByteArray chunk;
            while (!in.atEnd()) {
                chunk = in.read(1 << 20);
                if (chunk.isEmpty() && in.error() != QFileDevice::NoError) {
                    *readError = tr("%1: %2").arg(QDir::toNativeSeparators(source), in.errorString());
                    return EIO;
                }
                if (!writeAll(fd, chunk))
                    return errno;
            }
            return 0;
        },
        error);
}

bool OutputFile::writeWith(const QString &path, const QString &archive, Target kind,
    const std::function<int(int, QString *)> &produce, QString *error)
{
    if (!mayWrite(path, archive, error))
        return false;
    const QByteArray native = QFile::encodeName(path);
    struct stat info;
    const bool exists = ::stat(native.constData(), &info) == 0;

    // A device, pipe or terminal (/dev/null, /dev/stdout) is written where it is: renaming a
    // file over it would replace the node itself. Where only a file will do, it is refused.
    if (exists && !S_ISREG(info.st_mode)) {
        if (kind == Target::RegularFileOnly) {
            *error = tr("%1 is a device or pipe, not a file; it is not written")
                         .arg(QDir::toNativeSeparators(path));
            return false;
        }
        // A pipe no program reads from would block the open for ever: opened without
        // waiting, it fails at once (ENXIO), and is written with waiting once it is open.
        const bool pipe = S_ISFIFO(info.st_mode);
        const int fd = ::open(native.constData(), O_WRONLY | O_CLOEXEC | (pipe ? O_NONBLOCK : 0));
        if (fd < 0) {
            *error = pipe && errno == ENXIO
                ? tr("%1 is a pipe that no program reads from; nothing was written")
                      .arg(QDir::toNativeSeparators(path))
                : describe(path, errno);
            return false;
        }
        if (pipe)
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
        QString producerError;
        const int code = produce(fd, &producerError);
        ::close(fd);
        if (code != 0) {
            *error = producerError.isEmpty() ? describe(path, code) : producerError;
            return false;
        }
        return true;
    }

    // A symlink is followed: its target is replaced, the link stays.
    QString target = path;
    if (exists) {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (!canonical.isEmpty())
            target = canonical;
    }
    const QFileInfo targetInfo(target);
    if (!targetInfo.absoluteDir().exists()) {
        *error = tr("%1: the folder does not exist").arg(QDir::toNativeSeparators(targetInfo.absolutePath()));
        return false;
    }
    const QString temporary
        = targetInfo.absoluteDir().filePath(QStringLiteral(".%1.%2-%3.tmp")
                                                .arg(targetInfo.fileName())
                                                .arg(QCoreApplication::applicationPid())
                                                .arg(QUuid::createUuid().toString(QUuid::Id128)));
    const QByteArray nativeTemporary = QFile::encodeName(temporary);
    const int fd = ::open(nativeTemporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0) {
        *error = describe(target, errno);
        return false;
    }
    auto removeTemporary = qScopeGuard([&] { ::unlink(nativeTemporary.constData()); });
    // The replacement keeps the permissions of the file it replaces.
    if (exists)
        ::fchmod(fd, info.st_mode & 07777);
    QString producerError;
    int code = produce(fd, &producerError);
    if (code == 0 && ::fsync(fd) != 0)
        code = errno;
    if (::close(fd) != 0 && code == 0)
        code = errno;
    if (code != 0) {
        *error = producerError.isEmpty() ? describe(target, code) : producerError;
        return false;
    }
    if (::rename(nativeTemporary.constData(), QFile::encodeName(target).constData()) != 0) {
        *error = describe(target, errno);
        return false;
    }
    removeTemporary.dismiss();
    return true;
}

} // namespace rt
