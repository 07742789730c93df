#include "core/safety/InputFile.h"

#include <QFile>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rt {

bool InputFile::read(const QString &path, qint64 limit, QByteArray *bytes, QString *error)
{
    const QString tooLarge
        = tr("%1: the file is larger than %2 MB, the most import reads").arg(path).arg(limit / (1024 * 1024));
    QFile file;
    if (path.startsWith(QLatin1Char(':'))) {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("%1: %2").arg(path, file.errorString());
            return false;
        }
    } else {
        // Opened without waiting, then asked what it is.
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0) {
            QFile probe(path);
            probe.open(QIODevice::ReadOnly);
            *error = tr("%1: %2").arg(path, probe.errorString());
            return false;
        }
        struct stat info = {};
        if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
            ::close(fd);
            *error = tr("%1: not a regular file; import reads only files").arg(path);
            return false;
        }
        if (info.st_size > limit) {
            ::close(fd);
            *error = tooLarge;
            return false;
        }
        if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            *error = tr("%1: %2").arg(path, file.errorString());
            return false;
        }
    }
    // At most one byte past the limit, in case the file grew since it was measured.
    *bytes = file.read(limit + 1);
    if (bytes->size() > limit) {
        *bytes = QByteArray();
        *error = tooLarge;
        return false;
    }
    return true;
}

} // namespace rt
