#include "app/editors/DialogueEditor.h"

#include "app/editors/ComparedFields.h"
#include "app/editors/OrderedListModel.h"
#include "app/editors/OrganizationEditor.h"
#include "app/editors/Pickers.h"
#include "app/editors/SnapshotCommand.h"
#include "app/editors/SpeakerPicker.h"
#include "app/editors/TranslatedFields.h"
#include "app/window/Labels.h"
#include "app/window/MessageBox.h"
#include "app/window/Settings.h"
#include "core/press/PressReleaseStore.h"
#include "core/records/Archive.h"
#include "core/records/ListQueries.h"
#include "core/records/RecordRules.h"
#include "ui_DialogueEditor.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCompleter>
#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QUndoStack>

namespace rt::app {

namespace {

void setPlainText(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// A row of the organisations list: a combo with the organisation's role, changed in place,
// then its name. The choice is recorded when made (one undo step), not when the row is left.
class OrganizationRoleDelegate : public QStyledItemDelegate
{
public:
    static constexpr int ComboWidth = 200;

    OrganizationRoleDelegate(std::function<QString(int)> role, std::function<QString(int)> name,
        std::function<void(int, const QString &)> chosen, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_role(std::move(role))
        , m_name(std::move(name))
        , m_chosen(std::move(chosen))
    {
    }

    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const override
    {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("organizationRowRoleComboBox"));
        Pickers::fillCodes(combo, OrganizationRole::all(), &Labels::organizationRole, QString());
        Pickers::setCurrentCode(combo, m_role(index.row()));
        const QPersistentModelIndex row(index);
        QObject::connect(combo, &QComboBox::activated, combo, [this, combo, row] {
            if (row.isValid())
                m_chosen(row.row(), Pickers::currentCode(combo));
        });
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = qobject_cast<QComboBox *>(editor);
        const QSignalBlocker blocker(combo);
        Pickers::setCurrentCode(combo, m_role(index.row()));
    }
    void setModelData(QWidget *, QAbstractItemModel *, const QModelIndex &) const override { }
    void updateEditorGeometry(
        QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        QRect rect = option.rect;
        rect.setWidth(std::min(ComboWidth, rect.width()));
        editor->setGeometry(rect);
    }
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        opt.text = m_name(index.row());
        opt.rect.setLeft(option.rect.left() + ComboWidth + 6);
        const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
    }
    // Escape in a row's combo is the editor window's, as in any other field: it asks about
    // unsaved changes and closes, instead of being swallowed as "cancel this cell's edit".
    bool eventFilter(QObject *object, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape)
            return false;
        return QStyledItemDelegate::eventFilter(object, event);
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(std::max(size.height(), QComboBox().sizeHint().height()));
        return size;
    }

private:
    std::function<QString(int)> m_role;
    std::function<QString(int)> m_name;
    std::function<void(int, const QString &)> m_chosen;
};

} // namespace

