#include "app/intake/ReleaseReviewDialog.h"

#include "app/window/MessageBox.h"
#include "ui_ReleaseReviewDialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QPushButton>
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
        // An edit still open in the table counts.
        m_ui->fieldsTableWidget->setCurrentItem(m_ui->fieldsTableWidget->currentItem());
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
    connect(
        m_ui->fieldsTableWidget, &QTableWidget::currentCellChanged, this, [this](int row) { showSpan(row); });
    connect(m_ui->fieldsTableWidget, &QTableWidget::itemChanged, this, &ReleaseReviewDialog::itemEdited);
}

ReleaseReviewDialog::~ReleaseReviewDialog() = default;

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
    auto organizationMatch = [&](int index) {
        if (index < 0)
            return QString();
        const ProposedOrganization &o = p.organizations.at(index);
        // An organisation a Chinese release names anew has its name in Chinese only.
        const QString name = o.organization.displayName().isEmpty()
            ? o.organization.translations.value(p.language, QStringLiteral("name"))
            : o.organization.displayName();
        return o.matchedId > 0 ? tr("%1 (matched by %2)").arg(name, o.matchedBy) : tr("new: %1").arg(name);
    };
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
    for (int i = 0; i < p.speeches.size(); ++i) {
        const ProposedSpeech &s = p.speeches.at(i);
        const ProposedPerson &who = p.people.at(s.person);
        QString person = who.person.honorific.isEmpty()
            ? who.person.fullName()
            : who.person.honorific + QLatin1Char(' ') + who.person.fullName();
        QStringList office;
        if (!s.title.isEmpty())
            office << s.title;
        if (s.organization >= 0)
            office << p.organizations.at(s.organization).organization.displayName();
        const QString label = tr("Speech %1: %2").arg(i + 1).arg(person)
            + (office.isEmpty() ? QString() : QStringLiteral(", ") + office.join(QStringLiteral(", ")));
        const QString match = who.matchedId > 0
            ? tr("%1 (matched by %2)").arg(who.person.fullName(), who.matchedBy)
            : tr("new person");
        addRow(SpeechRow, i, label, s.verb.isEmpty() ? s.summary : s.verb + QStringLiteral(": ") + s.summary,
            s.confidence, match, s.span, false);
    }
    for (int i = 0; i < p.topics.size(); ++i)
        addRow(TopicRow, i, tr("Topic %1").arg(i + 1), p.topics.at(i).topic.title, p.topics.at(i).confidence,
            p.topics.at(i).topic.translations.value(p.language, QStringLiteral("title")), p.topics.at(i).span,
            true);
    if (p.hasContact) {
        QStringList parts = { p.contact.label };
        parts << p.contact.emails << p.contact.phones;
        addRow(ContactRow, 0, tr("Contact"), parts.join(QStringLiteral(", ")), 0.8,
            p.contactMatchedId > 0 ? tr("matched by e-mail address")
                                   : organizationMatch(p.contactOrganization),
            p.contactSpan, false);
    }
    if (p.aboutOrganization >= 0)
        addRow(AboutRow, 0, tr("About"), p.aboutText, 0.8, organizationMatch(p.aboutOrganization),
            p.aboutSpan, false);
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
