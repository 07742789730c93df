#include "app/editors/DialogueEditor.h"

#include "app/editors/PersonEditor.h"
#include "app/editors/Pickers.h"
#include "app/editors/SnapshotCommand.h"
#include "app/window/Labels.h"
#include "core/records/Archive.h"
#include "core/records/ListQueries.h"
#include "core/records/RecordRules.h"
#include "ui_DialogueEditor.h"

#include <QCompleter>
#include <QSettings>
#include <QStandardItemModel>
#include <QTimer>
#include <QUndoStack>

namespace rt::app {

namespace {

constexpr int IndexRole = Qt::UserRole;
constexpr int PersonIdRole = Qt::UserRole + 1;

void setLineText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

void setPlainText(QPlainTextEdit *edit, const QString &text)
{
    if (edit->toPlainText() != text)
        edit->setPlainText(text);
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

template <class T> QList<T> permuted(const QList<T> &list, const QList<int> &order)
{
    QList<T> result;
    for (int i : order)
        result.append(list.at(i));
    return result;
}

} // namespace

DialogueEditor::DialogueEditor(
    Archive &archive, ListQueries &queries, const Dialogue &dialogue, QWidget *parent)
    : EditorDialog(archive, parent)
    , m_ui(std::make_unique<Ui::DialogueEditor>())
    , m_queries(queries)
    , m_record(dialogue)
    , m_peopleModel(new QStandardItemModel(this))
    , m_speakerCompleter(new QCompleter(m_peopleModel, this))
{
    setObjectName(QStringLiteral("dialogueEditor"));
    auto *form = new QWidget(this);
    m_ui->setupUi(form);
    setForm(form);

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

    m_speakerCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_speakerCompleter->setFilterMode(Qt::MatchContains);
    m_speakerCompleter->setCompletionMode(QCompleter::PopupCompletion);
    m_speakerCompleter->setMaxVisibleItems(12);
    m_ui->speakerLineEdit->setCompleter(m_speakerCompleter);
    m_ui->speakerHintLabel->setStyleSheet(QStringLiteral("color: palette(mid);"));

    m_ui->speechesSplitter->setStretchFactor(0, 2);
    m_ui->speechesSplitter->setStretchFactor(1, 3);
    const QByteArray splitter
        = QSettings().value(QStringLiteral("editors/dialogueEditor/speechesSplitter")).toByteArray();
    if (!splitter.isEmpty())
        m_ui->speechesSplitter->restoreState(splitter);

    refreshLookups();
    if (!m_record.speeches.isEmpty())
        m_currentSpeech = 0;
    if (!m_record.topics.isEmpty())
        m_currentTopic = 0;
    load(m_record);

    // Scalar fields: every change is an edit, consecutive ones in one field merge.
    const std::pair<QLineEdit *, Field> lines[] = { { m_ui->titleLineEdit, TitleField },
        { m_ui->shortTitleLineEdit, ShortTitleField }, { m_ui->seriesLineEdit, SeriesField },
        { m_ui->startDateLineEdit, StartDateField }, { m_ui->endDateLineEdit, EndDateField },
        { m_ui->cityLineEdit, CityField }, { m_ui->countryLineEdit, CountryField },
        { m_ui->venueLineEdit, VenueField }, { m_ui->occasionLineEdit, OccasionField } };
    for (const auto &[edit, field] : lines)
        connect(edit, &QLineEdit::textChanged, this, [this, field = field] { edited(field); });
    const std::pair<QPlainTextEdit *, Field> texts[]
        = { { m_ui->participantsPlainTextEdit, ParticipantsField },
              { m_ui->outcomePlainTextEdit, OutcomeField }, { m_ui->notesPlainTextEdit, NotesField } };
    for (const auto &[edit, field] : texts)
        connect(edit, &QPlainTextEdit::textChanged, this, [this, field = field] { edited(field); });
    connect(m_ui->kindComboBox, &QComboBox::currentTextChanged, this, [this] { edited(KindField); });
    connect(m_ui->formatComboBox, &QComboBox::currentIndexChanged, this, [this] { edited(FormatField); });
    connect(m_ui->statusComboBox, &QComboBox::currentIndexChanged, this, [this] { edited(StatusField); });
    connect(m_ui->contactComboBox, &QComboBox::currentIndexChanged, this, [this] { edited(ContactField); });
    connect(m_ui->aboutComboBox, &QComboBox::currentIndexChanged, this, [this] { edited(AboutField); });

    // The selected speech.
    connect(m_ui->speakerLineEdit, &QLineEdit::textChanged, this,
        [this] { edited(SpeakerField + m_currentSpeech); });
    connect(m_speakerCompleter, qOverload<const QModelIndex &>(&QCompleter::activated), this,
        [this](const QModelIndex &index) {
            const qint64 id = index.data(PersonIdRole).toLongLong();
            for (const Person &p : std::as_const(m_people)) {
                if (p.id == id)
                    m_ui->speakerLineEdit->setText(p.fullName());
            }
        });
    connect(m_ui->speechRoleComboBox, &QComboBox::currentIndexChanged, this,
        [this] { edited(SpeechRoleField + m_currentSpeech); });
    connect(m_ui->speechTitleLineEdit, &QLineEdit::textChanged, this,
        [this] { edited(SpeechTitleField + m_currentSpeech); });
    connect(m_ui->speechOrganizationComboBox, &QComboBox::currentIndexChanged, this,
        [this] { edited(SpeechOrganizationField + m_currentSpeech); });
    connect(m_ui->verbComboBox, &QComboBox::currentTextChanged, this,
        [this] { edited(VerbField + m_currentSpeech); });
    connect(m_ui->summaryPlainTextEdit, &QPlainTextEdit::textChanged, this,
        [this] { edited(SummaryField + m_currentSpeech); });
    connect(m_ui->speechesListWidget, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_loading)
            selectSpeech(row);
    });
    connect(m_ui->addSpeechPushButton, &QPushButton::clicked, this, &DialogueEditor::addSpeech);
    connect(m_ui->removeSpeechPushButton, &QPushButton::clicked, this, &DialogueEditor::removeSpeech);
    connect(m_ui->moveSpeechUpPushButton, &QPushButton::clicked, this, [this] { moveSpeech(-1); });
    connect(m_ui->moveSpeechDownPushButton, &QPushButton::clicked, this, [this] { moveSpeech(1); });
    connect(m_ui->newPersonPushButton, &QPushButton::clicked, this, &DialogueEditor::createPerson);

