#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

namespace rt {

// Every file the program writes for the user (export, press releases, restore) goes through here, so
// that all of them follow the same rules: a regular file is replaced atomically (written
// beside it, flushed, synced and checked, then renamed over it), so a full disk leaves the
// old file as it was; a device, pipe or terminal is written in place and never replaced by
// a regular file; the archive itself, its -wal, -shm and -journal files and its backups are
// never written, whatever name (symlink, "..", hard link) they are reached by.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(rt::OutputFile)

public:
    // Writes `bytes` to `path`. `archive` (may be empty) is the archive being read, whose
    // files `path` must not be. On failure nothing at `path` has changed and `error` holds
    // one line naming the path.
    static bool write(const QString &path, const QByteArray &bytes, const QString &archive, QString *error);

    enum class Target {
        AnyFile, // a device, pipe or terminal is written in place
        RegularFileOnly, // a device, pipe or terminal is refused (an archive is only ever a file)
    };
    // Writes a copy of the file `source` to `path`, read and written in pieces (an archive may
    // be larger than the memory it is worth spending), by the same rules as write().
    static bool copy(
        const QString &path, const QString &source, const QString &archive, Target target, QString *error);

    // Whether `path` may be written while `archive` is open: false (with the reason) when it is
    // one of the archive's own files or backups, a folder or a block device.
    static bool mayWrite(const QString &path, const QString &archive, QString *error);

    // True when `a` and `b` name the same existing file (same device and inode).
    static bool sameFile(const QString &a, const QString &b);

    // One line for a failed write of `path` with errno `code`: a full disk names its mount
    // point and device ("no space left on /media/usb (/dev/sdb1)"), not "Unknown error".
    static QString describe(const QString &path, int code);

private:
    // What write() and copy() share: `produce` writes the content to the open descriptor and
    // returns 0, or errno (with, when the failure was in reading, its own message).
    static bool writeWith(const QString &path, const QString &archive, Target target,
        const std::function<int(int fd, QString *error)> &produce, QString *error);
};

} // namespace rt
