#include "app/search/SearchPage.h"

#include "app/search/SearchWidget.h"
#include "app/window/MainWindow.h"

#include <QAction>
#include <QIcon>
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
    QObject::connect(window, &MainWindow::recordsChanged, search, &SearchWidget::searchAgain);
    return search;
}

} // namespace rt::app
