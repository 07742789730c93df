#include "app/search/SearchResultsModel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QTextDocument>

namespace rt::app {

namespace {

constexpr int Margin = 6;

void prepare(QTextDocument &document, const QStyleOptionViewItem &option, const QString &html)
{
    document.setDefaultFont(option.font);
    document.setDocumentMargin(Margin);
    // The date line is quieter than the text, but must stay legible on the selection colour.
    const bool selected = option.state & QStyle::State_Selected;
    const QColor meta = selected ? option.palette.color(QPalette::HighlightedText)
                                 : option.palette.color(QPalette::PlaceholderText);
    document.setDefaultStyleSheet(QStringLiteral("b { background-color: #ffe680; color: black; }"
                                                 ".meta { color: %1; }")
                                      .arg(meta.name()));
    document.setHtml(html);
    document.setTextWidth(option.rect.width() > 0 ? option.rect.width() : 600);
}

} // namespace

void SearchResultsModel::setHits(const QList<SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

SearchHit SearchResultsModel::hitFromIndex(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    return m_hits.at(index.row());
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return hit.title;
    case Qt::ToolTipRole:
        return hit.key;
    case IdRole:
        return hit.id;
    case HtmlRole: {
        QString meta = QLocale().toString(hit.date, QLocale::ShortFormat);
        if (!hit.city.isEmpty())
            meta += QStringLiteral(" · ") + hit.city.toHtmlEscaped();
        QString html = QStringLiteral("<div style=\"font-weight: 600\">%1</div>"
                                      "<div class=\"meta\">%2</div>")
                           .arg(hit.titleHtml(), meta);
        if (!hit.snippet.isEmpty() && hit.snippet != hit.markedTitle)
            html += QStringLiteral("<div>%1</div>").arg(hit.snippetHtml());
        return html;
    }
    default:
        return {};
    }
}

void SearchHitDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    QTextDocument document;
    prepare(document, option, index.data(SearchResultsModel::HtmlRole).toString());
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = option.palette;
    if (option.state & QStyle::State_Selected)
        context.palette.setColor(QPalette::Text, option.palette.color(QPalette::HighlightedText));
    painter->save();
    painter->translate(option.rect.topLeft());
    painter->setClipRect(QRect(QPoint(0, 0), option.rect.size()));
    document.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize SearchHitDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QTextDocument document;
    prepare(document, option, index.data(SearchResultsModel::HtmlRole).toString());
    return QSize(int(document.idealWidth()), int(document.size().height()));
}

} // namespace rt::app
