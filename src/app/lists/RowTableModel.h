#pragma once

#include "core/records/ListQueries.h"

#include <QAbstractTableModel>
#include <QList>

namespace rt::app {

// What the people, organisation and contact list models have in common: their rows, read
// whole from ListQueries on reload(), one table row each. A subclass says how to read them
// (load), what a cell shows (data, headerData, columnCount), and may keep caches that
// reload() empties (forget).
template <typename Row> class RowTableModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    // Not owned; nullptr empties the list.
    void setQueries(ListQueries *queries)
    {
        m_queries = queries;
        reload();
    }

    void reload()
    {
        beginResetModel();
        m_rows.clear();
        forget();
        if (m_queries) {
            QString error;
            m_rows = load(*m_queries, &error);
            if (!error.isEmpty())
                qWarning("Roundtable: cannot read a list: %s", qPrintable(error));
        }
        endResetModel();
    }

    const QList<Row> &rows() const { return m_rows; }

    // The row an index of this model stands for, or nullptr.
    const Row *rowAt(const QModelIndex &index) const
    {
        if (!index.isValid() || index.model() != this || index.row() >= m_rows.size())
            return nullptr;
        return &m_rows.at(index.row());
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_rows.size());
    }

protected:
    virtual QList<Row> load(ListQueries &queries, QString *error) const = 0;
    virtual void forget() { }

    ListQueries *queries() const { return m_queries; }

    QList<Row> m_rows;

private:
    ListQueries *m_queries = nullptr;
};

} // namespace rt::app
