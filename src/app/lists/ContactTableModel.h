#pragma once

#include "app/window/ItemRoles.h"
#include "core/records/ListQueries.h"

#include <QAbstractTableModel>

namespace rt::app {

// The press contacts list. Sorted and filtered through a QSortFilterProxyModel.
class ContactTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LabelColumn, OrganizationColumn, PhonesColumn, EmailsColumn, WebsiteColumn, ColumnCount };
    static constexpr int SortRole = ItemRole::Sort;
    static constexpr int IdRole = ItemRole::Id;

    explicit ContactTableModel(QObject *parent = nullptr);

    void setQueries(ListQueries *queries);
    void reload();
    Contact recordFromIndex(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ListQueries *m_queries = nullptr;
    QList<ListQueries::ContactRow> m_rows;
};

} // namespace rt::app