    // Topics.
    connect(m_ui->topicTitleLineEdit, &QLineEdit::textChanged, this,
        [this] { edited(TopicTitleField + m_currentTopic); });
    connect(m_ui->topicDescriptionPlainTextEdit, &QPlainTextEdit::textChanged, this,
        [this] { edited(TopicDescriptionField + m_currentTopic); });
    connect(m_ui->topicsListWidget, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_loading)
            return;
        m_currentTopic = row;
        loadTopicDetail();
    });
    connect(m_ui->addTopicPushButton, &QPushButton::clicked, this, [this] {
        Dialogue after = m_record;
        after.topics.append(Topic {});
        m_currentTopic = int(after.topics.size()) - 1;
        pushStructural(after, tr("Add topic"));
        m_ui->topicTitleLineEdit->setFocus();
    });
    connect(m_ui->removeTopicPushButton, &QPushButton::clicked, this, [this] {
        if (m_currentTopic < 0 || m_currentTopic >= m_record.topics.size())
            return;
        Dialogue after = m_record;
        after.topics.removeAt(m_currentTopic);
        m_currentTopic = std::min(m_currentTopic, int(after.topics.size()) - 1);
        pushStructural(after, tr("Remove topic"));
    });
    auto moveTopic = [this](int delta) {
        const int to = m_currentTopic + delta;
        if (m_currentTopic < 0 || to < 0 || to >= m_record.topics.size())
            return;
        Dialogue after = m_record;
        after.topics.move(m_currentTopic, to);
        m_currentTopic = to;
        pushStructural(after, tr("Move topic"));
    };
    connect(m_ui->moveTopicUpPushButton, &QPushButton::clicked, this, [moveTopic] { moveTopic(-1); });
    connect(m_ui->moveTopicDownPushButton, &QPushButton::clicked, this, [moveTopic] { moveTopic(1); });

    // Organisations.
    connect(m_ui->addOrganizationPushButton, &QPushButton::clicked, this, [this] {
        const qint64 id = Pickers::currentId(m_ui->organizationComboBox);
        if (!id)
            return;
        Dialogue after = m_record;
        after.organizations.append({ id, Pickers::currentCode(m_ui->organizationRoleComboBox) });
        pushStructural(after, tr("Add organisation"));
        m_ui->organizationsListWidget->setCurrentRow(int(after.organizations.size()) - 1);
    });
    connect(m_ui->removeOrganizationPushButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->organizationsListWidget->currentRow();
        if (row < 0 || row >= m_record.organizations.size())
            return;
        Dialogue after = m_record;
        after.organizations.removeAt(row);
        pushStructural(after, tr("Remove organisation"));
        m_ui->organizationsListWidget->setCurrentRow(std::min(row, int(after.organizations.size()) - 1));
    });
    auto moveOrganization = [this](int delta) {
        const int row = m_ui->organizationsListWidget->currentRow();
        const int to = row + delta;
        if (row < 0 || to < 0 || to >= m_record.organizations.size())
            return;
        Dialogue after = m_record;
        after.organizations.move(row, to);
        pushStructural(after, tr("Move organisation"));
        m_ui->organizationsListWidget->setCurrentRow(to);
    };
    connect(m_ui->moveOrganizationUpPushButton, &QPushButton::clicked, this,
        [moveOrganization] { moveOrganization(-1); });
    connect(m_ui->moveOrganizationDownPushButton, &QPushButton::clicked, this,
        [moveOrganization] { moveOrganization(1); });

    // Drag and drop reorders the list widget itself; the record follows once the drop is over.
    for (QListWidget *list :
        { m_ui->speechesListWidget, m_ui->topicsListWidget, m_ui->organizationsListWidget }) {
        connect(list->model(), &QAbstractItemModel::rowsMoved, this,
            [this, list] { QTimer::singleShot(0, this, [this, list] { listReordered(list); }); });
    }

    revalidate();
    resize(sizeHint().expandedTo(QSize(940, 640)));
}

