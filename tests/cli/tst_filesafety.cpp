// Files, devices and archives through the real `roundtable` binary (issue 17): no command
// writes onto the archive, a full disk keeps every good file, devices are neither archives
// nor replaced by files, names keep their bytes, refused files get nothing beside them.

#include "core/safety/AutoBackup.h"
#include "support/SafetySupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace rt;
using namespace rt::test;

namespace {

mode_t typeOf(const QString &path)
{
    struct stat info;
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0 ? (info.st_mode & S_IFMT) : 0;
}

// A small tmpfs the test mounts itself, unmounted when it goes.
class SmallDisk
{
public:
    explicit SmallDisk(const char *size)
    {
        const QByteArray options = QByteArray("size=") + size;
        m_mounted = geteuid() == 0
            && mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", 0, options.constData())
                == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            umount(QFile::encodeName(m_dir.path()).constData());
    }
    bool isMounted() const { return m_mounted; }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }
    // Writes filler until not a byte more fits.
    bool fill() const
    {
        QFile filler(m_dir.filePath(QStringLiteral("filler")));
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return false;
        while (filler.write(QByteArray(512, 'x')) == 512) { }
        while (filler.write(QByteArray(1, 'x')) == 1) { }
        filler.close();
        struct statvfs space;
        return statvfs(QFile::encodeName(m_dir.path()).constData(), &space) == 0 && space.f_bavail == 0;
    }
    // Every name in the folder but the filler.
    QStringList entries() const
    {
        QStringList names
            = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        names.removeAll(QStringLiteral("filler"));
        return names;
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

} // namespace

class tst_FileSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();

    void noCommandWritesOntoTheArchive_data();
    void noCommandWritesOntoTheArchive();
    void fullDiskKeepsEveryOutputFile();
    void deviceIsNeverAnArchive();
    void readCommandNeverCreatesAnArchive();
    void deviceNodesAreWrittenInPlaceOrRefused();
    void nonUtf8NameIsRefusedNotChanged();
    void newArchiveOnFullDiskLeavesNothing();
    void refusedFilesGetNothingBesideThem();
    void errorsAreOneLineWithThePath();
    void andAloneIsAnErrorLikeOr();
    void killedBackupTemporaryGoesAtNextOpen();
    void writesCheckOnlyWhenTheFileChanged();
    void restoreWritesOnlyTheArchiveFile();
    void restoreOnFullDiskChangesNothing();
    void pipeWithoutReaderIsRefusedAtOnce();

private:
    Run rt(const QStringList &arguments)
    {
        return roundtable(QStringList { QStringLiteral("--database"), m_archive } + arguments, m_environment);
    }
    Run rtOn(const QString &archive, const QStringList &arguments)
    {
        return roundtable(QStringList { QStringLiteral("--database"), archive } + arguments, m_environment);
    }
    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_archive;
    QStringList m_environment;
};

void tst_FileSafety::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_archive = path(QStringLiteral("archive.roundtable"));
    QVERIFY(writeTestArchive(m_archive));
    m_environment = { QStringLiteral("XDG_CONFIG_HOME=") + path(QStringLiteral("config")) };
}

void tst_FileSafety::noCommandWritesOntoTheArchive_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("same name") << "same";
    QTest::newRow("dot-dot") << "dotdot";
    QTest::newRow("symlink") << "symlink";
    QTest::newRow("hard link") << "hardlink";
    QTest::newRow("write-ahead log") << "wal";
    QTest::newRow("a backup of the archive") << "backup";
}

