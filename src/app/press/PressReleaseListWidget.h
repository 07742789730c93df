#pragma once

#include "core/press/PressRelease.h"

#include <QWidget>

#include <memory>

class QAction;
class QSortFilterProxyModel;
class QTableView;
class QToolBar;

namespace rt {
class Archive;
class Database;
class PressReleaseStore;
} // namespace rt

namespace rt::app {

class PressReleaseListModel;
class PreviewPane;

// The press-release page: every release of the archive in a sortable table, with the
// actions on the selected ones (open in the editor, approve, publish, delete, print,
// preview, export one or a batch). The main window shows it as a page and calls
// createFor() and exportDialogues() from its dialogue list.
class PressReleaseListWidget : public QWidget
{
    Q_OBJECT

public:
    PressReleaseListWidget(Archive &archive, Database &database, QWidget *parent = nullptr);
    ~PressReleaseListWidget() override;

    void reload();
    QList<PressRelease> selectedReleases() const;
    void selectRelease(qint64 id);
    PressReleaseListModel *model() const { return m_model; }
    QList<QAction *> releaseActions() const;
    // The card of the current release, beside the list.
    PreviewPane *previewPane() const { return m_preview; }

    // Opens the editor on a new draft of the dialogue; true if it was saved.
    bool createFor(qint64 dialogueId);
    bool openRelease(qint64 id);
    // Asks for a folder and exports the dialogues' releases there (batch, cancellable).
    void exportDialogues(const QList<qint64> &dialogueIds);

signals:
    void releasesChanged();

private:
    void updateActions();
    void changeStatus(const QString &status);
    void removeSelected();
    void exportSelected();
    void printSelected(bool preview);

    Archive &m_archive;
    Database &m_database;
    std::unique_ptr<PressReleaseStore> m_store;
    PressReleaseListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    PreviewPane *m_preview;
    QToolBar *m_toolBar;
    QAction *m_openAction;
    QAction *m_approveAction;
    QAction *m_publishAction;
    QAction *m_deleteAction;
    QAction *m_printAction;
    QAction *m_previewAction;
    QAction *m_exportAction;
};

} // namespace rt::app
