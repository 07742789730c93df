#include "app/lists/ContactTableModel.h"

namespace rt::app {

ContactTableModel::ContactTableModel(QObject *parent)
    : RowTableModel(parent)
{
}

QList<ListQueries::ContactRow> ContactTableModel::load(ListQueries &queries, QString *error) const
{
    return queries.contacts(error);
}

Contact ContactTableModel::recordFromIndex(const QModelIndex &index) const
{
    const ListQueries::ContactRow *row = rowAt(index);
    return row ? row->contact : Contact();
}

int ContactTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ListQueries::ContactRow &r = m_rows.at(index.row());
    const Contact &c = r.contact;
    if (role == IdRole)
        return c.id;
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    const QString separator = QStringLiteral(", ");
    switch (index.column()) {
    case LabelColumn:
        if (role == Qt::ToolTipRole)
            return c.address;
        return c.label.isEmpty() ? c.key : c.label;
    case OrganizationColumn:
        return r.organizationName;
    case PhonesColumn:
        return c.phones.join(separator);
    case EmailsColumn:
        return c.emails.join(separator);
    case WebsiteColumn:
        return c.website;
    }
    return {};
}

QVariant ContactTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn:
        return tr("Label");
    case OrganizationColumn:
        return tr("Organisation");
    case PhonesColumn:
        return tr("Phones");
    case EmailsColumn:
        return tr("E-mails");
    case WebsiteColumn:
        return tr("Website");
    }
    return {};
}

} // namespace rt::app
