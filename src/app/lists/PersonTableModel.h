#pragma once

#include "app/window/ItemRoles.h"
#include "core/records/ListQueries.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>

namespace rt::app {

// The people list: every person with how often they spoke and the title they last held.
// Sorted and filtered through a QSortFilterProxyModel (SortRole gives sortable values).
// The latest title is read per row as rows are shown (one indexed query each), and for
// every row at once only when the list is sorted by one of those columns: reading it for
// everyone means reading every speech, seconds on a large archive.
class PersonTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        LocalNameColumn,
        LastTitleColumn,
        LastOrganizationColumn,
        LastSpokeColumn,
        SpeechesColumn,
        ColumnCount
    };
    static constexpr int SortRole = ItemRole::Sort;
    static constexpr int IdRole = ItemRole::Id;
    // What the filter box matches, on the name column: every form of the name. Filtering
    // on every column would read everyone's latest title.
    static constexpr int FilterRole = ItemRole::Filter;

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
    const std::optional<ListQueries::Capacity> &latest(int row) const;
    void loadAllLatest() const;

    ListQueries *m_queries = nullptr;
    QList<ListQueries::PersonRow> m_rows;
    // By person id; a person missing here has not been asked about yet.
    mutable QHash<qint64, std::optional<ListQueries::Capacity>> m_latest;
    mutable bool m_allLatest = false;
};

} // namespace rt::app