void tst_FileSafety::noCommandWritesOntoTheArchive()
{
    QFETCH(QString, how);
    QString target = m_archive;
    std::unique_ptr<Database> holder; // keeps -wal and -shm in existence
    if (how == QLatin1String("dotdot")) {
        QVERIFY(QDir().mkpath(path(QStringLiteral("sub"))));
        target = path(QStringLiteral("sub/../archive.roundtable"));
    } else if (how == QLatin1String("symlink")) {
        target = path(QStringLiteral("link.json"));
        QVERIFY(QFile::link(m_archive, target));
    } else if (how == QLatin1String("hardlink")) {
        target = path(QStringLiteral("hard.json"));
        QCOMPARE(::link(QFile::encodeName(m_archive).constData(), QFile::encodeName(target).constData()), 0);
    } else if (how == QLatin1String("wal")) {
        holder = std::make_unique<Database>();
        QVERIFY(holder->open(m_archive, Database::Mode::ReadWrite, nullptr));
        target = m_archive + QLatin1String("-wal");
        QVERIFY(QFileInfo::exists(target));
    } else if (how == QLatin1String("backup")) {
        // What the archive would be restored from is not replaced by an export either.
        QString error;
        QVERIFY2(AutoBackup(m_archive).writeNow(&target, &error), qPrintable(error));
        QVERIFY(QFileInfo::exists(target));
    }
    const QByteArray before = fileHash(m_archive);
    const QByteArray targetBefore = fileHash(target);

    Run run = rt({ QStringLiteral("export"), target });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("archive")) && run.err.count(QLatin1Char('\n')) == 1,
        qPrintable(run.err));
    for (const char *format : { "pdf", "html", "odt" }) {
        run = rt({ QStringLiteral("press-release"), DemoDialogueKey, QStringLiteral("--format"),
            QLatin1String(format), QStringLiteral("--output"), target });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("archive")), qPrintable(run.err));
    }
    run = rt({ QStringLiteral("backup"), target });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(fileHash(target), targetBefore);
    holder.reset();
    QCOMPARE(fileHash(m_archive), before);
    QCOMPARE(countsOf(m_archive).dialogues, 1);
}

void tst_FileSafety::fullDiskKeepsEveryOutputFile()
{
    SmallDisk disk("1m");
    if (!disk.isMounted())
        QSKIP("needs root to mount a small tmpfs");
    // A good file of each kind on the small disk, then the disk is filled.
    const QStringList names { QStringLiteral("out.json"), QStringLiteral("out.pdf"),
        QStringLiteral("out.html"), QStringLiteral("out.odt") };
    for (const QString &name : names)
        QVERIFY(writeFile(disk.filePath(name), "good " + name.toUtf8()));
    QVERIFY(disk.fill());

    auto expectNoSpace = [&](const Run &run) {
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("no space left on ") + disk.path()), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("Unknown error")), qPrintable(run.err));
        QVERIFY2(!run.out.contains(QLatin1String("written")), qPrintable(run.out));
    };
    for (const QString &prefix : { QStringLiteral("out"), QStringLiteral("new") }) {
        expectNoSpace(rt({ QStringLiteral("export"), disk.filePath(prefix + QLatin1String(".json")) }));
        for (const char *format : { "pdf", "html", "odt" }) {
            expectNoSpace(rt({ QStringLiteral("press-release"), DemoDialogueKey, QStringLiteral("--output"),
                disk.filePath(prefix + QLatin1Char('.') + QLatin1String(format)) }));
        }
    }
    for (const QString &name : names)
        QCOMPARE(readFile(disk.filePath(name)), "good " + name.toUtf8());
    QStringList left = disk.entries();
    left.sort();
    QStringList expected = names;
    expected.sort();
    QCOMPARE(left, expected); // no new file, no temporary file
}

void tst_FileSafety::deviceIsNeverAnArchive()
{
    // An unattached loop device: even a wrong write could not reach a disk.
    const QString device = path(QStringLiteral("disk.roundtable"));
    if (mknod(QFile::encodeName(device).constData(), S_IFBLK | 0600, makedev(7, 250)) != 0)
        QSKIP("cannot make a device node here (needs root)");
    const QString character = path(QStringLiteral("null.roundtable"));
    QCOMPARE(mknod(QFile::encodeName(character).constData(), S_IFCHR | 0600, makedev(1, 3)), 0);
    const QString file = path(QStringLiteral("a.json"));
    QVERIFY(writeFile(file, generatedImport(QStringLiteral("a-"), 1)));
    for (const QString &node : { device, character }) {
        for (const QStringList &command : { QStringList { QStringLiteral("search"), QStringLiteral("water") },
                 QStringList { QStringLiteral("import"), file }, QStringList { QStringLiteral("demo") },
                 QStringList { QStringLiteral("check") } }) {
            const Run run = rtOn(node, command);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(node) && run.err.contains(QLatin1String("device"))
                    && run.err.count(QLatin1Char('\n')) == 1,
                qPrintable(run.err));
        }
    }
    QCOMPARE(typeOf(device), mode_t(S_IFBLK));
    QCOMPARE(typeOf(character), mode_t(S_IFCHR));
    QStringList names = QDir(m_dir->path()).entryList(QDir::Files | QDir::System | QDir::Hidden);
    names.sort();
    QCOMPARE(names,
        QStringList({ QStringLiteral("a.json"), QStringLiteral("archive.roundtable"),
            QStringLiteral("disk.roundtable"), QStringLiteral("null.roundtable") }));
}

