#pragma once

#include "core/press/PressRelease.h"

#include <QAbstractTableModel>
#include <QHash>

namespace rt {
class Archive;
class PressReleaseStore;
} // namespace rt

namespace rt::app {

// The archive's press releases as a table: date, headline, dialogue, status, number, language.
class PressReleaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        HeadlineColumn,
        DialogueColumn,
        StatusColumn,
        NumberColumn,
        LanguageColumn,
        ColumnCount
    };

    PressReleaseListModel(Archive &archive, PressReleaseStore &store, QObject *parent = nullptr);

    void reload();
    // "English", "Chinese", ... in the interface language; the tag itself for another.
    static QString languageLabel(const QString &language);
    // "draft", "approved", "published" in the interface language.
    static QString statusLabel(const QString &status);
    PressRelease recordFromIndex(const QModelIndex &index) const;
    QModelIndex indexOfRelease(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Archive &m_archive;
    PressReleaseStore &m_store;
    QList<PressRelease> m_releases;
    QHash<qint64, QString> m_dialogueTitles;
};

} // namespace rt::app
