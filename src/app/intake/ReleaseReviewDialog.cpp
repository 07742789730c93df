#include "app/intake/ReleaseReviewDialog.h"

#include "app/editors/Pickers.h"
#include "app/window/MessageBox.h"
#include "core/records/Archive.h"
#include "core/records/Labels.h"
#include "core/records/PersonNames.h"
#include "ui_ReleaseReviewDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QShortcut>
#include <QTextBlock>

namespace rt::app {

namespace {

enum Roles { KindRole = Qt::UserRole, IndexRole, SpanStartRole, SpanLengthRole };

QString fieldLabel(const QString &name)
{
    static const QHash<QString, const char *> labels = {
        { QStringLiteral("title"), QT_TRANSLATE_NOOP("rt::app::ReleaseReviewDialog", "Title") },
        { QStringLiteral("series"), QT_TRANSLATE_NOOP("rt::app::ReleaseReviewDialog", "Series") },
        { QStringLiteral("kind"), QT_TRANSLATE_NOOP("rt::app::ReleaseReviewDialog", "Kind") },
        { QStringLiteral("start_date"), QT_TRANSLATE_NOOP("rt::app::ReleaseReviewDialog", "Start date") },
        { QStringLiteral("end_date"), QT_TRANSLATE_NOOP("rt::app::ReleaseReviewDialog", "End date") },
        { QStringLiteral("city"), QT_TRANSLATE_NOOP("rt::app::ReleaseReviewDialog", "City") },
        { QStringLiteral("country"), QT_TRANSLATE_NOOP("rt::app::ReleaseReviewDialog", "Country") },
        { QStringLiteral("venue"), QT_TRANSLATE_NOOP("rt::app::ReleaseReviewDialog", "Venue") },
        { QStringLiteral("format"), QT_TRANSLATE_NOOP("rt::app::ReleaseReviewDialog", "Format") },
        { QStringLiteral("occasion"), QT_TRANSLATE_NOOP("rt::app::ReleaseReviewDialog", "Occasion") },
        { QStringLiteral("participants"), QT_TRANSLATE_NOOP("rt::app::ReleaseReviewDialog", "Participants") },
        { QStringLiteral("outcome"), QT_TRANSLATE_NOOP("rt::app::ReleaseReviewDialog", "Outcome") },
    };
    return QCoreApplication::translate("rt::app::ReleaseReviewDialog", labels.value(name, "?"));
}

} // namespace

ReleaseReviewDialog::ReleaseReviewDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReleaseReviewDialog>())
{
    m_ui->setupUi(this);
    m_ui->fieldsTableWidget->setColumnCount(4);
    m_ui->fieldsTableWidget->setHorizontalHeaderLabels(
        { tr("Field"), tr("Value"), tr("Sure"), tr("In the archive") });
    m_ui->fieldsTableWidget->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->fieldsTableWidget->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Interactive);
    m_ui->fieldsTableWidget->horizontalHeader()->setStretchLastSection(false);
    m_ui->fieldsTableWidget->setEditTriggers(QAbstractItemView::DoubleClicked
        | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_ui->splitter->setStretchFactor(0, 4);
    m_ui->splitter->setStretchFactor(1, 5);
    m_ui->splitter->setSizes({ 540, 700 });
    m_ui->fieldsTableWidget->setTextElideMode(Qt::ElideRight);

    m_acceptButton = m_ui->buttonBox->addButton(tr("&Accept"), QDialogButtonBox::AcceptRole);
    m_acceptButton->setObjectName(QStringLiteral("acceptButton"));
    m_acceptButton->setToolTip(
        tr("Save this dialogue and keep the release as its published text (Ctrl+Return)"));
    m_skipButton = m_ui->buttonBox->addButton(tr("&Skip"), QDialogButtonBox::ActionRole);
    m_skipButton->setObjectName(QStringLiteral("skipButton"));
    m_skipButton->setToolTip(tr("Leave this release out and go on with the next"));
    m_stopButton = m_ui->buttonBox->addButton(tr("S&top"), QDialogButtonBox::RejectRole);
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_stopButton->setToolTip(tr("Stop importing; releases accepted so far stay saved (Escape)"));
    m_acceptButton->setAutoDefault(false);
    m_skipButton->setAutoDefault(false);
    m_stopButton->setAutoDefault(false);

    // Ctrl+Return (and Ctrl+Enter on the keypad) from anywhere in the window, an open edit in
    // the table included; the button keeps its Alt+A.
    for (const QKeySequence &keys :
        { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, m_acceptButton, &QPushButton::click);
    }
    connect(m_acceptButton, &QPushButton::clicked, this, [this] {
        // An edit still open in the table counts, and a name still being typed in a picker.
        m_ui->fieldsTableWidget->setCurrentItem(m_ui->fieldsTableWidget->currentItem());
        commitPending();
        for (int i = 0; i < m_proposal.speeches.size(); ++i) {
            if (m_proposal.speeches.at(i).person < 0) {
                showError(tr("speech %1 has no speaker: name one, or remove the speech").arg(i + 1));
                m_ui->fieldsTableWidget->setCurrentCell(rowOf(SpeechRow, i), 1);
                m_ui->speakerComboBox->setFocus();
                return;
            }
        }
        emit decided(Decision::Accept);
    });
    connect(m_skipButton, &QPushButton::clicked, this, [this] {
        if (m_edited
            && MessageBox::ask(this, QMessageBox::Question, tr("Skip Release"),
                   tr("Skip this release and lose your changes to it?"), QMessageBox::Yes | QMessageBox::No,
                   QMessageBox::No)
                != QMessageBox::Yes)
            return;
        emit decided(Decision::Skip);
    });
    connect(m_stopButton, &QPushButton::clicked, this, &ReleaseReviewDialog::reject);
    connect(m_ui->fieldsTableWidget, &QTableWidget::currentCellChanged, this, [this](int row) {
        showSpan(row);
        showDetail(row);
    });
    connect(m_ui->fieldsTableWidget, &QTableWidget::itemChanged, this, &ReleaseReviewDialog::itemEdited);
    setUpDetail();
}