DialogueEditor::DialogueEditor(
    Archive &archive, ListQueries &queries, const Dialogue &dialogue, QWidget *parent)
    : EditorDialog(archive, parent)
    , m_ui(std::make_unique<Ui::DialogueEditor>())
    , m_queries(queries)
    , m_record(dialogue)
{
    setObjectName(QStringLiteral("dialogueEditor"));
    auto *form = new QWidget(this);
    m_ui->setupUi(form);
    setForm(form);
    m_speakers = new SpeakerPicker(
        m_archive, m_queries, m_ui->speakerLineEdit, m_ui->speakerHintLabel, m_ui->newPersonPushButton, this);
    m_parts[OrganizationsPart] = makePart(
        &Dialogue::organizations, m_ui->organizationsListView, &m_currentOrganization,
        [this](int i) { return organizationText(m_record.organizations.at(i)); }, tr("Remove organisation"),
        tr("Move organisation"));
    m_parts[TopicsPart] = makePart(
        &Dialogue::topics, m_ui->topicsListView, &m_currentTopic, [this](int i) { return topicText(i); },
        tr("Remove topic"), tr("Move topic"));
    m_parts[SpeechesPart] = makePart(
        &Dialogue::speeches, m_ui->speechesListView, &m_currentSpeech,
        [this](int i) { return speechText(i); }, tr("Remove speech"), tr("Move speech"));

    Pickers::makeCountryPicker(m_ui->countryComboBox);
    Pickers::fillCodes(m_ui->formatComboBox, DialogueFormat::all(), &Labels::format, tr("(not given)"));
    Pickers::fillCodes(m_ui->statusComboBox, DialogueStatus::all(), &Labels::status, QString());
    Pickers::fillCodes(m_ui->speechRoleComboBox, SpeechRole::all(), &Labels::speechRole, QString());
    Pickers::fillCodes(
        m_ui->organizationRoleComboBox, OrganizationRole::all(), &Labels::organizationRole, QString());
    m_ui->kindComboBox->addItems({ QString(), tr("Roundtable Dialogue"), tr("Forum"), tr("Workshop"),
        tr("Seminar"), tr("Side Event"), tr("Training") });
    QStringList verbs = { QStringLiteral("stated"), QStringLiteral("emphasized"),
        QStringLiteral("pointed out"), QStringLiteral("noted"), QStringLiteral("introduced"),
        QStringLiteral("shared"), QStringLiteral("presided at") };
    for (const QString &verb : m_queries.distinctValues(ListQueries::DialogueField::Verb)) {
        if (!verbs.contains(verb))
            verbs.append(verb);
    }
    m_ui->verbComboBox->addItem(QString());
    m_ui->verbComboBox->addItems(verbs);
    auto *seriesCompleter
        = new QCompleter(m_queries.distinctValues(ListQueries::DialogueField::Series), m_ui->seriesLineEdit);
    seriesCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    seriesCompleter->setFilterMode(Qt::MatchContains);
    m_ui->seriesLineEdit->setCompleter(seriesCompleter);
    auto *cityCompleter
        = new QCompleter(m_queries.distinctValues(ListQueries::DialogueField::City), m_ui->cityLineEdit);
    cityCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->cityLineEdit->setCompleter(cityCompleter);

    m_ui->speechesSplitter->setStretchFactor(0, 2);
    m_ui->speechesSplitter->setStretchFactor(1, 3);
    const QByteArray splitter = Settings::layout(Settings::Layout::DialogueSpeechesSplitter);
    if (!splitter.isEmpty())
        m_ui->speechesSplitter->restoreState(splitter);

    m_languages = translatedFields();
    const std::pair<QWidget *, const char *> translated[] = { { m_ui->titleLineEdit, "title" },
        { m_ui->shortTitleLineEdit, "short_title" }, { m_ui->seriesLineEdit, "series" },
        { m_ui->kindComboBox, "kind" }, { m_ui->cityLineEdit, "city" }, { m_ui->venueLineEdit, "venue" },
        { m_ui->occasionLineEdit, "occasion" }, { m_ui->participantsPlainTextEdit, "participants" },
        { m_ui->outcomePlainTextEdit, "outcome" }, { m_ui->speechTitleLineEdit, "title" },
        { m_ui->summaryPlainTextEdit, "summary" }, { m_ui->topicTitleLineEdit, "title" },
        { m_ui->topicDescriptionPlainTextEdit, "description" } };
    for (const auto &[field, name] : translated)
        m_languages->add(field, QLatin1String(name));
    connect(m_languages, &TranslatedFields::languageChanged, this, [this] { load(m_record); });

    setUpPressRelease();
    refreshLookups();
    if (!m_record.speeches.isEmpty())
        m_currentSpeech = 0;
    if (!m_record.topics.isEmpty())
        m_currentTopic = 0;
    load(m_record);

    // Scalar fields: every change is an edit, consecutive ones in one field merge.
    const std::pair<QLineEdit *, Field> lines[]
        = { { m_ui->titleLineEdit, TitleField }, { m_ui->shortTitleLineEdit, ShortTitleField },
              { m_ui->seriesLineEdit, SeriesField }, { m_ui->startDateLineEdit, StartDateField },
              { m_ui->endDateLineEdit, EndDateField }, { m_ui->cityLineEdit, CityField },
              { m_ui->venueLineEdit, VenueField }, { m_ui->occasionLineEdit, OccasionField } };
    for (const auto &[edit, field] : lines)
        connect(edit, &QLineEdit::textChanged, this, [this, field = field] { edited(field); });
    const std::pair<QPlainTextEdit *, Field> texts[]
        = { { m_ui->participantsPlainTextEdit, ParticipantsField },
              { m_ui->outcomePlainTextEdit, OutcomeField }, { m_ui->notesPlainTextEdit, NotesField } };
    for (const auto &[edit, field] : texts)
        connect(edit, &QPlainTextEdit::textChanged, this, [this, field = field] { edited(field); });
    connect(m_ui->kindComboBox, &QComboBox::currentTextChanged, this, [this] { edited(KindField); });
    connect(m_ui->countryComboBox, &QComboBox::currentTextChanged, this, [this] { edited(CountryField); });
    connect(m_ui->formatComboBox, &QComboBox::currentIndexChanged, this, [this] { edited(FormatField); });
    connect(m_ui->statusComboBox, &QComboBox::currentIndexChanged, this, [this] { edited(StatusField); });
    connect(m_ui->contactComboBox, &QComboBox::currentIndexChanged, this, [this] { edited(ContactField); });
    connect(m_ui->aboutComboBox, &QComboBox::currentIndexChanged, this, [this] { edited(AboutField); });

    // The selected speech.
    connect(m_ui->speakerLineEdit, &QLineEdit::textChanged, this, [this] {
        edited({ SpeakerField, m_currentSpeech });
    });
    connect(m_ui->speechRoleComboBox, &QComboBox::currentIndexChanged, this, [this] {
        edited({ SpeechRoleField, m_currentSpeech });
    });
    connect(m_ui->speechTitleLineEdit, &QLineEdit::textChanged, this, [this] {
        edited({ SpeechTitleField, m_currentSpeech });
    });
    connect(m_ui->speechOrganizationComboBox, &QComboBox::currentIndexChanged, this, [this] {
        edited({ SpeechOrganizationField, m_currentSpeech });
    });
    connect(m_ui->verbComboBox, &QComboBox::currentTextChanged, this, [this] {
        edited({ VerbField, m_currentSpeech });
    });
    connect(m_ui->summaryPlainTextEdit, &QPlainTextEdit::textChanged, this, [this] {
        edited({ SummaryField, m_currentSpeech });
    });
    connect(m_ui->addSpeechPushButton, &QPushButton::clicked, this, &DialogueEditor::addSpeech);
    connect(m_speakers, &SpeakerPicker::newPersonRequested, this, &DialogueEditor::createPerson);
    connect(m_speakers, &SpeakerPicker::personEditorOpened, this, &DialogueEditor::nestedEditorOpened);
    setUpPart(m_parts[SpeechesPart], m_ui->removeSpeechPushButton, m_ui->moveSpeechUpPushButton,
        m_ui->moveSpeechDownPushButton);

    // Topics.
    connect(m_ui->topicTitleLineEdit, &QLineEdit::textChanged, this, [this] {
        edited({ TopicTitleField, m_currentTopic });
    });
    connect(m_ui->topicDescriptionPlainTextEdit, &QPlainTextEdit::textChanged, this, [this] {
        edited({ TopicDescriptionField, m_currentTopic });
    });
    connect(m_ui->addTopicPushButton, &QPushButton::clicked, this, [this] {
        Dialogue after = m_record;
        after.topics.append(Topic {});
        m_currentTopic = int(after.topics.size()) - 1;
        pushStructural(after, tr("Add topic"));
        m_ui->topicTitleLineEdit->setFocus();
    });
    setUpPart(m_parts[TopicsPart], m_ui->removeTopicPushButton, m_ui->moveTopicUpPushButton,
        m_ui->moveTopicDownPushButton);

    // Organisations.
    connect(m_ui->addOrganizationPushButton, &QPushButton::clicked, this, [this] {
        const qint64 id = Pickers::currentId(m_ui->organizationComboBox);
        if (!id)
            return;
        Dialogue after = m_record;
        after.organizations.append({ id, Pickers::currentCode(m_ui->organizationRoleComboBox) });
        m_currentOrganization = int(after.organizations.size()) - 1;
        pushStructural(after, tr("Add organisation"));
    });
    setUpPart(m_parts[OrganizationsPart], m_ui->removeOrganizationPushButton,
        m_ui->moveOrganizationUpPushButton, m_ui->moveOrganizationDownPushButton);
    connect(
        m_ui->newOrganizationPushButton, &QPushButton::clicked, this, &DialogueEditor::createOrganization);
    m_ui->organizationsListView->setItemDelegate(
        new OrganizationRoleDelegate([this](int row) { return m_record.organizations.value(row).role; },
            [this](int row) {
                const qint64 id = m_record.organizations.value(row).organizationId;
                for (const Organization &o : std::as_const(m_organizations)) {
                    if (o.id == id)
                        return o.shortName.isEmpty() ? o.name
                                                     : QStringLiteral("%1 (%2)").arg(o.shortName, o.name);
                }
                return QString::number(id);
            },
            [this](int row, const QString &role) { changeOrganizationRole(row, role); }, this));
    showOrganizationRoles();

    revalidate();
    m_ui->sectionsTabWidget->setCurrentWidget(m_ui->detailsTab);
    setFirstField(m_ui->titleLineEdit);
    resize(sizeHint().expandedTo(QSize(940, 640)));
}

