// Data safety in the window: File → Restore from backup, the offer to restore when an
// archive cannot be opened, the notices for read-only archives and second windows, the
// refresh when another program changes the archive, and the window's save under SIGKILL.
//
// The SIGKILL test runs this same executable as a child ("--save-loop ARCHIVE"): a real
// main window that edits and saves one dialogue again and again through its editor,
// reporting each save on stdout, until the parent kills it.

#include "app/editors/DialogueEditor.h"
#include "app/editors/EditorDialog.h"
#include "app/lists/DialogueTableModel.h"
#include "app/window/ArchiveGuard.h"
#include "app/window/MainWindow.h"
#include "app/window/MessageBox.h"
#include "core/safety/AutoBackup.h"
#include "core/safety/Maintenance.h"
#include "support/SafetySupport.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <csignal>
#include <cstdio>
#include <cstring>

using namespace rt;
using namespace rt::app;
using namespace rt::test;

namespace {

// The child: saves the demo dialogue's title as "Save 1", "Save 2", … until killed.
int saveLoop(const QString &archivePath)
{
    MainWindow window;
    if (!window.openArchive(archivePath))
        return 3;
    const qint64 id = window.archive()->dialogueId(QStringLiteral("2022-11-23-iem-roundtable"));
    for (int n = 1;; ++n) {
        auto *editor = qobject_cast<DialogueEditor *>(window.openDialogue(id));
        auto *title = editor ? editor->findChild<QLineEdit *>(QStringLiteral("titleLineEdit")) : nullptr;
        if (!title)
            return 4;
        title->setText(QStringLiteral("Save %1").arg(n));
        if (!editor->save())
            return 5;
        std::printf("%d\n", n);
        std::fflush(stdout);
        editor->close();
        QCoreApplication::processEvents();
    }
}

} // namespace

class tst_GuiSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void restoreFromBackupMenu();
    void damagedArchiveOffersLatestSoundBackup();
    void damageFoundAfterOpeningBlocksSavesAndOffersBackup();
    void automaticBackupRunsAfterTheCheck();
    void upgradeIsBackedUpFirst();
    void readOnlyArchiveIsAnnounced();
    void secondWindowIsTold();
    void changesElsewhereRefreshTheWindow();
    void killedSaveLeavesOldOrNewRecord();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_archive;
};

void tst_GuiSafety::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_archive = m_dir->filePath(QStringLiteral("archive.roundtable"));
    QVERIFY(writeTestArchive(m_archive));
}

void tst_GuiSafety::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
}

void tst_GuiSafety::restoreFromBackupMenu()
{
    MainWindow window;
    QVERIFY(window.openArchive(m_archive));
    auto *action = window.findChild<QAction *>(QStringLiteral("restoreAction"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    QString written, error;
    QVERIFY(AutoBackup(m_archive).writeNow(&written, &error));

    // Work done after the backup…
    QString importError;
    QVERIFY(Interchange::importJson(
        *window.archive(), generatedImport(QStringLiteral("later-"), 3), nullptr, &importError));
    window.refresh();
    QCOMPARE(window.archive()->counts().dialogues, 4);

    // …is replaced by the backup's records, and kept aside.
    ArchiveGuard::setNextChoice(written);
    MessageBox::setNextAnswer(QMessageBox::Yes); // restore?
    MessageBox::setNextAnswer(QMessageBox::Ok); // restored
    action->trigger();
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("kept at")), qPrintable(MessageBox::lastText()));
    QCOMPARE(window.archive()->counts().dialogues, 1);
    const QStringList aside
        = QDir(m_dir->path()).entryList({ QStringLiteral("archive.roundtable.before-restore-*") });
    QCOMPARE(aside.size(), 1);
    QCOMPARE(countsOf(m_dir->filePath(aside.first())).dialogues, 4);
}

void tst_GuiSafety::damagedArchiveOffersLatestSoundBackup()
{
    QString written, error;
    QVERIFY(AutoBackup(m_archive).writeNow(&written, &error));
    QVERIFY(damage(m_archive));
    const QByteArray damaged = fileHash(m_archive);

    MainWindow window;
    // Declined: nothing is touched.
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!window.openArchive(m_archive));
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("damaged")), qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(QLatin1String("Restore it?")));
    QCOMPARE(fileHash(m_archive), damaged);

    // Accepted: the backup is restored, the damaged file kept, and the archive opens.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(window.openArchive(m_archive));
    QCOMPARE(window.archive()->counts().dialogues, 1);
    // (its write-ahead log, if any, is kept beside it as "…-wal")
    const QStringList aside
        = QDir(m_dir->path()).entryList({ QStringLiteral("archive.roundtable.before-restore-*[0-9]") });
    QCOMPARE(aside.size(), 1);
    QCOMPARE(fileHash(m_dir->filePath(aside.first())), damaged);
}