ReleaseReviewDialog::~ReleaseReviewDialog() = default;

void ReleaseReviewDialog::setArchive(Archive *archive)
{
    m_archive = archive;
    m_archivePeople = archive ? archive->people() : QList<Person>();
    m_archiveOrganizations = archive ? archive->organizations() : QList<Organization>();
    m_archiveContacts = archive ? archive->contacts() : QList<Contact>();
}

void ReleaseReviewDialog::setProposal(const ProposedRelease &proposal, int position, int count)
{
    m_proposal = proposal;
    m_edited = false;
    m_ui->fileLabel->setText(tr("Release %1 of %2: %3")
                                 .arg(position)
                                 .arg(count)
                                 .arg(QFileInfo(proposal.source).fileName().toHtmlEscaped()));
    m_ui->queueProgressBar->setRange(0, count);
    m_ui->queueProgressBar->setValue(position);
    m_ui->releaseTextEdit->setPlainText(proposal.text);
    m_ui->summaryLabel->setText(proposal.summary());
    fill();
    m_ui->fieldsTableWidget->setFocus();
    m_ui->fieldsTableWidget->setCurrentCell(0, 1);
}

void ReleaseReviewDialog::addRow(RowKind kind, int index, const QString &label, const QString &value,
    double confidence, const QString &match, TextSpan span, bool editable)
{
    QTableWidget *t = m_ui->fieldsTableWidget;
    const int row = t->rowCount();
    t->insertRow(row);
    auto *labelItem = new QTableWidgetItem(label);
    labelItem->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    labelItem->setData(KindRole, int(kind));
    labelItem->setData(IndexRole, index);
    labelItem->setData(SpanStartRole, qlonglong(span.start));
    labelItem->setData(SpanLengthRole, qlonglong(span.length));
    auto *valueItem = new QTableWidgetItem(value);
    valueItem->setFlags(editable ? Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable
                                 : Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    valueItem->setToolTip(value);
    auto *sureItem = new QTableWidgetItem(
        confidence > 0 ? QStringLiteral("%1%").arg(qRound(confidence * 100)) : QString());
    sureItem->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (confidence > 0 && confidence < 0.65)
        sureItem->setForeground(QColor(0xB0, 0x50, 0x00));
    auto *matchItem = new QTableWidgetItem(match);
    matchItem->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    matchItem->setToolTip(match);
    t->setItem(row, 0, labelItem);
    t->setItem(row, 1, valueItem);
    t->setItem(row, 2, sureItem);
    t->setItem(row, 3, matchItem);
}

void ReleaseReviewDialog::fill()
{
    m_filling = true;
    QTableWidget *t = m_ui->fieldsTableWidget;
    t->setRowCount(0);
    const ProposedRelease &p = m_proposal;
    const QStringList names = ProposedRelease::fieldNames();
    for (int i = 0; i < names.size(); ++i) {
        const ProposedField *f = p.field(names.at(i));
        addRow(FieldRow, i, fieldLabel(names.at(i)), f ? f->value : QString(), f ? f->confidence : 0,
            QString(), f ? f->span : TextSpan {}, true);
    }
    // A release in another language: the record's English for each text field it gave, to be
    // typed where the reader does not know it (ProposedRelease::missingEnglish), the text as
    // the release has it beside.
    if (p.language != QLatin1String("en")) {
        for (int i = 0; i < names.size(); ++i) {
            const ProposedField *f = p.field(names.at(i));
            if (!f || f->value.isEmpty() || !ProposedRelease::isTextField(names.at(i)))
                continue;
            addRow(EnglishRow, i, tr("%1 in English").arg(fieldLabel(names.at(i))),
                p.english.value(names.at(i)), 0, f->value, f->span, true);
        }
    }
    for (int i = 0; i < p.roles.size(); ++i) {
        const ProposedRole &r = p.roles.at(i);
        const ProposedOrganization &o = p.organizations.at(r.organization);
        addRow(RoleRow, i, tr("Organisation (%1)").arg(r.role), o.organization.name, r.confidence,
            organizationMatch(r.organization), r.span, o.matchedId == 0);
    }
    // New organisations a Chinese release names only as a speaker's: their English name.
    if (p.language != QLatin1String("en")) {
        QSet<int> inRoles;
        for (const ProposedRole &r : p.roles)
            inRoles.insert(r.organization);
        for (int i = 0; i < p.organizations.size(); ++i) {
            const ProposedOrganization &o = p.organizations.at(i);
            if (o.matchedId > 0 || inRoles.contains(i) || !o.organization.name.isEmpty())
                continue;
            addRow(OrganizationNameRow, i, tr("Organisation in English"), o.organization.name, o.confidence,
                organizationMatch(i), o.span, true);
        }
    }
    QString label, value, match;
    for (int i = 0; i < p.speeches.size(); ++i) {
        rowTexts(SpeechRow, i, &label, &value, &match);
        addRow(SpeechRow, i, label, value, p.speeches.at(i).confidence, match, p.speeches.at(i).span, false);
    }
    for (int i = 0; i < p.topics.size(); ++i)
        addRow(TopicRow, i, tr("Topic %1").arg(i + 1), p.topics.at(i).topic.title, p.topics.at(i).confidence,
            p.topics.at(i).topic.translations.value(p.language, QStringLiteral("title")), p.topics.at(i).span,
            true);
    rowTexts(ContactRow, 0, &label, &value, &match);
    addRow(ContactRow, 0, label, value, p.hasContact ? 0.8 : 0, match, p.contactSpan, false);
    rowTexts(AboutRow, 0, &label, &value, &match);
    addRow(AboutRow, 0, label, value, p.aboutOrganization >= 0 ? 0.8 : 0, match, p.aboutSpan, false);
    // The value gets the room; long labels and matches are elided, their full text a tooltip.
    t->setColumnWidth(0, 200);
    t->resizeColumnToContents(2);
    t->setColumnWidth(3, 200);
    for (int row = 0; row < t->rowCount(); ++row)
        t->item(row, 0)->setToolTip(t->item(row, 0)->text());
    m_filling = false;
    showSpan(-1);
}

// A light mark on every span the reader used, so that what it did not read stands out, and a
// strong one on the selected row's.
void ReleaseReviewDialog::showSpan(int row)
{
    QList<QTextEdit::ExtraSelection> selections;
    QPlainTextEdit *edit = m_ui->releaseTextEdit;
    QTableWidget *t = m_ui->fieldsTableWidget;
    for (int r = 0; r < t->rowCount(); ++r) {
        const QTableWidgetItem *item = t->item(r, 0);
        const qsizetype start = item->data(SpanStartRole).toLongLong();
        const qsizetype length = item->data(SpanLengthRole).toLongLong();
        if (start < 0 || length <= 0)
            continue;
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(edit->document());
        s.cursor.setPosition(int(start));
        s.cursor.setPosition(int(start + length), QTextCursor::KeepAnchor);
        s.format.setBackground(r == row ? QColor(0xFF, 0xD5, 0x4F) : QColor(0xE8, 0xF1, 0xFB));
        if (r == row) {
            s.format.setProperty(QTextFormat::FullWidthSelection, false);
            QTextCursor visible = s.cursor;
            visible.setPosition(int(start));
            edit->setTextCursor(visible);
            edit->ensureCursorVisible();
        }
        selections.append(s);
    }
    edit->setExtraSelections(selections);
}

void ReleaseReviewDialog::itemEdited(QTableWidgetItem *item)
{
    if (m_filling || item->column() != 1)
        return;
    const QTableWidgetItem *label = m_ui->fieldsTableWidget->item(item->row(), 0);
    if (!label)
        return;
    const int index = label->data(IndexRole).toInt();
    const QString value = item->text().trimmed();
    switch (RowKind(label->data(KindRole).toInt())) {
    case FieldRow:
        m_proposal.setValue(ProposedRelease::fieldNames().at(index), value,
            m_proposal.field(ProposedRelease::fieldNames().at(index))
                ? m_proposal.field(ProposedRelease::fieldNames().at(index))->span
                : TextSpan {});
        break;
    case EnglishRow:
        m_proposal.english.insert(ProposedRelease::fieldNames().at(index), value);
        break;
    case OrganizationNameRow:
        m_proposal.organizations[index].organization.name = value;
        break;
    case TopicRow:
        m_proposal.topics[index].topic.title = value;
        break;
    case RoleRow:
        m_proposal.organizations[m_proposal.roles.at(index).organization].organization.name = value;
        break;
    default:
        return;
    }
    m_edited = true;
}

// ---- The panel below the list: a speech, the contact, About ----

namespace {

enum DetailPage { EmptyPage, SpeechPage, ContactPage, AboutPage };

// A picker's entries say whose they are: "p:3" the release's person or organisation 3, "a:12"
// the archive's record 12, "" none.
QString proposalRef(int index)
{
    return QStringLiteral("p:%1").arg(index);
}

QString archiveRef(qint64 id)
{
    return QStringLiteral("a:%1").arg(id);
}

QString organizationName(const Organization &o)
{
    return o.shortName.isEmpty() || o.shortName == o.name
        ? o.name
        : QStringLiteral("%1 (%2)").arg(o.name, o.shortName);
}

QString personName(const Person &person)
{
    return person.honorific.isEmpty() ? person.fullName()
                                      : person.honorific + QLatin1Char(' ') + person.fullName();
}

QStringList splitList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;]"));
    QStringList result;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            result.append(part.trimmed());
    return result;
}

