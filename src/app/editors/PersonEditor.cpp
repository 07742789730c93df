#include "app/editors/PersonEditor.h"

#include "app/editors/ComparedFields.h"
#include "app/editors/SnapshotCommand.h"
#include "app/window/ItemRoles.h"
#include "app/window/Labels.h"
#include "app/window/MessageBox.h"
#include "core/records/Archive.h"
#include "core/records/ListQueries.h"
#include "core/records/PersonNames.h"
#include "core/records/RecordRules.h"
#include "ui_PersonEditor.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTimer>
#include <QUndoStack>

namespace rt::app {

PersonEditor::PersonEditor(Archive &archive, ListQueries &queries, const Person &person, QWidget *parent)
    : EditorDialog(archive, parent)
    , m_ui(std::make_unique<Ui::PersonEditor>())
    , m_queries(queries)
    , m_record(person)
{
    setObjectName(QStringLiteral("personEditor"));
    auto *form = new QWidget(this);
    m_ui->setupUi(form);
    setForm(form);
    m_ui->honorificComboBox->addItems({ QString(), QStringLiteral("Dr."), QStringLiteral("Prof."),
        QStringLiteral("Mr."), QStringLiteral("Ms."), QStringLiteral("Mrs."), QStringLiteral("H.E.") });
    m_ui->appearancesTableWidget->setColumnCount(5);
    m_ui->appearancesTableWidget->setHorizontalHeaderLabels(
        { tr("Date"), tr("Dialogue"), tr("Role"), tr("Title held"), tr("Organisation") });
    m_ui->appearancesTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ui->appearancesTableWidget->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    // How a press release names them after the first mention, below "Written as".
    m_laterMentionComboBox = new QComboBox(form);
    m_laterMentionComboBox->setObjectName(QStringLiteral("laterMentionComboBox"));
    for (const QString &code : PersonLaterMention::all())
        m_laterMentionComboBox->addItem(Labels::laterMention(code), code);
    m_laterMentionComboBox->setToolTip(
        tr("How a press release refers to this person after naming them in "
           "full: most by family name, some (Thai names, Tibetan names) otherwise."));
    auto *laterLabel = new QLabel(tr("&Later mentions:"), form);
    laterLabel->setBuddy(m_laterMentionComboBox);
    int writtenRow = -1;
    m_ui->nameFormLayout->getWidgetPosition(m_ui->fullNameLabel, &writtenRow, nullptr);
    m_ui->nameFormLayout->insertRow(writtenRow + 1, laterLabel, m_laterMentionComboBox);

    load(m_record);
    loadAppearances();

    connect(
        m_ui->honorificComboBox, &QComboBox::currentTextChanged, this, [this] { edited(HonorificField); });
    connect(m_ui->familyNameLineEdit, &QLineEdit::textChanged, this, [this] { edited(FamilyNameField); });
    connect(m_ui->givenNameLineEdit, &QLineEdit::textChanged, this, [this] { edited(GivenNameField); });
    connect(m_ui->familyNameFirstCheckBox, &QCheckBox::toggled, this, [this] { edited(OrderField); });
    connect(m_ui->swapNamesPushButton, &QPushButton::clicked, this, &PersonEditor::swapNames);
    connect(m_ui->localNameLineEdit, &QLineEdit::textChanged, this, [this] { edited(LocalNameField); });
    connect(m_ui->notesPlainTextEdit, &QPlainTextEdit::textChanged, this, [this] { edited(NotesField); });
    connect(
        m_laterMentionComboBox, &QComboBox::currentIndexChanged, this, [this] { edited(LaterMentionField); });
    connect(m_ui->appearancesTableWidget, &QTableWidget::cellActivated, this, [this](int row) {
        if (auto *item = m_ui->appearancesTableWidget->item(row, 0))
            emit openDialogueRequested(item->data(ItemRole::Id).toLongLong());
    });
    connect(this, &EditorDialog::saved, this, &PersonEditor::loadAppearances);
    revalidate();
    setFirstField(m_ui->familyNameLineEdit);
    resize(sizeHint().expandedTo(QSize(720, 560)));
}

PersonEditor::~PersonEditor() = default;

QString PersonEditor::recordKey() const
{
    return keyFor("person", m_record.id);
}

QString PersonEditor::recordKind() const
{
    return tr("person");
}

QString PersonEditor::recordName() const
{
    return m_record.fullName();
}

Person PersonEditor::readForm() const
{
    Person p = m_record;
    p.honorific = m_ui->honorificComboBox->currentText().trimmed();
    p.familyName = m_ui->familyNameLineEdit->text();
    p.givenName = m_ui->givenNameLineEdit->text();
    p.familyNameFirst = m_ui->familyNameFirstCheckBox->isChecked();
    p.localName = m_ui->localNameLineEdit->text();
    p.notes = m_ui->notesPlainTextEdit->toPlainText();
    p.laterMention = m_laterMentionComboBox->currentData().toString();
    return p;
}

void PersonEditor::load(const Person &p)
{
    m_loading = true;
    // Undo steps recorded before the first save hold no id: the record keeps the one it got.
    const qint64 savedId = m_record.id;
    const QString savedKey = m_record.key;
    const qint64 savedVersion = m_record.version;
    m_record = p;
    if (savedId) {
        m_record.id = savedId;
        m_record.key = savedKey;
        m_record.version = savedVersion;
    }
    if (m_ui->honorificComboBox->currentText() != p.honorific)
        m_ui->honorificComboBox->setCurrentText(p.honorific);
    if (m_ui->familyNameLineEdit->text() != p.familyName)
        m_ui->familyNameLineEdit->setText(p.familyName);
    if (m_ui->givenNameLineEdit->text() != p.givenName)
        m_ui->givenNameLineEdit->setText(p.givenName);
    m_ui->familyNameFirstCheckBox->setChecked(p.familyNameFirst);
    if (m_ui->localNameLineEdit->text() != p.localName)
        m_ui->localNameLineEdit->setText(p.localName);
    if (m_ui->notesPlainTextEdit->toPlainText() != p.notes)
        m_ui->notesPlainTextEdit->setPlainText(p.notes);
    m_laterMentionComboBox->setCurrentIndex(qMax(0, m_laterMentionComboBox->findData(p.laterMention)));
    m_ui->fullNameLabel->setText(
        p.honorific.isEmpty() ? p.fullName() : p.honorific + QLatin1Char(' ') + p.fullName());
    m_loading = false;
    m_ui->swapNamesPushButton->setEnabled(!p.givenName.trimmed().isEmpty());
    revalidate();
}

void PersonEditor::edited(int field)
{
    if (m_loading)
        return;
    Person after = readForm();
    if (field == OrderField)
        m_orderChosen = true;
    // A new person's order follows the family name typed (Chinese, Vietnamese, in Chinese
    // script: family name first) until the user chooses it.
    if (field == FamilyNameField && !m_record.id && !m_orderChosen) {
        after.familyNameFirst = PersonNames::parse(after.familyName.trimmed()).familyNameFirst;
        m_loading = true;
        m_ui->familyNameFirstCheckBox->setChecked(after.familyNameFirst);
        m_loading = false;
    }
    if (after == m_record)
        return;
    static const char *const names[] = { QT_TR_NOOP("honorific"), QT_TR_NOOP("family name"),
        QT_TR_NOOP("given name"), QT_TR_NOOP("name order"), QT_TR_NOOP("name in own script"),
        QT_TR_NOOP("notes"), QT_TR_NOOP("later mentions") };
    const Person before = m_record;
    m_record = after;
    undoStack()->push(new SnapshotCommand<Person>(
        [this](const Person &p) { load(p); }, before, after, field, tr("Edit %1").arg(tr(names[field]))));
    m_ui->fullNameLabel->setText(
        after.honorific.isEmpty() ? after.fullName() : after.honorific + QLatin1Char(' ') + after.fullName());
    m_ui->swapNamesPushButton->setEnabled(!after.givenName.trimmed().isEmpty());
    revalidate();
}

void PersonEditor::swapNames()
{
    m_orderChosen = true;
    Person after = m_record;
    std::swap(after.familyName, after.givenName);
    after.familyNameFirst = !after.familyNameFirst;
    const Person before = m_record;
    undoStack()->push(new SnapshotCommand<Person>(
        [this](const Person &p) { load(p); }, before, after, -1, tr("Swap family and given name")));
    load(after);
}

bool PersonEditor::confirmNotDuplicate()
{
    const QList<Person> same = PersonNames::possibleDuplicates(m_record, m_archive.people());
    if (same.isEmpty())
        return true;
    const Person &existing = same.first();
    QStringList names;
    for (const Person &p : same)
        names.append(p.localName.isEmpty() ? p.fullName() : tr("%1 (%2)").arg(p.fullName(), p.localName));
    const auto answer = MessageBox::ask(this, QMessageBox::Warning, tr("Already in the archive?"),
        tr("“%1” may be a person already in the archive: %2.\n\nUse the person already there, or create "
           "a new one?")
            .arg(m_record.fullName(), names.join(tr(", "))),
        QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Yes,
        { { QMessageBox::Yes, tr("&Use %1").arg(existing.fullName()) },
            { QMessageBox::No, tr("&Create New Person") } });
    if (answer == QMessageBox::Yes) {
        undoStack()->clear(); // nothing of this editor is kept: close without asking
        emit existingPersonChosen(existing.id);
        QTimer::singleShot(0, this, &QWidget::close);
    }
    return answer == QMessageBox::No;
}

QString PersonEditor::validate() const
{
    const QList<RecordRules::Problem> problems = RecordRules::person(m_record);
    return problems.isEmpty() ? QString() : problems.first().message;
}

bool PersonEditor::commit(QString *error)
{
    if (!m_record.id && !confirmNotDuplicate()) {
        error->clear(); // the user chose: nothing to report
        return false;
    }
    Person p = m_record;
    p.familyName = p.familyName.trimmed();
    p.givenName = p.givenName.trimmed();
    if (!m_archive.savePerson(p, error, &m_conflict))
        return false;
    m_record.id = p.id;
    m_record.key = p.key;
    m_record.version = p.version;
    return true;
}

QString PersonEditor::recordTable() const
{
    return QStringLiteral("person");
}

namespace {

QList<ComparedField<Person>> personFields()
{
    return { textField(PersonEditor::tr("Honorific"), &Person::honorific),
        textField(PersonEditor::tr("Family name"), &Person::familyName),
        textField(PersonEditor::tr("Given name"), &Person::givenName),
        shownField<Person, bool>(PersonEditor::tr("Name order"), &Person::familyNameFirst,
            [](const bool &first) {
                return first ? PersonEditor::tr("family name first") : PersonEditor::tr("given name first");
            }),
        textField(PersonEditor::tr("Name in own script"), &Person::localName),
        textField(PersonEditor::tr("Notes"), &Person::notes),
        shownField<Person, QString>(PersonEditor::tr("Later mentions"), &Person::laterMention,
            [](const QString &code) { return Labels::laterMention(code); }),
        textField(PersonEditor::tr("Key"), &Person::key) };
}

} // namespace

bool PersonEditor::readStored(QList<ConflictDialog::Field> *fields)
{
    const std::optional<Person> stored = m_archive.person(m_record.id);
    if (!stored)
        return false;
    m_stored = *stored;
    *fields = compareFields(personFields(), m_stored, m_record);
    return true;
}

void PersonEditor::takeStored(const QList<int> &rows)
{
    const Person before = m_record;
    Person after = takeFields(personFields(), m_record, m_stored, rows);
    after.version = m_stored.version;
    m_record.version = m_stored.version;
    m_record.key = after.key;
    undoStack()->push(new SnapshotCommand<Person>(
        [this](const Person &p) { load(p); }, before, after, -1, tr("Take fields of the saved version")));
    load(after);
}

void PersonEditor::forgetRecordId()
{
    m_record.id = 0;
    m_record.version = 0;
}

void PersonEditor::loadAppearances()
{
    QTableWidget *table = m_ui->appearancesTableWidget;
    table->setRowCount(0);
    if (!m_record.id) {
        m_ui->appearancesGroupBox->setTitle(tr("Spoke at"));
        return;
    }
    QString error;
    const QList<ListQueries::Appearance> list = m_queries.appearances(m_record.id, &error);
    m_ui->appearancesGroupBox->setTitle(tr("Spoke at %n dialogue(s)", nullptr, int(list.size())));
    table->setRowCount(int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const auto &a = list.at(i);
        auto *date = new QTableWidgetItem(a.date.toString(Qt::ISODate));
        date->setData(ItemRole::Id, a.dialogueId);
        table->setItem(i, 0, date);
        auto *title = new QTableWidgetItem(a.dialogueTitle);
        title->setToolTip(a.dialogueTitle);
        table->setItem(i, 1, title);
        table->setItem(i, 2, new QTableWidgetItem(Labels::speechRole(a.role)));
        table->setItem(i, 3, new QTableWidgetItem(a.title));
        table->setItem(i, 4, new QTableWidgetItem(a.organization));
    }
    table->resizeColumnsToContents();
    if (table->columnWidth(1) > 320)
        table->setColumnWidth(1, 320);
}

} // namespace rt::app