void tst_GuiSafety::damageFoundAfterOpeningBlocksSavesAndOffersBackup()
{
    QString written, error;
    QVERIFY(AutoBackup(m_archive).writeNow(&written, &error));
    {
        // Enough records that the last pages hold nothing the window reads on opening.
        const QString json = m_dir->filePath(QStringLiteral("more.json"));
        QVERIFY(writeFile(json, generatedImport(QStringLiteral("more-"), 300)));
        Database db;
        QVERIFY(db.open(m_archive, Database::Mode::ReadWrite, &error));
        Archive archive(db);
        QVERIFY2(Interchange::importFile(archive, json, nullptr, &error), qPrintable(error));
        QVERIFY(db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), &error));
    }
    {
        QFile file(m_archive);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(file.size() - 2 * 4096);
        file.write(QByteArray(2 * 4096, '\x5a'));
    }
    const QByteArray damaged = fileHash(m_archive);

    // The window opens at once; the check's verdict arrives after, and the offer is declined.
    MainWindow window;
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(window.openArchive(m_archive));
    window.findChild<ArchiveGuard *>()->waitForBackgroundWork();
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("damaged")), qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(QLatin1String("Restore it?")));
    QVERIFY(window.statusBar()->currentMessage().contains(QLatin1String("nothing can be saved")));

    // Nothing can be written to it now, whatever tries: the window's editors…
    auto *editor = qobject_cast<DialogueEditor *>(
        window.openDialogue(window.archive()->dialogueId(QStringLiteral("2022-11-23-iem-roundtable"))));
    QVERIFY(editor);
    editor->findChild<QLineEdit *>(QStringLiteral("titleLineEdit"))->setText(QStringLiteral("Changed"));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(!editor->save());
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("nothing was written")),
        qPrintable(MessageBox::lastText()));
    QVERIFY(editor->isModified()); // the user's edit is kept in the editor
    editor->undoStack()->clear();
    editor->close();
    // …and core itself.
    Person p;
    p.familyName = QStringLiteral("Late");
    QVERIFY(!window.archive()->savePerson(p, &error));
    QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
    window.close();
    QCOMPARE(fileHash(m_archive), damaged);

    // Opened again and accepted: the backup is restored and the window shows it.
    MainWindow again;
    MessageBox::setNextAnswer(QMessageBox::Yes);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(again.openArchive(m_archive));
    again.findChild<ArchiveGuard *>()->waitForBackgroundWork();
    QCOMPARE(again.archive()->counts().dialogues, 1);
    const QStringList aside
        = QDir(m_dir->path()).entryList({ QStringLiteral("archive.roundtable.before-restore-*[0-9]") });
    QCOMPARE(aside.size(), 1);
}

void tst_GuiSafety::automaticBackupRunsAfterTheCheck()
{
    const AutoBackup backups(m_archive);
    QVERIFY(backups.backups().isEmpty());
    MainWindow window;
    QVERIFY(window.openArchive(m_archive));
    window.findChild<ArchiveGuard *>()->waitForBackgroundWork();
    QCOMPARE(backups.backups().size(), 1);
    QCOMPARE(countsOf(backups.backups().first().path).dialogues, 1);
    QVERIFY2(
        window.statusBar()->currentMessage().isEmpty(), qPrintable(window.statusBar()->currentMessage()));
    window.close();

    // Not again within the day.
    MainWindow second;
    QVERIFY(second.openArchive(m_archive));
    second.findChild<ArchiveGuard *>()->waitForBackgroundWork();
    QCOMPARE(backups.backups().size(), 1);
}

void tst_GuiSafety::upgradeIsBackedUpFirst()
{
    // At the current version the window leaves the backup to the background.
    const AutoBackup backups(m_archive);
    const int latest = Database::latestSchemaVersion();
    QCOMPARE(Database::storedVersion(m_archive), latest);
    ArchiveGuard::beforeOpening(nullptr, m_archive);
    QVERIFY(backups.backups().isEmpty());

    // One version older, as a previous release of the program left it: opening upgrades it,
    // so the backup is written first, of the archive as it was.
    {
        Database db;
        QVERIFY(db.open(m_archive, Database::Mode::ReadWrite, nullptr));
        QVERIFY(db.exec(QStringLiteral("PRAGMA user_version = %1").arg(latest - 1), nullptr));
    }
    QCOMPARE(Database::storedVersion(m_archive), latest - 1);
    ArchiveGuard::beforeOpening(nullptr, m_archive);
    QCOMPARE(backups.backups().size(), 1);
    QCOMPARE(Database::storedVersion(backups.backups().first().path), latest - 1);

    QCOMPARE(Database::storedVersion(m_dir->filePath(QStringLiteral("missing.roundtable"))), -1);
    QVERIFY(writeFile(m_dir->filePath(QStringLiteral("notes.txt")), "not an archive"));
    QCOMPARE(Database::storedVersion(m_dir->filePath(QStringLiteral("notes.txt"))), -1);
}

