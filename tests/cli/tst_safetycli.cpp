// Data safety through the real `roundtable` binary: automatic backups, `restore`,
// `backups`, damaged and read-only archives, a full disk and two writers at once.

#include "core/db/Transaction.h"
#include "core/safety/AutoBackup.h"
#include "core/safety/Maintenance.h"
#include "support/SafetySupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>
#include <sys/statvfs.h>

using namespace rt;
using namespace rt::test;

class tst_SafetyCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();

    void importTakesOneAutomaticBackupADay();
    void restoreLatestBringsBackTheArchive();
    void restoreRefusesUnsoundBackupAndChangesNothing();
    void damagedArchiveIsReportedNeverOverwritten();
    void readOnlyArchiveOpensReadOnlyWithNotice();
    void fullDiskFailsCleanly();
    void twoWritersBothSucceed();
    void laterWriterWaitsThenSaysBusy();
    void unreadableLogoIsSaidNotSkipped();

private:
    Run rt(const QStringList &arguments)
    {
        return roundtable(QStringList { QStringLiteral("--database"), m_archive } + arguments, m_environment);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_archive;
    QStringList m_environment;
};

void tst_SafetyCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_archive = m_dir->filePath(QStringLiteral("archive.roundtable"));
    QVERIFY(writeTestArchive(m_archive));
    // Each test's children get settings of their own (the defaults: daily, keep 10).
    m_environment = { QStringLiteral("XDG_CONFIG_HOME=") + m_dir->filePath(QStringLiteral("config")) };
}

void tst_SafetyCli::unreadableLogoIsSaidNotSkipped()
{
    // Preferences name a logo that has since gone: the release is written without it, and
    // the command says so (issue 12, item 12).
    const QString config = m_dir->filePath(QStringLiteral("config/lmec.org.cn"));
    QVERIFY(QDir().mkpath(config));
    const QString logo = m_dir->filePath(QStringLiteral("moved-away.png"));
    QVERIFY(writeFile(QDir(config).filePath(QStringLiteral("roundtable.conf")),
        QStringLiteral("[print]\nlogo=%1\n").arg(logo).toUtf8()));
    const QString pdf = m_dir->filePath(QStringLiteral("release.pdf"));
    Run run = rt({ QStringLiteral("press-release"), DemoDialogueKey, QStringLiteral("--output"), pdf });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(QFileInfo(pdf).size() > 0);
    QVERIFY2(run.err.contains(
                 QStringLiteral("warning: the letterhead's logo is left out: the logo %1 does not exist")
                     .arg(logo)),
        qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
}

void tst_SafetyCli::importTakesOneAutomaticBackupADay()
{
    const QString file = m_dir->filePath(QStringLiteral("a.json"));
    QVERIFY(writeFile(file, generatedImport(QStringLiteral("a-"), 3)));
    Run run = rt({ QStringLiteral("import"), file });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QCOMPARE(AutoBackup(m_archive).backups().size(), 1);
    // The backup holds the archive as it was before the import.
    QCOMPARE(countsOf(AutoBackup(m_archive).backups().first().path).dialogues, 1);

    run = rt({ QStringLiteral("import"), file });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(AutoBackup(m_archive).backups().size(), 1); // not again the same day

    run = rt({ QStringLiteral("backups") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QFileInfo(AutoBackup(m_archive).backups().first().path).fileName()),
        qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("the last 10 are kept")), qPrintable(run.out));

    // Settings are honoured: keep 2, every time.
    const QString conf = m_dir->filePath(QStringLiteral("config/lmec.org.cn/roundtable.conf"));
    QVERIFY(QDir().mkpath(QFileInfo(conf).absolutePath()));
    QVERIFY(writeFile(conf, "[backups]\nkeep=2\nintervalHours=0\n"));
    for (int i = 0; i < 3; ++i) {
        QTest::qWait(1100); // backups are named to the second
        QCOMPARE(rt({ QStringLiteral("import"), file }).exitCode, 0);
    }
    QCOMPARE(AutoBackup(m_archive).backups().size(), 2);
    QVERIFY(rt({ QStringLiteral("backups") }).out.contains(QLatin1String("the last 2 are kept")));
}

