#pragma once

#include "app/editors/EditorDialog.h"
#include "core/records/Records.h"

#include <memory>

namespace Ui {
class ContactEditor;
}

namespace rt::app {

class TranslatedFields;

// Edits one press contact: its organisation, address, phones, e-mails, website and WeChat.
class ContactEditor : public EditorDialog
{
    Q_OBJECT

public:
    ContactEditor(Archive &archive, const Contact &contact, QWidget *parent = nullptr);
    ~ContactEditor() override;

    const Contact &record() const { return m_record; }
    QString recordKey() const override;

protected:
    QString validate() const override;
    bool commit(QString *error) override;
    QString recordKind() const override;
    QString recordName() const override;

private:
    enum Field {
        LabelField,
        OrganizationField,
        AddressField,
        PhonesField,
        FaxField,
        EmailsField,
        WebsiteField,
        WechatField
    };
    Contact readForm() const;
    // The label and address in the language chosen, and what lacks it.
    void showTranslations();
    void load(const Contact &contact);
    void edited(int field);

    std::unique_ptr<Ui::ContactEditor> m_ui;
    Contact m_record;
    TranslatedFields *m_languages = nullptr;
};

} // namespace rt::app
