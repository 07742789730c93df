#pragma once

#include "app/lists/RowTableModel.h"
#include "app/window/ItemRoles.h"

namespace rt::app {

// The organisations list, with each one's parent and the number of dialogues it took part
// in. Sorted and filtered through a QSortFilterProxyModel.
class OrganizationTableModel : public RowTableModel<ListQueries::OrganizationRow>
{
    Q_OBJECT

public:
    enum Column { NameColumn, ShortNameColumn, ParentColumn, CountryColumn, DialoguesColumn, ColumnCount };
    static constexpr int SortRole = ItemRole::Sort;
    static constexpr int IdRole = ItemRole::Id;

    explicit OrganizationTableModel(QObject *parent = nullptr);

    Organization recordFromIndex(const QModelIndex &index) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // What the Dialogues column counts, for its tooltip (the same as the search facet).
    static QString dialoguesExplanation();

private:
    QList<ListQueries::OrganizationRow> load(ListQueries &queries, QString *error) const override;
};

} // namespace rt::app