void tst_SafetyCli::restoreLatestBringsBackTheArchive()
{
    const QString file = m_dir->filePath(QStringLiteral("a.json"));
    QVERIFY(writeFile(file, generatedImport(QStringLiteral("a-"), 4)));
    QCOMPARE(rt({ QStringLiteral("import"), file }).exitCode, 0);
    QCOMPARE(countsOf(m_archive).dialogues, 5);

    const Run run = rt({ QStringLiteral("restore"), QStringLiteral("latest") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("kept at")), qPrintable(run.out));
    QCOMPARE(countsOf(m_archive).dialogues, 1);
    QCOMPARE(rt({ QStringLiteral("check") }).exitCode, 0);
    const QStringList aside
        = QDir(m_dir->path()).entryList({ QStringLiteral("archive.roundtable.before-restore-*") });
    QCOMPARE(aside.size(), 1);
    QCOMPARE(countsOf(m_dir->filePath(aside.first())).dialogues, 5);

    // Restoring a named backup file works the same way.
    const QString monday = m_dir->filePath(QStringLiteral("monday.roundtable"));
    QCOMPARE(roundtable({ QStringLiteral("--database"), m_dir->filePath(aside.first()),
                            QStringLiteral("backup"), monday })
                 .exitCode,
        0);
    QCOMPARE(rt({ QStringLiteral("restore"), monday }).exitCode, 0);
    QCOMPARE(countsOf(m_archive).dialogues, 5);
}

void tst_SafetyCli::restoreRefusesUnsoundBackupAndChangesNothing()
{
    const QString backup = m_dir->filePath(QStringLiteral("b.roundtable"));
    QCOMPARE(rt({ QStringLiteral("backup"), backup }).exitCode, 0);
    QVERIFY(damage(backup));
    const QByteArray before = fileHash(m_archive);
    const Run run = rt({ QStringLiteral("restore"), backup });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(QLatin1String("roundtable: "))
            && run.err.contains(QLatin1String("not a sound backup")),
        qPrintable(run.err));
    QCOMPARE(fileHash(m_archive), before);
    QCOMPARE(rt({ QStringLiteral("restore"), QStringLiteral("latest") }).exitCode, 1); // there is none yet
    QCOMPARE(rt({ QStringLiteral("restore") }).exitCode, 2);
}

void tst_SafetyCli::damagedArchiveIsReportedNeverOverwritten()
{
    QVERIFY(damage(m_archive));
    const QByteArray before = fileHash(m_archive);
    Run run = rt({ QStringLiteral("check") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("damaged")), qPrintable(run.err));

    const QString file = m_dir->filePath(QStringLiteral("a.json"));
    QVERIFY(writeFile(file, generatedImport(QStringLiteral("a-"), 2)));
    run = rt({ QStringLiteral("import"), file });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("damaged")), qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1); // one line, not a backup warning too
    QCOMPARE(rt({ QStringLiteral("demo") }).exitCode, 1);
    QCOMPARE(fileHash(m_archive), before);
    // No backup of a damaged archive replaces the sound ones.
    QVERIFY(AutoBackup(m_archive).backups().isEmpty());
}

void tst_SafetyCli::readOnlyArchiveOpensReadOnlyWithNotice()
{
    QString path = m_archive;
    std::unique_ptr<QTemporaryDir> mountPoint;
    if (geteuid() == 0) {
        mountPoint = std::make_unique<QTemporaryDir>();
        const QByteArray point = QFile::encodeName(mountPoint->path());
        if (mount("tmpfs", point.constData(), "tmpfs", 0, "size=8m") != 0)
            QSKIP("running as root without permission to mount a file system");
        path = mountPoint->filePath(QStringLiteral("archive.roundtable"));
        QVERIFY(QFile::copy(m_archive, path));
        if (mount("tmpfs", point.constData(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr) != 0) {
            umount(point.constData());
            QSKIP("cannot remount read-only");
        }
    } else {
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
    }
    auto unmount = qScopeGuard([&] {
        if (mountPoint)
            umount(QFile::encodeName(mountPoint->path()).constData());
    });
    const QStringList db { QStringLiteral("--database"), path };
    const QString file = m_dir->filePath(QStringLiteral("a.json"));
    QVERIFY(writeFile(file, generatedImport(QStringLiteral("a-"), 2)));
    Run run = roundtable(db + QStringList { QStringLiteral("import"), file }, m_environment);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("it is open read-only")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("nothing was imported")), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QLatin1String("backup failed")), qPrintable(run.err));

    const QString exported = m_dir->filePath(QStringLiteral("out.json"));
    run = roundtable(db + QStringList { QStringLiteral("export"), exported }, m_environment);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(readFile(exported).contains("Integrated Ecosystem Management"));
    QCOMPARE(roundtable(db + QStringList { QStringLiteral("check") }, m_environment).exitCode, 0);
}

