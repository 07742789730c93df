#include "app/lists/OrganizationTableModel.h"

namespace rt::app {

OrganizationTableModel::OrganizationTableModel(QObject *parent)
    : RowTableModel(parent)
{
}

QList<ListQueries::OrganizationRow> OrganizationTableModel::load(ListQueries &queries, QString *error) const
{
    return queries.organizations(error);
}

Organization OrganizationTableModel::recordFromIndex(const QModelIndex &index) const
{
    const ListQueries::OrganizationRow *row = rowAt(index);
    return row ? row->organization : Organization();
}

int OrganizationTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganizationTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ListQueries::OrganizationRow &r = m_rows.at(index.row());
    const Organization &o = r.organization;
    if (role == IdRole)
        return o.id;
    if (role == Qt::TextAlignmentRole)
        return index.column() == DialoguesColumn ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                                                 : QVariant();
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        if (role == SortRole)
            return o.name.toLower();
        if (role == Qt::ToolTipRole && !o.localName.isEmpty())
            return o.localName;
        return o.name;
    case ShortNameColumn:
        return o.shortName;
    case ParentColumn:
        return r.parentName;
    case CountryColumn:
        return o.country;
    case DialoguesColumn:
        if (role == Qt::ToolTipRole)
            return dialoguesExplanation();
        return r.dialogueCount;
    }
    return {};
}

QString OrganizationTableModel::dialoguesExplanation()
{
    return tr("Dialogues it took part in: named in any role (guided, organised, co-organised, supported, "
              "hosted, partner) or spoken for by one of its people; each dialogue counted once. The search "
              "page's Organisation facet counts the same.");
}

QVariant OrganizationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == DialoguesColumn)
        return dialoguesExplanation();
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ShortNameColumn:
        return tr("Short name");
    case ParentColumn:
        return tr("Part of");
    case CountryColumn:
        return tr("Country");
    case DialoguesColumn:
        return tr("Dialogues");
    }
    return {};
}

} // namespace rt::app
