#pragma once

#include <QList>
#include <QString>

class QAbstractItemView;
class QAction;

namespace rt::app {

// The right-click menu of a list: the actions that act on its records (Open, New, Delete …,
// the same QActions as the menus and buttons, so they are enabled alike), then Copy, which
// copies the selected rows as tab-separated text (Ctrl+C while the list has the focus).
namespace ContextMenus {
// `actions`: nullptr puts a separator.
void install(QAbstractItemView *view, const QList<QAction *> &actions);
// The selected rows of `view`, one line each, its visible columns separated by tabs.
QString selectedText(const QAbstractItemView *view);
} // namespace ContextMenus

} // namespace rt::app
