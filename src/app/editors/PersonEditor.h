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

// Edits one person: name parts and their order, name in own script, notes; lists every
// dialogue they spoke at with the title they held there (double-click opens it).
class PersonEditor : public EditorDialog
{
    Q_OBJECT

public:
    PersonEditor(Archive &archive, ListQueries &queries, const Person &person, QWidget *parent = nullptr);
    ~PersonEditor() override;

    const Person &record() const { return m_record; }
    QString recordKey() const override;

signals:
    void openDialogueRequested(qint64 id);

protected:
    QString validate() const override;
    bool commit(QString *error) override;
    QString recordKind() const override;
    QString recordName() const override;

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

    std::unique_ptr<Ui::PersonEditor> m_ui;
    QComboBox *m_laterMentionComboBox = nullptr; // how a press release names them later
    ListQueries &m_queries;
    Person m_record;
};

} // namespace rt::app