void makeSearchable(QComboBox *combo)
{
    // Typing finds an entry by any part of it ("MONRE", "Zhang"); what matches nothing is a new
    // record of that name.
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
}

} // namespace

void ReleaseReviewDialog::setUpDetail()
{
    Pickers::fillCodes(m_ui->speechRoleComboBox, SpeechRole::all(), &Labels::speechRole, QString());
    m_ui->speakerComboBox->lineEdit()->setPlaceholderText(tr("pick, or type a new person's name"));
    m_ui->speechOrganizationComboBox->lineEdit()->setPlaceholderText(tr("none; pick, or type a new name"));
    m_ui->contactOrganizationComboBox->lineEdit()->setPlaceholderText(tr("none; pick, or type a new name"));
    m_ui->aboutOrganizationComboBox->lineEdit()->setPlaceholderText(tr("none; pick, or type a new name"));
    m_ui->contactEmailsLineEdit->setPlaceholderText(tr("separated by commas"));
    m_ui->contactPhonesLineEdit->setPlaceholderText(tr("separated by commas"));
    m_ui->detailStackedWidget->setCurrentIndex(EmptyPage);
    m_ui->fieldsTableWidget->setTabKeyNavigation(false); // Tab leaves the list for the panel
    m_ui->releaseTextEdit->setTabChangesFocus(true);

    for (QComboBox *combo : { m_ui->speakerComboBox, m_ui->speechOrganizationComboBox,
             m_ui->contactOrganizationComboBox, m_ui->aboutOrganizationComboBox }) {
        combo->setMaxVisibleItems(16);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(24);
        makeSearchable(combo);
    }
    // A name typed is taken when the picker is left (Tab, a click elsewhere) or on Return.
    for (QComboBox *combo : { m_ui->speakerComboBox, m_ui->speechOrganizationComboBox,
             m_ui->contactOrganizationComboBox, m_ui->aboutOrganizationComboBox }) {
        combo->installEventFilter(this);
        combo->lineEdit()->installEventFilter(this);
    }
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *now) {
        auto within
            = [](QWidget *w, QComboBox *combo) { return w && (w == combo || combo->isAncestorOf(w)); };
        for (QComboBox *combo : { m_ui->speechOrganizationComboBox, m_ui->contactOrganizationComboBox,
                 m_ui->aboutOrganizationComboBox }) {
            if (within(old, combo) && !within(now, combo))
                commitOrganization(combo);
        }
        if (within(old, m_ui->speakerComboBox) && !within(now, m_ui->speakerComboBox))
            commitSpeaker();
    });
    connect(m_ui->speakerComboBox, &QComboBox::activated, this, [this] { commitSpeaker(); });
    connect(
        m_ui->speakerComboBox->lineEdit(), &QLineEdit::editingFinished, this, [this] { commitSpeaker(); });
    for (QComboBox *combo : { m_ui->speechOrganizationComboBox, m_ui->contactOrganizationComboBox,
             m_ui->aboutOrganizationComboBox }) {
        connect(combo, &QComboBox::activated, this, [this, combo] { commitOrganization(combo); });
        connect(combo->lineEdit(), &QLineEdit::editingFinished, this,
            [this, combo] { commitOrganization(combo); });
    }
    connect(m_ui->speechRoleComboBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loadingDetail || m_detailIndex < 0)
            return;
        m_proposal.speeches[m_detailIndex].role = m_ui->speechRoleComboBox->currentData().toString();
        detailEdited();
    });
    connect(m_ui->speechTitleLineEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_detailIndex < 0)
            return;
        m_proposal.speeches[m_detailIndex].title = text.trimmed();
        detailEdited();
    });
    connect(m_ui->speechVerbLineEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_detailIndex < 0)
            return;
        m_proposal.speeches[m_detailIndex].verb = text.trimmed();
        detailEdited();
    });
    connect(m_ui->speechSummaryTextEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loadingDetail || m_detailIndex < 0)
            return;
        m_proposal.speeches[m_detailIndex].summary = m_ui->speechSummaryTextEdit->toPlainText().trimmed();
        detailEdited();
    });
    connect(m_ui->contactComboBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loadingDetail)
            contactChosen();
    });
    connect(m_ui->contactLabelLineEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_proposal.contact.label = text.trimmed();
        detailEdited();
    });
    connect(m_ui->contactEmailsLineEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_proposal.contact.emails = splitList(text);
        detailEdited();
    });
    connect(m_ui->contactPhonesLineEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_proposal.contact.phones = splitList(text);
        detailEdited();
    });
    connect(m_ui->aboutTextEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loadingDetail)
            return;
        m_proposal.aboutText = m_ui->aboutTextEdit->toPlainText().trimmed();
        // A new organisation takes the release's About as its own; one of the archive keeps its.
        if (m_proposal.aboutOrganization >= 0
            && m_proposal.organizations.at(m_proposal.aboutOrganization).matchedId == 0)
            m_proposal.organizations[m_proposal.aboutOrganization].organization.about = m_proposal.aboutText;
        detailEdited();
    });
    connect(m_ui->addSpeechButton, &QPushButton::clicked, this, &ReleaseReviewDialog::addSpeech);
    connect(m_ui->removeSpeechButton, &QPushButton::clicked, this, &ReleaseReviewDialog::removeSpeech);
    connect(m_ui->moveSpeechUpButton, &QPushButton::clicked, this, [this] { moveSpeech(-1); });
    connect(m_ui->moveSpeechDownButton, &QPushButton::clicked, this, [this] { moveSpeech(1); });
    m_ui->addSpeechButton->setToolTip(tr("Add a speech after the selected one (or at the end)"));
    m_ui->removeSpeechButton->setToolTip(tr("Leave the selected speech out of the record"));

    // Tab goes from the list through the panel's fields, the speech buttons and the decisions.
    QWidget *previous = m_ui->releaseTextEdit;
    for (QWidget *next : std::initializer_list<QWidget *> { m_ui->fieldsTableWidget, m_ui->speakerComboBox,
             m_ui->speechRoleComboBox, m_ui->speechTitleLineEdit, m_ui->speechOrganizationComboBox,
             m_ui->speechVerbLineEdit, m_ui->speechSummaryTextEdit, m_ui->contactComboBox,
             m_ui->contactLabelLineEdit, m_ui->contactEmailsLineEdit, m_ui->contactPhonesLineEdit,
             m_ui->contactOrganizationComboBox, m_ui->aboutOrganizationComboBox, m_ui->aboutTextEdit,
             m_ui->addSpeechButton, m_ui->removeSpeechButton, m_ui->moveSpeechUpButton,
             m_ui->moveSpeechDownButton, m_acceptButton, m_skipButton, m_stopButton }) {
        setTabOrder(previous, next);
        previous = next;
    }
}