void tst_GuiSafety::readOnlyArchiveIsAnnounced()
{
    const ReadOnlyCopy copy(m_archive);
    if (copy.path().isEmpty())
        QSKIP("cannot make a read-only file here (root without the right to mount)");
    MainWindow window;
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(window.openArchive(copy.path()));
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("it is open read-only")),
        qPrintable(MessageBox::lastText()));
    QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Read-only"));
    QCOMPARE(window.archive()->counts().dialogues, 1);
}

void tst_GuiSafety::secondWindowIsTold()
{
    MainWindow first;
    QVERIFY(first.openArchive(m_archive));
    MainWindow second;
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(second.openArchive(m_archive));
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("already open in another Roundtable window")),
        qPrintable(MessageBox::lastText()));
}

void tst_GuiSafety::changesElsewhereRefreshTheWindow()
{
    MainWindow window;
    QVERIFY(window.openArchive(m_archive));
    QSignalSpy refreshed(&window, &MainWindow::recordsChanged);
    const QString file = m_dir->filePath(QStringLiteral("a.json"));
    QVERIFY(writeFile(file, generatedImport(QStringLiteral("elsewhere-"), 2)));
    QCOMPARE(
        roundtable({ QStringLiteral("--database"), m_archive, QStringLiteral("import"), file }).exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(
        window.statusBar()->currentMessage().contains(QLatin1String("Another program changed")), 5000);
    QCOMPARE(window.dialogueModel()->rowCount(), 3);
}

void tst_GuiSafety::killedSaveLeavesOldOrNewRecord()
{
    const int kills = qEnvironmentVariableIsSet("ROUNDTABLE_GUI_KILLS")
        ? qEnvironmentVariableIntValue("ROUNDTABLE_GUI_KILLS")
        : 20;
    const Archive::Counts original = countsOf(m_archive);
    QRandomGenerator random(QRandomGenerator::global()->generate());
    int survived = 0;
    for (int i = 0; i < kills; ++i) {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--save-loop"), m_archive });
        QVERIFY(child.waitForStarted());
        // Wait for the first save, then kill it somewhere in the following ones.
        QVERIFY2(child.waitForReadyRead(60000), child.readAllStandardError().constData());
        QTest::qWait(int(random.bounded(400)));
        ::kill(pid_t(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
        int lastReported = 0;
        for (const QByteArray &line : lines) {
            if (!line.trimmed().isEmpty())
                lastReported = line.trimmed().toInt();
        }
        QVERIFY(lastReported >= 1);

        QStringList problems;
        QVERIFY2(Maintenance::check(m_archive, &problems), qPrintable(problems.join(QLatin1Char('\n'))));
        Database db;
        QVERIFY(db.open(m_archive, Database::Mode::ReadOnly, nullptr));
        Archive archive(db);
        const auto dialogue
            = archive.dialogue(archive.dialogueId(QStringLiteral("2022-11-23-iem-roundtable")));
        QVERIFY(dialogue);
        // The last reported save, or the one after it if the kill came after its commit.
        const int saved = dialogue->title.section(QLatin1Char(' '), 1).toInt();
        QVERIFY2(saved == lastReported || saved == lastReported + 1,
            qPrintable(QStringLiteral("title %1 after save %2").arg(dialogue->title).arg(lastReported)));
        // A save rewrites the speeches, topics and organisations: all of them are there.
        const Archive::Counts now = archive.counts();
        QCOMPARE(now.speeches, original.speeches);
        QCOMPARE(now.dialogues, original.dialogues);
        ++survived;
    }
    qInfo("the window's save survived %d kills", survived);
}

int main(int argc, char *argv[])
{
    if (argc == 3 && std::strcmp(argv[1], "--save-loop") == 0) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        QStandardPaths::setTestModeEnabled(true);
        return saveLoop(QString::fromLocal8Bit(argv[2]));
    }
    QApplication app(argc, argv);
    tst_GuiSafety test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_guisafety.moc"
