#include "app/press/DialogueChooser.h"

#include "app/window/ItemRoles.h"
#include "core/records/ListQueries.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace rt::app {

DialogueChooser::DialogueChooser(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_filter(new QLineEdit)
    , m_list(new QListWidget)
{
    setWindowTitle(tr("New Press Release"));
    m_filter->setObjectName(QStringLiteral("dialogueFilterLineEdit"));
    m_filter->setPlaceholderText(tr("Filter by title, series, city or date"));
    m_filter->setClearButtonEnabled(true);
    m_list->setObjectName(QStringLiteral("dialoguesListWidget"));
    auto *label = new QLabel(tr("Which dialogue is the release &about?"));
    label->setBuddy(m_filter);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Write Release"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(620, 440);

    connect(m_filter, &QLineEdit::textChanged, this, &DialogueChooser::refill);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this,
        [this, buttons](int row) { buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0); });
    // Up and Down in the filter box move through the list, as in a completer.
    m_filter->installEventFilter(this);
    refill();
    m_filter->setFocus();
}

qint64 DialogueChooser::chosenId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(ItemRole::Id).toLongLong() : 0;
}

bool DialogueChooser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up || key->key() == Qt::Key_PageDown
            || key->key() == Qt::Key_PageUp) {
            QKeyEvent copy(key->type(), key->key(), key->modifiers(), key->text());
            QCoreApplication::sendEvent(m_list, &copy);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void DialogueChooser::refill()
{
    ListQueries queries(m_database);
    QString error;
    QList<qint64> ids = queries.dialogueIds(
        m_filter->text().trimmed(), ListQueries::DialogueSort::StartDate, Qt::DescendingOrder, &error);
    ids = ids.mid(0, MaxShown);
    m_list->clear();
    for (qsizetype from = 0; from < ids.size(); from += ListQueries::PageSize) {
        const QList<ListQueries::DialogueRow> rows
            = queries.dialogueRows(ids.mid(from, ListQueries::PageSize), &error);
        for (const ListQueries::DialogueRow &row : rows) {
            auto *item = new QListWidgetItem(
                row.startDate.toString(Qt::ISODate) + QStringLiteral("  ") + row.title, m_list);
            item->setData(ItemRole::Id, row.id);
            item->setToolTip(
                row.series.isEmpty() ? row.title : row.series + QStringLiteral(" — ") + row.title);
        }
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

} // namespace rt::app
