// The press-release screens, driven headless: the list, the editor (regenerating asks
// before it overwrites edits; saves keep revisions; status buttons), the revisions dialog,
// the font warning and the cancellable batch export.

#include "app/lists/ListPage.h"
#include "app/press/PressReleaseBatchExport.h"
#include "app/press/PressReleaseEditorDialog.h"
#include "app/press/PressReleaseListModel.h"
#include "app/press/PressReleaseListWidget.h"
#include "app/press/PressReleaseOutput.h"
#include "app/press/PressReleasePage.h"
#include "app/press/PressReleaseRevisionsDialog.h"
#include "app/window/MainWindow.h"
#include "app/window/MessageBox.h"
#include "core/db/Database.h"
#include "core/interchange/Interchange.h"
#include "core/press/Letterhead.h"
#include "core/press/PressReleaseDocument.h"
#include "core/press/PressReleaseExporter.h"
#include "core/press/PressReleaseGenerator.h"
#include "core/press/PressReleaseStore.h"
#include "core/records/Archive.h"
#include "support/TestArchive.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QPrinter>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>
#include <QTimer>

using namespace rt;
using namespace rt::test;
using namespace rt::app;

class TestPressReleaseGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestArchive m_test;
    qint64 m_demo = 0;
    int m_counter = 0;

    void screenshot(QWidget &widget, const QString &name)
    {
        const QString folder = qEnvironmentVariable("RT_SCREENSHOTS");
        if (folder.isEmpty())
            return;
        widget.show();
        QTest::qWait(50);
        widget.grab().save(QDir(folder).filePath(name));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        MessageBox::reset();
        QString error;
        QVERIFY2(m_test.open(m_dir.filePath(QStringLiteral("gui%1.rt").arg(++m_counter)),
                     TestArchive::Demo | TestArchive::Scripts, &error),
            qPrintable(error));
        m_demo = m_test.demoDialogue();
    }

    void cleanup() { m_test.close(); }

    void editorRegeneratesOnlyWhenAllowed()
    {
        PressRelease fresh;
        fresh.dialogueId = m_demo;
        PressReleaseEditorDialog dialog(m_test.archive(), m_test.db(), fresh);
        auto *body = dialog.findChild<QTextEdit *>(QStringLiteral("bodyTextEdit"));
        auto *headline = dialog.findChild<QLineEdit *>(QStringLiteral("headlineLineEdit"));
        QVERIFY(body && headline);
        // A new release opens with its first draft.
        QVERIFY(body->toPlainText().contains(QStringLiteral("Dr. Zhang stated that LMEC")));
        QVERIFY(headline->text().endsWith(QStringLiteral("was Held in Beijing")));
        QCOMPARE(dialog.edited().datelineCity, QStringLiteral("Beijing"));
        QCOMPARE(dialog.edited().releaseDate, QDate(2022, 11, 23));
        QVERIFY(dialog.edited().contactId > 0 && dialog.edited().aboutOrganizationId > 0);
        QCOMPARE(dialog.edited().language, QStringLiteral("en"));
        screenshot(dialog, QStringLiteral("editor.png"));

        // Unedited text is regenerated without a question.
        QVERIFY(dialog.regenerate());
        QVERIFY(MessageBox::lastText().isEmpty());

        // Edited text: the question comes, and "No" keeps the edit.
        QTextCursor cursor = body->textCursor();
        cursor.movePosition(QTextCursor::Start);
        body->setTextCursor(cursor);
        QTest::keyClicks(body, QStringLiteral("EDITED "));
        QVERIFY(body->toPlainText().startsWith(QStringLiteral("EDITED ")));
        MessageBox::setNextAnswer(QMessageBox::No);
        QVERIFY(!dialog.regenerate());
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Replace the text?")));
        QVERIFY(body->toPlainText().startsWith(QStringLiteral("EDITED ")));

        // Saved, the edit is the release's text; "Yes" to regenerating replaces it, and
        // saving that keeps the edited text as a revision.
        QVERIFY(dialog.save());
        const qint64 id = dialog.release().id;
        QVERIFY(id > 0);
        QVERIFY(dialog.release().body.contains(QStringLiteral("EDITED ")));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(dialog.regenerate());
        QVERIFY(!body->toPlainText().contains(QStringLiteral("EDITED ")));
        QVERIFY(dialog.hasUnsavedChanges());
        QVERIFY(dialog.save());
        PressReleaseStore store(m_test.db());
        QCOMPARE(store.revisions(id).size(), 1);
        QVERIFY(store.revisions(id).first().body.contains(QStringLiteral("EDITED ")));
        // A save with nothing changed keeps no revision.
        QVERIFY(dialog.save());
        QCOMPARE(store.revisions(id).size(), 1);

        // The revisions dialog restores the edited text.
        PressReleaseRevisionsDialog revisions(store, id);
        QCOMPARE(revisions.revisionCount(), 1);
        screenshot(revisions, QStringLiteral("revisions.png"));
        QVERIFY(revisions.restoreSelected());
        QCOMPARE(revisions.result(), int(QDialog::Accepted));
        QVERIFY(store.release(id)->body.contains(QStringLiteral("EDITED ")));
    }

    // Issue 12, item 12: a logo chosen in Preferences that can no longer be read is said in
    // the editor, not silently left out.
    void logoThatCannotBeReadIsSaid()
    {
        const QString gone = QDir(QDir::tempPath()).filePath(QStringLiteral("roundtable-no-such-logo.png"));
        QVERIFY(!QFile::exists(gone));
        Letterhead letterhead;
        letterhead.logoPath = gone;
        Letterhead::setCurrent(letterhead);
        const auto restore = qScopeGuard([] { Letterhead::setCurrent(Letterhead()); });
        PressRelease fresh;
        fresh.dialogueId = m_demo;
        {
            PressReleaseEditorDialog dialog(m_test.archive(), m_test.db(), fresh);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *warning = dialog.findChild<QLabel *>(QStringLiteral("letterheadWarningLabel"));
            QVERIFY(warning);
            QVERIFY(warning->isVisible());
            QVERIFY2(
                warning->text().contains(gone) && warning->text().contains(QStringLiteral("Preferences")),
                qPrintable(warning->text()));
            // The release itself is written, without a picture.
            QVERIFY(!dialog.edited().body.contains(QLatin1String(Letterhead::LogoUrl)));
            QVERIFY(dialog.edited().body.contains(QStringLiteral("Dr. Zhang stated that LMEC")));
        }
        Letterhead::setCurrent(Letterhead());
        PressReleaseEditorDialog dialog(m_test.archive(), m_test.db(), fresh);
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("letterheadWarningLabel")));
    }

    void editorStatusButtons()
    {
        PressRelease fresh;
        fresh.dialogueId = m_demo;
        PressReleaseEditorDialog dialog(m_test.archive(), m_test.db(), fresh);
        auto *approve = dialog.findChild<QPushButton *>(QStringLiteral("approveButton"));
        auto *publish = dialog.findChild<QPushButton *>(QStringLiteral("publishButton"));
        auto *draft = dialog.findChild<QPushButton *>(QStringLiteral("backToDraftButton"));
        auto *body = dialog.findChild<QTextEdit *>(QStringLiteral("bodyTextEdit"));
        QVERIFY(approve->isEnabled() && !publish->isEnabled() && !draft->isEnabled());
        // Approving asks first; No leaves the release as it was (unsaved).
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(approve, Qt::LeftButton);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Approve this press release")));
        QCOMPARE(dialog.release().id, 0);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(approve, Qt::LeftButton); // saves the new release first
        QCOMPARE(dialog.release().status, QStringLiteral("approved"));
        QVERIFY(dialog.release().id > 0);
        QVERIFY(!approve->isEnabled() && publish->isEnabled() && draft->isEnabled());
        QTest::mouseClick(draft, Qt::LeftButton);
        QCOMPARE(dialog.release().status, QStringLiteral("draft"));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(approve, Qt::LeftButton);
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(publish, Qt::LeftButton);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("Publish this press release")));
        QCOMPARE(dialog.release().status, QStringLiteral("approved"));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(publish, Qt::LeftButton);
        QCOMPARE(dialog.release().status, QStringLiteral("published"));
        QVERIFY(body->isReadOnly());
        QVERIFY(!approve->isEnabled() && !publish->isEnabled() && !draft->isEnabled());
        QCOMPARE(
            PressReleaseStore(m_test.db()).release(dialog.release().id)->status, QStringLiteral("published"));
    }

    // Issue 12, item 10: an edit to an approved release makes it a draft again (the approved
    // text stays a revision); a published release is read-only and says so; cancelling an
    // untouched draft asks nothing.
    void statusMeansSomething()
    {
        MessageBox::reset();
        {
            // A new draft opened and cancelled at once: no question, nothing saved.
            PressRelease fresh;
            fresh.dialogueId = m_demo;
            PressReleaseEditorDialog dialog(m_test.archive(), m_test.db(), fresh);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QTest::keyClick(&dialog, Qt::Key_Escape);
            QVERIFY2(MessageBox::lastText().isEmpty(), qPrintable(MessageBox::lastText()));
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
            QVERIFY(!dialog.isVisible());
            QVERIFY(PressReleaseStore(m_test.db()).releasesOf(m_demo).isEmpty());
        }
        qint64 id = 0;
        QString approvedBody;
        {
            PressRelease fresh;
            fresh.dialogueId = m_demo;
            PressReleaseEditorDialog dialog(m_test.archive(), m_test.db(), fresh);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *approve = dialog.findChild<QPushButton *>(QStringLiteral("approveButton"));
            auto *headline = dialog.findChild<QLineEdit *>(QStringLiteral("headlineLineEdit"));
            MessageBox::setNextAnswer(QMessageBox::Yes);
            QTest::mouseClick(approve, Qt::LeftButton);
            QCOMPARE(dialog.release().status, QStringLiteral("approved"));
            id = dialog.release().id;
            approvedBody = dialog.release().body;

            // The user edits the approved headline and clicks Save: it is a draft again, and
            // the approved text is the newest revision.
            headline->setFocus();
            headline->end(false);
            QTest::keyClicks(headline, QStringLiteral(" (corrected)"));
            QTest::mouseClick(
                dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        PressReleaseStore store(m_test.db());
        QCOMPARE(store.release(id)->status, QStringLiteral("draft"));
        QVERIFY(store.release(id)->headline.endsWith(QStringLiteral("(corrected)")));
        QCOMPARE(store.revisions(id).size(), 1);
        QCOMPARE(store.revisions(id).first().status, QStringLiteral("approved"));
        QCOMPARE(store.revisions(id).first().body, approvedBody);

        // Reopened: approved again and published, every field is read-only and a notice says so.
        PressReleaseEditorDialog dialog(m_test.archive(), m_test.db(), *store.release(id));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *approve = dialog.findChild<QPushButton *>(QStringLiteral("approveButton"));
        auto *publish = dialog.findChild<QPushButton *>(QStringLiteral("publishButton"));
        auto *headline = dialog.findChild<QLineEdit *>(QStringLiteral("headlineLineEdit"));
        auto *body = dialog.findChild<QTextEdit *>(QStringLiteral("bodyTextEdit"));
        auto *readOnly = dialog.findChild<QLabel *>(QStringLiteral("readOnlyLabel"));
        QVERIFY(readOnly && !readOnly->isVisible());
        QVERIFY(approve->isEnabled() && !publish->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(approve, Qt::LeftButton);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(publish, Qt::LeftButton);
        QCOMPARE(store.release(id)->status, QStringLiteral("published"));
        QVERIFY(readOnly->isVisible());
        QVERIFY(readOnly->text().contains(QStringLiteral("read-only")));
        QVERIFY(headline->isReadOnly() && body->isReadOnly());
        const QString before = headline->text();
        headline->setFocus();
        QTest::keyClicks(headline, QStringLiteral("xyz"));
        QCOMPARE(headline->text(), before);
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->isEnabled());
        // The store refuses any change as well.
        PressRelease changed = *store.release(id);
        changed.datelineCity = QStringLiteral("Elsewhere");
        QString error;
        QVERIFY(!store.save(changed, &error));
        QVERIFY(error.contains(QStringLiteral("published")));
        MessageBox::reset();
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(MessageBox::lastText().isEmpty());
        QVERIFY(!dialog.isVisible());
    }

    // Issue 12, item 13: the page has New (which asks for the dialogue) and a filter, and its
    // Number column shows the whole number.
    void pageHasNewAndAFilter()
    {
        PressReleaseStore store(m_test.db());
        QString error;
        PressRelease numbered;
        numbered.dialogueId = m_test->dialogueId(QStringLiteral("scripts"));
        numbered.headline = QStringLiteral("Mekong scripts release");
        numbered.releaseNumber = QStringLiteral("LMEC-PR-2024-0117");
        numbered.body = QStringLiteral("<p>text</p>");
        QVERIFY2(store.save(numbered, &error), qPrintable(error));

        PressReleaseListWidget list(m_test.archive(), m_test.db());
        list.resize(900, 400);
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        auto *view = list.findChild<QTableView *>(QStringLiteral("pressReleasesTableView"));
        auto *filter = list.findChild<QLineEdit *>(QStringLiteral("pressReleaseFilterLineEdit"));
        auto *status = list.findChild<QComboBox *>(QStringLiteral("pressReleaseStatusComboBox"));
        auto *newAction = list.findChild<QAction *>(QStringLiteral("newPressReleaseFromListAction"));
        QVERIFY(view && filter && status && newAction);
        QVERIFY(newAction->isEnabled());
        // The number is shown whole.
        const int numberWidth = view->horizontalHeader()->sectionSize(PressReleaseListModel::NumberColumn);
        QVERIFY2(numberWidth >= view->fontMetrics().horizontalAdvance(numbered.releaseNumber),
            qPrintable(QString::number(numberWidth)));

        // New: a chooser asks which dialogue; typing filters it and Enter writes the draft,
        // which the user saves.
        bool chose = false;
        bool wrote = false;
        bool filterFirst = false;
        QTimer::singleShot(0, this, [&] {
            QWidget *chooser = QApplication::activeModalWidget();
            auto *chooserFilter = chooser
                ? chooser->findChild<QLineEdit *>(QStringLiteral("dialogueFilterLineEdit"))
                : nullptr;
            if (!chooserFilter) {
                if (chooser)
                    chooser->close();
                return;
            }
            // The cursor starts in the filter box.
            filterFirst = chooser->focusWidget() == chooserFilter;
            QTest::keyClicks(chooserFilter, QStringLiteral("Senior-level"));
            auto *dialogues = chooser->findChild<QListWidget *>(QStringLiteral("dialoguesListWidget"));
            chose = dialogues && dialogues->count() == 1;
            QTimer::singleShot(0, this, [&] {
                auto *editor = qobject_cast<PressReleaseEditorDialog *>(QApplication::activeModalWidget());
                if (!editor)
                    return;
                wrote = editor->edited().dialogueId == m_demo && !editor->edited().body.isEmpty();
                editor->accept();
            });
            QTest::keyClick(chooserFilter, Qt::Key_Return);
        });
        newAction->trigger();
        QVERIFY(filterFirst);
        QVERIFY(chose);
        QVERIFY(wrote);
        QCOMPARE(store.releasesOf(m_demo).size(), 1);
        QCOMPARE(list.model()->rowCount(), 2);

        // The filter: words in the headline, dialogue or number, and a status.
        QCOMPARE(view->model()->rowCount(), 2);
        filter->setFocus();
        QTest::keyClicks(filter, QStringLiteral("pr-2024"));
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, PressReleaseListModel::NumberColumn).data().toString(),
            numbered.releaseNumber);
        filter->clear();
        QCOMPARE(view->model()->rowCount(), 2);
        QVERIFY(store.setStatus(numbered.id, QStringLiteral("approved"), &error));
        list.reload();
        status->setCurrentIndex(status->findData(QStringLiteral("approved")));
        QCOMPARE(view->model()->rowCount(), 1);
        status->setCurrentIndex(status->findData(QStringLiteral("draft")));
        QCOMPARE(view->model()->rowCount(), 1);
        QVERIFY(view->model()
                    ->index(0, PressReleaseListModel::DialogueColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Senior-level")));
        status->setCurrentIndex(0);
        QCOMPARE(view->model()->rowCount(), 2);
    }

    void listShowsAndActsOnReleases()
    {
        PressReleaseStore store(m_test.db());
        QString error;
        for (const QString &key :
            { QStringLiteral("2022-11-23-iem-roundtable"), QStringLiteral("scripts") }) {
            PressRelease r;
            r.dialogueId = m_test->dialogueId(key);
            r.headline = QStringLiteral("Release of ") + key;
            r.releaseDate = QDate(2023, 1, 1);
            r.body = QStringLiteral("<p>text</p>");
            QVERIFY2(store.save(r, &error), qPrintable(error));
        }
        PressReleaseListWidget list(m_test.archive(), m_test.db());
        QAbstractItemModelTester tester(list.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(list.model()->rowCount(), 2);
        screenshot(list, QStringLiteral("list.png"));
        auto action = [&](const char *name) { return list.findChild<QAction *>(QLatin1String(name)); };
        QVERIFY(!action("approvePressReleaseAction")->isEnabled()); // nothing selected
        const qint64 first = list.model()->recordFromIndex(list.model()->index(0, 0)).id;
        list.selectRelease(first);
        QVERIFY(action("approvePressReleaseAction")->isEnabled());
        QVERIFY(!action("publishPressReleaseAction")->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::No);
        action("approvePressReleaseAction")->trigger();
        QCOMPARE(store.release(first)->status, QStringLiteral("draft"));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        action("approvePressReleaseAction")->trigger();
        QCOMPARE(store.release(first)->status, QStringLiteral("approved"));
        QVERIFY(action("publishPressReleaseAction")->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        action("publishPressReleaseAction")->trigger();
        QCOMPARE(store.release(first)->status, QStringLiteral("published"));
        QVERIFY(!action("deletePressReleaseAction")->isEnabled()); // published ones are kept
        const qint64 second = list.model()->recordFromIndex(list.model()->index(0, 0)).id == first
            ? list.model()->recordFromIndex(list.model()->index(1, 0)).id
            : list.model()->recordFromIndex(list.model()->index(0, 0)).id;
        list.selectRelease(second);
        MessageBox::setNextAnswer(QMessageBox::No);
        action("deletePressReleaseAction")->trigger();
        QCOMPARE(list.model()->rowCount(), 2);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        action("deletePressReleaseAction")->trigger();
        QCOMPARE(list.model()->rowCount(), 1);
        QVERIFY(!store.release(second));
    }

    void fontWarningBeforeOutput()
    {
        QVERIFY(PressReleaseOutput::confirmFonts(nullptr, QStringLiteral("<p>澜沧江 ລາວ</p>")));
        QVERIFY(MessageBox::lastText().isEmpty());
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!PressReleaseOutput::confirmFonts(nullptr, QStringLiteral("<p>a \ue000 b</p>")));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("U+E000")));
        MessageBox::setNextAnswer(QMessageBox::Ignore);
        QVERIFY(PressReleaseOutput::confirmFonts(nullptr, QStringLiteral("<p>a \ue000 b</p>")));
    }

    void mainWindowHasThePage()
    {
        const QString path = m_test.db().path();
        cleanup(); // the window opens the archive itself
        MainWindow window;
        QVERIFY(window.openArchive(path));
        auto *page = qobject_cast<PressReleasePage *>(window.page(QLatin1String(PressReleasePage::PageName)));
        QVERIFY(page);
        QVERIFY(page->list());
        QCOMPARE(page->list()->model()->rowCount(), 0);
        QVERIFY(window.findChild<QMenu *>(QStringLiteral("pressReleaseMenu")));
        QVERIFY(!page->newReleaseAction()->isEnabled()); // no dialogue chosen yet

        ListPage *dialogues = window.listPage(QStringLiteral("dialoguesPage"));
        QVERIFY(dialogues);
        window.showPage(QStringLiteral("dialoguesPage"));
        QTRY_VERIFY(dialogues->view()->model()->rowCount() >= 2);
        dialogues->view()->selectRow(0);
        QVERIFY(window.currentDialogueId() > 0);
        QVERIFY(page->newReleaseAction()->isEnabled());
        QVERIFY(page->exportDialoguesAction()->isEnabled());
        QCOMPARE(page->selectedDialogueIds(), QList<qint64> { window.currentDialogueId() });

        // New press release: the editor opens on a first draft; Save keeps it, and the
        // window shows the Press Releases page with it.
        bool editorSeen = false;
        QTimer::singleShot(0, this, [&] {
            auto *editor = qobject_cast<PressReleaseEditorDialog *>(QApplication::activeModalWidget());
            if (!editor)
                return;
            editorSeen = !editor->edited().body.isEmpty();
            screenshot(*editor, QStringLiteral("main-editor.png"));
            editor->accept();
        });
        page->newReleaseAction()->trigger();
        QVERIFY(editorSeen);
        QCOMPARE(page->list()->model()->rowCount(), 1);
        QCOMPARE(window.currentPageName(), QLatin1String(PressReleasePage::PageName));
        window.resize(1280, 720);
        screenshot(window, QStringLiteral("main-window.png"));

        // Opening another archive rebuilds the list for it.
        QVERIFY(window.openArchive(m_dir.filePath(QStringLiteral("empty%1.rt").arg(m_counter))));
        QVERIFY(page->list());
        QCOMPARE(page->list()->model()->rowCount(), 0);
    }

    void printsThroughQPrinter()
    {
        // Print and print preview paint pages with PressReleaseDocument::paint on a QPrinter;
        // a PDF printer lets the test read the pages back.
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        PressRelease release;
        QString error;
        QVERIFY(PressReleaseGenerator(m_test.archive()).generate(m_demo, QString(), &release, &error));
        PressReleaseDocument::PageSetup setup;
        setup.footer = QStringLiteral("Footer text");
        const QString path = m_dir.filePath(QStringLiteral("printed%1.pdf").arg(m_counter));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        printer.setPageLayout(QPageLayout(
            QPageSize(QPageSize::Letter), QPageLayout::Portrait, setup.margins, QPageLayout::Millimeter));
        const std::unique_ptr<QTextDocument> document = PressReleaseDocument::document(release.body);
        QPainter painter;
        QVERIFY(painter.begin(&printer));
        const int pages = PressReleaseDocument::paint(*document, printer, painter, setup);
        QVERIFY(painter.end());
        QVERIFY(pages >= 2);
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
        QVERIFY(pdftotext.waitForFinished());
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
        QVERIFY(text.contains(QStringLiteral("Dr. Dechen Tsering pointed out that IEM")));
        QVERIFY(text.contains(QStringLiteral("Footer text")));
        // (A printer gets no /ActualText layer, so pdftotext guesses the spaces of "1 / 3".)
        for (int page = 1; page <= pages; ++page)
            QVERIFY2(
                text.contains(QRegularExpression(QStringLiteral("\\b%1\\s*/\\s*%2\\b").arg(page).arg(pages))),
                qPrintable(text));
    }

    void batchExportCanBeCancelled()
    {
        // Six dialogues: the demo, the scripts one, and four copies.
        QString error;
        for (int i = 0; i < 4; ++i) {
            Dialogue copy = *m_test->dialogue(m_demo);
            copy.id = 0;
            copy.key = QStringLiteral("copy-%1").arg(i);
            QVERIFY2(m_test->saveDialogue(copy, &error), qPrintable(error));
        }
        const QList<qint64> ids = m_test->dialogueIds();
        QCOMPARE(ids.size(), 6);
        const QString folder = m_dir.filePath(QStringLiteral("batch%1").arg(m_counter));
        PressReleaseBatchExport batch(m_test.archive(), m_test.db());
        batch.setAfterEach([](QProgressDialog &progress, int done) {
            QVERIFY(progress.maximum() == 6);
            if (done == 2)
                progress.cancel();
        });
        const PressReleaseBatchExport::Result cancelled = batch.exportDialogues(nullptr, ids, folder);
        QVERIFY(cancelled.cancelled);
        // The files being written when the user cancelled are finished; no others start.
        QVERIFY2(
            cancelled.written >= 2 && cancelled.written < 6, qPrintable(QString::number(cancelled.written)));
        QVERIFY(cancelled.errors.isEmpty());
        const QStringList pdfs = QDir(folder).entryList({ QStringLiteral("*.pdf") }, QDir::Files);
        QCOMPARE(pdfs.size(), cancelled.written);
        for (const QString &pdf : pdfs) { // each whole
            QFile file(QDir(folder).filePath(pdf));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.readAll().trimmed().endsWith("%%EOF"));
        }
        QVERIFY(QDir(folder).entryList({ QStringLiteral("*.pdf*") }, QDir::Files | QDir::Hidden).size()
            == pdfs.size());
        // Uncancelled, all of them, in HTML this time.
        PressReleaseBatchExport all(m_test.archive(), m_test.db());
        all.setFormat(QStringLiteral("html"));
        const PressReleaseBatchExport::Result done = all.exportDialogues(nullptr, ids, folder);
        QVERIFY(!done.cancelled);
        QCOMPARE(done.written, 6);
        QVERIFY(done.errors.isEmpty());
        QCOMPARE(QDir(folder).entryList({ QStringLiteral("*.html") }, QDir::Files).size(), 6);
        QVERIFY(QFile::exists(QDir(folder).filePath(QStringLiteral("2022-11-23-iem-roundtable.html"))));
    }

    void batchExportRefusesTheArchive()
    {
        // The folder chosen holds, under the names the batch writes, links to the archive and
        // to its write-ahead log (which the open archive keeps in existence), and a folder
        // chosen is the archive itself.
        const QString archivePath = m_test.db().path();
        const QString wal = archivePath + QStringLiteral("-wal");
        QVERIFY(QFileInfo::exists(wal));
        auto bytes = [](const QString &path) {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
        };
        const QByteArray archiveBefore = bytes(archivePath);
        const QByteArray walBefore = bytes(wal);
        const qint64 scripts = m_test->dialogueId(QStringLiteral("scripts"));
        PressReleaseExporter exporter(m_test.archive());
        const QString folder = m_dir.filePath(QStringLiteral("onto-archive%1").arg(m_counter));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::link(
            archivePath, QDir(folder).filePath(exporter.fileName(m_demo, QStringLiteral("pdf")))));
        QVERIFY(QFile::link(wal, QDir(folder).filePath(exporter.fileName(scripts, QStringLiteral("pdf")))));

        PressReleaseBatchExport batch(m_test.archive(), m_test.db());
        const PressReleaseBatchExport::Result result
            = batch.exportDialogues(nullptr, { m_demo, scripts }, folder);
        QCOMPARE(result.written, 0);
        QCOMPARE(result.errors.size(), 2);
        for (const QString &error : result.errors) {
            QVERIFY2(error.contains(QLatin1String("is the archive")) && error.contains(archivePath)
                    && !error.contains(QLatin1Char('\n')),
                qPrintable(error));
        }
        PressReleaseBatchExport intoArchive(m_test.archive(), m_test.db());
        const PressReleaseBatchExport::Result asFolder
            = intoArchive.exportDialogues(nullptr, { m_demo }, archivePath);
        QCOMPARE(asFolder.written, 0);
        QCOMPARE(asFolder.errors.size(), 1);
        QVERIFY2(asFolder.errors.first().contains(QLatin1String("not a folder")),
            qPrintable(asFolder.errors.first()));
        QCOMPARE(bytes(archivePath), archiveBefore);
        QCOMPARE(bytes(wal), walBefore);
        QVERIFY(
            QFileInfo(QDir(folder).filePath(exporter.fileName(m_demo, QStringLiteral("pdf")))).isSymLink());
        QCOMPARE(
            QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System).size(), 2); // nothing beside
    }
};

QTEST_MAIN(TestPressReleaseGui)
#include "tst_pressreleasegui.moc"
