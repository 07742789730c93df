#pragma once

#include "app/window/ItemRoles.h"
#include "core/search/Search.h"

#include <QAbstractListModel>
#include <QStyledItemDelegate>

namespace rt::app {

// The hits of one search, best first, for the results list.
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = ItemRole::Id, // the dialogue's id
        HtmlRole, // title, date, city and the snippet with the matched words marked
    };

    using QAbstractListModel::QAbstractListModel;

    void setHits(const QList<SearchHit> &hits);
    SearchHit hitFromIndex(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QList<SearchHit> m_hits;
};

// Paints a hit's HtmlRole as rich text, so the matched words stand out.
class SearchHitDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace rt::app