int ReleaseReviewDialog::rowOf(RowKind kind, int index) const
{
    const QTableWidget *t = m_ui->fieldsTableWidget;
    for (int row = 0; row < t->rowCount(); ++row) {
        const QTableWidgetItem *item = t->item(row, 0);
        if (item && item->data(KindRole).toInt() == int(kind) && item->data(IndexRole).toInt() == index)
            return row;
    }
    return -1;
}

QString ReleaseReviewDialog::personText(int person) const
{
    return person >= 0 && person < m_proposal.people.size() ? personName(m_proposal.people.at(person).person)
                                                            : QString();
}

QString ReleaseReviewDialog::personMatch(int person) const
{
    if (person < 0 || person >= m_proposal.people.size())
        return tr("no speaker");
    const ProposedPerson &who = m_proposal.people.at(person);
    return who.matchedId > 0 ? tr("%1 (matched by %2)").arg(who.person.fullName(), who.matchedBy)
                             : tr("new person");
}

QString ReleaseReviewDialog::organizationText(int organization) const
{
    return organization >= 0 && organization < m_proposal.organizations.size()
        ? organizationName(m_proposal.organizations.at(organization).organization)
        : QString();
}

QString ReleaseReviewDialog::organizationMatch(int index) const
{
    if (index < 0 || index >= m_proposal.organizations.size())
        return QString();
    const ProposedOrganization &o = m_proposal.organizations.at(index);
    // An organisation a Chinese release names anew has its name in Chinese only.
    const QString name = o.organization.displayName().isEmpty()
        ? o.organization.translations.value(m_proposal.language, QStringLiteral("name"))
        : o.organization.displayName();
    return o.matchedId > 0 ? tr("%1 (matched by %2)").arg(name, o.matchedBy) : tr("new: %1").arg(name);
}