void tst_FileSafety::readCommandNeverCreatesAnArchive()
{
    const QString empty = path(QStringLiteral("empty.roundtable"));
    QVERIFY(writeFile(empty, QByteArray()));
    const QString missing = path(QStringLiteral("missing.roundtable"));
    for (const QString &archive : { empty, missing }) {
        for (const QStringList &command : { QStringList { QStringLiteral("search"), QStringLiteral("water") },
                 QStringList { QStringLiteral("export"), path(QStringLiteral("x.json")) },
                 QStringList { QStringLiteral("stats") }, QStringList { QStringLiteral("check") } }) {
            const Run run = rtOn(archive, command);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(QLatin1String("no such archive")), qPrintable(run.err));
        }
    }
    QCOMPARE(QFileInfo(empty).size(), 0);
    QVERIFY(!QFileInfo::exists(missing));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("x.json"))));
    QVERIFY(!QFileInfo::exists(empty + QLatin1String("-wal")));
    QVERIFY(!QFileInfo::exists(empty + QLatin1String(".backups")));
}

void tst_FileSafety::deviceNodesAreWrittenInPlaceOrRefused()
{
    const QString null = path(QStringLiteral("null"));
    if (mknod(QFile::encodeName(null).constData(), S_IFCHR | 0666, makedev(1, 3)) != 0)
        QSKIP("cannot make a device node here (needs root)");
    const QString full = path(QStringLiteral("full"));
    QCOMPARE(mknod(QFile::encodeName(full).constData(), S_IFCHR | 0666, makedev(1, 7)), 0);

    QCOMPARE(rt({ QStringLiteral("export"), null }).exitCode, 0);
    QCOMPARE(
        rt({ QStringLiteral("press-release"), DemoDialogueKey, QStringLiteral("--output"), null }).exitCode,
        0);
    Run run = rt({ QStringLiteral("export"), full });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(full) && run.err.contains(QLatin1String("no space left")), qPrintable(run.err));
    run = rt({ QStringLiteral("backup"), null });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(null), qPrintable(run.err));
    run = rt({ QStringLiteral("backup"), full });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(typeOf(null), mode_t(S_IFCHR));
    QCOMPARE(typeOf(full), mode_t(S_IFCHR));

    // A pipe (what /dev/stdout usually is) gets the bytes and stays a pipe.
    QProcess process;
    process.start(QStringLiteral(ROUNDTABLE_BINARY),
        { QStringLiteral("--database"), m_archive, QStringLiteral("export"), QStringLiteral("/dev/stdout") });
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().contains("\"format\": \"roundtable/1\""));
    QCOMPARE(typeOf(QStringLiteral("/dev/stdout")), mode_t(S_IFLNK));
}

void tst_FileSafety::nonUtf8NameIsRefusedNotChanged()
{
    // QProcess passes only Unicode: the shell makes the byte 0xFF.
    QProcess process;
    process.setWorkingDirectory(m_dir->path());
    process.start(QStringLiteral("/bin/sh"),
        { QStringLiteral("-c"),
            QStringLiteral("exec \"$0\" --database \"$(printf 'a\\377.roundtable')\" demo"),
            QStringLiteral(ROUNDTABLE_BINARY) });
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 1);
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(err.contains(QLatin1String("UTF-8")) && err.count(QLatin1Char('\n')) == 1, qPrintable(err));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden),
        QStringList { QStringLiteral("archive.roundtable") });
    // Not only names: a query is refused as well, in words that do not speak of a file.
    process.start(QStringLiteral("/bin/sh"),
        { QStringLiteral("-c"), QStringLiteral("exec \"$0\" search \"$(printf 'bio\\377div')\""),
            QStringLiteral(ROUNDTABLE_BINARY) });
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 1);
    const QString query = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(query.contains(QLatin1String("not valid UTF-8")) && query.count(QLatin1Char('\n')) == 1,
        qPrintable(query));
    QVERIFY2(!query.contains(QLatin1String("the name is")), qPrintable(query));
}

