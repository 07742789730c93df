#pragma once

#include "app/editors/ConflictDialog.h"
#include "core/records/SaveConflict.h"

#include <QDialog>

#include <functional>
#include <initializer_list>
#include <utility>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QToolButton;
class QUndoStack;

namespace rt {
class Archive;
}

namespace rt::app {

class TranslatedFields;

// What every record editor shares: a window around the form (from its .ui) with the reason
// Save is disabled shown beside Save, Undo/Redo of each edit through one QUndoStack, Save
// (Ctrl+S) that commits through the Archive, and a prompt for unsaved changes when the
// editor is closed (Escape included). It opens with the cursor in the form's first field.
// The fields keep no undo history of their own: Ctrl+Z in a field, and Undo on its right-click
// menu, is the editor's Undo, and each visit to a field is one step. Subclasses load a record
// into their form, say what is wrong with it (validate) and commit it.
class EditorDialog : public QDialog
{
    Q_OBJECT

public:
    EditorDialog(Archive &archive, QWidget *parent);
    ~EditorDialog() override;

    // The keys every record editor answers to, as its actions have them; the Keyboard
    // Shortcuts window lists them (tst_helpmenus checks they agree with an editor's actions).
    struct Shortcut
    {
        QString command;
        QString keys;
    };
    static QList<Shortcut> shortcuts();

    QUndoStack *undoStack() const { return m_undoStack; }
    bool isModified() const;
    // Empty when the record can be saved; else why not, as shown beside Save.
    QString validationMessage() const { return m_validationMessage; }
    QPushButton *saveButton() const { return m_saveButton; }
    // Identifies the record ("dialogue:12") so the window opens one editor per record.
    virtual QString recordKey() const = 0;
    // Closes without asking, for the window's own shutdown after it asked.
    bool maybeSave();

    // The window saw another connection commit: when this record was saved or deleted there
    // since it was read, a notice above the form says so (the form keeps what was typed; a
    // Save then asks what to do). Nothing is asked or changed here.
    void checkStored();
    // The notice above the form (hidden while there is none).
    QLabel *storedNotice() const { return m_storedNotice; }

public slots:
    bool save();

signals:
    // The archive changed: lists should be read again.
    void saved();

protected:
    void setForm(QWidget *form);
    // The field the cursor starts in when the editor opens.
    void setFirstField(QWidget *field);
    // Calls `edited` with a field's number whenever the user changes it: line edits, text
    // boxes and combo boxes (an editable one by its text, others by their choice).
    void watchFields(
        std::initializer_list<std::pair<QWidget *, int>> fields, const std::function<void(int)> &edited);
    // recordKey() for a record of `kind` ("contact"): by id, or, while new, by this editor.
    QString keyFor(const char *kind, qint64 id) const;
    virtual QString validate() const = 0;
    // False with an empty `error` when the user, asked, chose not to save.
    virtual bool commit(QString *error) = 0;
    // What the record is ("dialogue", "person") and its own name (empty while new), for
    // the window title and the questions the editor asks.
    virtual QString recordKind() const = 0;
    virtual QString recordName() const = 0;
    void revalidate();
    void markSaved();

    // Several editors at once (DESIGN.md): what each editor tells about its record.
    // The table of its kind ("person") and its id and version as last read or saved.
    virtual QString recordTable() const = 0;
    virtual qint64 recordId() const = 0;
    virtual qint64 recordVersion() const = 0;
    // Reads the stored record and gives its fields beside the form's, for Compare; false when
    // it is no longer stored.
    virtual bool readStored(QList<ConflictDialog::Field> *fields) = 0;
    // The form becomes mine with the given fields (rows of readStored) taken from the stored
    // record, now based on the stored version: one undo step.
    virtual void takeStored(const QList<int> &rows) = 0;
    // Overwrite: the next save writes over `version`. Save as New: the record has no id.
    virtual void setRecordVersion(qint64 version) = 0;
    virtual void forgetRecordId() = 0;
    // Filled by commit() through the archive's save when someone else saved first.
    SaveConflict m_conflict;
    // The switch between the languages of the record's text, above the form, with the count
    // of fields that lack one; made on first use. Switching seals the last edit (typing in
    // the other language is a step of its own) and is no edit itself. Ctrl+Shift+L: the next.
    TranslatedFields *translatedFields();

    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void reject() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

    Archive &m_archive;
    bool m_loading = false; // set while the form is filled, so fills are not recorded as edits

private:
    // Lets the window paint while a save waits for the background integrity check.
    void waitForIntegrityCheck();

    void updateTitle();
    // After a save ran into a conflict: asks, and does what the user chose.
    bool resolveConflict();
    void showStoredNotice(const QString &text);
    // Later typing starts a new undo step instead of extending the last one.
    void sealLastEdit();
    // On a read-only archive: the form can be read, selected and copied, not changed.
    void lockForReading();
    bool isArchiveReadOnly() const;
    void undoOrRedo(bool undo);

    QUndoStack *m_undoStack;
    QLabel *m_validationLabel;
    QPushButton *m_saveButton;
    QDialogButtonBox *m_buttonBox;
    QWidget *m_form = nullptr;
    QWidget *m_firstField = nullptr;
    QString m_validationMessage;
    bool m_locked = false;
    TranslatedFields *m_translatedFields = nullptr;
    QLabel *m_storedNotice = nullptr;
};

} // namespace rt::app
