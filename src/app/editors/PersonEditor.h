#pragma once

#include "app/editors/EditorDialog.h"
#include "core/records/Records.h"

#include <memory>

class QComboBox;

namespace Ui {
class PersonEditor;
}

namespace rt {
class ListQueries;
}

namespace rt::app {

// Edits one person: name parts and their order (Swap turns a family name typed as the given
// name round in one step), name in own script, notes; lists every dialogue they spoke at with
// the title they held there (double-click opens it). Before a new person is saved it looks
// for the same person under another spelling (PersonNames) and offers the one in the archive.
class PersonEditor : public EditorDialog
{
    Q_OBJECT

public:
    PersonEditor(Archive &archive, ListQueries &queries, const Person &person, QWidget *parent = nullptr);
    ~PersonEditor() override;

    const Person &record() const { return m_record; }
    QString recordKey() const override;

public slots:
    // Family name becomes given name and the other way round, and their order flips, so the
    // name reads as before: "Ming Li" (family Ming) becomes family Li, written "Li Ming".
    void swapNames();

signals:
    void openDialogueRequested(qint64 id);
    // The new person was already in the archive and the user chose that one instead; this
    // editor closes without saving.
    void existingPersonChosen(qint64 id);

protected:
    QString validate() const override;
    bool commit(QString *error) override;
    QString recordKind() const override;
    QString recordName() const override;
    QString recordTable() const override;
    qint64 recordId() const override { return m_record.id; }
    qint64 recordVersion() const override { return m_record.version; }
    bool readStored(QList<ConflictDialog::Field> *fields) override;
    void takeStored(const QList<int> &rows) override;
    void setRecordVersion(qint64 version) override { m_record.version = version; }
    void forgetRecordId() override;

private:
    enum Field {
        HonorificField,
        FamilyNameField,
        GivenNameField,
        OrderField,
        LocalNameField,
        NotesField,
        LaterMentionField
    };
    Person readForm() const;
    void load(const Person &person);
    void edited(int field);
    void loadAppearances();
    // For a new person: false when the user takes a person already in the archive or cancels.
    bool confirmNotDuplicate();

    std::unique_ptr<Ui::PersonEditor> m_ui;
    QComboBox *m_laterMentionComboBox = nullptr; // how a press release names them later
    ListQueries &m_queries;
    Person m_record;
    Person m_stored; // as someone else saved it, for Compare
    bool m_orderChosen = false; // the user ticked the order or swapped: no longer guessed
};

} // namespace rt::app