void ReleaseReviewDialog::rowTexts(
    RowKind kind, int index, QString *label, QString *value, QString *match) const
{
    const ProposedRelease &p = m_proposal;
    switch (kind) {
    case SpeechRow: {
        const ProposedSpeech &s = p.speeches.at(index);
        QStringList office;
        if (!s.title.isEmpty())
            office << s.title;
        if (s.organization >= 0)
            office << p.organizations.at(s.organization).organization.displayName();
        const QString person = s.person >= 0 ? personText(s.person) : tr("(no speaker)");
        *label = tr("Speech %1: %2").arg(index + 1).arg(person)
            + (office.isEmpty() ? QString() : QStringLiteral(", ") + office.join(QStringLiteral(", ")));
        *value = s.verb.isEmpty() ? s.summary : s.verb + QStringLiteral(": ") + s.summary;
        *match = personMatch(s.person);
        return;
    }
    case ContactRow: {
        *label = tr("Contact");
        if (!p.hasContact) {
            *value = tr("(none)");
            *match = QString();
            return;
        }
        if (p.contactMatchedId > 0) {
            for (const Contact &c : m_archiveContacts) {
                if (c.id == p.contactMatchedId) {
                    *value = (QStringList { c.label } + c.emails + c.phones).join(QStringLiteral(", "));
                    break;
                }
            }
            if (value->isEmpty())
                *value = (QStringList { p.contact.label } + p.contact.emails + p.contact.phones)
                             .join(QStringLiteral(", "));
            *match = tr("the archive's contact (matched by e-mail address)");
            return;
        }
        *value = (QStringList { p.contact.label } + p.contact.emails + p.contact.phones)
                     .join(QStringLiteral(", "));
        *match = p.contactOrganization >= 0 ? organizationMatch(p.contactOrganization) : tr("new contact");
        return;
    }
    case AboutRow:
        *label = tr("About");
        *value = p.aboutOrganization >= 0
            ? (p.aboutText.isEmpty() ? organizationText(p.aboutOrganization) : p.aboutText)
            : tr("(none)");
        *match = organizationMatch(p.aboutOrganization);
        return;
    default:
        return;
    }
}

void ReleaseReviewDialog::refreshRow(RowKind kind, int index)
{
    const int row = rowOf(kind, index);
    if (row < 0)
        return;
    QString label, value, match;
    rowTexts(kind, index, &label, &value, &match);
    QTableWidget *t = m_ui->fieldsTableWidget;
    m_filling = true;
    t->item(row, 0)->setText(label);
    t->item(row, 0)->setToolTip(label);
    t->item(row, 1)->setText(value);
    t->item(row, 1)->setToolTip(value);
    t->item(row, 3)->setText(match);
    t->item(row, 3)->setToolTip(match);
    m_filling = false;
}

void ReleaseReviewDialog::detailEdited()
{
    m_edited = true;
    const int row = m_ui->fieldsTableWidget->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_ui->fieldsTableWidget->item(row, 0) : nullptr;
    if (item)
        refreshRow(RowKind(item->data(KindRole).toInt()), item->data(IndexRole).toInt());
    m_ui->summaryLabel->setText(m_proposal.summary());
}

