// File → Annual Report… in the real window: the dialog asks for a year or a query and a file;
// the report is written on a worker thread behind a progress dialog, whose Cancel leaves no
// file; the archive itself is refused.

#include "app/report/AnnualReportDialog.h"
#include "app/window/MainWindow.h"
#include "app/window/MessageBox.h"
#include "support/TestArchive.h"
#include "support/WindowTest.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <poppler-qt6.h>

using namespace rt;
using namespace rt::app;
using namespace rt::test;

class TestReportGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dialogAsksWhatAndWhere();
    void writesOnAWorker();
    void cancelLeavesNoFile();
    void archiveIsRefused();

private:
    QAction *reportAction() { return m_window->findChild<QAction *>(QStringLiteral("annualReportAction")); }

    WindowTestSettings m_settings;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    TestWindow m_window;
};

void TestReportGui::initTestCase()
{
    m_settings.install();
}

void TestReportGui::init()
{
    WindowTestSettings::fresh();
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("r.roundtable"));
    TestArchive archive;
    QString error;
    QVERIFY2(archive.open(m_path, TestArchive::Demo, &error), qPrintable(error));
    // Enough dialogues in 2021 that writing takes a while, to cancel it.
    const Dialogue demo = *archive->dialogue(archive.demoDialogue());
    for (int i = 0; i < 150; ++i) {
        Dialogue d = demo;
        d.id = 0;
        d.key = QStringLiteral("copy-%1").arg(i);
        d.title = QStringLiteral("Dialogue number %1").arg(i);
        d.startDate = QDate(2021, 1, 1).addDays(i * 2);
        d.endDate = QDate();
        QVERIFY2(archive->saveDialogue(d, &error), qPrintable(error));
    }
    archive.close();
    QVERIFY(m_window.open(m_path));
}

void TestReportGui::cleanup()
{
    m_window.close();
    m_dir.reset();
}

void TestReportGui::dialogAsksWhatAndWhere()
{
    QVERIFY(reportAction() && reportAction()->isEnabled());
    const QString out = m_dir->filePath(QStringLiteral("from-dialog.pdf"));
    bool focused = false, emptyRefused = false, queryAccepted = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = m_window->findChild<AnnualReportDialog *>();
        for (int i = 0; !(dialog && dialog->isVisible()) && i < 100; ++i) {
            QTest::qWait(20);
            dialog = m_window->findChild<AnnualReportDialog *>();
        }
        if (!dialog)
            return;
        auto *year = dialog->findChild<QSpinBox *>(QStringLiteral("yearSpinBox"));
        auto *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))
                       ->button(QDialogButtonBox::Ok);
        // The cursor starts in the first field.
        focused = dialog->focusWidget() == year || year->isAncestorOf(dialog->focusWidget());
        // A query chosen but empty cannot be written.
        dialog->findChild<QRadioButton *>(QStringLiteral("queryRadioButton"))->setChecked(true);
        emptyRefused = !ok->isEnabled();
        auto *query = dialog->findChild<QLineEdit *>(QStringLiteral("queryLineEdit"));
        query->setFocus();
        QTest::keyClicks(query, QStringLiteral("org:UNEP year:2022"));
        queryAccepted = ok->isEnabled();
        auto *output = dialog->findChild<QLineEdit *>(QStringLiteral("outputLineEdit"));
        output->setFocus();
        output->selectAll();
        QTest::keyClicks(output, out);
        if (ok->isEnabled())
            ok->click();
        else
            dialog->reject();
    });
    reportAction()->trigger();
    QVERIFY(focused);
    QVERIFY(emptyRefused);
    QVERIFY(queryAccepted);
    QTRY_VERIFY(QFileInfo::exists(out));
    const auto document = Poppler::Document::load(out);
    QVERIFY(document);
    QVERIFY(document->page(2)->text(QRectF()).contains(QStringLiteral("Summary")));
    QVERIFY(
        document->page(document->numPages() - 1)->text(QRectF()).contains(QStringLiteral("Senior-level")));
}

void TestReportGui::writesOnAWorker()
{
    const QString out = m_dir->filePath(QStringLiteral("2021.pdf"));
    AnnualReport::Request request;
    request.year = 2021;
    auto *action = m_window->findChild<AnnualReportAction *>();
    QVERIFY(action);
    // While it is written the window keeps handling events: the progress dialog shows and moves.
    int progressSeen = 0;
    connect(action, &AnnualReportAction::started, this, [&] {
        QVERIFY(action->progressDialog());
        QTRY_VERIFY(action->progressDialog()->value() > 0 || !action->progressDialog());
        progressSeen = 1;
    });
    AnnualReportAction::setNextRequest(request, out);
    reportAction()->trigger();
    QCOMPARE(progressSeen, 1);
    QVERIFY(QFileInfo(out).size() > 10000);
    QVERIFY(!action->progressDialog());
}

void TestReportGui::cancelLeavesNoFile()
{
    const QString out = m_dir->filePath(QStringLiteral("cancelled.pdf"));
    auto *action = m_window->findChild<AnnualReportAction *>();
    connect(action, &AnnualReportAction::started, this, [action] {
        QProgressDialog *progress = action->progressDialog();
        QVERIFY(progress);
        // The person presses Cancel.
        auto *cancel = progress->findChild<QPushButton *>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
    });
    AnnualReport::Request request;
    request.year = 2021;
    AnnualReportAction::setNextRequest(request, out);
    reportAction()->trigger();
    QVERIFY(!QFileInfo::exists(out));
    QCOMPARE(QDir(m_dir->path()).entryList({ QStringLiteral("cancelled*") }, QDir::Files | QDir::Hidden), {});
}

void TestReportGui::archiveIsRefused()
{
    const qint64 size = QFileInfo(m_path).size();
    AnnualReport::Request request;
    request.year = 2021;
    MessageBox::setNextAnswer(QMessageBox::Ok);
    AnnualReportAction::setNextRequest(request, m_path);
    reportAction()->trigger();
    QVERIFY2(
        MessageBox::lastText().contains(QStringLiteral("not written")), qPrintable(MessageBox::lastText()));
    QCOMPARE(QFileInfo(m_path).size(), size);
}

QTEST_MAIN(TestReportGui)
#include "tst_reportgui.moc"