DialogueEditor::~DialogueEditor()
{
    Settings::setLayout(Settings::Layout::DialogueSpeechesSplitter, m_ui->speechesSplitter->saveState());
}

template <class T>
DialogueEditor::OrderedPart DialogueEditor::makePart(QList<T> Dialogue::*list, QAbstractItemView *view,
    int *current, std::function<QString(int)> text, const QString &removeText, const QString &moveText)
{
    OrderedPart part;
    part.model = new OrderedListModel(std::move(text), this);
    part.view = view;
    part.current = current;
    part.size = [list](const Dialogue &d) { return int((d.*list).size()); };
    part.removeAt = [list](Dialogue &d, int row) { (d.*list).removeAt(row); };
    part.move = [list](Dialogue &d, int from, int to) { (d.*list).move(from, to); };
    part.removeText = removeText;
    part.moveText = moveText;
    view->setModel(part.model);
    return part;
}

void DialogueEditor::setUpPart(
    OrderedPart &part, QAbstractButton *remove, QAbstractButton *up, QAbstractButton *down)
{
    connect(part.view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this, &part](const QModelIndex &index) {
            if (m_loading)
                return;
            if (&part == &m_parts[SpeechesPart]) {
                selectSpeech(index.row());
                return;
            }
            *part.current = index.row();
            if (&part == &m_parts[TopicsPart])
                loadTopicDetail();
        });
    // Up, Down and a drag in the view all move a row through the model.
    connect(part.model, &OrderedListModel::moved, this,
        [this, &part](int from, int to) { moveEntry(part, from, to); });
    connect(remove, &QAbstractButton::clicked, this, [this, &part] { removeEntry(part); });
    connect(up, &QAbstractButton::clicked, this, [&part] { part.model->moveBy(*part.current, -1); });
    connect(down, &QAbstractButton::clicked, this, [&part] { part.model->moveBy(*part.current, 1); });
}

void DialogueEditor::removeEntry(OrderedPart &part)
{
    const int row = *part.current;
    if (row < 0 || row >= part.size(m_record))
        return;
    Dialogue after = m_record;
    part.removeAt(after, row);
    *part.current = std::min(row, part.size(after) - 1);
    pushStructural(after, part.removeText);
}

void DialogueEditor::moveEntry(OrderedPart &part, int from, int to)
{
    if (from < 0 || to < 0 || from >= part.size(m_record) || to >= part.size(m_record))
        return;
    Dialogue after = m_record;
    part.move(after, from, to);
    *part.current = to;
    pushStructural(after, part.moveText);
}

void DialogueEditor::showParts()
{
    const bool wasLoading = m_loading;
    m_loading = true; // showing the selection is not selecting
    for (OrderedPart &part : m_parts) {
        part.model->setCount(part.size(m_record));
        part.view->setCurrentIndex(part.model->index(*part.current));
    }
    showOrganizationRoles();
    m_loading = wasLoading;
}

