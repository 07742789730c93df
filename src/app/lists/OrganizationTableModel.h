#pragma once

#include "app/window/ItemRoles.h"
#include "core/records/ListQueries.h"

#include <QAbstractTableModel>

namespace rt::app {

// The organisations list, with each one's parent and the number of dialogues it took part
// in. Sorted and filtered through a QSortFilterProxyModel.
class OrganizationTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ShortNameColumn, ParentColumn, CountryColumn, DialoguesColumn, ColumnCount };
    static constexpr int SortRole = ItemRole::Sort;
    static constexpr int IdRole = ItemRole::Id;

    explicit OrganizationTableModel(QObject *parent = nullptr);

    void setQueries(ListQueries *queries);
    void reload();
    Organization recordFromIndex(const QModelIndex &index) const;
    const QList<ListQueries::OrganizationRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // What the Dialogues column counts, for its tooltip (the same as the search facet).
    static QString dialoguesExplanation();

private:
    ListQueries *m_queries = nullptr;
    QList<ListQueries::OrganizationRow> m_rows;
};

} // namespace rt::app
