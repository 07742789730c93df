#include "app/editors/OrganizationEditor.h"

#include "app/editors/ComparedFields.h"
#include "app/editors/OrganizationActivity.h"
#include "app/editors/Pickers.h"
#include "app/editors/SnapshotCommand.h"
#include "app/editors/TranslatedFields.h"
#include "app/window/Labels.h"
#include "core/records/Archive.h"
#include "core/records/RecordRules.h"
#include "ui_OrganizationEditor.h"

#include <QUndoStack>
#include <QVBoxLayout>

namespace rt::app {

OrganizationEditor::OrganizationEditor(Archive &archive, const Organization &organization, QWidget *parent)
    : EditorDialog(archive, parent)
    , m_ui(std::make_unique<Ui::OrganizationEditor>())
    , m_record(organization)
{
    setObjectName(QStringLiteral("organizationEditor"));
    auto *form = new QWidget(this);
    m_ui->setupUi(form);
    setForm(form);
    Pickers::fillOrganizations(
        m_ui->parentComboBox, m_archive.organizations(), tr("(independent)"), m_record.id);
    Pickers::makeCountryPicker(m_ui->countryComboBox);
    m_languages = translatedFields();
    m_languages->add(m_ui->nameLineEdit, QStringLiteral("name"));
    m_languages->add(m_ui->shortNameLineEdit, QStringLiteral("short_name"));
    m_languages->add(m_ui->aboutPlainTextEdit, QStringLiteral("about"));
    connect(m_languages, &TranslatedFields::languageChanged, this, [this] { load(m_record); });
    load(m_record);

    // What the organisation did: its dialogues by role and its people, below the form.
    m_activity = new OrganizationActivity(m_archive.database(), this);
    static_cast<QVBoxLayout *>(layout())->insertWidget(1, m_activity, 1);
    m_activity->load(m_record.id);
    connect(m_activity, &OrganizationActivity::openDialogueRequested, this,
        &OrganizationEditor::openDialogueRequested);
    connect(m_activity, &OrganizationActivity::openPersonRequested, this,
        &OrganizationEditor::openPersonRequested);

    watchFields({ { m_ui->nameLineEdit, NameField }, { m_ui->shortNameLineEdit, ShortNameField },
                    { m_ui->localNameLineEdit, LocalNameField }, { m_ui->parentComboBox, ParentField },
                    { m_ui->countryComboBox, CountryField }, { m_ui->websiteLineEdit, WebsiteField },
                    { m_ui->aboutPlainTextEdit, AboutField } },
        [this](int field) { edited(field); });
    revalidate();
    setFirstField(m_ui->nameLineEdit);
    resize(sizeHint().expandedTo(QSize(680, 640)));
}

OrganizationEditor::~OrganizationEditor() = default;

QString OrganizationEditor::recordKey() const
{
    return keyFor("organization", m_record.id);
}

QString OrganizationEditor::recordKind() const
{
    return tr("organisation");
}

QString OrganizationEditor::recordName() const
{
    return m_record.displayName();
}

Organization OrganizationEditor::readForm() const
{
    Organization o = m_record;
    m_languages->read(m_ui->nameLineEdit, o.name, o.translations);
    m_languages->read(m_ui->shortNameLineEdit, o.shortName, o.translations);
    o.localName = m_ui->localNameLineEdit->text();
    o.parentId = Pickers::currentId(m_ui->parentComboBox);
    o.country = Pickers::countryCode(m_ui->countryComboBox);
    o.website = m_ui->websiteLineEdit->text();
    m_languages->read(m_ui->aboutPlainTextEdit, o.about, o.translations);
    return o;
}

void OrganizationEditor::load(const Organization &o)
{
    m_loading = true;
    // Undo steps recorded before the first save hold no id: the record keeps the one it got.
    const qint64 savedId = m_record.id;
    const QString savedKey = m_record.key;
    const qint64 savedVersion = m_record.version;
    m_record = o;
    if (savedId) {
        m_record.id = savedId;
        m_record.key = savedKey;
        m_record.version = savedVersion;
    }
    auto setText = [](QLineEdit *edit, const QString &text) {
        if (edit->text() != text)
            edit->setText(text);
    };
    setText(m_ui->localNameLineEdit, o.localName);
    Pickers::setCurrentId(m_ui->parentComboBox, o.parentId);
    Pickers::setCountryCode(m_ui->countryComboBox, o.country);
    setText(m_ui->websiteLineEdit, o.website);
    showTranslations();
    m_loading = false;
    revalidate();
}

void OrganizationEditor::edited(int field)
{
    if (m_loading)
        return;
    const Organization after = readForm();
    if (after == m_record)
        return;
    const Organization before = m_record;
    m_record = after;
    undoStack()->push(new SnapshotCommand<Organization>(
        [this](const Organization &o) { load(o); }, before, after, field, tr("Edit organisation")));
    showTranslations();
    revalidate();
}

void OrganizationEditor::showTranslations()
{
    const Organization &o = m_record;
    m_languages->show(m_ui->nameLineEdit, o.name, o.translations);
    m_languages->show(m_ui->shortNameLineEdit, o.shortName, o.translations);
    m_languages->show(m_ui->aboutPlainTextEdit, o.about, o.translations);
    m_languages->setMissingCount(TranslatedFields::missing(m_languages->countedLanguage(),
        { { o.name, QStringLiteral("name") }, { o.shortName, QStringLiteral("short_name") },
            { o.about, QStringLiteral("about") } },
        o.translations));
}

QString OrganizationEditor::validate() const
{
    const QList<RecordRules::Problem> problems = RecordRules::organization(m_record);
    if (!problems.isEmpty() && problems.first().field == QLatin1String("country"))
        return Pickers::notACountry(m_ui->countryComboBox);
    return problems.isEmpty() ? QString() : problems.first().message;
}

bool OrganizationEditor::commit(QString *error)
{
    Organization o = m_record;
    o.name = o.name.trimmed();
    o.shortName = o.shortName.trimmed();
    o.country = o.country.trimmed();
    o.website = o.website.trimmed();
    if (!m_archive.saveOrganization(o, error, &m_conflict))
        return false;
    m_record.id = o.id;
    m_record.key = o.key;
    m_record.version = o.version;
    m_activity->load(m_record.id);
    return true;
}

QString OrganizationEditor::recordTable() const
{
    return QStringLiteral("organization");
}

namespace {

// The organisation's name by id, as the pickers show it.
QString organizationName(Archive &archive, qint64 id)
{
    if (id <= 0)
        return QString();
    const std::optional<Organization> o = archive.organization(id);
    return o ? o->name : QString::number(id);
}

QList<ComparedField<Organization>> comparedFields(Archive &archive)
{
    return { textField(OrganizationEditor::tr("Name"), &Organization::name),
        textField(OrganizationEditor::tr("Short name"), &Organization::shortName),
        textField(OrganizationEditor::tr("Name in own script"), &Organization::localName),
        shownField<Organization, qint64>(OrganizationEditor::tr("Part of"), &Organization::parentId,
            [&archive](const qint64 &id) { return organizationName(archive, id); }),
        shownField<Organization, QString>(OrganizationEditor::tr("Country"), &Organization::country,
            [](const QString &code) { return code.isEmpty() ? QString() : Labels::country(code); }),
        textField(OrganizationEditor::tr("Website"), &Organization::website),
        textField(OrganizationEditor::tr("About"), &Organization::about),
        shownField<Organization, FieldTranslations>(OrganizationEditor::tr("Other languages"),
            &Organization::translations, [](const FieldTranslations &t) { return translationsText(t); }),
        textField(OrganizationEditor::tr("Key"), &Organization::key) };
}

} // namespace

bool OrganizationEditor::readStored(QList<ConflictDialog::Field> *fields)
{
    const std::optional<Organization> stored = m_archive.organization(m_record.id);
    if (!stored)
        return false;
    m_stored = *stored;
    *fields = compareFields(comparedFields(m_archive), m_stored, m_record);
    return true;
}

void OrganizationEditor::takeStored(const QList<int> &rows)
{
    const Organization before = m_record;
    Organization after = takeFields(comparedFields(m_archive), m_record, m_stored, rows);
    after.version = m_stored.version;
    m_record.version = m_stored.version;
    m_record.key = after.key;
    undoStack()->push(new SnapshotCommand<Organization>([this](const Organization &r) { load(r); }, before,
        after, -1, tr("Take fields of the saved version")));
    load(after);
}

void OrganizationEditor::forgetRecordId()
{
    m_record.id = 0;
    m_record.version = 0;
}

} // namespace rt::app