void DialogueEditor::showOrganizationRoles()
{
    QAbstractItemView *view = m_ui->organizationsListView;
    if (!dynamic_cast<OrganizationRoleDelegate *>(view->itemDelegate()))
        return; // not set up yet
    const OrderedPart &part = m_parts[OrganizationsPart];
    for (int row = 0; row < part.model->rowCount(); ++row) {
        const QModelIndex index = part.model->index(row);
        if (!view->isPersistentEditorOpen(index))
            view->openPersistentEditor(index);
        else if (QWidget *combo = view->indexWidget(index))
            view->itemDelegate()->setEditorData(combo, index);
    }
}

void DialogueEditor::changeOrganizationRole(int row, const QString &role)
{
    if (row < 0 || row >= m_record.organizations.size() || m_record.organizations.at(row).role == role)
        return;
    Dialogue after = m_record;
    after.organizations[row].role = role;
    m_currentOrganization = row;
    pushStructural(after, tr("Change organisation role"));
}

void DialogueEditor::createOrganization()
{
    const QString role = Pickers::currentCode(m_ui->organizationRoleComboBox);
    auto *editor = new OrganizationEditor(m_archive, Organization {}, this);
    connect(editor, &EditorDialog::saved, this, [this, editor, role] {
        const qint64 id = editor->record().id;
        refreshLookups();
        const bool linked = std::any_of(m_record.organizations.cbegin(), m_record.organizations.cend(),
            [id](const DialogueOrganization &o) { return o.organizationId == id; });
        if (id && !linked) {
            Dialogue after = m_record;
            after.organizations.append({ id, role });
            m_currentOrganization = int(after.organizations.size()) - 1;
            pushStructural(after, tr("Add organisation"));
        }
        emit saved(); // the archive changed: the window reads its lists again
        QTimer::singleShot(0, editor, &QWidget::close);
    });
    editor->show();
    emit nestedEditorOpened(editor);
}

QString DialogueEditor::recordKey() const
{
    return keyFor("dialogue", m_record.id);
}

QString DialogueEditor::recordKind() const
{
    return tr("dialogue");
}

QString DialogueEditor::recordName() const
{
    if (!m_record.id)
        return {};
    return m_record.startDate.isValid()
        ? tr("%1, %2").arg(m_record.title, m_record.startDate.toString(Qt::ISODate))
        : m_record.title;
}

void DialogueEditor::refreshLookups()
{
    m_speakers->setPeople(m_archive.people());
    m_organizations = m_archive.organizations();
    const bool loading = m_loading;
    m_loading = true;
    Pickers::fillOrganizations(m_ui->organizationComboBox, m_organizations, QString());
    if (m_ui->organizationComboBox->currentIndex() < 0)
        m_ui->organizationComboBox->setCurrentIndex(0);
    Pickers::fillOrganizations(m_ui->speechOrganizationComboBox, m_organizations, tr("(none)"));
    Pickers::fillOrganizations(m_ui->aboutComboBox, m_organizations, tr("(none)"));
    Pickers::fillContacts(m_ui->contactComboBox, m_archive.contacts(), tr("(none)"));
    m_loading = loading;
    if (!m_loading) {
        load(m_record);
    }
}

QString DialogueEditor::speechText(int index) const
{
    const Speech &s = m_record.speeches.at(index);
    QString name = m_speakers->nameOf(s.personId);
    if (name.isEmpty())
        name = tr("(no speaker yet)");
    return tr("%1. %2 — %3").arg(index + 1).arg(name, Labels::speechRole(s.role));
}

QString DialogueEditor::topicText(int index) const
{
    const QString title = m_record.topics.at(index).title;
    return tr("%1. %2").arg(index + 1).arg(title.isEmpty() ? tr("(untitled topic)") : title);
}

QString DialogueEditor::organizationText(const DialogueOrganization &entry) const
{
    QString name = QString::number(entry.organizationId);
    for (const Organization &o : m_organizations) {
        if (o.id == entry.organizationId)
            name = o.shortName.isEmpty() ? o.name : QStringLiteral("%1 (%2)").arg(o.shortName, o.name);
    }
    return tr("%1: %2").arg(Labels::organizationRole(entry.role), name);
}

Dialogue DialogueEditor::readForm() const
{
    Dialogue d = m_record;
    m_languages->read(m_ui->titleLineEdit, d.title, d.translations);
    m_languages->read(m_ui->shortTitleLineEdit, d.shortTitle, d.translations);
    m_languages->read(m_ui->seriesLineEdit, d.series, d.translations);
    m_languages->read(m_ui->kindComboBox, d.kind, d.translations);
    // An unfinished date is kept as "no date": validation names the text the user typed.
    d.startDate = QDate::fromString(m_ui->startDateLineEdit->text().trimmed(), Qt::ISODate);
    d.endDate = QDate::fromString(m_ui->endDateLineEdit->text().trimmed(), Qt::ISODate);
    m_languages->read(m_ui->cityLineEdit, d.city, d.translations);
    d.country = Pickers::countryCode(m_ui->countryComboBox);
    m_languages->read(m_ui->venueLineEdit, d.venue, d.translations);
    d.format = Pickers::currentCode(m_ui->formatComboBox);
    d.status = Pickers::currentCode(m_ui->statusComboBox);
    m_languages->read(m_ui->occasionLineEdit, d.occasion, d.translations);
    m_languages->read(m_ui->participantsPlainTextEdit, d.participants, d.translations);
    m_languages->read(m_ui->outcomePlainTextEdit, d.outcome, d.translations);
    d.notes = m_ui->notesPlainTextEdit->toPlainText();
    d.contactId = Pickers::currentId(m_ui->contactComboBox);
    d.aboutOrganizationId = Pickers::currentId(m_ui->aboutComboBox);
    if (m_currentSpeech >= 0 && m_currentSpeech < d.speeches.size()) {
        Speech &s = d.speeches[m_currentSpeech];
        s.personId = m_speakers->typedPerson();
        s.role = Pickers::currentCode(m_ui->speechRoleComboBox);
        m_languages->read(m_ui->speechTitleLineEdit, s.title, s.translations);
        s.organizationId = Pickers::currentId(m_ui->speechOrganizationComboBox);
        s.verb = m_ui->verbComboBox->currentText();
        m_languages->read(m_ui->summaryPlainTextEdit, s.summary, s.translations);
    }
    if (m_currentTopic >= 0 && m_currentTopic < d.topics.size()) {
        Topic &t = d.topics[m_currentTopic];
        m_languages->read(m_ui->topicTitleLineEdit, t.title, t.translations);
        m_languages->read(m_ui->topicDescriptionPlainTextEdit, t.description, t.translations);
    }
    return d;
}

