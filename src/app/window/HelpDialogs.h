#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QAction;
class QDialog;
class QWidget;

namespace rt::app {

class MainWindow;

// The Help menu's windows: Keyboard Shortcuts, a table made from the window's actual actions
// (its menus, the lists' right-click menus) and the record editors' own, so it stays true as
// actions change; and the Manual, the README's sections on using the program as translatable
// text, shown in the interface's language.
class HelpDialogs
{
    Q_DECLARE_TR_FUNCTIONS(rt::app::HelpDialogs)

public:
    struct Row
    {
        QString section; // the menu, "Lists" or "Record editors"
        QString command;
        QString shortcut; // as the platform writes it: "Ctrl+Shift+F"
    };
    // Every command of `window` with a keyboard shortcut, by section.
    static QList<Row> shortcuts(const MainWindow *window);
    // The manual as HTML, in the interface's language.
    static QString manualHtml();

    // Shows the window (one of each; shown again, it is raised). Returns it for tests.
    static QDialog *showShortcuts(MainWindow *window);
    static QDialog *showManual(MainWindow *window);
};

} // namespace rt::app
