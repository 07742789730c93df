#include "app/search/SearchPage.h"

#include "app/search/SearchResultsModel.h"
#include "app/search/SearchWidget.h"
#include "app/window/ContextMenus.h"
#include "app/window/MainWindow.h"
#include "core/db/Database.h"
#include "core/records/Archive.h"

#include <QAction>
#include <QIcon>
#include <QListView>
#include <QMenu>

namespace rt::app {

SearchWidget *SearchPage::install(MainWindow *window)
{
    const QString name = QLatin1String(PageName);
    const QIcon icon = QIcon::fromTheme(QStringLiteral("system-search"));
    auto *search = new SearchWidget;
    window->addPage(name, tr("Search"), icon, search);

    auto *action = new QAction(icon, tr("&Search Dialogues…"), window);
    action->setObjectName(QStringLiteral("searchAction"));
    action->setShortcut(QKeySequence::Find);
    window->filterAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    window->menu(MainWindow::Menu::Edit)->insertAction(window->filterAction(), action);
    window->addAction(action);
    QObject::connect(action, &QAction::triggered, search, [window, search, name] {
        window->showPage(name);
        search->focusQuery();
    });
    QObject::connect(
        search, &SearchWidget::dialogueActivated, window, [window](qint64 id) { window->openDialogue(id); });
    QObject::connect(window, &MainWindow::archiveOpened, search, [window, search](Archive *archive) {
        search->setArchive(window->archivePath(), &archive->database());
    });
    QObject::connect(window, &MainWindow::archiveClosing, search, &SearchWidget::closeArchive);
    // Right-click on a result: open its dialogue, or copy what is shown.
    if (auto *results = search->findChild<QListView *>(QStringLiteral("resultsListView"))) {
        auto *open = new QAction(tr("&Open Dialogue"), results);
        open->setObjectName(QStringLiteral("openSearchResultAction"));
        QObject::connect(open, &QAction::triggered, window, [window, results] {
            const auto *model = qobject_cast<const SearchResultsModel *>(results->model());
            if (model && results->currentIndex().isValid())
                if (const qint64 id = model->hitFromIndex(results->currentIndex()).id)
                    window->openDialogue(id);
        });
        ContextMenus::install(results, { open });
    }
    QObject::connect(window, &MainWindow::recordsChanged, search, &SearchWidget::searchAgain);
    return search;
}

} // namespace rt::app
