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
    QString recordTable() const override;
    qint64 recordId() const override { return m_record.id; }
    qint64 recordVersion() const override { return m_record.version; }
    bool readStored(QList<ConflictDialog::Field> *fields) override;
    void takeStored(const QList<int> &rows) override;
    void setRecordVersion(qint64 version) override { m_record.version = version; }
    void forgetRecordId() override;

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
    Contact m_stored; // as someone else saved it, for Compare
    TranslatedFields *m_languages = nullptr;
};

} // namespace rt::app
