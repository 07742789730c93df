#include "app/editors/MergePeopleDialog.h"

#include "ui_MergePeopleDialog.h"

#include <QPushButton>

namespace rt::app {

qint64 MergePeopleDialog::s_nextChoice = -1;

MergePeopleDialog::MergePeopleDialog(const Person &merged, const QList<Person> &people, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MergePeopleDialog>())
{
    m_ui->setupUi(this);
    m_ui->explanationLabel->setText(
        tr("Every speech of <b>%1</b> will be moved to the person you keep, and %1 will be removed. "
           "Nothing said is lost.")
            .arg(merged.fullName().toHtmlEscaped()));
    for (const Person &p : people) {
        if (p.id == merged.id)
            continue;
        QString text = p.fullName();
        if (!p.localName.isEmpty())
            text += QStringLiteral(" (%1)").arg(p.localName);
        m_ui->keptComboBox->addItem(text, p.id);
    }
    m_ui->mergeButtonBox->button(QDialogButtonBox::Ok)->setText(tr("&Merge"));
    m_ui->mergeButtonBox->button(QDialogButtonBox::Ok)->setEnabled(m_ui->keptComboBox->count() > 0);
    connect(m_ui->mergeButtonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->mergeButtonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

MergePeopleDialog::~MergePeopleDialog() = default;

qint64 MergePeopleDialog::keptId() const
{
    return m_ui->keptComboBox->currentData().toLongLong();
}

qint64 MergePeopleDialog::choose(const Person &merged, const QList<Person> &people, QWidget *parent)
{
    if (s_nextChoice >= 0) {
        const qint64 choice = s_nextChoice;
        s_nextChoice = -1;
        return choice;
    }
    MergePeopleDialog dialog(merged, people, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.keptId() : 0;
}

void MergePeopleDialog::setNextChoice(qint64 personId)
{
    s_nextChoice = personId;
}

} // namespace rt::app
