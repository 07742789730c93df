#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace rt {

// Keeps rotating, verified backups of one archive: when the archive is opened for writing
// and the newest backup is older than the interval, a fresh copy is written (through
// Maintenance::backup, which checks it before it takes its place), then all but the newest
// `keep` backups are removed. A backup that could not be written or verified never causes
// an older one to be removed.
class AutoBackup
{
    Q_DECLARE_TR_FUNCTIONS(rt::AutoBackup)

public:
    struct Settings
    {
        QString folder; // empty: "<archive file name>.backups" beside the archive; for a server
                        // archive, serverFolderName() under the user's data location's "backups"
        int keep = 10; // how many backups are kept; 0 turns automatic backups off
        int intervalHours = 24; // at most one automatic backup per this many hours

        // From the user's settings (QSettings, group "backups": folder, keep, intervalHours),
        // defaults where unset or invalid.
        static Settings load();
        void save() const;
    };

    struct Entry
    {
        QString path;
        QDateTime written; // UTC, from the file name
        int sequence = 1; // several backups in one second are numbered 2, 3...
        qint64 size = 0;
    };

    enum class Outcome {
        Written, // a new backup was written, verified and the old ones rotated
        NotDue, // a backup younger than the interval exists (or backups are off)
        NoArchive, // nothing to back up yet (a server archive: no records yet)
        Unchangeable, // the program may not change the archive (or its folder): no backup needed
        Failed // see the error; the archive and the existing backups are untouched
    };

    explicit AutoBackup(const QString &archivePath, const Settings &settings = Settings::load());

    QString folder() const;
    // The name a server archive's backups go by, made of its address's host, port, database
    // and user (never anything else: no password, no other parameter), every character but
    // letters, digits, '.' and '_' written as '+' and its hex bytes: "db.example.org-5432-
    // roundtable-anna", "+2Frun+2Fpostgresql--roundtable-" (a socket folder, no port or user). Its
    // folder under the data location, and the start of each backup's name (so that a shared
    // backup folder keeps archives apart). Empty when `address` cannot be read.
    static QString serverFolderName(const QString &address);
    // This archive's backups in the folder, newest first.
    QList<Entry> backups() const;
    // The newest backup that passes Maintenance::check; empty if none does. `skipped` gets
    // one line for each newer backup that failed its check.
    QString latestSound(QStringList *skipped = nullptr) const;

    // Whether the automatic backup would write a copy now: backups are on and none is
    // younger than the interval.
    bool isDue() const;
    // The automatic backup run when the archive is opened for writing (the window after
    // opening it, the command line before): the one rule for when a copy is written.
    // `cancel` (may be null) stops it early (see Maintenance::backup): Failed, nothing written.
    Outcome run(QString *writtenPath, QString *error, const std::atomic<bool> *cancel = nullptr);
    // The warning shown (status bar, stderr) when run() failed with `error`.
    static QString failureWarning(const QString &error);
    // A backup now, whatever the interval, rotated like the automatic ones.
    bool writeNow(QString *writtenPath, QString *error, const std::atomic<bool> *cancel = nullptr);

private:
    Outcome runForServer(QString *writtenPath, QString *error, const std::atomic<bool> *cancel);
    void rotate();
    void removeStaleTemporaries();

    QString m_archivePath;
    Settings m_settings;
};

} // namespace rt