void DialogueEditor::load(const Dialogue &d)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    // Undo steps recorded before the first save hold no id: the record keeps the one it got.
    const qint64 savedId = m_record.id;
    const QString savedKey = m_record.key;
    const qint64 savedVersion = m_record.version;
    m_record = d;
    if (savedId) {
        m_record.id = savedId;
        m_record.key = savedKey;
        m_record.version = savedVersion;
    }
    // Leave a half-typed date alone: it reads as "no date" and must stay visible.
    if (QDate::fromString(m_ui->startDateLineEdit->text().trimmed(), Qt::ISODate) != d.startDate)
        m_ui->startDateLineEdit->setText(dateText(d.startDate));
    if (QDate::fromString(m_ui->endDateLineEdit->text().trimmed(), Qt::ISODate) != d.endDate)
        m_ui->endDateLineEdit->setText(dateText(d.endDate));
    Pickers::setCountryCode(m_ui->countryComboBox, d.country);
    Pickers::setCurrentCode(m_ui->formatComboBox, d.format);
    Pickers::setCurrentCode(m_ui->statusComboBox, d.status);
    setPlainText(m_ui->notesPlainTextEdit, d.notes);
    Pickers::setCurrentId(m_ui->contactComboBox, d.contactId);
    Pickers::setCurrentId(m_ui->aboutComboBox, d.aboutOrganizationId);

    m_currentSpeech = std::min(m_currentSpeech, int(d.speeches.size()) - 1);
    if (m_currentSpeech < 0 && !d.speeches.isEmpty())
        m_currentSpeech = 0;
    m_currentTopic = std::min(m_currentTopic, int(d.topics.size()) - 1);
    if (m_currentTopic < 0 && !d.topics.isEmpty())
        m_currentTopic = 0;

    m_currentOrganization = std::min(m_currentOrganization, int(d.organizations.size()) - 1);
    refreshListTexts();
    loadSpeechDetail();
    loadTopicDetail();
    showTranslations();
    m_loading = wasLoading;
    revalidate();
}

void DialogueEditor::showTranslations()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const Dialogue &d = m_record;
    m_languages->show(m_ui->titleLineEdit, d.title, d.translations);
    m_languages->show(m_ui->shortTitleLineEdit, d.shortTitle, d.translations);
    m_languages->show(m_ui->seriesLineEdit, d.series, d.translations);
    m_languages->show(m_ui->kindComboBox, d.kind, d.translations);
    m_languages->show(m_ui->cityLineEdit, d.city, d.translations);
    m_languages->show(m_ui->venueLineEdit, d.venue, d.translations);
    m_languages->show(m_ui->occasionLineEdit, d.occasion, d.translations);
    m_languages->show(m_ui->participantsPlainTextEdit, d.participants, d.translations);
    m_languages->show(m_ui->outcomePlainTextEdit, d.outcome, d.translations);
    const bool speech = m_currentSpeech >= 0 && m_currentSpeech < d.speeches.size();
    const Speech s = speech ? d.speeches.at(m_currentSpeech) : Speech {};
    m_languages->show(m_ui->speechTitleLineEdit, s.title, s.translations);
    m_languages->show(m_ui->summaryPlainTextEdit, s.summary, s.translations);
    const bool topic = m_currentTopic >= 0 && m_currentTopic < d.topics.size();
    const Topic t = topic ? d.topics.at(m_currentTopic) : Topic {};
    m_languages->show(m_ui->topicTitleLineEdit, t.title, t.translations);
    m_languages->show(m_ui->topicDescriptionPlainTextEdit, t.description, t.translations);

    const QString language = m_languages->countedLanguage();
    int missing = TranslatedFields::missing(language,
        { { d.title, QStringLiteral("title") }, { d.shortTitle, QStringLiteral("short_title") },
            { d.series, QStringLiteral("series") }, { d.kind, QStringLiteral("kind") },
            { d.city, QStringLiteral("city") }, { d.venue, QStringLiteral("venue") },
            { d.occasion, QStringLiteral("occasion") }, { d.participants, QStringLiteral("participants") },
            { d.outcome, QStringLiteral("outcome") } },
        d.translations);
    for (const Topic &each : d.topics)
        missing += TranslatedFields::missing(language,
            { { each.title, QStringLiteral("title") }, { each.description, QStringLiteral("description") } },
            each.translations);
    for (const Speech &each : d.speeches)
        missing += TranslatedFields::missing(language,
            { { each.title, QStringLiteral("title") }, { each.summary, QStringLiteral("summary") } },
            each.translations);
    m_languages->setMissingCount(missing);
    m_loading = wasLoading;
}

void DialogueEditor::refreshListTexts()
{
    showParts();
    m_ui->sectionsTabWidget->setTabText(m_ui->sectionsTabWidget->indexOf(m_ui->speechesTab),
        m_record.speeches.isEmpty() ? tr("&Speeches") : tr("&Speeches (%1)").arg(m_record.speeches.size()));
}

