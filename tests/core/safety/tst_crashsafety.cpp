// Crash safety: a `roundtable import` is killed with SIGKILL at random moments, again and
// again on the same archive; after every kill the archive must pass `check` and hold all of
// that import or none of it. One process in four also takes an automatic backup first, so
// kills land in the backup and its rotation too: every backup left must be sound, and no
// killed backup's temporary file may pile up.
//
// ROUNDTABLE_KILLS (default 40) sets the number of kills, ROUNDTABLE_KILL_DIALOGUES
// the size of each import (default 500), ROUNDTABLE_KILL_SEED the random seed (printed, to replay a run).

#include "core/safety/AutoBackup.h"
#include "core/safety/Maintenance.h"
#include "support/SafetySupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace rt;
using namespace rt::test;

class tst_CrashSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedImportsLeaveAllOrNothing();

private:
    QProcess *startImport(const QString &file);

    QTemporaryDir m_dir;
    QString m_archive;
    QString m_config;
    QProcessEnvironment m_environment;
};

void tst_CrashSafety::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_archive = m_dir.filePath(QStringLiteral("archive.roundtable"));
    QVERIFY(writeTestArchive(m_archive));
    // The children read their backup settings from a configuration folder of this test's own.
    const QString config = m_dir.filePath(QStringLiteral("config"));
    QVERIFY(QDir().mkpath(config + QLatin1String("/lmec.org.cn")));
    m_config = config + QLatin1String("/lmec.org.cn/roundtable.conf");
    m_environment = QProcessEnvironment::systemEnvironment();
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
}

QProcess *tst_CrashSafety::startImport(const QString &file)
{
    auto *process = new QProcess(this);
    process->setProcessEnvironment(m_environment);
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->setStandardOutputFile(QProcess::nullDevice());
    process->start(QStringLiteral(ROUNDTABLE_BINARY),
        { QStringLiteral("--database"), m_archive, QStringLiteral("import"), file });
    return process;
}

void tst_CrashSafety::killedImportsLeaveAllOrNothing()
{
    const int kills = qEnvironmentVariableIsSet("ROUNDTABLE_KILLS")
        ? qEnvironmentVariableIntValue("ROUNDTABLE_KILLS")
        : 40;
    const int size = qEnvironmentVariableIsSet("ROUNDTABLE_KILL_DIALOGUES")
        ? qEnvironmentVariableIntValue("ROUNDTABLE_KILL_DIALOGUES")
        : 500;
    const quint32 seed = qEnvironmentVariableIsSet("ROUNDTABLE_KILL_SEED")
        ? quint32(qEnvironmentVariableIntValue("ROUNDTABLE_KILL_SEED"))
        : QRandomGenerator::global()->generate();
    qInfo("seed %u, %d kills, %d dialogues per import", seed, kills, size);
    QRandomGenerator random(seed);

    // One undisturbed import tells how long a whole run takes on this machine.
    QVERIFY(writeFile(m_config, "[backups]\nkeep=3\nintervalHours=0\n"));
    const QString first = m_dir.filePath(QStringLiteral("first.json"));
    QVERIFY(writeFile(first, generatedImport(QStringLiteral("first-"), size)));
    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<QProcess> calibration(startImport(first));
    QVERIFY(calibration->waitForFinished(300000));
    QCOMPARE(calibration->exitCode(), 0);
    qint64 duration = timer.elapsed();
    qInfo("an undisturbed import takes %lld ms", duration);

    qint64 dialogues = countsOf(m_archive).dialogues;
    qint64 people = countsOf(m_archive).people;
    int killedMidway = 0, finishedFirst = 0, killedAfterCommit = 0;
    // Every tenth run is the undisturbed one, so `kills` kills take kills + kills / 9 runs.
    for (int i = 0, killed = 0; killed < kills; ++i) {
        if (i % 10 != 9)
            ++killed;
        const QString file = m_dir.filePath(QStringLiteral("import-%1.json").arg(i));
        QVERIFY(writeFile(file, generatedImport(QStringLiteral("k%1-").arg(i), size)));
        // From the first instant to a little past the usual end, so some imports finish.
        // The archive grows, so now and then one import runs undisturbed to measure again.
        const bool undisturbed = i % 10 == 9;
        const int delay = undisturbed ? 300000 : int(random.bounded(duration + duration / 5 + 1));
        // One run in four takes an automatic backup first, so kills land in the backup and
        // its rotation too; the others spend their time on the import itself.
        const bool backup = i % 4 == 0;
        QVERIFY(writeFile(m_config, backup ? "[backups]\nkeep=3\nintervalHours=0\n" : "[backups]\nkeep=3\n"));
        timer.restart();
        std::unique_ptr<QProcess> process(startImport(file));
        QVERIFY(process->waitForStarted());
        const bool finished = process->waitForFinished(delay);
        if (undisturbed) {
            duration = timer.elapsed();
            QVERIFY(finished);
        }
        if (!finished) {
            ::kill(pid_t(process->processId()), SIGKILL);
            QVERIFY(process->waitForFinished(30000));
        } else {
            QCOMPARE(process->exitStatus(), QProcess::NormalExit);
            QCOMPARE(process->exitCode(), 0);
        }

        QStringList problems;
        QVERIFY2(Maintenance::check(m_archive, &problems),
            qPrintable(QStringLiteral("after kill %1 at %2 ms: %3")
                           .arg(i)
                           .arg(delay)
                           .arg(problems.join(QLatin1Char('\n')))));
        const Archive::Counts now = countsOf(m_archive);
        const qint64 added = now.dialogues - dialogues;
        QVERIFY2(added == 0 || added == size,
            qPrintable(QStringLiteral("kill %1 at %2 ms left %3 of %4 dialogues")
                           .arg(i)
                           .arg(delay)
                           .arg(added)
                           .arg(size)));
        QCOMPARE(now.people - people, added); // one new person per dialogue, all or none too
        if (finished)
            QCOMPARE(added, qint64(size));
        dialogues = now.dialogues;
        people = now.people;
        if (undisturbed)
            continue;
        if (finished)
            ++finishedFirst;
        else if (added)
            ++killedAfterCommit;
        else
            ++killedMidway;
    }

    // Whatever was interrupted, every backup that exists is a sound one.
    const QList<AutoBackup::Entry> backups = AutoBackup(m_archive).backups();
    QVERIFY(!backups.isEmpty());
    for (const AutoBackup::Entry &backup : backups) {
        QStringList problems;
        QVERIFY2(Maintenance::check(backup.path, &problems),
            qPrintable(backup.path + problems.join(QLatin1Char(' '))));
    }
    // What killed backups left behind is cleared by the next backup (Maintenance::backup's
    // temporaries carry their process id): at most the last killed one may remain.
    const QStringList leftovers = QDir(AutoBackup(m_archive).folder())
                                      .entryList({ QStringLiteral(".*.tmp*") }, QDir::Files | QDir::Hidden);
    QVERIFY2(leftovers.size() <= 2, qPrintable(leftovers.join(QLatin1Char(' '))));
    qInfo("survived %d kills: %d before the commit (nothing imported), %d after it (all imported); "
          "%d imports finished before their kill time; %lld backups, all sound",
        killedMidway + killedAfterCommit, killedMidway, killedAfterCommit, finishedFirst,
        qint64(backups.size()));
    QCOMPARE(killedMidway + killedAfterCommit + finishedFirst, kills);
    QVERIFY(killedMidway > 0); // a run where no kill hit an import would prove nothing
}

QTEST_GUILESS_MAIN(tst_CrashSafety)
#include "tst_crashsafety.moc"
