#include "app/editors/ContactEditor.h"

#include "app/editors/ComparedFields.h"
#include "app/editors/Pickers.h"
#include "app/editors/SnapshotCommand.h"
#include "app/editors/TranslatedFields.h"
#include "app/window/Labels.h"
#include "core/records/Archive.h"
#include "core/records/RecordRules.h"
#include "ui_ContactEditor.h"

#include <QUndoStack>

namespace rt::app {

namespace {

// One value a line; blank lines are dropped only when saving, so typing a new line works.
QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'));
}

QStringList nonEmpty(const QStringList &values)
{
    QStringList result;
    for (const QString &v : values) {
        if (!v.trimmed().isEmpty())
            result.append(v.trimmed());
    }
    return result;
}

} // namespace

ContactEditor::ContactEditor(Archive &archive, const Contact &contact, QWidget *parent)
    : EditorDialog(archive, parent)
    , m_ui(std::make_unique<Ui::ContactEditor>())
    , m_record(contact)
{
    setObjectName(QStringLiteral("contactEditor"));
    auto *form = new QWidget(this);
    m_ui->setupUi(form);
    setForm(form);
    Pickers::fillOrganizations(m_ui->organizationComboBox, m_archive.organizations(), tr("(none)"));
    m_languages = translatedFields();
    m_languages->add(m_ui->labelLineEdit, QStringLiteral("label"));
    m_languages->add(m_ui->addressPlainTextEdit, QStringLiteral("address"));
    connect(m_languages, &TranslatedFields::languageChanged, this, [this] { load(m_record); });
    load(m_record);

    watchFields({ { m_ui->labelLineEdit, LabelField }, { m_ui->organizationComboBox, OrganizationField },
                    { m_ui->addressPlainTextEdit, AddressField }, { m_ui->phonesPlainTextEdit, PhonesField },
                    { m_ui->faxLineEdit, FaxField }, { m_ui->emailsPlainTextEdit, EmailsField },
                    { m_ui->websiteLineEdit, WebsiteField }, { m_ui->wechatLineEdit, WechatField } },
        [this](int field) { edited(field); });
    revalidate();
    setFirstField(m_ui->labelLineEdit);
    resize(sizeHint().expandedTo(QSize(640, 480)));
}

ContactEditor::~ContactEditor() = default;

QString ContactEditor::recordKey() const
{
    return keyFor("contact", m_record.id);
}

QString ContactEditor::recordKind() const
{
    return tr("contact");
}

QString ContactEditor::recordName() const
{
    return m_record.id ? (m_record.label.isEmpty() ? m_record.key : m_record.label) : QString();
}

Contact ContactEditor::readForm() const
{
    Contact c = m_record;
    m_languages->read(m_ui->labelLineEdit, c.label, c.translations);
    c.organizationId = Pickers::currentId(m_ui->organizationComboBox);
    m_languages->read(m_ui->addressPlainTextEdit, c.address, c.translations);
    c.phones = lines(m_ui->phonesPlainTextEdit->toPlainText());
    c.fax = m_ui->faxLineEdit->text();
    c.emails = lines(m_ui->emailsPlainTextEdit->toPlainText());
    c.website = m_ui->websiteLineEdit->text();
    c.wechat = m_ui->wechatLineEdit->text();
    return c;
}

void ContactEditor::load(const Contact &c)
{
    m_loading = true;
    // Undo steps recorded before the first save hold no id: the record keeps the one it got.
    const qint64 savedId = m_record.id;
    const QString savedKey = m_record.key;
    const qint64 savedVersion = m_record.version;
    m_record = c;
    if (savedId) {
        m_record.id = savedId;
        m_record.key = savedKey;
        m_record.version = savedVersion;
    }
    auto setText = [](QLineEdit *edit, const QString &text) {
        if (edit->text() != text)
            edit->setText(text);
    };
    auto setPlain = [](QPlainTextEdit *edit, const QString &text) {
        if (edit->toPlainText() != text)
            edit->setPlainText(text);
    };
    Pickers::setCurrentId(m_ui->organizationComboBox, c.organizationId);
    setPlain(m_ui->phonesPlainTextEdit, c.phones.join(QLatin1Char('\n')));
    setText(m_ui->faxLineEdit, c.fax);
    setPlain(m_ui->emailsPlainTextEdit, c.emails.join(QLatin1Char('\n')));
    setText(m_ui->websiteLineEdit, c.website);
    setText(m_ui->wechatLineEdit, c.wechat);
    showTranslations();
    m_loading = false;
    revalidate();
}

