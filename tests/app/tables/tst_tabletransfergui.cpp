// File → Import Table…, Import Address Book…, Export Address Book… and Export Calendar… in the
// real window, as a person uses them: the mapping dialog previews the sheet, proposes the
// columns, lists every row it cannot take (Import disabled while there is one) and the rows
// already in the archive, imports all or nothing, and remembers the columns chosen.

#include "app/tables/ImportTableDialog.h"
#include "app/tables/TableTransfer.h"
#include "app/window/MainWindow.h"
#include "app/window/MessageBox.h"
#include "support/TestArchive.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace rt;
using namespace rt::app;
using namespace rt::test;

class TestTableTransferGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void mappingDialogImportsAllOrNothing();
    void mappingIsRememberedNextTime();
    void badFileIsRefusedWithoutADialog();
    void finalImportCancelWritesNothing();
    void addressBookAndCalendar();

private:
    QAction *action(const char *name) { return m_window->findChild<QAction *>(QLatin1String(name)); }
    // Runs `work` on the dialog once it is shown (the dialog is modal), then triggers the action.
    void withDialog(const std::function<void(ImportTableDialog *)> &work);
    qint64 people() { return m_window->archive()->counts().people; }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_csv;
};

void TestTableTransferGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestTableTransferGui::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    const QString archive = m_dir->filePath(QStringLiteral("g.roundtable"));
    QString error;
    QVERIFY2(writeTestArchive(archive, TestArchive::Demo, &error), qPrintable(error));
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openArchive(archive));
    m_csv = m_dir->filePath(QStringLiteral("people.csv"));
    QFile file(m_csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Surname,Given name,Remarks,Family first\n"
               "Theppitak,Noppadon,Thai delegate,no\n"
               "Zhang,Yujun,,yes\n"
               "Phan,Somchai,,maybe\n");
}

void TestTableTransferGui::cleanup()
{
    MessageBox::setNextAnswer(QMessageBox::NoButton);
    m_window.reset();
    m_dir.reset();
}

