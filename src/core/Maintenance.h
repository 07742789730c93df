#pragma once

#include <QString>
#include <QStringList>

namespace rt {

// Archive-wide care: the integrity check and the consistent backup copy. Neither changes
// the archive it reads.
class Maintenance
{
public:
    // Opens `path` read-only and runs SQLite's integrity and foreign-key checks. Returns
    // true when the archive is sound; otherwise `problems` says what is wrong, one line each.
    static bool check(const QString &path, QStringList *problems);

    // Writes a consistent copy of the archive at `source` to `target` (VACUUM INTO a temporary
    // file beside the target, verified, then renamed into place), even while another
    // process is writing to the source.
    static bool backup(const QString &source, const QString &target, QString *error);

    // Where the archive lives when no --database is given.
    static QString defaultArchivePath();
};

} // namespace rt
