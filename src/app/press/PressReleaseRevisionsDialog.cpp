#include "app/press/PressReleaseRevisionsDialog.h"

#include "app/window/MessageBox.h"
#include "core/press/PressReleaseStore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rt::app {

PressReleaseRevisionsDialog::PressReleaseRevisionsDialog(
    PressReleaseStore &store, qint64 releaseId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_releaseId(releaseId)
    , m_revisions(store.revisions(releaseId))
    , m_list(new QListWidget)
    , m_preview(new QTextBrowser)
    , m_restoreButton(new QPushButton(tr("&Restore This Revision")))
{
    setWindowTitle(tr("Revisions"));
    resize(900, 600);
    m_list->setObjectName(QStringLiteral("revisionsListWidget"));
    m_preview->setObjectName(QStringLiteral("revisionTextBrowser"));
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    auto *splitter = new QSplitter;
    splitter->addWidget(m_list);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_restoreButton, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    layout->addWidget(buttons);

    for (const PressReleaseRevision &revision : std::as_const(m_revisions))
        m_list->addItem(tr("%1. %2 (%3)").arg(revision.number).arg(revision.savedAt, revision.status));
    if (m_revisions.isEmpty())
        m_preview->setPlainText(
            tr("This press release has no earlier texts yet: every save that changes the text keeps "
               "the one before as a revision."));
    connect(m_list, &QListWidget::currentRowChanged, this, &PressReleaseRevisionsDialog::showSelected);
    connect(m_restoreButton, &QPushButton::clicked, this, &PressReleaseRevisionsDialog::restoreSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_restoreButton->setEnabled(false);
    if (!m_revisions.isEmpty())
        m_list->setCurrentRow(0);
}

int PressReleaseRevisionsDialog::revisionCount() const
{
    return int(m_revisions.size());
}

void PressReleaseRevisionsDialog::selectRevision(int row)
{
    m_list->setCurrentRow(row);
}

void PressReleaseRevisionsDialog::showSelected()
{
    const int row = m_list->currentRow();
    m_restoreButton->setEnabled(row >= 0);
    if (row < 0 || row >= m_revisions.size())
        return;
    m_preview->setHtml(m_revisions.at(row).body);
}

bool PressReleaseRevisionsDialog::restoreSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_revisions.size())
        return false;
    QString error;
    if (!m_store.restoreRevision(m_releaseId, m_revisions.at(row).number, &error)) {
        MessageBox::warning(this, tr("Restore Revision"), error);
        return false;
    }
    accept();
    return true;
}

} // namespace rt::app