void TestTableTransferGui::withDialog(const std::function<void(ImportTableDialog *)> &work)
{
    // The window active again after an earlier dialog, before anything is scheduled.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    bool ran = false;
    QTimer::singleShot(0, this, [&] {
        ImportTableDialog *dialog = nullptr;
        for (int i = 0; !(dialog && dialog->isVisible()) && i < 200; ++i) {
            QTest::qWait(20);
            dialog = m_window->findChild<ImportTableDialog *>();
        }
        if (!dialog)
            return;
        ran = true;
        work(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    TableTransfer::setNextPath(m_csv);
    // Ctrl+Shift+T, as a person opens it.
    QTest::keyClick(m_window.get(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(ran);
}

void TestTableTransferGui::mappingDialogImportsAllOrNothing()
{
    QVERIFY(action("importTableAction") && action("importTableAction")->isEnabled());
    const qint64 before = people();
    bool focused = false, proposed = false, previewed = false, blockedByBadRow = false, listed = false,
         enabledAfterFix = false;
    QString problem, duplicate;
    MessageBox::setNextAnswer(QMessageBox::Ok); // the summary after the import
    withDialog([&](ImportTableDialog *dialog) {
        auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("kindComboBox"));
        focused = dialog->focusWidget() == kind;
        proposed = kind->currentData().toInt() == int(TableImport::Kind::People)
            && dialog->mapping()
                == QStringList { QStringLiteral("family_name"), QStringLiteral("given_name"),
                       QStringLiteral("notes"), QString() };
        auto *preview = dialog->findChild<QTableWidget *>(QStringLiteral("previewTableWidget"));
        previewed = preview->rowCount() == 3 && preview->item(2, 3)->text() == QLatin1String("maybe")
            && preview->verticalHeaderItem(0)->text() == QLatin1String("2");
        auto *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                       ->button(QDialogButtonBox::Ok);
        auto *problems = dialog->findChild<QListWidget *>(QStringLiteral("problemsListWidget"));
        // Zhang Yujun is in the archive already: shown, to be left out; nothing is wrong yet.
        listed = problems->count() == 1 && ok->isEnabled();
        duplicate = problems->count() ? problems->item(0)->text() : QString();

        // "Family first" mapped by keyboard: row 4's "maybe" cannot be taken, Import is disabled.
        QComboBox *familyFirst = dialog->fieldComboBox(3);
        familyFirst->setFocus();
        for (int i = 0; i < 6; ++i)
            QTest::keyClick(familyFirst, Qt::Key_Down);
        blockedByBadRow
            = familyFirst->currentData().toString() == QLatin1String("family_name_first") && !ok->isEnabled();
        problem = problems->count() ? problems->item(0)->text() : QString();

        // Not imported after all, nor the remarks: Import is possible again.
        QTest::keyClick(familyFirst, Qt::Key_Home);
        QComboBox *remarks = dialog->fieldComboBox(2);
        remarks->setFocus();
        QTest::keyClick(remarks, Qt::Key_Home);
        enabledAfterFix = ok->isEnabled();
        if (ok->isEnabled())
            ok->click();
    });
    QVERIFY(focused);
    QVERIFY(proposed);
    QVERIFY(previewed);
    QVERIFY(listed);
    QCOMPARE(duplicate,
        QStringLiteral("row 3: Zhang Yujun is already in the archive as Dr. Zhang Yujun (zhang-yujun)"));
    QVERIFY(blockedByBadRow);
    QCOMPARE(problem, QStringLiteral("row 4, Family first: \"maybe\" is neither yes nor no"));
    QVERIFY(enabledAfterFix);
    QCOMPARE(MessageBox::lastText(),
        QStringLiteral("2 added, 0 updated, 0 unchanged; 1 row already in the archive left out"));
    QCOMPARE(people(), before + 2);
    const auto noppadon
        = m_window->archive()->person(m_window->archive()->personId(QStringLiteral("noppadon-theppitak")));
    QVERIFY(noppadon);
    QVERIFY(noppadon->notes.isEmpty()); // the remarks were not imported
}

void TestTableTransferGui::mappingIsRememberedNextTime()
{
    // The first time: Remarks not imported, and the rows imported.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    withDialog([&](ImportTableDialog *dialog) {
        QComboBox *remarks = dialog->fieldComboBox(2);
        remarks->setFocus();
        QTest::keyClick(remarks, Qt::Key_Home);
        // Row 4 ("maybe") is not read while Family first is not imported.
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
            ->button(QDialogButtonBox::Ok)
            ->click();
    });
    // A sheet with the same headers gets the same columns.
    TableImport::Mapping again;
    withDialog([&](ImportTableDialog *dialog) { again = dialog->mapping(); });
    QCOMPARE(again,
        (QStringList { QStringLiteral("family_name"), QStringLiteral("given_name"), QString(), QString() }));
}

void TestTableTransferGui::badFileIsRefusedWithoutADialog()
{
    QFile file(m_csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("family_name,notes\nA,\"never closed\n");
    file.close();
    const qint64 before = people();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    TableTransfer::setNextPath(m_csv);
    action("importTableAction")->trigger();
    QCOMPARE(MessageBox::lastText(),
        QStringLiteral("Nothing was imported: ") + m_csv
            + QStringLiteral(": row 2: a quote opened in this row is never closed"));
    QVERIFY(!m_window->findChild<ImportTableDialog *>());
    QCOMPARE(people(), before);
}

void TestTableTransferGui::finalImportCancelWritesNothing()
{
    // A sheet of 600 new people: the import itself shows how far it has come, and Cancel there
    // rolls the one transaction back: not one of the rows written before it stays.
    {
        QFile file(m_csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Surname,Given name\n");
        const QString letters = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
        for (int i = 0; i < 600; ++i)
            file.write(QStringLiteral("Rowan%1%2,Kim%3\n")
                           .arg(letters.at(i / 26 % 26))
                           .arg(letters.at(i % 26))
                           .arg(i)
                           .toUtf8());
    }
    const qint64 before = people();
    bool progressShown = false, stillOpen = false;
    int valueAtCancel = -1, maximum = -1;
    qint64 afterCancel = -1;
    QString cancelText;
    MessageBox::setNextAnswer(QMessageBox::Ok); // "cancelled"
    MessageBox::setNextAnswer(QMessageBox::Ok); // the summary of the second import
    withDialog([&](ImportTableDialog *dialog) {
        auto *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                       ->button(QDialogButtonBox::Ok);
        if (!ok->isEnabled())
            return;
        // While the rows are written: once the progress shows some, its Cancel is clicked.
        QTimer watcher;
        watcher.setInterval(0);
        connect(&watcher, &QTimer::timeout, this, [&] {
            auto *progress = dialog->findChild<QProgressDialog *>(QStringLiteral("importProgressDialog"));
            if (!progress || !progress->isVisible() || progress->value() <= 0)
                return;
            progressShown = true;
            valueAtCancel = progress->value();
            maximum = progress->maximum();
            watcher.stop();
            QTest::mouseClick(progress->findChild<QPushButton *>(), Qt::LeftButton);
        });
        watcher.start();
        QTest::keyClick(ok, Qt::Key_Space);
        watcher.stop();
        cancelText = MessageBox::lastText();
        stillOpen = dialog->isVisible();
        afterCancel = people();
        // Import again, to the end.
        if (stillOpen)
            QTest::keyClick(ok, Qt::Key_Space);
    });
    QVERIFY(progressShown);
    QVERIFY2(valueAtCancel > 0, qPrintable(QString::number(valueAtCancel)));
    QCOMPARE(maximum, 600);
    QCOMPARE(cancelText, QStringLiteral("The import was cancelled; nothing was imported."));
    QVERIFY(stillOpen);
    QCOMPARE(afterCancel, before);
    QCOMPARE(MessageBox::lastText(), QStringLiteral("600 added, 0 updated, 0 unchanged"));
    QCOMPARE(people(), before + 600);
}

void TestTableTransferGui::addressBookAndCalendar()
{
    const QString vcf = m_dir->filePath(QStringLiteral("book.vcf"));
    TableTransfer::setNextPath(vcf);
    action("exportVCardAction")->trigger();
    QFile cards(vcf);
    QVERIFY(cards.open(QIODevice::ReadOnly));
    QCOMPARE(cards.readAll().count("BEGIN:VCARD"), 5);

    MessageBox::setNextAnswer(QMessageBox::Ok);
    TableTransfer::setNextPath(vcf);
    action("importVCardAction")->trigger();
    QCOMPARE(MessageBox::lastText(), QStringLiteral("0 added, 0 updated, 5 unchanged"));

    const QString ics = m_dir->filePath(QStringLiteral("cal.ics"));
    TableTransfer::setNextQuery(QStringLiteral("year:2022"));
    TableTransfer::setNextPath(ics);
    action("exportICalAction")->trigger();
    QFile calendar(ics);
    QVERIFY(calendar.open(QIODevice::ReadOnly));
    QCOMPARE(calendar.readAll().count("BEGIN:VEVENT"), 1);

    // A search that does not parse is said so, and nothing is written.
    MessageBox::setNextAnswer(QMessageBox::Ok);
    TableTransfer::setNextQuery(QStringLiteral("("));
    action("exportICalAction")->trigger();
    QVERIFY(!MessageBox::lastText().isEmpty());
}

QTEST_MAIN(TestTableTransferGui)
#include "tst_tabletransfergui.moc"