void DialogueEditor::loadSpeechDetail()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const bool valid = m_currentSpeech >= 0 && m_currentSpeech < m_record.speeches.size();
    m_ui->speechGroupBox->setEnabled(valid);
    m_ui->removeSpeechPushButton->setEnabled(valid);
    m_ui->moveSpeechUpPushButton->setEnabled(valid && m_currentSpeech > 0);
    m_ui->moveSpeechDownPushButton->setEnabled(valid && m_currentSpeech < m_record.speeches.size() - 1);
    const Speech s = valid ? m_record.speeches.at(m_currentSpeech) : Speech {};
    m_ui->speechGroupBox->setTitle(valid ? tr("Speech %1").arg(m_currentSpeech + 1) : tr("Speech"));
    // A name still being typed resolves to no one; keep it rather than wiping it.
    m_speakers->showPerson(s.personId, !valid);
    Pickers::setCurrentCode(m_ui->speechRoleComboBox, s.role);
    m_languages->show(m_ui->speechTitleLineEdit, s.title, s.translations);
    Pickers::setCurrentId(m_ui->speechOrganizationComboBox, s.organizationId);
    if (m_ui->verbComboBox->currentText() != s.verb)
        m_ui->verbComboBox->setCurrentText(s.verb);
    m_languages->show(m_ui->summaryPlainTextEdit, s.summary, s.translations);
    m_speakers->showHint(valid ? s.personId : 0, m_record.id);
    m_loading = wasLoading;
}

void DialogueEditor::loadTopicDetail()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const bool valid = m_currentTopic >= 0 && m_currentTopic < m_record.topics.size();
    const Topic t = valid ? m_record.topics.at(m_currentTopic) : Topic {};
    m_ui->topicTitleLineEdit->setEnabled(valid);
    m_ui->topicDescriptionPlainTextEdit->setEnabled(valid);
    m_ui->removeTopicPushButton->setEnabled(valid);
    m_ui->moveTopicUpPushButton->setEnabled(valid && m_currentTopic > 0);
    m_ui->moveTopicDownPushButton->setEnabled(valid && m_currentTopic < m_record.topics.size() - 1);
    m_languages->show(m_ui->topicTitleLineEdit, t.title, t.translations);
    m_languages->show(m_ui->topicDescriptionPlainTextEdit, t.description, t.translations);
    m_loading = wasLoading;
}

void DialogueEditor::edited(EditField field)
{
    if (m_loading)
        return;
    Dialogue after = readForm();
    const bool speakerChanged = m_currentSpeech >= 0 && m_currentSpeech < after.speeches.size()
        && after.speeches.at(m_currentSpeech).personId != m_record.speeches.at(m_currentSpeech).personId;
    if (speakerChanged) {
        // Prefill what they were last time, unless the user already wrote something else.
        Speech &s = after.speeches[m_currentSpeech];
        const Speech &old = m_record.speeches.at(m_currentSpeech);
        std::optional<ListQueries::Capacity> oldLatest;
        if (old.personId)
            oldLatest = m_queries.latestCapacity(old.personId, m_record.id);
        const bool untouched = (s.title.isEmpty() && s.organizationId == 0)
            || (oldLatest && s.title == oldLatest->title && s.organizationId == oldLatest->organizationId);
        if (s.personId && untouched) {
            if (const auto latest = m_queries.latestCapacity(s.personId, m_record.id)) {
                s.title = latest->title;
                s.organizationId = latest->organizationId;
            }
        }
    }
    if (after == m_record) {
        revalidate(); // a half-typed name or date changes only what is shown beside Save
        return;
    }
    const Dialogue before = m_record;
    m_record = after;
    undoStack()->push(new SnapshotCommand<Dialogue>(
        [this](const Dialogue &d) { load(d); }, before, after, field, tr("Edit dialogue")));
    if (speakerChanged)
        loadSpeechDetail();
    refreshListTexts();
    showTranslations();
    revalidate();
}

void DialogueEditor::pushStructural(const Dialogue &after, const QString &text)
{
    if (after == m_record) {
        load(m_record);
        return;
    }
    const Dialogue before = m_record;
    undoStack()->push(new SnapshotCommand<Dialogue>(
        [this](const Dialogue &d) { load(d); }, before, after, Structure, text));
    load(after);
}

void DialogueEditor::addSpeech()
{
    Dialogue after = m_record;
    after.speeches.append(Speech {});
    m_currentSpeech = int(after.speeches.size()) - 1;
    m_ui->speakerLineEdit->blockSignals(true);
    m_ui->speakerLineEdit->clear();
    m_ui->speakerLineEdit->blockSignals(false);
    pushStructural(after, tr("Add speech"));
    m_ui->sectionsTabWidget->setCurrentWidget(m_ui->speechesTab);
    m_ui->speakerLineEdit->setFocus();
}

void DialogueEditor::removeSpeech()
{
    removeEntry(m_parts[SpeechesPart]);
}

void DialogueEditor::moveSpeech(int delta)
{
    m_parts[SpeechesPart].model->moveBy(m_currentSpeech, delta);
}

void DialogueEditor::selectSpeech(int index)
{
    if (index == m_currentSpeech)
        return;
    m_currentSpeech = index;
    m_loading = true;
    m_ui->speechesListView->setCurrentIndex(m_parts[SpeechesPart].model->index(index));
    m_loading = false;
    loadSpeechDetail();
    revalidate();
}