void tst_FileSafety::newArchiveOnFullDiskLeavesNothing()
{
    SmallDisk disk("1m");
    if (!disk.isMounted())
        QSKIP("needs root to mount a small tmpfs");
    QVERIFY(disk.fill());
    // Room for a few pages, not for a whole new archive.
    QFile::resize(disk.filePath(QStringLiteral("filler")),
        QFileInfo(disk.filePath(QStringLiteral("filler"))).size() - 16384);
    const QString archive = disk.filePath(QStringLiteral("new.roundtable"));
    const Run run = rtOn(archive, { QStringLiteral("demo") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(archive) && run.err.count(QLatin1Char('\n')) == 1, qPrintable(run.err));
    QCOMPARE(disk.entries(), QStringList());
    // With room, the same command makes a complete archive.
    QVERIFY(QFile::remove(disk.filePath(QStringLiteral("filler"))));
    const Run again = rtOn(archive, { QStringLiteral("demo") });
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(countsOf(archive).dialogues, 1);
}

void tst_FileSafety::refusedFilesGetNothingBesideThem()
{
    const QString foreign = path(QStringLiteral("foreign.roundtable"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(foreign);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (x)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO t VALUES (1)")));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QString damaged = path(QStringLiteral("damaged.roundtable"));
    QVERIFY(writeTestArchive(damaged));
    QVERIFY(damage(damaged));
    const QString file = path(QStringLiteral("a.json"));
    QVERIFY(writeFile(file, generatedImport(QStringLiteral("a-"), 1)));
    // A foreign file is refused by every command; a damaged one by those that check it (a
    // search or export reads only what it needs and meets the damage there, if at all).
    const QList<QStringList> every { { QStringLiteral("check") },
        { QStringLiteral("search"), QStringLiteral("water") },
        { QStringLiteral("export"), path(QStringLiteral("x.json")) }, { QStringLiteral("import"), file },
        { QStringLiteral("demo") }, { QStringLiteral("backup"), path(QStringLiteral("b.roundtable")) } };
    const QList<QStringList> checking { { QStringLiteral("check") }, { QStringLiteral("import"), file },
        { QStringLiteral("demo") }, { QStringLiteral("backup"), path(QStringLiteral("b.roundtable")) } };
    for (const QString &archive : { foreign, damaged }) {
        const QByteArray before = fileHash(archive);
        for (const QStringList &command : archive == foreign ? every : checking) {
            const Run run = rtOn(archive, command);
            QVERIFY2(run.exitCode == 1,
                qPrintable(command.join(QLatin1Char(' ')) + QLatin1String(": ") + run.err));
            for (const char *side : { "-wal", "-shm", "-journal", ".backups" })
                QVERIFY2(!QFileInfo::exists(archive + QLatin1String(side)),
                    qPrintable(command.join(QLatin1Char(' ')) + QLatin1String(": ") + QLatin1String(side)));
        }
        QCOMPARE(fileHash(archive), before);
    }
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("x.json"))));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("b.roundtable"))));
}

void tst_FileSafety::errorsAreOneLineWithThePath()
{
    const QString damaged = path(QStringLiteral("damaged.roundtable"));
    QVERIFY(writeTestArchive(damaged));
    QVERIFY(damage(damaged));
    const QString file = path(QStringLiteral("a.json"));
    QVERIFY(writeFile(file, generatedImport(QStringLiteral("a-"), 1)));
    for (const QStringList &command : { QStringList { QStringLiteral("check") },
             QStringList { QStringLiteral("import"), file }, QStringList { QStringLiteral("demo") } }) {
        const Run run = rtOn(damaged, command);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(damaged) && run.err.contains(QLatin1String("damaged"))
                && run.err.count(QLatin1Char('\n')) == 1,
            qPrintable(run.err));
    }
}

void tst_FileSafety::andAloneIsAnErrorLikeOr()
{
    for (const QString &query : { QStringLiteral("AND"), QStringLiteral("OR"), QStringLiteral("water AND"),
             QStringLiteral("AND water"), QStringLiteral("water AND OR mekong") }) {
        const Run run = rt({ QStringLiteral("search"), query });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(
                     query.contains(QLatin1String("AND")) ? QLatin1String("AND") : QLatin1String("OR"))
                && run.err.count(QLatin1Char('\n')) == 1,
            qPrintable(run.err));
        QVERIFY(!run.out.contains(QLatin1String("Dialogues found")));
    }
    const Run run = rt({ QStringLiteral("search"), QStringLiteral("ecosystem AND management") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QLatin1String("Dialogues found: 1")), qPrintable(run.out));
}

