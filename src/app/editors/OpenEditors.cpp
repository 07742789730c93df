#include "app/editors/OpenEditors.h"

#include "app/editors/EditorDialog.h"

#include <QUndoGroup>
#include <QUndoStack>

namespace rt::app {

OpenEditors::OpenEditors(QUndoGroup *undoGroup, QObject *parent)
    : QObject(parent)
    , m_undoGroup(undoGroup)
{
}

EditorDialog *OpenEditors::open(const QString &key, const std::function<EditorDialog *()> &make)
{
    if (EditorDialog *open = key.isEmpty() ? nullptr : find(key)) {
        open->raise();
        open->activateWindow();
        return open;
    }
    EditorDialog *editor = make();
    if (!editor)
        return nullptr;
    keep(editor);
    m_undoGroup->setActiveStack(editor->undoStack());
    emit opened(editor);
    editor->show();
    editor->raise();
    editor->activateWindow();
    return editor;
}

void OpenEditors::adopt(EditorDialog *editor)
{
    keep(editor);
}

void OpenEditors::keep(EditorDialog *editor)
{
    m_editors.removeAll(nullptr);
    m_editors.append(editor);
    m_undoGroup->addStack(editor->undoStack());
}

EditorDialog *OpenEditors::find(const QString &key) const
{
    for (const auto &editor : m_editors) {
        if (editor && editor->recordKey() == key)
            return editor;
    }
    return nullptr;
}

QList<EditorDialog *> OpenEditors::all() const
{
    QList<EditorDialog *> result;
    for (const auto &editor : m_editors) {
        if (editor)
            result.append(editor);
    }
    return result;
}

bool OpenEditors::maybeSaveAll() const
{
    for (const auto &editor : m_editors) {
        if (editor && !editor->maybeSave())
            return false;
    }
    return true;
}

void OpenEditors::closeAll()
{
    // Guarded pointers: an editor may take the editors it opened with it.
    for (const auto &editor : std::as_const(m_editors)) {
        if (editor) {
            editor->undoStack()->clear(); // already asked
            editor->close();
        }
    }
}

void OpenEditors::deleteAll()
{
    for (const auto &editor : std::as_const(m_editors)) {
        if (editor)
            delete editor.data();
    }
    m_editors.clear();
}

void OpenEditors::discard(const QString &key)
{
    if (EditorDialog *editor = find(key)) {
        editor->undoStack()->clear();
        editor->close();
    }
}

} // namespace rt::app
