#include "app/window/HelpDialogs.h"

#include "app/editors/EditorDialog.h"
#include "app/window/MainWindow.h"

#include <QAbstractItemView>
#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rt::app {

namespace {

QString plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QStringLiteral("…")))
        text.chop(1);
    return text;
}

QString shortcutText(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys.append(key.toString(QKeySequence::NativeText));
    return keys.join(HelpDialogs::tr(" or "));
}

void addMenu(
    QList<HelpDialogs::Row> &rows, const QString &section, const QMenu *menu, QSet<const QAction *> &seen)
{
    for (const QAction *action : menu->actions()) {
        if (action->menu()) {
            addMenu(rows, section, action->menu(), seen);
            continue;
        }
        if (action->isSeparator() || action->shortcuts().isEmpty() || seen.contains(action))
            continue;
        seen.insert(action);
        rows.append({ section, plainText(action), shortcutText(action) });
    }
}

QDialog *findOrMake(MainWindow *window, const QString &name, const QString &title, const QSize &size)
{
    if (auto *open = window->findChild<QDialog *>(name)) {
        open->show();
        open->raise();
        open->activateWindow();
        return nullptr;
    }
    auto *dialog = new QDialog(window);
    dialog->setObjectName(name);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->resize(size);
    return dialog;
}

} // namespace

QList<HelpDialogs::Row> HelpDialogs::shortcuts(const MainWindow *window)
{
    QList<Row> rows;
    QSet<const QAction *> seen;
    for (const QAction *menuAction : window->menuBar()->actions()) {
        if (const QMenu *menu = menuAction->menu())
            addMenu(rows, plainText(menuAction), menu, seen);
    }
    // Actions of the window outside its menus.
    for (const QAction *action : window->actions()) {
        if (!action->shortcuts().isEmpty() && !seen.contains(action)) {
            seen.insert(action);
            rows.append({ tr("Window"), plainText(action), shortcutText(action) });
        }
    }
    // The lists' right-click menus: what is not already listed under a menu (Copy).
    QSet<QString> listed;
    for (const QAbstractItemView *view : window->findChildren<QAbstractItemView *>()) {
        for (const QAction *action : view->actions()) {
            if (action->shortcuts().isEmpty() || seen.contains(action) || listed.contains(plainText(action)))
                continue;
            listed.insert(plainText(action));
            rows.append({ tr("Lists"), plainText(action), shortcutText(action) });
        }
    }
    for (const EditorDialog::Shortcut &shortcut : EditorDialog::shortcuts())
        rows.append({ tr("Record editors"), shortcut.command, shortcut.keys });
    return rows;
}