void tst_FileSafety::killedBackupTemporaryGoesAtNextOpen()
{
    const QString file = path(QStringLiteral("a.json"));
    QVERIFY(writeFile(file, generatedImport(QStringLiteral("a-"), 1)));
    QCOMPARE(rt({ QStringLiteral("import"), file }).exitCode, 0); // takes today's backup
    const AutoBackup backups(m_archive);
    QCOMPARE(backups.backups().size(), 1);
    // What a backup killed half-way leaves: its process (this id) is gone.
    const QString stale
        = QDir(backups.folder())
              .filePath(QStringLiteral(".archive-20260101-000000.roundtable.999999999-0123abcd.tmp"));
    QVERIFY(writeFile(stale, QByteArray(8192, 'x')));
    QVERIFY(writeFile(stale + QLatin1String("-journal"), QByteArray(512, 'x')));
    QCOMPARE(rt({ QStringLiteral("import"), file }).exitCode, 0); // no backup due
    QCOMPARE(backups.backups().size(), 1);
    QVERIFY(!QFileInfo::exists(stale));
    QVERIFY(!QFileInfo::exists(stale + QLatin1String("-journal")));
}

void tst_FileSafety::writesCheckOnlyWhenTheFileChanged()
{
    // A write to an archive nobody changed since its last sound check reads no more than it
    // needs: shown by damage the check would find, hidden from it by an unchanged stamp.
    const QString file = path(QStringLiteral("a.json"));
    QVERIFY(writeFile(file, generatedImport(QStringLiteral("a-"), 1)));
    QCOMPARE(rt({ QStringLiteral("import"), file }).exitCode, 0); // checked, then noted

    // A changed file is checked again before the first write: damage is refused.
    const QString copy = path(QStringLiteral("copy.roundtable"));
    QVERIFY(QFile::copy(m_archive, copy));
    QCOMPARE(rtOn(copy, { QStringLiteral("import"), file }).exitCode, 0);
    QVERIFY(damage(copy));
    const QByteArray before = fileHash(copy);
    Run run = rtOn(copy, { QStringLiteral("import"), file });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("damaged")), qPrintable(run.err));
    QCOMPARE(fileHash(copy), before);

    // A search needs no check: a damaged archive still answers from the pages it can read, or
    // says it is damaged, with the path, in one line.
    run = rtOn(copy, { QStringLiteral("search"), QStringLiteral("water") });
    QVERIFY2(run.exitCode == 0 || (run.err.contains(copy) && run.err.count(QLatin1Char('\n')) == 1),
        qPrintable(run.err));

    // Unchanged since its sound check (same inode, size and time), a write does not read the
    // file through: damage there now goes unnoticed by the write, which proves it was not read.
    struct stat info;
    QCOMPARE(::stat(QFile::encodeName(m_archive).constData(), &info), 0);
    QVERIFY(damage(m_archive));
    const struct timespec times[2] = { info.st_atim, info.st_mtim };
    QCOMPARE(utimensat(AT_FDCWD, QFile::encodeName(m_archive).constData(), times, 0), 0);
    bool cancelled = false;
    QVERIFY(!Database::quickCheck(m_archive, nullptr, &cancelled).isEmpty());
    run = rt({ QStringLiteral("demo") });
    QVERIFY2(!run.err.contains(QLatin1String("nothing was written")), qPrintable(run.err));
}

void tst_FileSafety::pipeWithoutReaderIsRefusedAtOnce()
{
    // A pipe nobody reads from would block the command for ever; it is refused at once, and a
    // pipe that is read gets the whole export.
    const QString fifo = path(QStringLiteral("out.pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QElapsedTimer timer;
    timer.start();
    const Run refused = rt({ QStringLiteral("export"), fifo });
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("no program reads from")), qPrintable(refused.err));
    QCOMPARE(refused.err.trimmed().count(QLatin1Char('\n')), 0);
    QVERIFY(timer.elapsed() < 60000);

    QProcess reader;
    reader.start(QStringLiteral("cat"), { fifo });
    QVERIFY(reader.waitForStarted());
    QTest::qWait(200); // cat has the pipe open for reading
    const Run written = rt({ QStringLiteral("export"), fifo });
    QCOMPARE(written.exitCode, 0);
    QVERIFY(reader.waitForFinished(60000));
    QVERIFY(reader.readAllStandardOutput().contains("\"format\""));
}

QTEST_GUILESS_MAIN(tst_FileSafety)
#include "tst_filesafety.moc"

