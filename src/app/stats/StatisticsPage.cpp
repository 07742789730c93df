#include "app/stats/StatisticsPage.h"

#include "app/search/SearchPage.h"
#include "app/search/SearchWidget.h"
#include "app/stats/StatisticsWidget.h"
#include "app/window/MainWindow.h"
#include "core/db/Database.h"
#include "core/records/Archive.h"

#include <QIcon>

namespace rt::app {

StatisticsWidget *StatisticsPage::install(MainWindow *window)
{
    auto *statistics = new StatisticsWidget;
    window->addPage(QLatin1String(PageName), tr("Statistics"),
        QIcon::fromTheme(QStringLiteral("x-office-spreadsheet")), statistics);
    QObject::connect(
        statistics, &StatisticsWidget::dialoguesRequested, window, [window](const QString &query) {
            if (SearchWidget *search = window->searchWidget()) {
                window->showPage(QLatin1String(SearchPage::PageName));
                search->setQuery(query);
            }
        });
    QObject::connect(window, &MainWindow::archiveOpened, statistics, [window, statistics](Archive *archive) {
        statistics->setArchive(window->archivePath(), &archive->database());
    });
    QObject::connect(window, &MainWindow::archiveClosing, statistics, &StatisticsWidget::closeArchive);
    QObject::connect(window, &MainWindow::recordsChanged, statistics, &StatisticsWidget::countAgain);
    if (window->archive())
        statistics->setArchive(window->archivePath(), &window->archive()->database());
    return statistics;
}

} // namespace rt::app
