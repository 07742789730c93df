#pragma once

#include "app/lists/RowTableModel.h"
#include "app/window/ItemRoles.h"

namespace rt::app {

// The press contacts list. Sorted and filtered through a QSortFilterProxyModel.
class ContactTableModel : public RowTableModel<ListQueries::ContactRow>
{
    Q_OBJECT

public:
    enum Column { LabelColumn, OrganizationColumn, PhonesColumn, EmailsColumn, WebsiteColumn, ColumnCount };
    static constexpr int SortRole = ItemRole::Sort;
    static constexpr int IdRole = ItemRole::Id;

    explicit ContactTableModel(QObject *parent = nullptr);

    Contact recordFromIndex(const QModelIndex &index) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ListQueries::ContactRow> load(ListQueries &queries, QString *error) const override;
};

} // namespace rt::app
