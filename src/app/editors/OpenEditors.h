#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QUndoGroup;

namespace rt::app {

class EditorDialog;

// The record editors open in a window: one editor per record (opening a record again raises
// its editor), their undo stacks in the window's undo group, and closing them all when the
// archive they edit goes away.
class OpenEditors : public QObject
{
    Q_OBJECT

public:
    OpenEditors(QUndoGroup *undoGroup, QObject *parent);

    // The editor of the record `key` ("dialogue:12", see EditorDialog::recordKey), raised, if
    // one is open; otherwise the editor `make` returns, shown and kept (nullptr: none). An
    // empty key (a new record) always makes one.
    EditorDialog *open(const QString &key, const std::function<EditorDialog *()> &make);
    // Keeps an editor another editor opened (a new speaker's person editor).
    void adopt(EditorDialog *editor);
    EditorDialog *find(const QString &key) const;
    QList<EditorDialog *> all() const;

    // Asks each editor with unsaved changes what to do; false when the user cancels.
    bool maybeSaveAll() const;
    // Closes every editor without asking again (after maybeSaveAll()).
    void closeAll();
    // Deletes every editor at once: the archive they hold references into is going away.
    void deleteAll();
    // Closes the editor of a record that was deleted, dropping its edits.
    void discard(const QString &key);

signals:
    // A new editor is shown: the window connects what it does with it.
    void opened(rt::app::EditorDialog *editor);

private:
    void keep(EditorDialog *editor);

    QUndoGroup *m_undoGroup;
    QList<QPointer<EditorDialog>> m_editors;
};

} // namespace rt::app
