#include "app/press/PressReleaseListModel.h"

#include "app/window/ItemRoles.h"
#include "app/window/Labels.h"
#include "core/press/PressReleaseStore.h"
#include "core/records/Archive.h"

namespace rt::app {

PressReleaseListModel::PressReleaseListModel(Archive &archive, PressReleaseStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_archive(archive)
    , m_store(store)
{
    reload();
}

void PressReleaseListModel::reload()
{
    beginResetModel();
    m_releases = m_store.releases();
    m_dialogueTitles.clear();
    for (const PressRelease &release : std::as_const(m_releases)) {
        if (!m_dialogueTitles.contains(release.dialogueId)) {
            const std::optional<Dialogue> dialogue = m_archive.dialogue(release.dialogueId);
            m_dialogueTitles.insert(release.dialogueId, dialogue ? dialogue->title : QString());
        }
    }
    endResetModel();
}

PressRelease PressReleaseListModel::recordFromIndex(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_releases.size())
        return {};
    return m_releases.at(index.row());
}

QModelIndex PressReleaseListModel::indexOfRelease(qint64 id) const
{
    for (int row = 0; row < m_releases.size(); ++row) {
        if (m_releases.at(row).id == id)
            return index(row, HeadlineColumn);
    }
    return {};
}

QString PressReleaseListModel::statusLabel(const QString &status)
{
    return Labels::pressReleaseStatus(status);
}

int PressReleaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_releases.size());
}

int PressReleaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PressReleaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PressRelease &r = m_releases.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case DateColumn:
            return r.releaseDate.toString(Qt::ISODate);
        case HeadlineColumn:
            return r.headline;
        case DialogueColumn:
            return m_dialogueTitles.value(r.dialogueId);
        case StatusColumn:
            return statusLabel(r.status);
        case NumberColumn:
            return r.releaseNumber;
        case LanguageColumn:
            return languageLabel(r.language);
        }
    }
    if (role == ItemRole::Id)
        return r.id;
    return {};
}

QString PressReleaseListModel::languageLabel(const QString &language)
{
    static const QList<std::pair<const char *, const char *>> names = { { "en", QT_TR_NOOP("English") },
        { "zh", QT_TR_NOOP("Chinese") }, { "th", QT_TR_NOOP("Thai") }, { "lo", QT_TR_NOOP("Lao") },
        { "km", QT_TR_NOOP("Khmer") }, { "my", QT_TR_NOOP("Burmese") }, { "vi", QT_TR_NOOP("Vietnamese") } };
    for (const auto &[tag, name] : names) {
        if (language == QLatin1String(tag))
            return tr(name);
    }
    return language;
}

QVariant PressReleaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case HeadlineColumn:
        return tr("Headline");
    case DialogueColumn:
        return tr("Dialogue");
    case StatusColumn:
        return tr("Status");
    case NumberColumn:
        return tr("Number");
    case LanguageColumn:
        return tr("Language");
    }
    return {};
}

} // namespace rt::app
