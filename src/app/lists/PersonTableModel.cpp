#include "app/lists/PersonTableModel.h"

namespace rt::app {

PersonTableModel::PersonTableModel(QObject *parent)
    : RowTableModel(parent)
{
}

QList<ListQueries::PersonRow> PersonTableModel::load(ListQueries &queries, QString *error) const
{
    return queries.people(error);
}

void PersonTableModel::forget()
{
    m_latest.clear();
    m_allLatest = false;
}

const std::optional<ListQueries::Capacity> &PersonTableModel::latest(int row) const
{
    static const std::optional<ListQueries::Capacity> none;
    const ListQueries::PersonRow &r = m_rows.at(row);
    if (r.speechCount == 0 || !queries())
        return none;
    auto it = m_latest.find(r.person.id);
    if (it == m_latest.end())
        it = m_latest.insert(r.person.id, queries()->latestCapacity(r.person.id));
    return *it;
}

void PersonTableModel::loadAllLatest() const
{
    if (m_allLatest || !queries())
        return;
    QString error;
    const QHash<qint64, ListQueries::Capacity> all = queries()->latestSpeeches(&error);
    for (const ListQueries::PersonRow &r : m_rows) {
        const auto it = all.constFind(r.person.id);
        m_latest.insert(r.person.id, it == all.constEnd() ? std::nullopt : std::optional(*it));
    }
    m_allLatest = true;
}

Person PersonTableModel::recordFromIndex(const QModelIndex &index) const
{
    const ListQueries::PersonRow *row = rowAt(index);
    return row ? row->person : Person();
}

int PersonTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ListQueries::PersonRow &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.person.id;
    if (role == FilterRole) {
        return QStringList { r.person.honorific, r.person.fullName(),
            r.person.familyName + QLatin1Char(' ') + r.person.givenName, r.person.localName, r.person.key }
            .join(QLatin1Char(' '));
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() == SpeechesColumn ? QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter)
                                                : QVariant();
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        if (role == SortRole)
            return QString(r.person.familyName + QLatin1Char(' ') + r.person.givenName).toLower();
        if (role == Qt::ToolTipRole && !r.person.notes.isEmpty())
            return r.person.notes;
        return r.person.honorific.isEmpty() ? r.person.fullName()
                                            : r.person.honorific + QLatin1Char(' ') + r.person.fullName();
    case LocalNameColumn:
        return r.person.localName;
    case LastTitleColumn:
    case LastOrganizationColumn:
    case LastSpokeColumn: {
        if (role == SortRole)
            loadAllLatest();
        const auto &l = latest(index.row());
        if (!l)
            return QString();
        if (index.column() == LastTitleColumn)
            return l->title;
        if (index.column() == LastOrganizationColumn)
            return l->organizationName;
        return l->date.toString(Qt::ISODate);
    }
    case SpeechesColumn:
        return r.speechCount;
    }
    return {};
}

QVariant PersonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case LocalNameColumn:
        return tr("Name in own script");
    case LastTitleColumn:
        return tr("Latest title");
    case LastOrganizationColumn:
        return tr("Organisation");
    case LastSpokeColumn:
        return tr("Last spoke");
    case SpeechesColumn:
        return tr("Speeches");
    }
    return {};
}

} // namespace rt::app
