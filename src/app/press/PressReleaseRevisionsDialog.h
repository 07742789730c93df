#pragma once

#include "core/press/PressRelease.h"

#include <QDialog>

class QListWidget;
class QPushButton;
class QTextBrowser;

namespace rt {
class PressReleaseStore;
}

namespace rt::app {

// Shows the earlier texts of a press release, newest first, and restores the one chosen
// (the text it replaces becomes a revision in turn, so restoring loses nothing).
class PressReleaseRevisionsDialog : public QDialog
{
    Q_OBJECT

public:
    PressReleaseRevisionsDialog(PressReleaseStore &store, qint64 releaseId, QWidget *parent = nullptr);

    int revisionCount() const;
    void selectRevision(int row);
    // Restores the selected revision and closes the dialog with Accepted.
    bool restoreSelected();

private:
    void showSelected();

    PressReleaseStore &m_store;
    qint64 m_releaseId;
    QList<PressReleaseRevision> m_revisions;
    QListWidget *m_list;
    QTextBrowser *m_preview;
    QPushButton *m_restoreButton;
};

} // namespace rt::app
