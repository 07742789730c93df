#include "app/report/AnnualReportDialog.h"

#include "app/window/MainWindow.h"
#include "app/window/MessageBox.h"
#include "app/window/Settings.h"
#include "core/db/Database.h"
#include "core/records/Archive.h"
#include "core/safety/OutputFile.h"
#include "ui_AnnualReportDialog.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QThread>

namespace rt::app {

// --- the dialog ----------------------------------------------------------------------------

AnnualReportDialog::AnnualReportDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AnnualReportDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Write Report"));
    m_ui->yearSpinBox->setValue(QDate::currentDate().year());
    m_ui->problemLabel->setStyleSheet(QStringLiteral("color: #b04000"));
    connect(m_ui->yearRadioButton, &QRadioButton::toggled, this, &AnnualReportDialog::update);
    connect(m_ui->yearSpinBox, &QSpinBox::valueChanged, this, &AnnualReportDialog::update);
    connect(m_ui->queryLineEdit, &QLineEdit::textEdited, this, [this] {
        m_ui->queryRadioButton->setChecked(true);
        update();
    });
    connect(m_ui->titleLineEdit, &QLineEdit::textChanged, this, &AnnualReportDialog::update);
    connect(m_ui->outputLineEdit, &QLineEdit::textEdited, this, [this] {
        m_pathEdited = true;
        update();
    });
    connect(m_ui->browsePushButton, &QPushButton::clicked, this, &AnnualReportDialog::browse);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AnnualReportDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AnnualReportDialog::reject);
    update();
    m_ui->yearSpinBox->setFocus();
    m_ui->yearSpinBox->selectAll();
}

AnnualReportDialog::~AnnualReportDialog() = default;

AnnualReport::Request AnnualReportDialog::request() const
{
    AnnualReport::Request request;
    if (m_ui->yearRadioButton->isChecked())
        request.year = m_ui->yearSpinBox->value();
    else
        request.query = m_ui->queryLineEdit->text().trimmed();
    request.title = m_ui->titleLineEdit->text().trimmed();
    return request;
}

QString AnnualReportDialog::outputPath() const
{
    return m_ui->outputLineEdit->text().trimmed();
}

void AnnualReportDialog::setYear(int year)
{
    m_ui->yearRadioButton->setChecked(true);
    m_ui->yearSpinBox->setValue(year);
}

void AnnualReportDialog::setQuery(const QString &query)
{
    m_ui->queryRadioButton->setChecked(true);
    m_ui->queryLineEdit->setText(query);
    update();
}

void AnnualReportDialog::setOutputPath(const QString &path)
{
    m_ui->outputLineEdit->setText(path);
    m_pathEdited = true;
    update();
}

void AnnualReportDialog::browse()
{
    const QString chosen
        = QFileDialog::getSaveFileName(this, tr("Save Annual Report"), outputPath(), tr("PDF (*.pdf)"));
    if (chosen.isEmpty())
        return;
    app::Settings::rememberFileFolder(chosen);
    setOutputPath(QFileInfo(chosen).suffix().isEmpty() ? chosen + QStringLiteral(".pdf") : chosen);
}

QString AnnualReportDialog::problem() const
{
    if (m_ui->queryRadioButton->isChecked() && m_ui->queryLineEdit->text().trimmed().isEmpty())
        return tr("Type a search, or choose a year.");
    if (outputPath().isEmpty())
        return tr("Choose the file to write.");
    return {};
}

