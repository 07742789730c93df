#pragma once

#include "app/editors/EditorDialog.h"
#include "core/records/Records.h"

#include <memory>

namespace Ui {
class OrganizationEditor;
}

namespace rt::app {

class OrganizationActivity;
class TranslatedFields;

// Edits one organisation: names, the organisation it is part of, country, website and the
// "About" paragraph of press releases; below them, its record (OrganizationActivity): the
// dialogues it took part in by role and its people, each opened with a double-click.
class OrganizationEditor : public EditorDialog
{
    Q_OBJECT

public:
    OrganizationEditor(Archive &archive, const Organization &organization, QWidget *parent = nullptr);
    ~OrganizationEditor() override;

    const Organization &record() const { return m_record; }
    QString recordKey() const override;
    OrganizationActivity *activity() const { return m_activity; }

signals:
    // A double-click in the organisation's record of dialogues or people.
    void openDialogueRequested(qint64 id);
    void openPersonRequested(qint64 id);

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
        NameField,
        ShortNameField,
        LocalNameField,
        ParentField,
        CountryField,
        WebsiteField,
        AboutField
    };
    Organization readForm() const;
    void load(const Organization &organization);
    void edited(int field);
    // The name, short name and About text in the language chosen, and what lacks it.
    void showTranslations();

    std::unique_ptr<Ui::OrganizationEditor> m_ui;
    Organization m_record;
    Organization m_stored; // as someone else saved it, for Compare
    OrganizationActivity *m_activity = nullptr;
    TranslatedFields *m_languages = nullptr;
};

} // namespace rt::app
