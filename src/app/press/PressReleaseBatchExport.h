#pragma once

#include "core/press/PressRelease.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QStringList>

#include <functional>

class QProgressDialog;
class QWidget;

namespace rt {
class Archive;
class Database;
} // namespace rt

namespace rt::app {

// Exports the press releases of many dialogues (a selection, or a search's results) or a
// list of releases into one folder, with a progress dialog that can be cancelled. The
// files are written on every core (PressReleaseBatchWriter); a cancel lets the files
// already being written finish and writes no others. Each file is written whole or not at
// all; a failure is noted and the batch goes on.
class PressReleaseBatchExport
{
    Q_DECLARE_TR_FUNCTIONS(rt::app::PressReleaseBatchExport)

public:
    struct Result
    {
        int written = 0;
        bool cancelled = false;
        QStringList errors;
    };

    PressReleaseBatchExport(Archive &archive, Database &database);

    void setFormat(const QString &format) { m_format = format; }
    void setPageSize(const QPageSize &size) { m_pageSize = size; }
    // Called after each file is finished, with the dialog and the number done: a test hook.
    void setAfterEach(std::function<void(QProgressDialog &, int)> hook) { m_afterEach = std::move(hook); }

    // For each dialogue its newest saved release, or a fresh draft (not saved) if it has none.
    Result exportDialogues(QWidget *parent, const QList<qint64> &dialogueIds, const QString &folder);
    Result exportReleases(QWidget *parent, const QList<PressRelease> &releases, const QString &folder);

private:
    Result run(QWidget *parent, const QList<qint64> &dialogueIds, const QList<PressRelease> &releases,
        const QString &folder);

    Archive &m_archive;
    Database &m_database;
    QString m_format = QStringLiteral("pdf");
    QPageSize m_pageSize = QPageSize(QPageSize::A4);
    std::function<void(QProgressDialog &, int)> m_afterEach;
};

} // namespace rt::app