void AnnualReportDialog::update()
{
    m_ui->yearSpinBox->setEnabled(m_ui->yearRadioButton->isChecked());
    const AnnualReport::Request r = request();
    m_ui->titleLineEdit->setPlaceholderText(r.year ? tr("Annual Report %1").arg(r.year) : tr("Report"));
    // The file name follows the year until the user names one.
    if (!m_pathEdited) {
        const QString name = r.year ? tr("annual-report-%1.pdf").arg(r.year) : tr("report.pdf");
        m_ui->outputLineEdit->setText(QDir::toNativeSeparators(app::Settings::inFileFolder(name)));
    }
    const QString why = problem();
    m_ui->problemLabel->setText(why);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

void AnnualReportDialog::accept()
{
    if (problem().isEmpty())
        QDialog::accept();
}

// --- the job ---------------------------------------------------------------------------------

AnnualReportJob::AnnualReportJob(
    const QString &archivePath, const AnnualReport::Request &request, const QString &output)
    : m_archivePath(archivePath)
    , m_request(request)
    , m_output(output)
{
}

void AnnualReportJob::run()
{
    Database database;
    QString error;
    // Reads only: no check of the whole file (the window's connection checks it).
    if (!database.open(m_archivePath, Database::Mode::ReadOnly, &error, Database::Check::BeforeFirstWrite)) {
        emit finished(false, error, 0);
        return;
    }
    AnnualReport report(database);
    const bool ok = report.write(m_request, m_output, m_archivePath, &error, [this](int done, int total) {
        emit progress(done, total);
        return m_cancel.loadRelaxed() == 0;
    });
    emit finished(report.cancelled(), ok ? QString() : error, ok ? report.pageCount() : 0);
}

// --- the action ------------------------------------------------------------------------------

std::unique_ptr<std::pair<AnnualReport::Request, QString>> AnnualReportAction::s_next;

void AnnualReportAction::setNextRequest(const AnnualReport::Request &request, const QString &path)
{
    s_next = std::make_unique<std::pair<AnnualReport::Request, QString>>(request, path);
}

AnnualReportAction *AnnualReportAction::install(MainWindow *window)
{
    return new AnnualReportAction(window);
}

AnnualReportAction::AnnualReportAction(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    auto *action
        = new QAction(QIcon::fromTheme(QStringLiteral("x-office-document")), tr("Ann&ual Report…"), window);
    action->setObjectName(QStringLiteral("annualReportAction"));
    action->setStatusTip(tr("Write a PDF booklet of a year's dialogues, or of those a search matches"));
    QMenu *file = window->menu(MainWindow::Menu::File);
    QAction *before = nullptr;
    for (QAction *a : file->actions()) {
        if (a->objectName() == QLatin1String("exportListAction"))
            before = a;
    }
    file->insertAction(before, action);
    window->addAction(action);
    connect(action, &QAction::triggered, this, &AnnualReportAction::ask);
    // On a server archive too (tst_mainwindow::serverArchiveBackedUpRestoredReported).
    auto enable = [window, action] { action->setEnabled(window->archive() != nullptr); };
    connect(window, &MainWindow::archiveOpened, action, enable);
    enable();
}

void AnnualReportAction::ask()
{
    if (!m_window->archive())
        return;
    AnnualReport::Request request;
    QString path;
    if (s_next) {
        std::tie(request, path) = *s_next;
        s_next.reset();
    } else {
        AnnualReportDialog dialog(m_window);
        // The year of the dialogue chosen in the list, else this year.
        if (m_window->currentDialogueId()) {
            if (const auto d = m_window->archive()->dialogue(m_window->currentDialogueId()))
                dialog.setYear(d->startDate.year());
        }
        if (dialog.exec() != QDialog::Accepted)
            return;
        request = dialog.request();
        path = dialog.outputPath();
    }
    QString error;
    if (!write(request, path, &error) && !error.isEmpty())
        MessageBox::warning(m_window, tr("Annual Report"), tr("The report was not written: %1").arg(error));
}

bool AnnualReportAction::write(const AnnualReport::Request &request, const QString &path, QString *error)
{
    // Refused at once, not after the work.
    if (!OutputFile::mayWrite(path, m_window->archivePath(), error))
        return false;
    auto *thread = new QThread;
    auto *job = new AnnualReportJob(m_window->archivePath(), request, path);
    job->moveToThread(thread);
    QProgressDialog progress(tr("Writing the report…"), tr("Cancel"), 0, 0, m_window);
    progress.setObjectName(QStringLiteral("annualReportProgress"));
    progress.setWindowTitle(tr("Annual Report"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoClose(false);
    progress.setAutoReset(false);
    m_progress = &progress;
    QEventLoop loop;
    bool cancelled = false;
    bool done = false;
    QString failure;
    int pages = 0;
    connect(job, &AnnualReportJob::progress, &progress, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        progress.setLabelText(done < total - 5 ? tr("Reading dialogue %1 of %2…").arg(done).arg(total - 6)
                                               : tr("Laying out the pages…"));
    });
    // Handled here, not on the job's thread, which is busy writing: cancel() is atomic.
    connect(&progress, &QProgressDialog::canceled, &progress, [job, &progress] {
        job->cancel();
        progress.setLabelText(tr("Cancelling…"));
    });
    connect(job, &AnnualReportJob::finished, &loop, [&](bool wasCancelled, const QString &why, int count) {
        cancelled = wasCancelled;
        failure = why;
        pages = count;
        done = true;
        loop.quit();
    });
    connect(thread, &QThread::started, job, &AnnualReportJob::run);
    thread->start();
    progress.show();
    emit started();
    if (!done) // a slot of started() may have waited until the end
        loop.exec();
    thread->quit();
    thread->wait();
    delete job;
    delete thread;
    m_progress = nullptr;
    if (cancelled) {
        m_window->statusBar()->showMessage(tr("The report was cancelled; nothing was written."), 8000);
        error->clear();
        return false;
    }
    if (!failure.isEmpty()) {
        *error = failure;
        return false;
    }
    m_window->statusBar()->showMessage(
        tr("Report written to %1 (%n pages)", nullptr, pages).arg(QDir::toNativeSeparators(path)), 10000);
    return true;
}

} // namespace rt::app
