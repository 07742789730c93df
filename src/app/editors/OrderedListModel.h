#pragma once

#include <QAbstractListModel>

#include <functional>

namespace rt::app {

// One ordered part of a record as a list (a dialogue's organisations, topics or speeches):
// row i is the part's entry i, shown by a text function that reads the record. The record
// stays the editor's; moving a row (the Up and Down buttons, or a drag in the view, which
// Qt's list view turns into moveRow) goes through moveRows(), which reports the move for
// the editor to record as one undo step.
class OrderedListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    OrderedListModel(std::function<QString(int row)> text, QObject *parent);

    // The part now has `count` entries: the rows follow, and every text is read again.
    void setCount(int count);
    // Moves entry `row` by `delta` places (-1 up, 1 down); false at either end.
    bool moveBy(int row, int delta);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    // One row at a time, within the list: the rows move, then moved() says where to.
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
        const QModelIndex &destinationParent, int destinationChild) override;

signals:
    // Entry `from` is now at `to` (counted after the move).
    void moved(int from, int to);

private:
    std::function<QString(int)> m_text;
    int m_count = 0;
};

} // namespace rt::app
