#pragma once

#include "core/press/PressRelease.h"

#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QLineEdit;
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

    // Opens the editor on a new draft of the dialogue; true if it was saved. When the dialogue
    // has a release already, asks whether to open that one (the default) or write another.
    bool createFor(qint64 dialogueId);
    // Opens the dialogue's latest release, or writes its first when it has none.
    bool openOrCreateFor(qint64 dialogueId);
    // Asks which dialogue, then createFor() (the page's New button, Ctrl+N there).
    void createNew();
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
    QLineEdit *m_filterEdit;
    QComboBox *m_statusCombo;
    QAction *m_newAction;
    QAction *m_openAction;
    QAction *m_approveAction;
    QAction *m_publishAction;
    QAction *m_deleteAction;
    QAction *m_printAction;
    QAction *m_previewAction;
    QAction *m_exportAction;
};

} // namespace rt::app