void ContactEditor::edited(int field)
{
    if (m_loading)
        return;
    const Contact after = readForm();
    if (after == m_record)
        return;
    const Contact before = m_record;
    m_record = after;
    undoStack()->push(new SnapshotCommand<Contact>(
        [this](const Contact &c) { load(c); }, before, after, field, tr("Edit contact")));
    showTranslations();
    revalidate();
}

void ContactEditor::showTranslations()
{
    const Contact &c = m_record;
    m_languages->show(m_ui->labelLineEdit, c.label, c.translations);
    m_languages->show(m_ui->addressPlainTextEdit, c.address, c.translations);
    m_languages->setMissingCount(TranslatedFields::missing(m_languages->countedLanguage(),
        { { c.label, QStringLiteral("label") }, { c.address, QStringLiteral("address") } }, c.translations));
}

QString ContactEditor::validate() const
{
    Contact c = m_record;
    c.phones = nonEmpty(c.phones);
    c.emails = nonEmpty(c.emails);
    const QList<RecordRules::Problem> problems = RecordRules::contact(c);
    return problems.isEmpty() ? QString() : problems.first().message;
}

bool ContactEditor::commit(QString *error)
{
    Contact c = m_record;
    c.label = c.label.trimmed();
    c.phones = nonEmpty(c.phones);
    c.emails = nonEmpty(c.emails);
    c.website = c.website.trimmed();
    if (!m_archive.saveContact(c, error, &m_conflict))
        return false;
    m_record.id = c.id;
    m_record.key = c.key;
    m_record.version = c.version;
    return true;
}

QString ContactEditor::recordTable() const
{
    return QStringLiteral("contact");
}

namespace {

QList<ComparedField<Contact>> comparedFields(Archive &archive)
{
    const auto lines = [](const QStringList &list) { return list.join(QLatin1Char('\n')); };
    return { shownField<Contact, qint64>(ContactEditor::tr("Organisation"), &Contact::organizationId,
                 [&archive](const qint64 &id) {
                     const std::optional<Organization> o = id > 0 ? archive.organization(id) : std::nullopt;
                     return o ? o->name : QString();
                 }),
        textField(ContactEditor::tr("Label"), &Contact::label),
        textField(ContactEditor::tr("Address"), &Contact::address),
        shownField<Contact, QStringList>(ContactEditor::tr("Phones"), &Contact::phones, lines),
        textField(ContactEditor::tr("Fax"), &Contact::fax),
        shownField<Contact, QStringList>(ContactEditor::tr("E-mails"), &Contact::emails, lines),
        textField(ContactEditor::tr("Website"), &Contact::website),
        textField(ContactEditor::tr("WeChat"), &Contact::wechat),
        shownField<Contact, FieldTranslations>(ContactEditor::tr("Other languages"), &Contact::translations,
            [](const FieldTranslations &t) { return translationsText(t); }),
        textField(ContactEditor::tr("Key"), &Contact::key) };
}

} // namespace

bool ContactEditor::readStored(QList<ConflictDialog::Field> *fields)
{
    const std::optional<Contact> stored = m_archive.contact(m_record.id);
    if (!stored)
        return false;
    m_stored = *stored;
    *fields = compareFields(comparedFields(m_archive), m_stored, m_record);
    return true;
}

void ContactEditor::takeStored(const QList<int> &rows)
{
    const Contact before = m_record;
    Contact after = takeFields(comparedFields(m_archive), m_record, m_stored, rows);
    after.version = m_stored.version;
    m_record.version = m_stored.version;
    m_record.key = after.key;
    undoStack()->push(new SnapshotCommand<Contact>(
        [this](const Contact &r) { load(r); }, before, after, -1, tr("Take fields of the saved version")));
    load(after);
}

void ContactEditor::forgetRecordId()
{
    m_record.id = 0;
    m_record.version = 0;
}

} // namespace rt::app