DialogueEditor::~DialogueEditor()
{
    QSettings().setValue(
        QStringLiteral("editors/dialogueEditor/speechesSplitter"), m_ui->speechesSplitter->saveState());
}

QString DialogueEditor::recordKey() const
{
    return m_record.id ? QStringLiteral("dialogue:%1").arg(m_record.id)
                       : QStringLiteral("dialogue:new:%1").arg(quintptr(this));
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
    m_people = m_archive.people();
    m_organizations = m_archive.organizations();
    m_peopleModel->clear();
    for (const Person &p : std::as_const(m_people)) {
        auto *item = new QStandardItem(p.fullName());
        item->setData(p.id, PersonIdRole);
        item->setToolTip(p.localName);
        m_peopleModel->appendRow(item);
        if (!p.localName.isEmpty()) {
            auto *local = new QStandardItem(p.localName);
            local->setData(p.id, PersonIdRole);
            m_peopleModel->appendRow(local);
        }
    }
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

qint64 DialogueEditor::personForText(const QString &text) const
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return 0;
    for (const Person &p : m_people) {
        if (p.fullName().compare(t, Qt::CaseInsensitive) == 0 || (!p.localName.isEmpty() && p.localName == t))
            return p.id;
    }
    return 0;
}

QString DialogueEditor::speechText(int index) const
{
    const Speech &s = m_record.speeches.at(index);
    QString name = tr("(no speaker yet)");
    for (const Person &p : m_people) {
        if (p.id == s.personId)
            name = p.fullName();
    }
    return tr("%1. %2 — %3").arg(index + 1).arg(name, Labels::speechRole(s.role));
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
    d.title = m_ui->titleLineEdit->text();
    d.shortTitle = m_ui->shortTitleLineEdit->text();
    d.series = m_ui->seriesLineEdit->text();
    d.kind = m_ui->kindComboBox->currentText();
    // An unfinished date is kept as "no date": validation names the text the user typed.
    d.startDate = QDate::fromString(m_ui->startDateLineEdit->text().trimmed(), Qt::ISODate);
    d.endDate = QDate::fromString(m_ui->endDateLineEdit->text().trimmed(), Qt::ISODate);
    d.city = m_ui->cityLineEdit->text();
    d.country = m_ui->countryLineEdit->text();
    d.venue = m_ui->venueLineEdit->text();
    d.format = Pickers::currentCode(m_ui->formatComboBox);
    d.status = Pickers::currentCode(m_ui->statusComboBox);
    d.occasion = m_ui->occasionLineEdit->text();
    d.participants = m_ui->participantsPlainTextEdit->toPlainText();
    d.outcome = m_ui->outcomePlainTextEdit->toPlainText();
    d.notes = m_ui->notesPlainTextEdit->toPlainText();
    d.contactId = Pickers::currentId(m_ui->contactComboBox);
    d.aboutOrganizationId = Pickers::currentId(m_ui->aboutComboBox);
    if (m_currentSpeech >= 0 && m_currentSpeech < d.speeches.size()) {
        Speech &s = d.speeches[m_currentSpeech];
        s.personId = personForText(m_ui->speakerLineEdit->text());
        s.role = Pickers::currentCode(m_ui->speechRoleComboBox);
        s.title = m_ui->speechTitleLineEdit->text();
        s.organizationId = Pickers::currentId(m_ui->speechOrganizationComboBox);
        s.verb = m_ui->verbComboBox->currentText();
        s.summary = m_ui->summaryPlainTextEdit->toPlainText();
    }
    if (m_currentTopic >= 0 && m_currentTopic < d.topics.size()) {
        Topic &t = d.topics[m_currentTopic];
        t.title = m_ui->topicTitleLineEdit->text();
        t.description = m_ui->topicDescriptionPlainTextEdit->toPlainText();
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
    m_record = d;
    if (savedId) {
        m_record.id = savedId;
        m_record.key = savedKey;
    }
    setLineText(m_ui->titleLineEdit, d.title);
    setLineText(m_ui->shortTitleLineEdit, d.shortTitle);
    setLineText(m_ui->seriesLineEdit, d.series);
    if (m_ui->kindComboBox->currentText() != d.kind)
        m_ui->kindComboBox->setCurrentText(d.kind);
    // Leave a half-typed date alone: it reads as "no date" and must stay visible.
    if (QDate::fromString(m_ui->startDateLineEdit->text().trimmed(), Qt::ISODate) != d.startDate)
        m_ui->startDateLineEdit->setText(dateText(d.startDate));
    if (QDate::fromString(m_ui->endDateLineEdit->text().trimmed(), Qt::ISODate) != d.endDate)
        m_ui->endDateLineEdit->setText(dateText(d.endDate));
    setLineText(m_ui->cityLineEdit, d.city);
    setLineText(m_ui->countryLineEdit, d.country);
    setLineText(m_ui->venueLineEdit, d.venue);
    Pickers::setCurrentCode(m_ui->formatComboBox, d.format);
    Pickers::setCurrentCode(m_ui->statusComboBox, d.status);
    setLineText(m_ui->occasionLineEdit, d.occasion);
    setPlainText(m_ui->participantsPlainTextEdit, d.participants);
    setPlainText(m_ui->outcomePlainTextEdit, d.outcome);
    setPlainText(m_ui->notesPlainTextEdit, d.notes);
    Pickers::setCurrentId(m_ui->contactComboBox, d.contactId);
    Pickers::setCurrentId(m_ui->aboutComboBox, d.aboutOrganizationId);

    m_currentSpeech = std::min(m_currentSpeech, int(d.speeches.size()) - 1);
    if (m_currentSpeech < 0 && !d.speeches.isEmpty())
        m_currentSpeech = 0;
    m_currentTopic = std::min(m_currentTopic, int(d.topics.size()) - 1);
    if (m_currentTopic < 0 && !d.topics.isEmpty())
        m_currentTopic = 0;

    const int organizationRow = m_ui->organizationsListWidget->currentRow();
    m_ui->organizationsListWidget->clear();
    for (int i = 0; i < d.organizations.size(); ++i) {
        auto *item
            = new QListWidgetItem(organizationText(d.organizations.at(i)), m_ui->organizationsListWidget);
        item->setData(IndexRole, i);
    }
    m_ui->organizationsListWidget->setCurrentRow(std::min(organizationRow, int(d.organizations.size()) - 1));
    m_ui->topicsListWidget->clear();
    for (int i = 0; i < d.topics.size(); ++i) {
        auto *item = new QListWidgetItem(m_ui->topicsListWidget);
        item->setData(IndexRole, i);
    }
    m_ui->speechesListWidget->clear();
    for (int i = 0; i < d.speeches.size(); ++i) {
        auto *item = new QListWidgetItem(m_ui->speechesListWidget);
        item->setData(IndexRole, i);
    }
    refreshListTexts();
    m_ui->topicsListWidget->setCurrentRow(m_currentTopic);
    m_ui->speechesListWidget->setCurrentRow(m_currentSpeech);
    loadSpeechDetail();
    loadTopicDetail();
    m_loading = wasLoading;
    revalidate();
}

void DialogueEditor::refreshListTexts()
{
    for (int i = 0; i < m_ui->speechesListWidget->count() && i < m_record.speeches.size(); ++i)
        m_ui->speechesListWidget->item(i)->setText(speechText(i));
    for (int i = 0; i < m_ui->topicsListWidget->count() && i < m_record.topics.size(); ++i) {
        const QString title = m_record.topics.at(i).title;
        m_ui->topicsListWidget->item(i)->setText(
            tr("%1. %2").arg(i + 1).arg(title.isEmpty() ? tr("(untitled topic)") : title));
    }
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
    if (personForText(m_ui->speakerLineEdit->text()) != s.personId || !valid) {
        QString name;
        for (const Person &p : std::as_const(m_people)) {
            if (p.id == s.personId)
                name = p.fullName();
        }
        setLineText(m_ui->speakerLineEdit, name);
    }
    Pickers::setCurrentCode(m_ui->speechRoleComboBox, s.role);
    setLineText(m_ui->speechTitleLineEdit, s.title);
    Pickers::setCurrentId(m_ui->speechOrganizationComboBox, s.organizationId);
    if (m_ui->verbComboBox->currentText() != s.verb)
        m_ui->verbComboBox->setCurrentText(s.verb);
    setPlainText(m_ui->summaryPlainTextEdit, s.summary);
    m_ui->speakerHintLabel->clear();
    if (valid && s.personId) {
        if (const auto latest = m_queries.latestCapacity(s.personId, m_record.id))
            m_ui->speakerHintLabel->setText(
                tr("Last spoke on %1 as %2")
                    .arg(latest->date.toString(Qt::ISODate),
                        latest->title.isEmpty() ? tr("(no title)") : latest->title));
        else
            m_ui->speakerHintLabel->setText(tr("No other speech in the archive yet"));
    }
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
    setLineText(m_ui->topicTitleLineEdit, t.title);
    setPlainText(m_ui->topicDescriptionPlainTextEdit, t.description);
    m_loading = wasLoading;
}

void DialogueEditor::edited(int field)
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
    if (m_currentSpeech < 0 || m_currentSpeech >= m_record.speeches.size())
        return;
    Dialogue after = m_record;
    after.speeches.removeAt(m_currentSpeech);
    m_currentSpeech = std::min(m_currentSpeech, int(after.speeches.size()) - 1);
    pushStructural(after, tr("Remove speech"));
}

