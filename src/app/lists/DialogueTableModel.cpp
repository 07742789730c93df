#include "app/lists/DialogueTableModel.h"

#include "app/window/Labels.h"

#include <QIcon>
#include <QLocale>

#include <iterator>

namespace rt::app {

namespace {

// The order a click on a column's header asks the archive for.
ListQueries::DialogueSort sortOf(int column)
{
    static const ListQueries::DialogueSort sorts[] = { ListQueries::DialogueSort::StartDate,
        ListQueries::DialogueSort::Title, ListQueries::DialogueSort::Series, ListQueries::DialogueSort::City,
        ListQueries::DialogueSort::Format, ListQueries::DialogueSort::Status,
        ListQueries::DialogueSort::Speeches };
    static_assert(std::size(sorts) == DialogueTableModel::ColumnCount);
    return sorts[column];
}

} // namespace

DialogueTableModel::DialogueTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DialogueTableModel::setQueries(ListQueries *queries)
{
    m_queries = queries;
    reload();
}

void DialogueTableModel::setFilter(const QString &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void DialogueTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_pageUse.clear();
    m_ids.clear();
    if (m_queries) {
        QString error;
        m_ids = m_queries->dialogueIds(m_filter, sortOf(m_sortColumn), m_sortOrder, &error);
        if (!error.isEmpty())
            qWarning("Roundtable: cannot list dialogues: %s", qPrintable(error));
    }
    endResetModel();
}

void DialogueTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || (column == m_sortColumn && order == m_sortOrder))
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> beforeIds;
    for (const QModelIndex &index : before)
        beforeIds.append(idAt(index.row()));
    m_sortColumn = column;
    m_sortOrder = order;
    m_pages.clear();
    m_pageUse.clear();
    if (m_queries) {
        QString error;
        m_ids = m_queries->dialogueIds(m_filter, sortOf(column), order, &error);
    }
    // Keep the selection and current item on the same dialogues.
    QHash<qint64, int> rows;
    if (!before.isEmpty()) {
        for (int i = 0; i < m_ids.size(); ++i)
            rows.insert(m_ids.at(i), i);
    }
    QModelIndexList after;
    for (int i = 0; i < before.size(); ++i) {
        const int r = rows.value(beforeIds.at(i), -1);
        after.append(r < 0 ? QModelIndex() : index(r, before.at(i).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

QString DialogueTableModel::overdueReason(const QDate &start, const QDate &end)
{
    const QDate last = end.isValid() ? end : start;
    return tr("Still planned, but its date (%1) has passed: mark it held or cancelled.")
        .arg(last.toString(Qt::ISODate));
}

qint64 DialogueTableModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int DialogueTableModel::rowOfId(qint64 id) const
{
    return int(m_ids.indexOf(id));
}

const ListQueries::DialogueRow *DialogueTableModel::row(int row) const
{
    if (!m_queries || row < 0 || row >= m_ids.size())
        return nullptr;
    const int page = row / ListQueries::PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (m_pages.size() >= MaxPages)
            m_pages.remove(m_pageUse.takeFirst());
        const QList<qint64> ids = m_ids.mid(page * ListQueries::PageSize, ListQueries::PageSize);
        QString error;
        QList<ListQueries::DialogueRow> rows = m_queries->dialogueRows(ids, &error);
        // A dialogue deleted by another program since the list was read: keep the rows
        // aligned with the ids by giving it an empty row.
        if (rows.size() != ids.size()) {
            QList<ListQueries::DialogueRow> aligned;
            int j = 0;
            for (qint64 id : ids) {
                if (j < rows.size() && rows.at(j).id == id)
                    aligned.append(rows.at(j++));
                else
                    aligned.append(ListQueries::DialogueRow { id });
            }
            rows = aligned;
        }
        it = m_pages.insert(page, rows);
        m_pageUse.append(page);
    } else if (m_pageUse.constLast() != page) {
        m_pageUse.removeOne(page);
        m_pageUse.append(page);
    }
    const int offset = row % ListQueries::PageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

ListQueries::DialogueRow DialogueTableModel::recordFromIndex(const QModelIndex &index) const
{
    const auto *r = index.isValid() && index.model() == this ? row(index.row()) : nullptr;
    return r ? *r : ListQueries::DialogueRow {};
}

int DialogueTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int DialogueTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DialogueTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == IdRole)
        return idAt(index.row());
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == SpeechesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    const bool marking = role == Qt::ForegroundRole || role == Qt::DecorationRole || role == OverdueRole;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && !marking)
        return {};
    const ListQueries::DialogueRow *r = row(index.row());
    if (!r)
        return {};
    // A dialogue still planned after its date: the whole row in the warning colour, an icon
    // and the reason on the status.
    const bool overdue = DialogueStatus::isOverdue(r->status, r->startDate, r->endDate, today());
    if (role == OverdueRole)
        return overdue;
    if (role == Qt::ForegroundRole)
        return overdue ? QVariant(OverdueColour) : QVariant();
    if (role == Qt::DecorationRole)
        return overdue && index.column() == StatusColumn
            ? QVariant(QIcon::fromTheme(QStringLiteral("dialog-warning")))
            : QVariant();
    if (role == Qt::ToolTipRole && index.column() == StatusColumn && overdue)
        return overdueReason(r->startDate, r->endDate);
    switch (index.column()) {
    case StartDateColumn:
        if (r->endDate.isValid() && r->endDate != r->startDate)
            return tr("%1 – %2").arg(r->startDate.toString(Qt::ISODate), r->endDate.toString(Qt::ISODate));
        return r->startDate.toString(Qt::ISODate);
    case TitleColumn:
        return r->title;
    case SeriesColumn:
        return r->series;
    case CityColumn:
        return r->country.isEmpty() || role == Qt::DisplayRole ? r->city
                                                               : tr("%1, %2").arg(r->city, r->country);
    case FormatColumn:
        return Labels::format(r->format);
    case StatusColumn:
        return Labels::status(r->status);
    case SpeechesColumn:
        return r->speechCount;
    }
    return {};
}

QVariant DialogueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StartDateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Title");
    case SeriesColumn:
        return tr("Series");
    case CityColumn:
        return tr("City");
    case FormatColumn:
        return tr("Format");
    case StatusColumn:
        return tr("Status");
    case SpeechesColumn:
        return tr("Speeches");
    }
    return {};
}

} // namespace rt::app
