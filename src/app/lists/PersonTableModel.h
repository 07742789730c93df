#pragma once

#include "app/lists/RowTableModel.h"
#include "app/window/ItemRoles.h"

#include <QHash>

#include <optional>

namespace rt::app {

// The people list: every person with how often they spoke and the title they last held.
// Sorted and filtered through a QSortFilterProxyModel (SortRole gives sortable values).
// The latest title is read per row as rows are shown (one indexed query each), and for
// every row at once only when the list is sorted by one of those columns: reading it for
// everyone means reading every speech, seconds on a large archive.
class PersonTableModel : public RowTableModel<ListQueries::PersonRow>
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

    Person recordFromIndex(const QModelIndex &index) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ListQueries::PersonRow> load(ListQueries &queries, QString *error) const override;
    void forget() override;
    const std::optional<ListQueries::Capacity> &latest(int row) const;
    void loadAllLatest() const;

    // By person id; a person missing here has not been asked about yet.
    mutable QHash<qint64, std::optional<ListQueries::Capacity>> m_latest;
    mutable bool m_allLatest = false;
};

} // namespace rt::app
