// Data safety in the core: rotating verified backups, restore, read-only archives, a full
// disk, change notices between connections and the second-window lock.

#include "core/db/ChangeWatcher.h"
#include "core/db/SessionLock.h"
#include "core/db/Transaction.h"
#include "core/safety/AutoBackup.h"
#include "core/safety/Maintenance.h"
#include "core/safety/Restore.h"
#include "support/SafetySupport.h"

#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <csignal>
#include <sys/mount.h>
#include <sys/resource.h>
#include <utime.h>

using namespace rt;
using namespace rt::test;

class tst_Safety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();

    void autoBackupIsDailyVerifiedAndRotated();
    void autoBackupOfDamagedArchiveFailsAndKeepsOldBackups();
    void autoBackupOnlyListsItsOwnArchive();
    void autoBackupRemovesStaleTemporaries();
    void backupCanBeCancelled();
    void latestSoundSkipsDamagedBackups();

    void restoreReplacesArchiveAndKeepsItAside();
    void restoreRefusesUnsoundBackup();
    void restoreReplacesDamagedArchive();
    void restoreIntoMissingArchive();
    void restoreIsSeenByOpenConnection();

    void unwritableArchiveOpensReadOnly();
    void fullDiskDuringImportLeavesArchiveAsItWas();
    void fullDiskDuringExportLeavesNoFile();

    void changeWatcherSeesOnlyOtherConnections();
    void secondSessionLockIsToldWhoHoldsIt();

private:
    QString archivePath() const { return m_dir->filePath(QStringLiteral("archive.roundtable")); }
    AutoBackup::Settings settings(int keep, int hours) const
    {
        AutoBackup::Settings s;
        s.keep = keep;
        s.intervalHours = hours;
        return s;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_Safety::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(writeTestArchive(archivePath()));
}

