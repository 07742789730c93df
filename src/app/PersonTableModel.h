#pragma once

#include "ListQueries.h"

#include <QAbstractTableModel>

namespace rt::app {

// The people list: every person with how often they spoke and the title they last held.
// Sorted and filtered through a QSortFilterProxyModel (SortRole gives sortable values).
class PersonTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, LocalNameColumn, LastTitleColumn, LastOrganizationColumn, LastSpokeColumn,
                  SpeechesColumn, ColumnCount };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit PersonTableModel(QObject *parent = nullptr);

    void setQueries(ListQueries *queries); // not owned; nullptr empties the list
    void reload();
    Person recordFromIndex(const QModelIndex &index) const;
    const QList<ListQueries::PersonRow> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ListQueries *m_queries = nullptr;
    QList<ListQueries::PersonRow> m_rows;
};

} // namespace rt::app
