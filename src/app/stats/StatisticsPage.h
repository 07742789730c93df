#pragma once

#include <QCoreApplication>

namespace rt::app {

class MainWindow;
class StatisticsWidget;

// Puts the statistics page into the main window: a Statistics page that follows the open
// archive and counts again when records change, View → Statistics, and a bar's dialogues
// shown on the search page (the page's query refined by the bar).
class StatisticsPage
{
    Q_DECLARE_TR_FUNCTIONS(StatisticsPage)

public:
    static constexpr const char *PageName = "statisticsPage";

    // Adds the page to `window`, which owns it.
    static StatisticsWidget *install(MainWindow *window);
};

} // namespace rt::app