QDialog *HelpDialogs::showShortcuts(MainWindow *window)
{
    QDialog *dialog
        = findOrMake(window, QStringLiteral("shortcutsDialog"), tr("Keyboard Shortcuts"), { 560, 620 });
    if (!dialog)
        return window->findChild<QDialog *>(QStringLiteral("shortcutsDialog"));
    auto *layout = new QVBoxLayout(dialog);
    auto *filter = new QLineEdit(dialog);
    filter->setObjectName(QStringLiteral("shortcutsFilterLineEdit"));
    filter->setPlaceholderText(tr("Filter commands and keys"));
    filter->setClearButtonEnabled(true);
    auto *tree = new QTreeWidget(dialog);
    tree->setObjectName(QStringLiteral("shortcutsTreeWidget"));
    tree->setHeaderLabels({ tr("Command"), tr("Shortcut") });
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    QTreeWidgetItem *section = nullptr;
    for (const Row &row : shortcuts(window)) {
        if (!section || section->text(0) != row.section) {
            section = new QTreeWidgetItem(tree, { row.section });
            QFont bold = section->font(0);
            bold.setBold(true);
            section->setFont(0, bold);
            section->setFirstColumnSpanned(true);
            section->setFlags(Qt::ItemIsEnabled);
        }
        new QTreeWidgetItem(section, { row.command, row.shortcut });
    }
    tree->expandAll();
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(false);
    QObject::connect(filter, &QLineEdit::textChanged, tree, [tree](const QString &text) {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *group = tree->topLevelItem(i);
            bool any = false;
            for (int j = 0; j < group->childCount(); ++j) {
                QTreeWidgetItem *item = group->child(j);
                const bool shown = item->text(0).contains(text, Qt::CaseInsensitive)
                    || item->text(1).contains(text, Qt::CaseInsensitive);
                item->setHidden(!shown);
                any = any || shown;
            }
            group->setHidden(!any);
        }
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(filter);
    layout->addWidget(tree, 1);
    layout->addWidget(buttons);
    filter->setFocus();
    dialog->show();
    return dialog;
}

QString HelpDialogs::manualHtml()
{
    // The README's sections on using the program, kept short; each paragraph is one string
    // for the translators.
    const QStringList sections = {
        tr("<h2>The window</h2><p>The sidebar holds the lists: Dialogues, People, Organisations, "
           "Contacts, Press Releases and Search. Each list sorts by any column and is filtered as you "
           "type (Ctrl+Shift+F). Enter or a double-click opens a record in its own editor window, "
           "Ctrl+N makes a new one, Delete asks before deleting. A right-click on a list offers the "
           "same commands and Copy.</p>"),
        tr("<h2>Entering a dialogue</h2><p>The dialogue editor opens with the cursor in the title. "
           "Organisations with their roles, topics and speeches are kept in order (Move Up, Move Down "
           "or drag); a role is changed in its row, and New Organisation enters one not yet in the "
           "archive. A new dialogue starts with the press contact and the “About” organisation of the "
           "last one. Type part of a speaker's name (“zhang”, or 张) and pick them; their title and "
           "organisation are filled in from their latest speech. New Person creates someone not yet in "
           "the archive. Country takes a name or a code (“China”, 中国, CN).</p>"),
        tr("<h2>Saving and undoing</h2><p>What stops a record from being saved is shown beside Save "
           "as you type. Ctrl+S saves. Ctrl+Z and Ctrl+Shift+Z undo and redo: each edit of a field is "
           "one step, the same whether you press them in a field or use the Undo and Redo buttons. "
           "Escape or Close asks before unsaved changes are lost.</p>"),
        tr("<h2>People and their names</h2><p>A typed name is split into family and given name as "
           "the names of the region are written: “Li Ming” and 李明 are read family name first, "
           "“Noppadon Theppitak” given name first, and a family name already in the archive decides. "
           "Swap Family and Given Name turns it round in one click. Before a new person is saved, "
           "Roundtable looks for the same person written another way (“Zhang Yu-jun”, “Y. Zhang”, "
           "张玉军) and offers the one already there. Two records of one person are joined with Edit → "
           "Merge People: you choose who is kept, see both side by side, and confirm before their "
           "speeches move.</p>"),
        tr("<h2>Press releases</h2><p>A dialogue's press release is written from its record through "
           "a template, then edited in the window: regenerating asks before it overwrites edits, and "
           "every save keeps the previous text as a revision that can be restored. A release goes from "
           "draft to approved to published; it is printed, previewed, or exported as PDF, HTML or "
           "ODT.</p>"),
        tr("<h2>Searching</h2><p>Ctrl+F opens the Search page. Type words or “quoted phrases”; "
           "<tt>word*</tt> finds words that begin with it, <tt>-word</tt> leaves out dialogues with it, "
           "and fields narrow the search: <tt>speaker:</tt>, <tt>org:</tt>, <tt>series:</tt>, "
           "<tt>city:</tt>, <tt>topic:</tt>, <tt>country:</tt>, <tt>year:2022</tt>, <tt>after:</tt> and "
           "<tt>before:</tt>. Case and accents do not matter. Facets on the side narrow by year, "
           "series, city and organisation.</p>"),
        tr("<h2>Backups and preferences</h2><p>The archive is one file. Roundtable backs it up "
           "automatically and offers a backup when the archive is damaged; File → Back Up makes a copy "
           "at any time. Edit → Preferences sets the paper size and template of press releases, the "
           "backup folder and how often backups are made, and the interface language.</p>"),
    };
    return sections.join(QString());
}

QDialog *HelpDialogs::showManual(MainWindow *window)
{
    QDialog *dialog
        = findOrMake(window, QStringLiteral("manualDialog"), tr("Roundtable Manual"), { 680, 640 });
    if (!dialog)
        return window->findChild<QDialog *>(QStringLiteral("manualDialog"));
    auto *layout = new QVBoxLayout(dialog);
    auto *browser = new QTextBrowser(dialog);
    browser->setObjectName(QStringLiteral("manualTextBrowser"));
    browser->setHtml(manualHtml());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(browser, 1);
    layout->addWidget(buttons);
    browser->setFocus();
    dialog->show();
    return dialog;
}

} // namespace rt::app
