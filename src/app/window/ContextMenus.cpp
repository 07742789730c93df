#include "app/window/ContextMenus.h"

#include <QAbstractItemView>
#include <QAction>
#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QTableView>

#include <algorithm>

namespace rt::app {

QString ContextMenus::selectedText(const QAbstractItemView *view)
{
    const QAbstractItemModel *model = view->model();
    if (!model || !view->selectionModel())
        return {};
    QList<int> rows;
    for (const QModelIndex &index : view->selectionModel()->selectedIndexes()) {
        if (!rows.contains(index.row()))
            rows.append(index.row());
    }
    if (rows.isEmpty() && view->currentIndex().isValid())
        rows.append(view->currentIndex().row());
    std::sort(rows.begin(), rows.end());
    const auto *table = qobject_cast<const QTableView *>(view);
    QStringList lines;
    for (int row : std::as_const(rows)) {
        QStringList cells;
        for (int column = 0; column < model->columnCount(); ++column) {
            if (table && table->isColumnHidden(column))
                continue;
            // In the order the user sees the columns.
            const int logical = table ? table->horizontalHeader()->logicalIndex(column) : column;
            cells.append(
                model->index(row, logical).data().toString().replace(QLatin1Char('\n'), QLatin1Char(' ')));
        }
        lines.append(cells.join(QLatin1Char('\t')));
    }
    return lines.join(QLatin1Char('\n'));
}

void ContextMenus::install(QAbstractItemView *view, const QList<QAction *> &actions)
{
    // Actions already on the view (another part of the program put them there) stay after ours.
    const QList<QAction *> existing = view->actions();
    QAction *before = existing.value(0);
    auto separator = [view] {
        auto *action = new QAction(view);
        action->setSeparator(true);
        return action;
    };
    for (QAction *action : actions)
        view->insertAction(before, action ? action : separator());
    auto *copy = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")),
        QCoreApplication::translate("rt::app::ContextMenus", "&Copy"), view);
    copy->setObjectName(QStringLiteral("copyRowsAction"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    QObject::connect(copy, &QAction::triggered, view, [view] {
        const QString text = selectedText(view);
        if (!text.isEmpty())
            QGuiApplication::clipboard()->setText(text);
    });
    if (!actions.isEmpty())
        view->insertAction(before, separator());
    view->insertAction(before, copy);
    if (before)
        view->insertAction(before, separator());
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

} // namespace rt::app
