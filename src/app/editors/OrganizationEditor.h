#pragma once

#include "app/editors/EditorDialog.h"
#include "core/records/Records.h"

#include <memory>

namespace Ui {
class OrganizationEditor;
}

namespace rt::app {

// Edits one organisation: names, the organisation it is part of, country, website and the
// "About" paragraph of press releases.
class OrganizationEditor : public EditorDialog
{
    Q_OBJECT

public:
    OrganizationEditor(Archive &archive, const Organization &organization, QWidget *parent = nullptr);
    ~OrganizationEditor() override;

    const Organization &record() const { return m_record; }
    QString recordKey() const override;

protected:
    QString validate() const override;
    bool commit(QString *error) override;
    QString recordKind() const override;
    QString recordName() const override;

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

    std::unique_ptr<Ui::OrganizationEditor> m_ui;
    Organization m_record;
};

} // namespace rt::app
