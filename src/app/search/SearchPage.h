#pragma once

#include <QCoreApplication>

namespace rt::app {

class MainWindow;
class SearchWidget;

// Puts search into the main window: a Search page of its own that follows the open archive
// and re-runs its query when records change, Edit → Search Dialogues (Ctrl+F, reached from
// every page; filtering the current list moves to Ctrl+Shift+F), and a found dialogue opened
// in its editor.
class SearchPage
{
    Q_DECLARE_TR_FUNCTIONS(SearchPage)

public:
    static constexpr const char *PageName = "searchPage";

    // Adds the page and the action to `window`, which owns them.
    static SearchWidget *install(MainWindow *window);
};

} // namespace rt::app