void DialogueEditor::createPerson()
{
    if (m_currentSpeech < 0)
        addSpeech();
    const int speech = m_currentSpeech;
    m_speakers->createPerson([this, speech](qint64 id) {
        refreshLookups();
        if (speech >= 0 && speech < m_record.speeches.size()) {
            selectSpeech(speech);
            m_speakers->showPerson(id, true);
        }
        emit saved();
    });
}

QString DialogueEditor::validate() const
{
    // The form holds dates as text: their spelling is checked first, as import checks it.
    const QString startProblem = RecordRules::date(m_ui->startDateLineEdit->text().trimmed(), false);
    if (!startProblem.isEmpty())
        return startProblem;
    const QString endProblem = RecordRules::date(m_ui->endDateLineEdit->text().trimmed(), false);
    if (!endProblem.isEmpty())
        return endProblem;
    const QList<RecordRules::Problem> problems = RecordRules::dialogue(m_record);
    if (problems.isEmpty())
        return {};
    if (problems.first().field == QLatin1String("country"))
        return Pickers::notACountry(m_ui->countryComboBox);
    // A speaker typed but not picked: say how to pick one rather than only that one is missing.
    const QString speakerField = QStringLiteral("speeches[%1].person").arg(m_currentSpeech);
    const QString typed = m_ui->speakerLineEdit->text().trimmed();
    if (problems.first().field == speakerField && !typed.isEmpty())
        return tr("speech %1: “%2” is not in the archive; pick a name from the list or click New Person")
            .arg(m_currentSpeech + 1)
            .arg(typed);
    return problems.first().message;
}

bool DialogueEditor::commit(QString *error)
{
    Dialogue d = m_record;
    d.title = d.title.trimmed();
    d.country = d.country.trimmed();
    for (Topic &t : d.topics)
        t.title = t.title.trimmed();
    if (!m_archive.saveDialogue(d, error, &m_conflict))
        return false;
    m_record.id = d.id;
    m_record.key = d.key;
    m_record.version = d.version;
    updatePressRelease();
    return true;
}

// --- the dialogue's press release ----------------------------------------------------------

void DialogueEditor::setUpPressRelease()
{
    // Below the tabs: whether the dialogue has a release, its status, and the way to it.
    m_pressReleaseLabel = new QLabel(this);
    m_pressReleaseLabel->setObjectName(QStringLiteral("pressReleaseLabel"));
    m_pressReleaseLabel->setTextFormat(Qt::PlainText);
    m_pressReleaseLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_pressReleaseButton = new QPushButton(this);
    m_pressReleaseButton->setObjectName(QStringLiteral("pressReleasePushButton"));
    m_pressReleaseButton->setAutoDefault(false);
    auto *open = new QAction(this);
    open->setObjectName(QStringLiteral("pressReleaseAction"));
    // The same keys as the window's "New Press Release of This Dialogue".
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    addAction(open);
    connect(open, &QAction::triggered, this, &DialogueEditor::openPressRelease);
    connect(m_pressReleaseButton, &QPushButton::clicked, this, &DialogueEditor::openPressRelease);
    auto *row = new QHBoxLayout;
    row->addWidget(m_pressReleaseLabel, 1);
    row->addWidget(m_pressReleaseButton);
    m_ui->dialogueLayout->addLayout(row);
    updatePressRelease();
}

void DialogueEditor::updatePressRelease()
{
    if (!m_pressReleaseLabel)
        return;
    const QString shortcut
        = QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P).toString(QKeySequence::NativeText);
    if (m_record.id == 0) {
        m_pressReleaseLabel->setText(tr("Press release: none yet (save the dialogue first)"));
        m_pressReleaseButton->setText(tr("Write Press &Release…"));
        m_pressReleaseButton->setEnabled(false);
        return;
    }
    const QList<PressRelease> releases = PressReleaseStore(m_archive.database()).releasesOf(m_record.id);
    m_pressReleaseButton->setEnabled(true);
    if (releases.isEmpty()) {
        m_pressReleaseLabel->setText(tr("Press release: none yet"));
        m_pressReleaseButton->setText(tr("Write Press &Release…"));
        m_pressReleaseButton->setToolTip(tr("Write the first draft from this record (%1)").arg(shortcut));
        return;
    }
    const PressRelease &latest = releases.first();
    const QString status = Labels::pressReleaseStatus(latest.status);
    m_pressReleaseLabel->setText(releases.size() == 1
            ? tr("Press release: %1 — %2").arg(status, latest.headline)
            : tr("Press releases: %n, the latest %1 — %2", nullptr, int(releases.size()))
                  .arg(status, latest.headline));
    m_pressReleaseLabel->setToolTip(latest.headline);
    m_pressReleaseButton->setText(tr("Open Press &Release…"));
    m_pressReleaseButton->setToolTip(tr("Open the press release of this dialogue (%1)").arg(shortcut));
}

void DialogueEditor::openPressRelease()
{
    if (m_record.id == 0)
        return;
    // The release is written from the saved record.
    if (isModified()) {
        const auto answer = MessageBox::ask(this, QMessageBox::Question, tr("Press Release"),
            tr("The release is written from the saved record. Save your changes to the dialogue first?"),
            QMessageBox::Save | QMessageBox::Ignore | QMessageBox::Cancel, QMessageBox::Save,
            { { QMessageBox::Ignore, tr("Use the &Saved Record") } });
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save && !save())
            return;
    }
    emit pressReleaseRequested(m_record.id);
    updatePressRelease();
}

void DialogueEditor::changeEvent(QEvent *event)
{
    // Back from the release's editor (or another window): its status may have changed.
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        updatePressRelease();
    EditorDialog::changeEvent(event);
}

