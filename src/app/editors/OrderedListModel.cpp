#include "app/editors/OrderedListModel.h"

namespace rt::app {

OrderedListModel::OrderedListModel(std::function<QString(int row)> text, QObject *parent)
    : QAbstractListModel(parent)
    , m_text(std::move(text))
{
}

void OrderedListModel::setCount(int count)
{
    if (count != m_count) {
        beginResetModel();
        m_count = count;
        endResetModel();
    } else if (count > 0) {
        emit dataChanged(index(0), index(count - 1), { Qt::DisplayRole });
    }
}

bool OrderedListModel::moveBy(int row, int delta)
{
    const int to = row + delta;
    if (row < 0 || row >= m_count || to < 0 || to >= m_count || delta == 0)
        return false;
    // moveRow's destination counts rows before the move: below the row it is one further.
    return moveRow(QModelIndex(), row, QModelIndex(), delta > 0 ? to + 1 : to);
}

int OrderedListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_count;
}

QVariant OrderedListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::DisplayRole)
        return {};
    return m_text(index.row());
}

Qt::ItemFlags OrderedListModel::flags(const QModelIndex &index) const
{
    // Rows are dragged, and dropped between rows (not onto one).
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return QAbstractListModel::flags(index) | Qt::ItemIsDragEnabled;
}

Qt::DropActions OrderedListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

bool OrderedListModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
    const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || count != 1 || sourceRow < 0
        || sourceRow >= m_count || destinationChild < 0 || destinationChild > m_count)
        return false;
    if (destinationChild == sourceRow || destinationChild == sourceRow + 1)
        return false; // onto itself
    if (!beginMoveRows(QModelIndex(), sourceRow, sourceRow, QModelIndex(), destinationChild))
        return false;
    endMoveRows();
    emit moved(sourceRow, destinationChild > sourceRow ? destinationChild - 1 : destinationChild);
    return true;
}

} // namespace rt::app
