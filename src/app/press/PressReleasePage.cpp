#include "app/press/PressReleasePage.h"

#include "app/lists/DialogueTableModel.h"
#include "app/lists/ListPage.h"
#include "app/press/PressReleaseListWidget.h"
#include "app/window/MainWindow.h"
#include "core/records/Archive.h"

#include <QAction>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QTableView>
#include <QVBoxLayout>

namespace rt::app {

PressReleasePage *PressReleasePage::install(MainWindow *window)
{
    auto *page = new PressReleasePage(window);
    window->addPage(QLatin1String(PageName), tr("Press Releases"),
        QIcon::fromTheme(QStringLiteral("x-office-document")), page);
    if (window->archive())
        page->archiveOpened(window->archive());
    return page;
}

PressReleasePage::PressReleasePage(MainWindow *window)
    : m_window(window)
    , m_layout(new QVBoxLayout(this))
    , m_placeholder(new QLabel(tr("Open an archive to see its press releases.")))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_layout->addWidget(m_placeholder);

    m_menu = window->addMenu(tr("&Press Release"), QStringLiteral("pressReleaseMenu"));
    m_newAction = m_menu->addAction(tr("&New Press Release of This Dialogue"));
    m_newAction->setObjectName(QStringLiteral("newPressReleaseAction"));
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_exportAction = m_menu->addAction(tr("&Export Press Releases of the Selected Dialogues…"));
    m_exportAction->setObjectName(QStringLiteral("exportDialoguePressReleasesAction"));
    m_menu->addSeparator();
    QAction *show = m_menu->addAction(tr("Show &All Press Releases"));
    connect(show, &QAction::triggered, this, [this] { m_window->showPage(QLatin1String(PageName)); });

    connect(m_newAction, &QAction::triggered, this, [this] {
        const qint64 id = m_window->currentDialogueId();
        if (id > 0 && m_list && m_list->createFor(id))
            m_window->showPage(QLatin1String(PageName));
    });
    // From a dialogue's editor: its release opens; a dialogue without one gets its first draft.
    connect(window, &MainWindow::dialoguePressReleaseRequested, this, [this](qint64 dialogueId) {
        if (m_list)
            m_list->openOrCreateFor(dialogueId);
    });
    connect(m_exportAction, &QAction::triggered, this, [this] {
        if (m_list)
            m_list->exportDialogues(selectedDialogueIds());
    });
    connect(window, &MainWindow::archiveOpened, this, &PressReleasePage::archiveOpened);
    connect(window, &MainWindow::archiveClosing, this, &PressReleasePage::archiveClosing);
    connect(window, &MainWindow::recordsChanged, this, [this] {
        if (m_list)
            m_list->reload();
    });
    connect(window, &MainWindow::currentDialogueChanged, this, &PressReleasePage::updateActions);
    connect(window, &MainWindow::pressReleaseRequested, this, [this](qint64 id) {
        if (m_list)
            m_list->openRelease(id);
    });
    if (ListPage *dialogues = window->listPage(MainWindow::RecordKind::Dialogue)) {
        // The dialogue list offers the same actions on its rows.
        dialogues->view()->addAction(m_newAction);
        dialogues->view()->addAction(m_exportAction);
        if (dialogues->view()->contextMenuPolicy() == Qt::DefaultContextMenu)
            dialogues->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
        connect(dialogues->view()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PressReleasePage::updateActions);
    }
    updateActions();
}

QList<qint64> PressReleasePage::selectedDialogueIds() const
{
    QList<qint64> ids;
    ListPage *dialogues = m_window->listPage(MainWindow::RecordKind::Dialogue);
    if (!dialogues)
        return ids;
    for (const QModelIndex &index : dialogues->selectedRows()) {
        const qint64 id = m_window->dialogueModel()->recordFromIndex(index).id;
        if (id > 0)
            ids.append(id);
    }
    return ids;
}

void PressReleasePage::archiveOpened(Archive *archive)
{
    archiveClosing();
    m_list = new PressReleaseListWidget(*archive, archive->database());
    m_list->setObjectName(QStringLiteral("pressReleaseListWidget"));
    m_layout->addWidget(m_list);
    m_window->addPreview(m_list->previewPane());
    m_placeholder->hide();
    updateActions();
}

void PressReleasePage::archiveClosing()
{
    // The list holds references into the archive that is going away.
    delete m_list;
    m_list = nullptr;
    m_placeholder->show();
    updateActions();
}

void PressReleasePage::updateActions()
{
    m_newAction->setEnabled(m_list && m_window->currentDialogueId() > 0);
    m_exportAction->setEnabled(m_list && !selectedDialogueIds().isEmpty());
}

} // namespace rt::app