void tst_Safety::autoBackupIsDailyVerifiedAndRotated()
{
    AutoBackup daily(archivePath(), settings(3, 24));
    QString written, error;
    QCOMPARE(daily.run(&written, &error), AutoBackup::Outcome::Written);
    QVERIFY2(QFileInfo(written).absolutePath()
            == QFileInfo(archivePath() + QLatin1String(".backups")).absoluteFilePath(),
        qPrintable(written));
    QStringList problems;
    QVERIFY2(Maintenance::check(written, &problems), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(countsOf(written).dialogues, 1);

    // Within the interval nothing more is written.
    QCOMPARE(daily.run(&written, &error), AutoBackup::Outcome::NotDue);
    QCOMPARE(daily.backups().size(), 1);

    // Five more backups: only the newest three stay, newest first.
    QStringList paths;
    for (int i = 0; i < 5; ++i) {
        QVERIFY2(daily.writeNow(&written, &error), qPrintable(error));
        paths.prepend(written);
    }
    const QList<AutoBackup::Entry> kept = daily.backups();
    QCOMPARE(kept.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(kept.at(i).path, QFileInfo(paths.at(i)).absoluteFilePath());

    // An interval of 0 h backs up every time; keep = 0 turns automatic backups off.
    AutoBackup always(archivePath(), settings(3, 0));
    QCOMPARE(always.run(&written, &error), AutoBackup::Outcome::Written);
    AutoBackup off(archivePath(), settings(0, 0));
    QCOMPARE(off.run(&written, &error), AutoBackup::Outcome::NotDue);

    AutoBackup none(m_dir->filePath(QStringLiteral("missing.roundtable")), settings(3, 0));
    QCOMPARE(none.run(&written, &error), AutoBackup::Outcome::NoArchive);
}

void tst_Safety::backupCanBeCancelled()
{
    // Cancelled at each stage it can be in (opening, copying, verifying), the backup writes
    // nothing and leaves no temporary file; the flag stops it at its next step.
    AutoBackup backups(archivePath(), settings(3, 0));
    const std::atomic<bool> cancel { true };
    QString written, error;
    QCOMPARE(backups.run(&written, &error, &cancel), AutoBackup::Outcome::Failed);
    QVERIFY2(error.contains(QLatin1String("cancelled")), qPrintable(error));
    QVERIFY(backups.backups().isEmpty());
    QCOMPARE(QDir(backups.folder()).entryList(QDir::Files | QDir::Hidden).size(), 0);

    const QString copy = m_dir->filePath(QStringLiteral("copy.roundtable"));
    QVERIFY(!Maintenance::backup(archivePath(), copy, &error, &cancel));
    QVERIFY2(error.contains(QLatin1String("cancelled")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(copy));
    QStringList problems;
    QVERIFY(!Maintenance::check(archivePath(), &problems, &cancel));
    QVERIFY2(problems.join(QLatin1Char(' ')).contains(QLatin1String("cancelled")),
        qPrintable(problems.join(QLatin1Char(' '))));

    // Not cancelled, the same calls succeed.
    const std::atomic<bool> go { false };
    QCOMPARE(backups.run(&written, &error, &go), AutoBackup::Outcome::Written);
    QVERIFY(Maintenance::check(written, &problems, &go));
}

void tst_Safety::autoBackupOfDamagedArchiveFailsAndKeepsOldBackups()
{
    AutoBackup backups(archivePath(), settings(2, 0));
    QString written, error;
    QVERIFY(backups.writeNow(&written, &error));
    QVERIFY(backups.writeNow(&written, &error));
    const QList<AutoBackup::Entry> before = backups.backups();
    QCOMPARE(before.size(), 2);

    QVERIFY(damage(archivePath()));
    QCOMPARE(backups.run(&written, &error), AutoBackup::Outcome::Failed);
    QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
    const QList<AutoBackup::Entry> after = backups.backups();
    QCOMPARE(after.size(), 2);
    QCOMPARE(after.first().path, before.first().path);
    // No half-written file is left behind either.
    QCOMPARE(QDir(backups.folder()).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void tst_Safety::autoBackupOnlyListsItsOwnArchive()
{
    const QString shared = m_dir->filePath(QStringLiteral("shared"));
    AutoBackup::Settings s = settings(1, 0);
    s.folder = shared;
    const QString other = m_dir->filePath(QStringLiteral("archive-old.roundtable"));
    QVERIFY(writeTestArchive(other));
    QString written, error;
    QVERIFY(AutoBackup(other, s).writeNow(&written, &error));
    QVERIFY(AutoBackup(archivePath(), s).writeNow(&written, &error));
    QVERIFY(AutoBackup(archivePath(), s).writeNow(&written, &error));
    // keep = 1 for "archive" must not have removed "archive-old"'s backup.
    QCOMPARE(AutoBackup(archivePath(), s).backups().size(), 1);
    QCOMPARE(AutoBackup(other, s).backups().size(), 1);
}

void tst_Safety::autoBackupRemovesStaleTemporaries()
{
    AutoBackup backups(archivePath(), settings(3, 0));
    QVERIFY(QDir().mkpath(backups.folder()));
    const QString stale
        = QDir(backups.folder()).filePath(QStringLiteral(".archive-20200101-000000.roundtable.x.tmp"));
    const QString fresh
        = QDir(backups.folder()).filePath(QStringLiteral(".archive-20200101-000001.roundtable.y.tmp"));
    // Left by a process that was killed (no such process id), with its journal.
    const QString orphan
        = QDir(backups.folder())
              .filePath(QStringLiteral(".archive-20200101-000002.roundtable.999999-0123456789abcdef.tmp"));
    // Being written right now by this very process.
    const QString running
        = QDir(backups.folder())
              .filePath(QStringLiteral(".archive-20200101-000003.roundtable.%1-0123456789abcdef.tmp")
                            .arg(QCoreApplication::applicationPid()));
    for (const QString &path : { stale, fresh, orphan, orphan + QLatin1String("-journal"), running })
        QVERIFY(writeFile(path, "part of a backup"));
    struct utimbuf old = { time(nullptr) - 7200, time(nullptr) - 7200 };
    QCOMPARE(utime(QFile::encodeName(stale).constData(), &old), 0);
    QString written, error;
    QVERIFY(backups.writeNow(&written, &error));
    QVERIFY(!QFileInfo::exists(stale));
    QVERIFY(!QFileInfo::exists(orphan));
    QVERIFY(!QFileInfo::exists(orphan + QLatin1String("-journal")));
    QVERIFY(QFileInfo::exists(fresh));
    QVERIFY(QFileInfo::exists(running));
}

void tst_Safety::latestSoundSkipsDamagedBackups()
{
    AutoBackup backups(archivePath(), settings(5, 0));
    QString older, newer, error;
    QVERIFY(backups.writeNow(&older, &error));
    QVERIFY(backups.writeNow(&newer, &error));
    QCOMPARE(backups.latestSound(), QFileInfo(newer).absoluteFilePath());
    QVERIFY(damage(newer));
    QStringList skipped;
    QCOMPARE(backups.latestSound(&skipped), QFileInfo(older).absoluteFilePath());
    QCOMPARE(skipped.size(), 1);
    QVERIFY(skipped.first().contains(QFileInfo(newer).fileName()));
    QVERIFY(damage(older));
    QVERIFY(backups.latestSound().isEmpty());
}

void tst_Safety::restoreReplacesArchiveAndKeepsItAside()
{
    const QString backup = m_dir->filePath(QStringLiteral("monday.roundtable"));
    QString error;
    QVERIFY(Maintenance::backup(archivePath(), backup, &error));
    {
        Database db;
        QVERIFY(db.open(archivePath(), Database::Mode::ReadWrite, &error));
        Archive archive(db);
        QVERIFY2(
            Interchange::importJson(archive, generatedImport(QStringLiteral("tuesday-"), 5), nullptr, &error),
            qPrintable(error));
    }
    QCOMPARE(countsOf(archivePath()).dialogues, 6);

    QString aside;
    QVERIFY2(Restore::fromBackup(archivePath(), backup, &aside, &error), qPrintable(error));
    QCOMPARE(countsOf(archivePath()).dialogues, 1);
    QStringList problems;
    QVERIFY(Maintenance::check(archivePath(), &problems));
    // Tuesday's work is not lost: it is in the copy kept aside.
    QVERIFY(aside.startsWith(archivePath() + QLatin1String(".before-restore-")));
    QCOMPARE(countsOf(aside).dialogues, 6);
    QVERIFY(Maintenance::check(aside, &problems));
}

void tst_Safety::restoreRefusesUnsoundBackup()
{
    const QString backup = m_dir->filePath(QStringLiteral("bad.roundtable"));
    QString error;
    QVERIFY(Maintenance::backup(archivePath(), backup, &error));
    QVERIFY(damage(backup));
    const QByteArray before = fileHash(archivePath());
    QString aside;
    QVERIFY(!Restore::fromBackup(archivePath(), backup, &aside, &error));
    QVERIFY2(error.contains(QLatin1String("not a sound backup")), qPrintable(error));
    QVERIFY(aside.isEmpty());
    QCOMPARE(fileHash(archivePath()), before);

    // Something that is not an archive at all is refused the same way.
    const QString text = m_dir->filePath(QStringLiteral("notes.txt"));
    QVERIFY(writeFile(text, "minutes of the meeting"));
    QVERIFY(!Restore::fromBackup(archivePath(), text, &aside, &error));
    QVERIFY(!Restore::fromBackup(archivePath(), m_dir->filePath(QStringLiteral("none")), &aside, &error));
    QVERIFY(!Restore::fromBackup(archivePath(), archivePath(), &aside, &error));
    QCOMPARE(fileHash(archivePath()), before);
}

void tst_Safety::restoreReplacesDamagedArchive()
{
    const QString backup = m_dir->filePath(QStringLiteral("sound.roundtable"));
    QString error;
    QVERIFY(Maintenance::backup(archivePath(), backup, &error));
    QVERIFY(damage(archivePath()));
    const QByteArray damaged = fileHash(archivePath());
    QStringList problems;
    QVERIFY(!Maintenance::check(archivePath(), &problems));

    QString aside;
    QVERIFY2(Restore::fromBackup(archivePath(), backup, &aside, &error), qPrintable(error));
    QVERIFY(Maintenance::check(archivePath(), &problems));
    QCOMPARE(countsOf(archivePath()).dialogues, 1);
    // The damaged file itself is kept, byte for byte, for whoever wants to rescue it.
    QCOMPARE(fileHash(aside), damaged);
}

void tst_Safety::restoreIntoMissingArchive()
{
    const QString backup = m_dir->filePath(QStringLiteral("sound.roundtable"));
    QString error;
    QVERIFY(Maintenance::backup(archivePath(), backup, &error));
    const QString fresh = m_dir->filePath(QStringLiteral("new.roundtable"));
    QString aside;
    QVERIFY2(Restore::fromBackup(fresh, backup, &aside, &error), qPrintable(error));
    QVERIFY(aside.isEmpty());
    QCOMPARE(countsOf(fresh).dialogues, 1);
}

void tst_Safety::restoreIsSeenByOpenConnection()
{
    const QString backup = m_dir->filePath(QStringLiteral("monday.roundtable"));
    QString error;
    QVERIFY(Maintenance::backup(archivePath(), backup, &error));

    Database window;
    QVERIFY(window.open(archivePath(), Database::Mode::ReadWrite, &error));
    Archive archive(window);
    QVERIFY(Interchange::importJson(archive, generatedImport(QStringLiteral("t-"), 3), nullptr, &error));
    ChangeWatcher watcher(window);
    watcher.start(60000);
    QCOMPARE(archive.counts().dialogues, 4);

    QString aside;
    QVERIFY2(Restore::fromBackup(archivePath(), backup, &aside, &error), qPrintable(error));
    // The window's own connection sees the restored records and is told to refresh.
    QVERIFY(watcher.poll());
    QCOMPARE(archive.counts().dialogues, 1);
}

void tst_Safety::unwritableArchiveOpensReadOnly()
{
    QString path = archivePath();
    std::unique_ptr<QTemporaryDir> mountPoint;
    if (geteuid() == 0) {
        // Root writes through any permission bits; a read-only file system stops even root.
        mountPoint = std::make_unique<QTemporaryDir>();
        const QByteArray point = QFile::encodeName(mountPoint->path());
        if (mount("tmpfs", point.constData(), "tmpfs", 0, "size=8m") != 0)
            QSKIP("running as root without permission to mount a file system");
        path = mountPoint->filePath(QStringLiteral("archive.roundtable"));
        QVERIFY(QFile::copy(archivePath(), path));
        if (mount("tmpfs", point.constData(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr) != 0) {
            umount(point.constData());
            QSKIP("cannot remount read-only");
        }
    } else {
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
    }
    auto unmount = qScopeGuard([&] {
        if (mountPoint)
            umount(QFile::encodeName(mountPoint->path()).constData());
    });

    // No backup for an archive the program may not change, and no folder made for one: the
    // window and the command line both ask AutoBackup::run, whose rule this is.
    AutoBackup backups(path, settings(3, 0));
    QString written, error;
    QCOMPARE(backups.run(&written, &error), AutoBackup::Outcome::Unchangeable);
    QVERIFY(!QFileInfo::exists(backups.folder()));

    Database db;
    QVERIFY2(db.open(path, Database::Mode::ReadWrite, &error), qPrintable(error));
    QVERIFY(db.isReadOnly());
    QVERIFY2(db.readOnlyNotice().contains(QLatin1String("read-only")), qPrintable(db.readOnlyNotice()));
    Archive archive(db);
    QCOMPARE(archive.counts().dialogues, 1); // reading works
    QVERIFY(!Interchange::importJson(archive, generatedImport(QStringLiteral("x-"), 1), nullptr, &error));
    QVERIFY2(error.contains(QLatin1String("read-only")), qPrintable(error));
    QString exported;
    QVERIFY(!Interchange::exportJson(archive, &exported).isEmpty()); // and so does export
    db.close();
    QStringList problems;
    QVERIFY2(Maintenance::check(path, &problems), qPrintable(problems.join(QLatin1Char('\n'))));

    // A writable archive says nothing of the kind.
    Database writable;
    QVERIFY(writable.open(archivePath() + QLatin1String(".2"), Database::Mode::ReadWrite, &error));
    QVERIFY(!writable.isReadOnly());
    QVERIFY(writable.readOnlyNotice().isEmpty());
}

namespace {

// Lets the test process write no file beyond `bytes` (as a full disk would), for one scope.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN); // then write() fails with EFBIG
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_oldHandler);
    }

private:
    rlimit m_saved {};
    void (*m_oldHandler)(int) = nullptr;
};

} // namespace

void tst_Safety::fullDiskDuringImportLeavesArchiveAsItWas()
{
    const QByteArray big = generatedImport(QStringLiteral("big-"), 400);
    QString error;
    Database db;
    QVERIFY(db.open(archivePath(), Database::Mode::ReadWrite, &error));
    Archive archive(db);
    const Archive::Counts before = archive.counts();
    {
        const FileSizeLimit limit(QFileInfo(archivePath()).size() + 64 * 1024);
        QVERIFY(!Interchange::importJson(archive, big, nullptr, &error));
    }
    QVERIFY(!error.isEmpty());
    QCOMPARE(archive.counts().dialogues, before.dialogues);
    QCOMPARE(archive.counts().people, before.people);
    // The connection is still usable once there is room again.
    QVERIFY2(Interchange::importJson(archive, generatedImport(QStringLiteral("small-"), 2), nullptr, &error),
        qPrintable(error));
    db.close();
    QStringList problems;
    QVERIFY2(Maintenance::check(archivePath(), &problems), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(countsOf(archivePath()).dialogues, before.dialogues + 2);
}

void tst_Safety::fullDiskDuringExportLeavesNoFile()
{
    QString error;
    const QString target = m_dir->filePath(QStringLiteral("export.json"));
    QVERIFY(writeFile(target, "yesterday's export"));
    for (int size : { 0, 50 }) {
        // A small export stays in QSaveFile's buffer until commit; a large one is written at once.
        {
            Database db;
            QVERIFY(db.open(archivePath(), Database::Mode::ReadWrite, &error));
            Archive archive(db);
            QVERIFY(Interchange::importJson(
                archive, generatedImport(QStringLiteral("e%1-").arg(size), size), nullptr, &error));
        }
        Database db;
        QVERIFY(db.open(archivePath(), Database::Mode::ReadOnly, &error));
        Archive archive(db);
        QVERIFY(Interchange::exportJson(archive, &error).size() > (size ? 16384 : 4096));
        {
            const FileSizeLimit limit(4096);
            QVERIFY2(!Interchange::exportFile(archive, target, &error),
                "the export claimed success on a full disk");
        }
        QVERIFY(!error.isEmpty());
        // The earlier file is untouched and no temporary is left beside it.
        QCOMPARE(readFile(target), QByteArray("yesterday's export"));
        QCOMPARE(QDir(m_dir->path())
                     .entryList({ QStringLiteral("export.json*") }, QDir::Files | QDir::Hidden)
                     .size(),
            1);
    }
}

void tst_Safety::changeWatcherSeesOnlyOtherConnections()
{
    QString error;
    Database window, other;
    QVERIFY(window.open(archivePath(), Database::Mode::ReadWrite, &error));
    QVERIFY(other.open(archivePath(), Database::Mode::ReadWrite, &error));
    ChangeWatcher watcher(window);
    QSignalSpy spy(&watcher, &ChangeWatcher::changedElsewhere);
    watcher.start(20);
    QVERIFY(!watcher.poll());

    // The window's own save is not "elsewhere".
    Archive own(window);
    QVERIFY(Interchange::importJson(own, generatedImport(QStringLiteral("own-"), 1), nullptr, &error));
    QVERIFY(!watcher.poll());

    Archive archive(other);
    QVERIFY(Interchange::importJson(archive, generatedImport(QStringLiteral("o-"), 1), nullptr, &error));
    QTRY_COMPARE(spy.count(), 1);
    QVERIFY(!watcher.poll());
}

void tst_Safety::secondSessionLockIsToldWhoHoldsIt()
{
    SessionLock first(archivePath());
    QCOMPARE(first.acquire(), SessionLock::State::Acquired);
    SessionLock second(archivePath());
    QCOMPARE(second.acquire(), SessionLock::State::HeldElsewhere);
    QVERIFY2(second.holder().contains(QString::number(QCoreApplication::applicationPid())),
        qPrintable(second.holder()));
    first.release();
    QCOMPARE(second.acquire(), SessionLock::State::Acquired);
    QVERIFY(second.holder().isEmpty());

    // A lock left by a program that no longer runs is taken over.
    second.release();
    QVERIFY(writeFile(SessionLock::lockPath(archivePath()),
        "999999\nroundtable\n" + QSysInfo::machineHostName().toUtf8() + "\n"));
    SessionLock third(archivePath());
    QCOMPARE(third.acquire(), SessionLock::State::Acquired);
}

QTEST_GUILESS_MAIN(tst_Safety)
#include "tst_safety.moc"
