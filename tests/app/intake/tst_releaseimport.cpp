// File → Import Press Releases… driven as a person does: the queue of releases, the review
// window with the text beside the proposed record, a field's span marked when it is selected,
// a value edited in place, Accept (Ctrl+Return) saving the dialogue and its published release,
// Skip, a file that is no release passed over and named at the end, Escape asking before it
// throws away an edit, and nothing written before Accept.

#include "app/intake/ReleaseImportQueue.h"
#include "app/intake/ReleaseReviewDialog.h"
#include "app/window/MainWindow.h"
#include "app/window/MessageBox.h"
#include "core/press/PressReleaseStore.h"
#include "core/records/Archive.h"
#include "support/TestArchive.h"

#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

using namespace rt;
using namespace rt::app;
using namespace rt::test;

namespace {
const QString releasesDir = QStringLiteral(ROUNDTABLE_SOURCE_DIR "/tests/data/releases");
}

class TestReleaseImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void init()
    {
        MessageBox::reset();
        m_dir = std::make_unique<QTemporaryDir>();
        const QString path = m_dir->filePath(QStringLiteral("test.roundtable"));
        QString error;
        QVERIFY2(writeTestArchive(path, TestArchive::Demo, &error), qPrintable(error));
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openArchive(path));
    }

    void cleanup()
    {
        MessageBox::setNextAnswer(QMessageBox::NoButton);
        m_window.reset();
        m_dir.reset();
    }

    void menuOffersTheImport()
    {
        auto *files = m_window->findChild<QAction *>(QStringLiteral("importReleasesAction"));
        auto *folder = m_window->findChild<QAction *>(QStringLiteral("importReleaseFolderAction"));
        QVERIFY(files && folder);
        QVERIFY(files->isEnabled());
        QVERIFY(folder->isEnabled());
        const QStringList inFolder = ReleaseImportQueue::releasesIn(releasesDir);
        QVERIFY(inFolder.contains(releasesDir + QStringLiteral("/11-training-docx.docx")));
        QVERIFY(!inFolder.contains(releasesDir + QStringLiteral("/01-dateline-vientiane.json")));
    }

    void reviewAcceptSkipStop()
    {
        const QString notRelease = m_dir->filePath(QStringLiteral("shopping.txt"));
        {
            QFile file(notRelease);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("milk\neggs\nbread\n");
        }
        Archive &archive = *m_window->archive();
        const Archive::Counts before = archive.counts();
        ReleaseImportQueue queue(archive, m_window.get());
        queue.start({ releasesDir + QStringLiteral("/01-dateline-vientiane.txt"),
            releasesDir + QStringLiteral("/04-online-meeting.html"), notRelease,
            releasesDir + QStringLiteral("/06-hybrid-forum-us-dates.txt") });
        ReleaseReviewDialog *dialog = queue.dialog();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        auto *label = dialog->findChild<QLabel *>(QStringLiteral("fileLabel"));
        QVERIFY(label->text().startsWith(QStringLiteral("Release 1 of 4")));
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("fieldsTableWidget"));
        auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("releaseTextEdit"));
        QVERIFY(table && text);
        QTRY_COMPARE(QApplication::focusWidget(), table); // the cursor starts in the record
        QCOMPARE(table->currentRow(), 0);
        QVERIFY(text->toPlainText().contains(QStringLiteral("VIENTIANE, 18 September 2019")));
        QCOMPARE(archive.counts().dialogues, before.dialogues); // nothing written yet

        // The title's row marks the title in the text.
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Title"));
        const QString title = table->item(0, 1)->text();
        QCOMPARE(
            title, QStringLiteral("Regional Workshop on Transboundary Flood Forecasting and Early Warning"));
        bool marked = false;
        for (const QTextEdit::ExtraSelection &s : text->extraSelections())
            marked = marked
                || (s.cursor.selectedText() == title
                    && s.format.background().color() == QColor(0xFF, 0xD5, 0x4F));
        QVERIFY(marked);
        // Matched and new records say so.
        bool lmecMatched = false, newPerson = false;
        for (int row = 0; row < table->rowCount(); ++row) {
            lmecMatched
                = lmecMatched || table->item(row, 3)->text().startsWith(QStringLiteral("LMEC (matched by"));
            newPerson = newPerson || table->item(row, 3)->text() == QStringLiteral("new person");
        }
        QVERIFY(lmecMatched);
        QVERIFY(newPerson);
        // The venue row goes to its words in the text as the cursor moves down to it.
        for (int row = 1; row < 8; ++row)
            QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->item(table->currentRow(), 0)->text(), QStringLiteral("Venue"));
        QCOMPARE(text->textCursor().block().text().contains(QStringLiteral("Crowne Plaza Hotel")), true);

        // Edit the title in place, then Ctrl+Return.
        table->setCurrentCell(0, 1);
        QTest::keyClick(table, Qt::Key_F2);
        QWidget *editor = QApplication::focusWidget();
        QVERIFY(editor && editor != table);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral("Flood Forecasting Workshop"));
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(table->item(0, 1)->text(),
            QStringLiteral("Flood Forecasting Workshop")); // committed as the editor closes
        QTRY_VERIFY(dialog->isEdited());
        QTest::keyClick(table, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(!MessageBox::lastText().startsWith(QStringLiteral("This dialogue was not saved")),
            qPrintable(MessageBox::lastText()));
        QCOMPARE(archive.counts().dialogues, before.dialogues + 1);
        const QList<qint64> ids = archive.dialogueIds();
        const qint64 saved = *std::max_element(ids.cbegin(), ids.cend()); // the newest
        QCOMPARE(archive.dialogue(saved)->title, QStringLiteral("Flood Forecasting Workshop"));
        const QList<PressRelease> releases = PressReleaseStore(archive.database()).releasesOf(saved);
        QCOMPARE(releases.size(), 1);
        QCOMPARE(releases.first().status, QStringLiteral("published"));
        QVERIFY(releases.first().body.contains(QStringLiteral("Crowne Plaza Hotel")));

        // The second: skipped with its button's mnemonic (no question: nothing edited).
        QTRY_VERIFY(label->text().startsWith(QStringLiteral("Release 2 of 4")));
        QTest::keyClick(dialog, Qt::Key_S, Qt::AltModifier);
        // The third is no release: passed over; the fourth shows.
        QTRY_VERIFY(label->text().startsWith(QStringLiteral("Release 4 of 4")));
        QCOMPARE(archive.counts().dialogues, before.dialogues + 1);

        // An edit, then Escape: asked first; "No" keeps the release open.
        table->setFocus();
        table->setCurrentCell(5, 1);
        QTest::keyClick(table, Qt::Key_F2);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("x"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(dialog->isEdited());
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::keyClick(table, Qt::Key_Escape);
        QVERIFY(MessageBox::lastText().startsWith(QStringLiteral("Stop importing and lose your changes")));
        QVERIFY(dialog->isVisible());
        // "Yes" stops; the summary names what was done and the file that was not a release.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::keyClick(table, Qt::Key_Escape);
        QTRY_VERIFY(!dialog->isVisible());
        QVERIFY2(MessageBox::lastText().startsWith(QStringLiteral("1 accepted, 2 skipped; 1 not read:")),
            qPrintable(MessageBox::lastText()));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("no dialogue found in %1").arg(notRelease)));
        QCOMPARE(archive.counts().dialogues, before.dialogues + 1);
    }

    void failedAcceptKeepsTheReleaseOpen()
    {
        Archive &archive = *m_window->archive();
        const Archive::Counts before = archive.counts();
        ReleaseImportQueue queue(archive, m_window.get());
        queue.start({ releasesDir + QStringLiteral("/08-opening-remarks-by.txt") });
        ReleaseReviewDialog *dialog = queue.dialog();
        QTRY_VERIFY(dialog->isVisible());
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("fieldsTableWidget"));
        // A country code no country has: the save is refused and said why.
        table->setCurrentCell(6, 1);
        QCOMPARE(table->item(6, 0)->text(), QStringLiteral("Country"));
        table->item(6, 1)->setText(QStringLiteral("Vietnam-ish"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        dialog->findChild<QPushButton *>(QStringLiteral("acceptButton"))->click();
        QVERIFY2(MessageBox::lastText().startsWith(QStringLiteral("This dialogue was not saved:")),
            qPrintable(MessageBox::lastText()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(archive.counts().dialogues, before.dialogues);
        QCOMPARE(archive.counts().people, before.people);
        QCOMPARE(archive.counts().organizations, before.organizations);
        // Put right, it saves.
        table->item(6, 1)->setText(QStringLiteral("VN"));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        dialog->findChild<QPushButton *>(QStringLiteral("acceptButton"))->click();
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(archive.counts().dialogues, before.dialogues + 1);
        QVERIFY(MessageBox::lastText().startsWith(QStringLiteral("1 accepted, 0 skipped")));
    }

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestReleaseImport)
#include "tst_releaseimport.moc"