void tst_SafetyCli::fullDiskFailsCleanly()
{
    if (geteuid() != 0)
        QSKIP("needs root to mount a small file system (tst_safety injects the failure instead)");
    QTemporaryDir mountPoint;
    const QByteArray point = QFile::encodeName(mountPoint.path());
    if (mount("tmpfs", point.constData(), "tmpfs", 0, "size=1m") != 0)
        QSKIP("cannot mount a file system here");
    auto unmount = qScopeGuard([&] { umount(point.constData()); });

    const QString archive = mountPoint.filePath(QStringLiteral("archive.roundtable"));
    QVERIFY(QFile::copy(m_archive, archive));
    const QStringList db { QStringLiteral("--database"), archive };
    const QByteArray before = fileHash(archive);
    const QString file = m_dir->filePath(QStringLiteral("big.json")); // on the roomy disk
    QVERIFY(writeFile(file, generatedImport(QStringLiteral("big-"), 2000)));

    Run run = roundtable(db + QStringList { QStringLiteral("import"), file }, m_environment);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(
        run.err.contains(QLatin1String("full")) && run.err.contains(QLatin1String("nothing was imported")),
        qPrintable(run.err));
    QCOMPARE(roundtable(db + QStringList { QStringLiteral("check") }, m_environment).exitCode, 0);
    QCOMPARE(countsOf(archive).dialogues, 1);
    QCOMPARE(fileHash(archive), before);

    // Fill what is left, then export onto the full disk: it fails and leaves no file.
    QFile filler(mountPoint.filePath(QStringLiteral("filler")));
    QVERIFY(filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    while (filler.write(QByteArray(512, 'x')) == 512) { }
    filler.close();
    struct statvfs space;
    QCOMPARE(statvfs(point.constData(), &space), 0);
    QCOMPARE(space.f_bavail, 0ul);
    const QString exported = mountPoint.filePath(QStringLiteral("out.json"));
    run = roundtable(db + QStringList { QStringLiteral("export"), exported }, m_environment);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("no space left on ") + mountPoint.path()), qPrintable(run.err));
    QCOMPARE(
        QDir(mountPoint.path()).entryList({ QStringLiteral("out.json*") }, QDir::Files | QDir::Hidden).size(),
        0);
    QCOMPARE(roundtable(db + QStringList { QStringLiteral("check") }, m_environment).exitCode, 0);
}

void tst_SafetyCli::twoWritersBothSucceed()
{
    QList<QProcess *> writers;
    for (int w = 0; w < 2; ++w) {
        const QString file = m_dir->filePath(QStringLiteral("w%1.json").arg(w));
        QVERIFY(writeFile(file, generatedImport(QStringLiteral("w%1-").arg(w), 300)));
        auto *process = new QProcess(this);
        process->start(QStringLiteral(ROUNDTABLE_BINARY),
            { QStringLiteral("--database"), m_archive, QStringLiteral("import"), file });
        writers.append(process);
    }
    // Both succeed (the second waits for the first), or, when the first takes longer than
    // the second is willing to wait (as in a sanitizer build), the second says the archive
    // is busy and imports nothing. Either way nothing is lost or half-written.
    int succeeded = 0;
    for (QProcess *process : std::as_const(writers)) {
        QVERIFY(process->waitForFinished(180000));
        const QString err = QString::fromUtf8(process->readAllStandardError());
        if (process->exitCode() == 0) {
            ++succeeded;
        } else {
            QCOMPARE(process->exitCode(), 1);
            QVERIFY2(err.contains(QLatin1String("the archive is busy"))
                    && err.contains(QLatin1String("nothing was imported")),
                qPrintable(err));
        }
    }
    qDeleteAll(writers);
    QVERIFY(succeeded >= 1);
    QCOMPARE(countsOf(m_archive).dialogues, 1 + 300 * succeeded);
    QCOMPARE(rt({ QStringLiteral("check") }).exitCode, 0);
}

void tst_SafetyCli::laterWriterWaitsThenSaysBusy()
{
    // This test holds the write lock longer than the other program's 10 s patience.
    Database holder;
    QString error;
    QVERIFY(holder.open(m_archive, Database::Mode::ReadWrite, &error));
    Transaction transaction(holder);
    QVERIFY(transaction.begin(&error));

    const QString file = m_dir->filePath(QStringLiteral("a.json"));
    QVERIFY(writeFile(file, generatedImport(QStringLiteral("a-"), 2)));
    QElapsedTimer waited;
    waited.start();
    const Run run = rt({ QStringLiteral("import"), file });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(waited.elapsed() >= 9000, "the later writer gave up without waiting");
    QVERIFY2(run.err.contains(QLatin1String("the archive is busy: another program is writing to it")),
        qPrintable(run.err));
    QVERIFY2(run.err.contains(QLatin1String("nothing was imported")), qPrintable(run.err));
    transaction.rollback();
    holder.close();
    QCOMPARE(countsOf(m_archive).dialogues, 1);
    QCOMPARE(rt({ QStringLiteral("import"), file }).exitCode, 0); // and works once the lock is gone
}

QTEST_GUILESS_MAIN(tst_SafetyCli)
#include "tst_safetycli.moc"
