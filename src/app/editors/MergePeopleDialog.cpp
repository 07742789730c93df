#include "app/editors/MergePeopleDialog.h"

#include "app/window/Labels.h"
#include "core/records/Archive.h"
#include "core/records/ListQueries.h"
#include "ui_MergePeopleDialog.h"

#include <QCompleter>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>

namespace rt::app {

qint64 MergePeopleDialog::s_nextChoice = -1;

MergePeopleDialog::MergePeopleDialog(
    Archive &archive, ListQueries &queries, const Person &merged, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MergePeopleDialog>())
    , m_archive(archive)
    , m_queries(queries)
    , m_merged(merged)
    , m_people(archive.people())
{
    m_ui->setupUi(this);
    QPushButton *merge = m_ui->mergeButtonBox->button(QDialogButtonBox::Ok);
    merge->setText(tr("&Merge…"));
    merge->setAutoDefault(false);
    merge->setDefault(false);
    // No button is the default, so Enter never merges (in the name box it picks the name).
    m_ui->mergeButtonBox->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    m_ui->keptComboBox->lineEdit()->setPlaceholderText(tr("Type a name and choose the person to keep"));
    m_ui->keptComboBox->completer()->setFilterMode(Qt::MatchContains);
    m_ui->keptComboBox->completer()->setCompletionMode(QCompleter::PopupCompletion);
    fillPeople();
    connect(m_ui->keptComboBox, &QComboBox::currentIndexChanged, this, &MergePeopleDialog::showDetails);
    connect(m_ui->keptComboBox, &QComboBox::currentTextChanged, this, &MergePeopleDialog::showDetails);
    connect(m_ui->swapPushButton, &QPushButton::clicked, this, &MergePeopleDialog::swap);
    connect(m_ui->mergeButtonBox, &QDialogButtonBox::accepted, this, [this] {
        if (keptId())
            accept();
    });
    connect(m_ui->mergeButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    showDetails();
    m_ui->keptComboBox->setFocus();
}

MergePeopleDialog::~MergePeopleDialog() = default;

void MergePeopleDialog::fillPeople()
{
    const QSignalBlocker blocker(m_ui->keptComboBox);
    m_ui->keptComboBox->clear();
    for (const Person &p : std::as_const(m_people)) {
        if (p.id == m_merged.id)
            continue;
        QString text = p.fullName();
        if (!p.localName.isEmpty())
            text += QStringLiteral(" (%1)").arg(p.localName);
        m_ui->keptComboBox->addItem(text, p.id);
    }
    m_ui->keptComboBox->setCurrentIndex(-1); // no one is chosen for the user
    m_ui->keptComboBox->setEditText(QString());
}

qint64 MergePeopleDialog::keptId() const
{
    // Only a name picked from the list counts, not a half-typed one.
    const int index = m_ui->keptComboBox->currentIndex();
    if (index < 0 || m_ui->keptComboBox->itemText(index) != m_ui->keptComboBox->currentText())
        return 0;
    return m_ui->keptComboBox->itemData(index).toLongLong();
}

void MergePeopleDialog::setKept(qint64 personId)
{
    m_ui->keptComboBox->setCurrentIndex(m_ui->keptComboBox->findData(personId));
    showDetails();
}

QString MergePeopleDialog::details(const Person &p) const
{
    QStringList lines;
    if (!p.localName.isEmpty())
        lines << tr("Name in own script: %1").arg(p.localName.toHtmlEscaped());
    if (!p.honorific.isEmpty())
        lines << tr("Honorific: %1").arg(p.honorific.toHtmlEscaped());
    lines << (p.familyNameFirst ? tr("Family name first") : tr("Given name first"));
    QString error;
    const QList<ListQueries::Appearance> spoke = m_queries.appearances(p.id, &error);
    lines << tr("Spoke at %n dialogue(s)", nullptr, int(spoke.size()));
    for (qsizetype i = 0; i < std::min<qsizetype>(spoke.size(), 4); ++i) {
        const auto &a = spoke.at(i);
        lines << QStringLiteral("· %1 %2 — %3")
                     .arg(a.date.toString(Qt::ISODate), a.dialogueTitle.toHtmlEscaped(),
                         (a.title.isEmpty() ? Labels::speechRole(a.role) : a.title).toHtmlEscaped());
    }
    if (spoke.size() > 4)
        lines << tr("· and %n more", nullptr, int(spoke.size() - 4));
    if (!p.notes.isEmpty())
        lines << tr("Notes: %1").arg(p.notes.toHtmlEscaped());
    return lines.join(QStringLiteral("<br>"));
}

void MergePeopleDialog::showDetails()
{
    m_ui->mergedNameLabel->setText(QStringLiteral("<b>%1</b>").arg(m_merged.fullName().toHtmlEscaped()));
    m_ui->mergedDetailsLabel->setText(details(m_merged));
    const qint64 kept = keptId();
    Person keptPerson;
    for (const Person &p : std::as_const(m_people)) {
        if (p.id == kept)
            keptPerson = p;
    }
    m_ui->keptDetailsLabel->setText(kept ? details(keptPerson) : tr("No one chosen yet."));
    m_ui->explanationLabel->setText(kept
            ? tr("Every speech of <b>%1</b> will be moved to <b>%2</b>, and %1 will be removed. Nothing "
                 "said is lost.")
                  .arg(m_merged.fullName().toHtmlEscaped(), keptPerson.fullName().toHtmlEscaped())
            : tr("Choose the person <b>%1</b> is the same as. Their speeches move to that person, and %1 "
                 "is removed.")
                  .arg(m_merged.fullName().toHtmlEscaped()));
    m_ui->mergeButtonBox->button(QDialogButtonBox::Ok)->setEnabled(kept != 0);
    m_ui->swapPushButton->setEnabled(kept != 0);
}

void MergePeopleDialog::swap()
{
    const qint64 kept = keptId();
    if (!kept)
        return;
    const qint64 previous = m_merged.id;
    for (const Person &p : std::as_const(m_people)) {
        if (p.id == kept)
            m_merged = p;
    }
    fillPeople();
    setKept(previous);
}

MergePeopleDialog::Choice MergePeopleDialog::choose(
    Archive &archive, ListQueries &queries, const Person &merged, qint64 kept, QWidget *parent)
{
    if (s_nextChoice >= 0) {
        const qint64 choice = s_nextChoice;
        s_nextChoice = -1;
        return { merged.id, choice };
    }
    MergePeopleDialog dialog(archive, queries, merged, parent);
    if (kept)
        dialog.setKept(kept);
    if (dialog.exec() != QDialog::Accepted)
        return { merged.id, 0 };
    return { dialog.mergedId(), dialog.keptId() };
}

void MergePeopleDialog::setNextChoice(qint64 personId)
{
    s_nextChoice = personId;
}

} // namespace rt::app
