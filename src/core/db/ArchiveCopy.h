#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace rt {

class Database;

// A whole archive copied into another, on any two backends (an SQLite file ⇄ a PostgreSQL
// database): every row of every table of the records, press releases and saved searches, ids
// and times as they were, so that the two export the same bytes. The source is read in one
// snapshot (Database::beginSnapshot) and the destination written in one transaction: a failure
// or a cancel leaves it as it was. On PostgreSQL the id sequences are set past the copied ids.
// The search index is not copied: the destination builds its own from the records.
class ArchiveCopy
{
    Q_DECLARE_TR_FUNCTIONS(rt::ArchiveCopy)

public:
    // The tables copied, parents before children.
    static const QStringList &tables();

    // Whether `database` holds no records at all (a new archive): only such a destination is
    // written to.
    static bool isEmpty(Database &database, QString *error);

    // Copies `source` into `destination`, an empty archive (isEmpty) open for writing at the same
    // schema version. `progress` (may be empty) hears rows done of rows in all; `cancel` (may be
    // null) stops it, and then nothing was written. On failure `error` holds one line.
    static bool copy(Database &source, Database &destination, QString *error,
        const std::atomic<bool> *cancel = nullptr, const std::function<void(qint64, qint64)> &progress = {});

    // Replaces every record of `destination` with those of `source` in one transaction (a
    // restore onto a server archive): its rows are deleted and the source's copied in as copy()
    // does, all or nothing. Every record's version is moved past any version it held before, so
    // that an editor still holding a record as it was before is told of a conflict rather than
    // overwriting the restored one.
    static bool replace(
        Database &source, Database &destination, QString *error, const std::atomic<bool> *cancel = nullptr);

private:
    static bool write(Database &source, Database &destination, bool replacing, QString *error,
        const std::atomic<bool> *cancel, const std::function<void(qint64, qint64)> &progress);
};

} // namespace rt
