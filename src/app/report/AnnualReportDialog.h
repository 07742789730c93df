#pragma once

#include "core/report/AnnualReport.h"

#include <QAtomicInteger>
#include <QDialog>
#include <QObject>

#include <memory>

class QProgressDialog;

namespace Ui {
class AnnualReportDialog;
}

namespace rt::app {

class MainWindow;

// Asks what the annual report covers (a year, or the dialogues a search matches), its title
// and the file to write.
class AnnualReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AnnualReportDialog(QWidget *parent = nullptr);
    ~AnnualReportDialog() override;

    AnnualReport::Request request() const;
    QString outputPath() const;
    void setYear(int year);
    void setQuery(const QString &query);
    void setOutputPath(const QString &path);

    void accept() override;

private:
    void browse();
    void update();
    QString problem() const;

    std::unique_ptr<Ui::AnnualReportDialog> m_ui;
    bool m_pathEdited = false;
};

// Writes an annual report on a thread of its own, on a read-only connection of its own to the
// archive, so the window stays responsive; cancel() stops it at the next dialogue or layout
// pass, and a cancelled or failed report leaves no file.
class AnnualReportJob : public QObject
{
    Q_OBJECT

public:
    AnnualReportJob(const QString &archivePath, const AnnualReport::Request &request, const QString &output);

    void cancel() { m_cancel.storeRelaxed(1); }

public slots:
    void run();

signals:
    void progress(int done, int total);
    // `cancelled`: stopped by cancel(); otherwise `error` is empty on success.
    void finished(bool cancelled, const QString &error, int pages);

private:
    QString m_archivePath;
    AnnualReport::Request m_request;
    QString m_output;
    QAtomicInteger<int> m_cancel = 0;
};

// File → Annual Report…: the dialog, then the job with a progress dialog whose Cancel stops it.
class AnnualReportAction : public QObject
{
    Q_OBJECT

public:
    static AnnualReportAction *install(MainWindow *window);

    // Runs the job for `request` into `path` with the progress dialog, without asking; returns
    // when it is done. False (and `error`) when it failed or was cancelled.
    bool write(const AnnualReport::Request &request, const QString &path, QString *error);
    // The progress dialog of the report being written (nullptr when none is).
    QProgressDialog *progressDialog() const { return m_progress; }

    // Test hook: the next Annual Report… takes these instead of showing its dialog.
    static void setNextRequest(const AnnualReport::Request &request, const QString &path);

signals:
    void started();

private:
    explicit AnnualReportAction(MainWindow *window);
    void ask();

    MainWindow *m_window;
    QProgressDialog *m_progress = nullptr;
    static std::unique_ptr<std::pair<AnnualReport::Request, QString>> s_next;
};

} // namespace rt::app