void DialogueEditor::moveSpeech(int delta)
{
    const int to = m_currentSpeech + delta;
    if (m_currentSpeech < 0 || to < 0 || to >= m_record.speeches.size())
        return;
    Dialogue after = m_record;
    after.speeches.move(m_currentSpeech, to);
    m_currentSpeech = to;
    pushStructural(after, tr("Move speech"));
}

void DialogueEditor::selectSpeech(int index)
{
    if (index == m_currentSpeech)
        return;
    m_currentSpeech = index;
    m_loading = true;
    m_ui->speechesListWidget->setCurrentRow(index);
    m_loading = false;
    loadSpeechDetail();
    revalidate();
}

void DialogueEditor::listReordered(QListWidget *list)
{
    QList<int> order;
    for (int i = 0; i < list->count(); ++i)
        order.append(list->item(i)->data(IndexRole).toInt());
    QList<int> sorted = order;
    std::sort(sorted.begin(), sorted.end());
    bool permutation = true;
    for (int i = 0; i < sorted.size(); ++i)
        permutation = permutation && sorted.at(i) == i;
    Dialogue after = m_record;
    if (list == m_ui->speechesListWidget && permutation && order.size() == after.speeches.size()) {
        after.speeches = permuted(after.speeches, order);
        m_currentSpeech = list->currentRow();
        pushStructural(after, tr("Move speech"));
    } else if (list == m_ui->topicsListWidget && permutation && order.size() == after.topics.size()) {
        after.topics = permuted(after.topics, order);
        m_currentTopic = list->currentRow();
        pushStructural(after, tr("Move topic"));
    } else if (list == m_ui->organizationsListWidget && permutation
        && order.size() == after.organizations.size()) {
        after.organizations = permuted(after.organizations, order);
        pushStructural(after, tr("Move organisation"));
    } else {
        load(m_record); // not a plain reorder: show the record as it is
    }
}

