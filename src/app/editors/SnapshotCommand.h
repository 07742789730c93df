#pragma once

#include <QUndoCommand>

#include <functional>

namespace rt::app {

// Which part of a record an edit changed: a field, and for a field of a list entry (a
// speech's speaker, a topic's title) the entry's position. Edits merge only when both agree,
// so no count of entries can make two different fields look alike.
struct EditField
{
    EditField(int field, int item = -1) // NOLINT: a plain field converts implicitly
        : field(field)
        , item(item)
    {
    }
    bool operator==(const EditField &) const = default;

    int field;
    int item;
};

// An undo step of a record editor that later typing may extend (mergeWith) until the editor
// seals it: when the user leaves the field, or the step is undone or redone. So each visit
// to a field is one step, however many keys it took.
class EditCommand : public QUndoCommand
{
public:
    using QUndoCommand::QUndoCommand;
    void seal() { m_sealed = true; }
    bool isSealed() const { return m_sealed; }

private:
    bool m_sealed = false;
};

// One edit of a form's record as an undo step: the record before and after the edit, and
// how to show a record in the form. Typing on in the same field extends the last step
// instead of adding one per key (mergeWith), so Undo takes back a whole edit of a field.
// Undoing or redoing a step seals it: typing afterwards is a new step.
// Structural edits (adding, removing, moving) pass field -1 and never merge.
template <class Record> class SnapshotCommand : public EditCommand
{
public:
    SnapshotCommand(std::function<void(const Record &)> apply, Record before, Record after, EditField field,
        const QString &text)
        : EditCommand(text)
        , m_apply(std::move(apply))
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_field(field)
    {
    }

    void undo() override
    {
        seal();
        m_apply(m_before);
    }
    void redo() override
    {
        // The form already shows the edit when the command is pushed: reloading it would
        // move the cursor the user is typing with.
        if (m_pushed) {
            seal();
            m_apply(m_after);
        }
        m_pushed = true;
    }
    int id() const override { return 0x5254; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = dynamic_cast<const SnapshotCommand *>(other);
        if (!next || isSealed() || m_field.field < 0 || next->m_field != m_field)
            return false;
        m_after = next->m_after;
        return true;
    }

    const Record &before() const { return m_before; }
    const Record &after() const { return m_after; }

private:
    std::function<void(const Record &)> m_apply;
    Record m_before;
    Record m_after;
    EditField m_field;
    bool m_pushed = false;
};

} // namespace rt::app