void ReleaseReviewDialog::fillPeople(QComboBox *combo, int selected)
{
    m_loadingDetail = true;
    combo->clear();
    QSet<qint64> listed;
    for (int i = 0; i < m_proposal.people.size(); ++i) {
        const ProposedPerson &p = m_proposal.people.at(i);
        combo->addItem(personName(p.person), proposalRef(i));
        if (p.matchedId > 0)
            listed.insert(p.matchedId);
    }
    for (const Person &person : std::as_const(m_archivePeople))
        if (!listed.contains(person.id))
            combo->addItem(personName(person), archiveRef(person.id));
    combo->setCurrentIndex(combo->findData(proposalRef(selected)));
    if (selected < 0)
        combo->setEditText(QString());
    m_loadingDetail = false;
}

void ReleaseReviewDialog::fillOrganizations(QComboBox *combo, int selected, const QString &noneText)
{
    m_loadingDetail = true;
    combo->clear();
    combo->addItem(noneText, QString());
    QSet<qint64> listed;
    for (int i = 0; i < m_proposal.organizations.size(); ++i) {
        const ProposedOrganization &o = m_proposal.organizations.at(i);
        combo->addItem(organizationName(o.organization), proposalRef(i));
        if (o.matchedId > 0)
            listed.insert(o.matchedId);
    }
    for (const Organization &o : std::as_const(m_archiveOrganizations))
        if (!listed.contains(o.id))
            combo->addItem(organizationName(o), archiveRef(o.id));
    combo->setCurrentIndex(selected < 0 ? 0 : combo->findData(proposalRef(selected)));
    m_loadingDetail = false;
}

int ReleaseReviewDialog::pickedPerson(QComboBox *combo, int current)
{
    const QString typed = combo->currentText().trimmed();
    if (typed.isEmpty())
        return current;
    int index = combo->findText(typed, Qt::MatchFixedString);
    if (index < 0 && combo->currentIndex() >= 0 && combo->itemText(combo->currentIndex()) == typed)
        index = combo->currentIndex();
    if (index >= 0) {
        const QString ref = combo->itemData(index).toString();
        const qint64 number = ref.mid(2).toLongLong();
        if (ref.startsWith(QLatin1String("p:")))
            return int(number);
        for (int i = 0; i < m_proposal.people.size(); ++i)
            if (m_proposal.people.at(i).matchedId == number)
                return i;
        for (const Person &person : std::as_const(m_archivePeople)) {
            if (person.id == number) {
                ProposedPerson chosen;
                chosen.person = person;
                chosen.matchedId = person.id;
                chosen.matchedBy = tr("your choice");
                chosen.confidence = 1;
                m_proposal.people.append(chosen);
                return int(m_proposal.people.size() - 1);
            }
        }
        return current;
    }
    // A name that is nobody's yet: the speaker's own new record renamed if no other speech
    // names it, else a new person.
    const Person made = PersonNames::person(typed, m_archivePeople);
    int uses = 0;
    for (const ProposedSpeech &s : std::as_const(m_proposal.speeches))
        uses += s.person == current && current >= 0 ? 1 : 0;
    if (current >= 0 && m_proposal.people.at(current).matchedId == 0 && uses <= 1) {
        m_proposal.people[current].person = made;
        return current;
    }
    ProposedPerson added;
    added.person = made;
    added.confidence = 1;
    m_proposal.people.append(added);
    return int(m_proposal.people.size() - 1);
}

int ReleaseReviewDialog::pickedOrganization(QComboBox *combo, int current)
{
    const QString typed = combo->currentText().trimmed();
    if (typed.isEmpty())
        return -1;
    const int index = combo->findText(typed, Qt::MatchFixedString);
    if (index == 0)
        return -1;
    if (index > 0) {
        const QString ref = combo->itemData(index).toString();
        const qint64 number = ref.mid(2).toLongLong();
        if (ref.startsWith(QLatin1String("p:")))
            return int(number);
        for (int i = 0; i < m_proposal.organizations.size(); ++i)
            if (m_proposal.organizations.at(i).matchedId == number)
                return i;
        for (const Organization &o : std::as_const(m_archiveOrganizations)) {
            if (o.id == number) {
                ProposedOrganization chosen;
                chosen.organization = o;
                chosen.matchedId = o.id;
                chosen.matchedBy = tr("your choice");
                chosen.confidence = 1;
                m_proposal.organizations.append(chosen);
                return int(m_proposal.organizations.size() - 1);
            }
        }
        return current;
    }
    // A new organisation of the typed name.
    Q_UNUSED(current)
    ProposedOrganization added;
    added.organization.name = typed;
    added.confidence = 1;
    m_proposal.organizations.append(added);
    return int(m_proposal.organizations.size() - 1);
}

void ReleaseReviewDialog::commitSpeaker()
{
    if (m_loadingDetail || m_detailIndex < 0 || m_detailIndex >= m_proposal.speeches.size())
        return;
    ProposedSpeech &speech = m_proposal.speeches[m_detailIndex];
    const QString before = personText(speech.person);
    const qsizetype count = m_proposal.people.size();
    const int picked = pickedPerson(m_ui->speakerComboBox, speech.person);
    const bool changed
        = picked != speech.person || m_proposal.people.size() != count || personText(picked) != before;
    m_proposal.speeches[m_detailIndex].person = picked;
    if (!changed)
        return;
    fillPeople(m_ui->speakerComboBox, picked);
    m_ui->speakerMatchValueLabel->setText(personMatch(picked));
    detailEdited();
}