QString DialogueEditor::recordTable() const
{
    return QStringLiteral("dialogue");
}

namespace {

QString organizationName(Archive &archive, qint64 id)
{
    if (id <= 0)
        return QString();
    const std::optional<Organization> o = archive.organization(id);
    return o ? o->displayName() : QString::number(id);
}

QList<ComparedField<Dialogue>> comparedFields(Archive &archive)
{
    const auto date = [](const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    const auto organizations = [&archive](const QList<DialogueOrganization> &list) {
        QStringList lines;
        for (const DialogueOrganization &o : list)
            lines.append(QStringLiteral("%1: %2").arg(
                Labels::organizationRole(o.role), organizationName(archive, o.organizationId)));
        return lines.join(QLatin1Char('\n'));
    };
    const auto topics = [](const QList<Topic> &list) {
        QStringList lines;
        for (const Topic &t : list)
            lines.append(
                t.description.isEmpty() ? t.title : QStringLiteral("%1 — %2").arg(t.title, t.description));
        return lines.join(QLatin1Char('\n'));
    };
    const auto speeches = [&archive](const QList<Speech> &list) {
        QStringList lines;
        for (const Speech &s : list) {
            const std::optional<Person> p = s.personId > 0 ? archive.person(s.personId) : std::nullopt;
            QString line
                = QStringLiteral("%1: %2").arg(Labels::speechRole(s.role), p ? p->fullName() : QString());
            QStringList capacity;
            if (!s.title.isEmpty())
                capacity.append(s.title);
            if (s.organizationId > 0)
                capacity.append(organizationName(archive, s.organizationId));
            if (!capacity.isEmpty())
                line += QStringLiteral(" (%1)").arg(capacity.join(QStringLiteral(", ")));
            if (!s.summary.isEmpty())
                line += QStringLiteral(" %1 %2").arg(s.verb, s.summary);
            lines.append(line);
        }
        return lines.join(QLatin1Char('\n'));
    };
    return { textField(DialogueEditor::tr("Title"), &Dialogue::title),
        textField(DialogueEditor::tr("Short title"), &Dialogue::shortTitle),
        textField(DialogueEditor::tr("Series"), &Dialogue::series),
        textField(DialogueEditor::tr("Kind"), &Dialogue::kind),
        shownField<Dialogue, QDate>(DialogueEditor::tr("Start date"), &Dialogue::startDate, date),
        shownField<Dialogue, QDate>(DialogueEditor::tr("End date"), &Dialogue::endDate, date),
        textField(DialogueEditor::tr("City"), &Dialogue::city),
        shownField<Dialogue, QString>(DialogueEditor::tr("Country"), &Dialogue::country,
            [](const QString &code) { return code.isEmpty() ? QString() : Labels::country(code); }),
        textField(DialogueEditor::tr("Venue"), &Dialogue::venue),
        shownField<Dialogue, QString>(DialogueEditor::tr("Format"), &Dialogue::format,
            [](const QString &code) { return code.isEmpty() ? QString() : Labels::format(code); }),
        shownField<Dialogue, QString>(DialogueEditor::tr("Status"), &Dialogue::status,
            [](const QString &code) { return Labels::status(code); }),
        textField(DialogueEditor::tr("Occasion"), &Dialogue::occasion),
        textField(DialogueEditor::tr("Participants"), &Dialogue::participants),
        textField(DialogueEditor::tr("Outcome"), &Dialogue::outcome),
        textField(DialogueEditor::tr("Notes"), &Dialogue::notes),
        shownField<Dialogue, qint64>(DialogueEditor::tr("Press contact"), &Dialogue::contactId,
            [&archive](const qint64 &id) {
                const std::optional<Contact> c = id > 0 ? archive.contact(id) : std::nullopt;
                return c ? c->label : QString();
            }),
        shownField<Dialogue, qint64>(DialogueEditor::tr("“About” organisation"),
            &Dialogue::aboutOrganizationId,
            [&archive](const qint64 &id) { return organizationName(archive, id); }),
        shownField<Dialogue, QList<DialogueOrganization>>(
            DialogueEditor::tr("Organisations"), &Dialogue::organizations, organizations),
        shownField<Dialogue, QList<Topic>>(DialogueEditor::tr("Topics"), &Dialogue::topics, topics),
        shownField<Dialogue, QList<Speech>>(DialogueEditor::tr("Speeches"), &Dialogue::speeches, speeches),
        shownField<Dialogue, FieldTranslations>(DialogueEditor::tr("Other languages"),
            &Dialogue::translations, [](const FieldTranslations &t) { return translationsText(t); }),
        textField(DialogueEditor::tr("Key"), &Dialogue::key) };
}

} // namespace

bool DialogueEditor::readStored(QList<ConflictDialog::Field> *fields)
{
    const std::optional<Dialogue> stored = m_archive.dialogue(m_record.id);
    if (!stored)
        return false;
    m_stored = *stored;
    *fields = compareFields(comparedFields(m_archive), m_stored, m_record);
    return true;
}

void DialogueEditor::takeStored(const QList<int> &rows)
{
    const Dialogue before = m_record;
    Dialogue after = takeFields(comparedFields(m_archive), m_record, m_stored, rows);
    after.version = m_stored.version;
    m_record.version = m_stored.version;
    m_record.key = after.key;
    undoStack()->push(new SnapshotCommand<Dialogue>(
        [this](const Dialogue &r) { load(r); }, before, after, -1, tr("Take fields of the saved version")));
    load(after);
}

void DialogueEditor::forgetRecordId()
{
    m_record.id = 0;
    m_record.version = 0;
}

} // namespace rt::app
