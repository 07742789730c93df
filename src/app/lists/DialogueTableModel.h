#pragma once

#include "app/window/ItemRoles.h"
#include "core/records/ListQueries.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDate>
#include <QHash>
#include <QList>

namespace rt::app {

// The dialogue list. It holds only the ordered ids of the dialogues that match the filter
// (the key index, from ListQueries::dialogueIds) and a few pages of rows fetched by those
// keys on demand, so a 20,000-dialogue archive costs a few hundred kilobytes and scrolling
// to the end fetches one page, not every row in between. Sorting and filtering are done by
// the database (sort() and setFilter()), not by a proxy.
class DialogueTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StartDateColumn,
        TitleColumn,
        SeriesColumn,
        CityColumn,
        FormatColumn,
        StatusColumn,
        SpeechesColumn,
        ColumnCount
    };
    static constexpr int IdRole = ItemRole::Id;
    static constexpr int OverdueRole = ItemRole::Overdue; // bool: still planned after its date
    static inline const QColor OverdueColour = QColor(0xb0, 0x40, 0x00);
    // Why a planned dialogue of these dates is pointed out, for tooltips.
    static QString overdueReason(const QDate &start, const QDate &end);

    explicit DialogueTableModel(QObject *parent = nullptr);

    // The day against which a planned dialogue counts as overdue (tests set it).
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }

    // The queries to list from; nullptr empties the list. Not owned.
    void setQueries(ListQueries *queries);
    void setFilter(const QString &filter);
    QString filter() const { return m_filter; }
    // Fetches the list again (after a save or an import), keeping filter and order.
    void reload();

    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const;
    ListQueries::DialogueRow recordFromIndex(const QModelIndex &index) const;
    int cachedPageCount() const { return int(m_pages.size()); }
    static constexpr int MaxPages = 48; // pages of rows kept; the rest are fetched again when needed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    const ListQueries::DialogueRow *row(int row) const;

    ListQueries *m_queries = nullptr;
    QString m_filter;
    QDate m_today;
    int m_sortColumn = StartDateColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QList<qint64> m_ids;
    // Pages of rows by page number, and the pages in order of last use: the oldest is
    // dropped once MaxPages are held.
    mutable QHash<int, QList<ListQueries::DialogueRow>> m_pages;
    mutable QList<int> m_pageUse;
};

} // namespace rt::app