void ReleaseReviewDialog::commitOrganization(QComboBox *combo)
{
    if (m_loadingDetail)
        return;
    int *target = nullptr;
    QLabel *matchLabel = nullptr;
    if (combo == m_ui->speechOrganizationComboBox && m_detailIndex >= 0
        && m_detailIndex < m_proposal.speeches.size()) {
        target = &m_proposal.speeches[m_detailIndex].organization;
        matchLabel = m_ui->speechOrganizationMatchValueLabel;
    } else if (combo == m_ui->contactOrganizationComboBox) {
        target = &m_proposal.contactOrganization;
        matchLabel = m_ui->contactOrganizationMatchValueLabel;
    } else if (combo == m_ui->aboutOrganizationComboBox) {
        target = &m_proposal.aboutOrganization;
        matchLabel = m_ui->aboutOrganizationMatchValueLabel;
    }
    if (!target)
        return;
    const int before = *target;
    const qsizetype count = m_proposal.organizations.size();
    const int picked = pickedOrganization(combo, before);
    // `target` may point into a list that grew: set it again.
    if (combo == m_ui->speechOrganizationComboBox)
        m_proposal.speeches[m_detailIndex].organization = picked;
    else if (combo == m_ui->contactOrganizationComboBox)
        m_proposal.contactOrganization = picked;
    else {
        m_proposal.aboutOrganization = picked;
        if (picked >= 0 && m_proposal.organizations.at(picked).matchedId == 0
            && m_proposal.organizations.at(picked).organization.about.isEmpty())
            m_proposal.organizations[picked].organization.about = m_proposal.aboutText;
    }
    if (picked == before && m_proposal.organizations.size() == count)
        return;
    fillOrganizations(combo, picked, combo->itemText(0));
    matchLabel->setText(organizationMatch(picked));
    detailEdited();
}

void ReleaseReviewDialog::contactChosen()
{
    const QString choice = m_ui->contactComboBox->currentData().toString();
    m_proposal.hasContact = choice != QLatin1String("none");
    m_proposal.contactMatchedId = choice.startsWith(QLatin1String("a:")) ? choice.mid(2).toLongLong() : 0;
    const int row = m_ui->fieldsTableWidget->currentRow();
    detailEdited();
    showDetail(row);
}

void ReleaseReviewDialog::showDetail(int row)
{
    if (m_filling)
        return;
    const QTableWidgetItem *item = row >= 0 ? m_ui->fieldsTableWidget->item(row, 0) : nullptr;
    const RowKind kind = item ? RowKind(item->data(KindRole).toInt()) : FieldRow;
    const int index = item ? item->data(IndexRole).toInt() : -1;
    m_loadingDetail = true;
    m_detailIndex = kind == SpeechRow ? index : -1;
    switch (kind) {
    case SpeechRow: {
        const ProposedSpeech &s = m_proposal.speeches.at(index);
        m_ui->detailGroupBox->setTitle(tr("Speech %1").arg(index + 1));
        fillPeople(m_ui->speakerComboBox, s.person);
        m_loadingDetail = true;
        m_ui->speakerMatchValueLabel->setText(personMatch(s.person));
        const int role = m_ui->speechRoleComboBox->findData(s.role);
        m_ui->speechRoleComboBox->setCurrentIndex(role < 0 ? 0 : role);
        m_ui->speechTitleLineEdit->setText(s.title);
        fillOrganizations(m_ui->speechOrganizationComboBox, s.organization, tr("(none)"));
        m_loadingDetail = true;
        m_ui->speechOrganizationMatchValueLabel->setText(organizationMatch(s.organization));
        m_ui->speechVerbLineEdit->setText(s.verb);
        m_ui->speechSummaryTextEdit->setPlainText(s.summary);
        m_ui->detailStackedWidget->setCurrentIndex(SpeechPage);
        break;
    }
    case ContactRow: {
        m_ui->detailGroupBox->setTitle(tr("Press contact"));
        QComboBox *combo = m_ui->contactComboBox;
        combo->clear();
        combo->addItem(tr("No contact"), QStringLiteral("none"));
        combo->addItem(tr("A new contact, as the release gives it"), QStringLiteral("new"));
        for (const Contact &c : std::as_const(m_archiveContacts))
            combo->addItem(
                tr("The archive's: %1").arg((QStringList { c.label } + c.emails).join(QStringLiteral(", "))),
                archiveRef(c.id));
        const QString current = !m_proposal.hasContact ? QStringLiteral("none")
            : m_proposal.contactMatchedId > 0          ? archiveRef(m_proposal.contactMatchedId)
                                                       : QStringLiteral("new");
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
        const bool own = m_proposal.hasContact && m_proposal.contactMatchedId == 0;
        Contact shown = m_proposal.contact;
        for (const Contact &c : std::as_const(m_archiveContacts))
            if (c.id == m_proposal.contactMatchedId)
                shown = c;
        m_ui->contactLabelLineEdit->setText(m_proposal.hasContact ? shown.label : QString());
        m_ui->contactEmailsLineEdit->setText(
            m_proposal.hasContact ? shown.emails.join(QStringLiteral(", ")) : QString());
        m_ui->contactPhonesLineEdit->setText(
            m_proposal.hasContact ? shown.phones.join(QStringLiteral(", ")) : QString());
        fillOrganizations(m_ui->contactOrganizationComboBox, m_proposal.contactOrganization, tr("(none)"));
        m_loadingDetail = true;
        m_ui->contactOrganizationMatchValueLabel->setText(organizationMatch(m_proposal.contactOrganization));
        for (QWidget *w :
            std::initializer_list<QWidget *> { m_ui->contactLabelLineEdit, m_ui->contactEmailsLineEdit,
                m_ui->contactPhonesLineEdit, m_ui->contactOrganizationComboBox })
            w->setEnabled(own);
        m_ui->detailStackedWidget->setCurrentIndex(ContactPage);
        break;
    }
    case AboutRow:
        m_ui->detailGroupBox->setTitle(tr("About"));
        fillOrganizations(m_ui->aboutOrganizationComboBox, m_proposal.aboutOrganization, tr("(none)"));
        m_loadingDetail = true;
        m_ui->aboutOrganizationMatchValueLabel->setText(organizationMatch(m_proposal.aboutOrganization));
        m_ui->aboutTextEdit->setPlainText(m_proposal.aboutText);
        m_ui->detailStackedWidget->setCurrentIndex(AboutPage);
        break;
    default:
        m_ui->detailGroupBox->setTitle(tr("Selected item"));
        m_ui->detailStackedWidget->setCurrentIndex(EmptyPage);
        break;
    }
    m_loadingDetail = false;
    const bool speech = kind == SpeechRow && index >= 0;
    m_ui->removeSpeechButton->setEnabled(speech);
    m_ui->moveSpeechUpButton->setEnabled(speech && index > 0);
    m_ui->moveSpeechDownButton->setEnabled(speech && index + 1 < m_proposal.speeches.size());
}