void DialogueEditor::createPerson()
{
    if (m_currentSpeech < 0)
        addSpeech();
    // "Noppadon Theppitak": given names first, the last word the family name; the person
    // editor shows how it reads so the user can correct the order.
    Person person;
    QStringList words
        = m_ui->speakerLineEdit->text().simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!words.isEmpty())
        person.familyName = words.takeLast();
    person.givenName = words.join(QLatin1Char(' '));
    auto *editor = new PersonEditor(m_archive, m_queries, person, this);
    const int speech = m_currentSpeech;
    connect(editor, &EditorDialog::saved, this, [this, editor, speech] {
        const qint64 id = editor->record().id;
        refreshLookups();
        if (speech >= 0 && speech < m_record.speeches.size()) {
            selectSpeech(speech);
            for (const Person &p : std::as_const(m_people)) {
                if (p.id == id)
                    m_ui->speakerLineEdit->setText(p.fullName());
            }
        }
        emit saved();
        QTimer::singleShot(0, editor, &QWidget::close);
    });
    editor->show();
    emit personEditorOpened(editor);
}

QString DialogueEditor::validate() const
{
    // The form holds dates as text: their spelling is checked first, as import checks it.
    const QString startProblem = RecordRules::date(m_ui->startDateLineEdit->text(), false);
    if (!startProblem.isEmpty())
        return startProblem;
    const QString endProblem = RecordRules::date(m_ui->endDateLineEdit->text(), false);
    if (!endProblem.isEmpty())
        return endProblem;
    const QList<RecordRules::Problem> problems = RecordRules::dialogue(m_record);
    if (problems.isEmpty())
        return {};
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
    if (!m_archive.saveDialogue(d, error))
        return false;
    m_record.id = d.id;
    m_record.key = d.key;
    return true;
}

} // namespace rt::app