void tst_FileSafety::restoreWritesOnlyTheArchiveFile()
{
    const QString backup = path(QStringLiteral("b.roundtable"));
    QCOMPARE(rt({ QStringLiteral("backup"), backup }).exitCode, 0);
    const QByteArray before = fileHash(m_archive);

    // The archive's own write-ahead log, as the backup or (by a link) as the archive.
    {
        Database holder; // keeps -wal and -shm in existence
        QVERIFY(holder.open(m_archive, Database::Mode::ReadWrite, nullptr));
        const QString wal = m_archive + QLatin1String("-wal");
        QVERIFY(QFileInfo::exists(wal));
        const QByteArray walBefore = fileHash(wal);
        Run run = rt({ QStringLiteral("restore"), wal });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("archive")) && run.err.count(QLatin1Char('\n')) == 1,
            qPrintable(run.err));
        const QString link = path(QStringLiteral("log.roundtable"));
        QVERIFY(QFile::link(wal, link));
        run = rtOn(link, { QStringLiteral("restore"), backup });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("not an archive")) && run.err.count(QLatin1Char('\n')) == 1,
            qPrintable(run.err));
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(fileHash(wal), walBefore);
    }
    QCOMPARE(fileHash(m_archive), before);

    // A device named as the archive stays a device: restore neither writes into it nor
    // renames a file over it.
    const QString character = path(QStringLiteral("null.roundtable"));
    if (mknod(QFile::encodeName(character).constData(), S_IFCHR | 0600, makedev(1, 3)) != 0)
        QSKIP("cannot make a device node here (needs root); the log cases above ran");
    const QString block = path(QStringLiteral("disk.roundtable"));
    QCOMPARE(mknod(QFile::encodeName(block).constData(), S_IFBLK | 0600, makedev(7, 250)), 0);
    for (const QString &node : { character, block }) {
        const Run run = rtOn(node, { QStringLiteral("restore"), backup });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(node) && run.err.contains(QLatin1String("device"))
                && run.err.count(QLatin1Char('\n')) == 1,
            qPrintable(run.err));
    }
    QCOMPARE(typeOf(character), mode_t(S_IFCHR));
    QCOMPARE(typeOf(block), mode_t(S_IFBLK));
    for (const QString &node : { character, block }) {
        const QStringList beside = QDir(m_dir->path())
                                       .entryList({ QFileInfo(node).fileName() + QLatin1Char('*') },
                                           QDir::AllEntries | QDir::Hidden | QDir::System);
        QCOMPARE(beside, QStringList { QFileInfo(node).fileName() });
    }
}

void tst_FileSafety::restoreOnFullDiskChangesNothing()
{
    SmallDisk disk("4m");
    if (!disk.isMounted())
        QSKIP("needs root to mount a small tmpfs");
    // An archive and its backup on the small disk; the archive then gains a dialogue, so a
    // restore would change it.
    const QString archive = disk.filePath(QStringLiteral("a.roundtable"));
    QVERIFY(writeTestArchive(archive));
    const QString backup = disk.filePath(QStringLiteral("b.roundtable"));
    QCOMPARE(rtOn(archive, { QStringLiteral("backup"), backup }).exitCode, 0);
    const QString file = path(QStringLiteral("one.json"));
    QVERIFY(writeFile(file, generatedImport(QStringLiteral("later-"), 1)));
    QCOMPARE(rtOn(archive, { QStringLiteral("import"), file }).exitCode, 0);
    const QByteArray before = fileHash(archive);
    QVERIFY(disk.fill());
    QStringList entries = disk.entries();
    entries.sort();

    auto expectNoSpace = [&](const Run &run) {
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("no space left on ") + disk.path())
                && run.err.count(QLatin1Char('\n')) == 1,
            qPrintable(run.err));
        QVERIFY2(!run.out.contains(QLatin1String("restored")), qPrintable(run.out));
    };
    // Over the archive: it cannot be kept aside, so it is not replaced.
    expectNoSpace(rtOn(archive, { QStringLiteral("restore"), backup }));
    QCOMPARE(fileHash(archive), before);
    // Where there is no archive: written beside its name, and nothing is left of it.
    expectNoSpace(
        rtOn(disk.filePath(QStringLiteral("new.roundtable")), { QStringLiteral("restore"), backup }));
    QStringList after = disk.entries();
    after.sort();
    QCOMPARE(after, entries);
    QVERIFY(QFile::remove(disk.filePath(QStringLiteral("filler")))); // room to open it again
    QCOMPARE(countsOf(archive).dialogues, 2);
}