void ReleaseReviewDialog::commitPending()
{
    switch (m_ui->detailStackedWidget->currentIndex()) {
    case SpeechPage:
        commitSpeaker();
        commitOrganization(m_ui->speechOrganizationComboBox);
        break;
    case ContactPage:
        if (m_ui->contactOrganizationComboBox->isEnabled())
            commitOrganization(m_ui->contactOrganizationComboBox);
        break;
    case AboutPage:
        commitOrganization(m_ui->aboutOrganizationComboBox);
        break;
    default:
        break;
    }
}

void ReleaseReviewDialog::addSpeech()
{
    commitPending();
    const int at = m_detailIndex >= 0 ? m_detailIndex + 1 : int(m_proposal.speeches.size());
    ProposedSpeech speech;
    speech.confidence = 1;
    m_proposal.speeches.insert(at, speech);
    m_edited = true;
    fill();
    m_ui->fieldsTableWidget->setCurrentCell(rowOf(SpeechRow, at), 1);
    m_ui->summaryLabel->setText(m_proposal.summary());
    m_ui->speakerComboBox->setFocus(Qt::TabFocusReason);
}

void ReleaseReviewDialog::removeSpeech()
{
    const int at = m_detailIndex;
    if (at < 0 || at >= m_proposal.speeches.size())
        return;
    m_proposal.speeches.removeAt(at);
    m_edited = true;
    m_detailIndex = -1;
    fill();
    const int next = m_proposal.speeches.isEmpty() ? -1 : qMin(at, int(m_proposal.speeches.size()) - 1);
    m_ui->fieldsTableWidget->setCurrentCell(next >= 0 ? rowOf(SpeechRow, next) : 0, 1);
    m_ui->summaryLabel->setText(m_proposal.summary());
    m_ui->fieldsTableWidget->setFocus(Qt::TabFocusReason);
}

void ReleaseReviewDialog::moveSpeech(int by)
{
    const int at = m_detailIndex;
    const int to = at + by;
    if (at < 0 || to < 0 || to >= m_proposal.speeches.size())
        return;
    commitPending();
    m_proposal.speeches.swapItemsAt(at, to);
    m_edited = true;
    fill();
    m_ui->fieldsTableWidget->setCurrentCell(rowOf(SpeechRow, to), 1);
    (by < 0 ? m_ui->moveSpeechUpButton : m_ui->moveSpeechDownButton)->setFocus(Qt::TabFocusReason);
    if (!(by < 0 ? m_ui->moveSpeechUpButton : m_ui->moveSpeechDownButton)->isEnabled())
        m_ui->fieldsTableWidget->setFocus(Qt::TabFocusReason);
}

bool ReleaseReviewDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut
        && static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason) {
        for (QComboBox *combo : { m_ui->speechOrganizationComboBox, m_ui->contactOrganizationComboBox,
                 m_ui->aboutOrganizationComboBox }) {
            if (watched == combo || watched == combo->lineEdit())
                commitOrganization(combo);
        }
        if (watched == m_ui->speakerComboBox || watched == m_ui->speakerComboBox->lineEdit())
            commitSpeaker();
    }
    return QDialog::eventFilter(watched, event);
}

void ReleaseReviewDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // The cursor in the record's first field, ready to read down it.
    activateWindow();
    m_ui->fieldsTableWidget->setFocus(Qt::OtherFocusReason);
}

void ReleaseReviewDialog::showError(const QString &message)
{
    MessageBox::warning(this, tr("Cannot Accept"), tr("This dialogue was not saved: %1").arg(message));
}

void ReleaseReviewDialog::reject()
{
    if (m_edited
        && MessageBox::ask(this, QMessageBox::Question, tr("Stop Importing"),
               tr("Stop importing and lose your changes to this release? Releases accepted before it stay "
                  "saved."),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return;
    emit decided(Decision::Stop);
}

} // namespace rt::app
