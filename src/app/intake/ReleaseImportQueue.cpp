#include "app/intake/ReleaseImportQueue.h"

#include "app/intake/ReleaseReviewDialog.h"
#include "app/window/MessageBox.h"
#include "app/window/Settings.h"
#include "core/intake/ReleaseReader.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace rt::app {

ReleaseImportQueue::ReleaseImportQueue(Archive &archive, QWidget *parent)
    : QObject(parent)
    , m_archive(archive)
    , m_parent(parent)
{
}

ReleaseImportQueue::~ReleaseImportQueue()
{
    delete m_dialog;
}

QStringList ReleaseImportQueue::chooseFiles(QWidget *parent)
{
    const QStringList files = QFileDialog::getOpenFileNames(parent, tr("Import Press Releases"),
        app::Settings::fileFolder(), tr("Press releases (*.txt *.html *.htm *.docx *.pdf);;All files (*)"));
    if (!files.isEmpty())
        app::Settings::rememberFileFolder(files.first());
    return files;
}

QStringList ReleaseImportQueue::chooseFolder(QWidget *parent)
{
    const QString folder = QFileDialog::getExistingDirectory(
        parent, tr("Import Press Releases from Folder"), app::Settings::fileFolder());
    app::Settings::rememberFileFolder(folder, true);
    return folder.isEmpty() ? QStringList() : releasesIn(folder);
}

QStringList ReleaseImportQueue::releasesIn(const QString &folder)
{
    QStringList files;
    const QFileInfoList entries = QDir(folder).entryInfoList(
        { QStringLiteral("*.txt"), QStringLiteral("*.html"), QStringLiteral("*.htm"),
            QStringLiteral("*.docx"), QStringLiteral("*.pdf") },
        QDir::Files, QDir::Name);
    for (const QFileInfo &entry : entries)
        files.append(entry.filePath());
    return files;
}

void ReleaseImportQueue::start(const QStringList &files)
{
    m_files = files;
    m_next = 0;
    m_dialog = new ReleaseReviewDialog(m_parent);
    m_dialog->setArchive(&m_archive);
    m_dialog->setObjectName(QStringLiteral("releaseReviewDialog"));
    m_dialog->setWindowModality(Qt::WindowModal);
    connect(m_dialog, &ReleaseReviewDialog::decided, this,
        [this](ReleaseReviewDialog::Decision d) { decide(int(d)); });
    showNext();
}

void ReleaseImportQueue::showNext()
{
    ReleaseReader reader(&m_archive);
    while (m_next < m_files.size()) {
        const QString path = m_files.at(m_next++);
        ProposedRelease proposal;
        QString error;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const bool ok = reader.readFile(path, &proposal, &error);
        QApplication::restoreOverrideCursor();
        if (!ok) {
            m_failures.append(error);
            continue;
        }
        m_dialog->setProposal(proposal, m_next, int(m_files.size()));
        if (!m_dialog->isVisible())
            m_dialog->show();
        return;
    }
    finish();
}

void ReleaseImportQueue::decide(int decision)
{
    switch (ReleaseReviewDialog::Decision(decision)) {
    case ReleaseReviewDialog::Decision::Accept: {
        QString error;
        if (!m_dialog->proposal().accept(m_archive, nullptr, &error)) {
            m_dialog->showError(error);
            return; // stays open, for the user to correct
        }
        ++m_accepted;
        emit dialogueSaved();
        showNext();
        return;
    }
    case ReleaseReviewDialog::Decision::Skip:
        ++m_skipped;
        showNext();
        return;
    case ReleaseReviewDialog::Decision::Stop:
        m_skipped += int(m_files.size()) - m_next + 1;
        m_next = int(m_files.size());
        finish();
        return;
    }
}

QString ReleaseImportQueue::summary() const
{
    QString text = tr("%1 accepted, %2 skipped").arg(m_accepted).arg(m_skipped);
    if (!m_failures.isEmpty())
        text += tr("; %1 not read:").arg(m_failures.size()) + QLatin1Char('\n')
            + m_failures.join(QLatin1Char('\n'));
    return text;
}

void ReleaseImportQueue::finish()
{
    if (m_dialog) {
        m_dialog->hide();
        m_dialog->deleteLater();
    }
    MessageBox::information(m_parent, tr("Import Press Releases"), summary());
    emit finished();
}

} // namespace rt::app
