#include "app/press/PressReleaseBatchExport.h"

#include "core/db/Database.h"
#include "core/press/PressReleaseBatchWriter.h"
#include "core/press/PressReleaseExporter.h"
#include "core/press/PressReleaseGenerator.h"
#include "core/records/Archive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>

namespace rt::app {

PressReleaseBatchExport::PressReleaseBatchExport(Archive &archive, Database &database)
    : m_archive(archive)
    , m_database(database)
{
}

PressReleaseBatchExport::Result PressReleaseBatchExport::exportDialogues(
    QWidget *parent, const QList<qint64> &dialogueIds, const QString &folder)
{
    return run(parent, dialogueIds, {}, folder);
}

PressReleaseBatchExport::Result PressReleaseBatchExport::exportReleases(
    QWidget *parent, const QList<PressRelease> &releases, const QString &folder)
{
    return run(parent, {}, releases, folder);
}

PressReleaseBatchExport::Result PressReleaseBatchExport::run(QWidget *parent,
    const QList<qint64> &dialogueIds, const QList<PressRelease> &releases, const QString &folder)
{
    Result result;
    const int total = int(dialogueIds.isEmpty() ? releases.size() : dialogueIds.size());
    QProgressDialog progress(tr("Exporting press releases…"), tr("Cancel"), 0, total, parent);
    progress.setObjectName(QStringLiteral("batchExportProgressDialog"));
    progress.setWindowTitle(tr("Export Press Releases"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    if (QFileInfo::exists(folder) && !QFileInfo(folder).isDir()) {
        result.errors.append(tr("%1 is a file, not a folder").arg(QDir::toNativeSeparators(folder)));
        return result;
    }
    if (!QDir().mkpath(folder)) {
        result.errors.append(tr("cannot create the folder %1").arg(QDir::toNativeSeparators(folder)));
        return result;
    }
    PressReleaseExporter exporter(m_archive);
    exporter.setPageSize(m_pageSize);
    PressReleaseGenerator generator(m_archive);
    const QDir dir(folder);
    // Each release is read from the archive here, then laid out and written on a worker,
    // one per core, while the next is read.
    PressReleaseBatchWriter writer(m_database.path());
    QStringList names(total);
    int finished = 0;
    const auto count = [&](const QList<PressReleaseBatchWriter::Done> &done) {
        for (const PressReleaseBatchWriter::Done &file : done) {
            ++finished;
            if (file.error.isEmpty())
                ++result.written;
            else if (file.error != PressReleaseBatchWriter::cancelled())
                result.errors.append(QStringLiteral("%1: %2").arg(names.at(file.index), file.error));
            if (m_afterEach)
                m_afterEach(progress, finished);
        }
        // Noted before the dialog's value moves on: reaching the maximum resets the flag.
        result.cancelled = result.cancelled || progress.wasCanceled();
        if (!result.cancelled)
            progress.setValue(finished);
    };
    for (int i = 0; i < total && !result.cancelled; ++i) {
        PressRelease release;
        QString error;
        bool ready = true;
        if (!dialogueIds.isEmpty())
            ready = generator.releaseFor(dialogueIds.at(i), QString(), &release, nullptr, &error);
        else
            release = releases.at(i);
        QString name = exporter.fileName(release.dialogueId, m_format);
        if (dialogueIds.isEmpty()) // several releases of one dialogue must not share a file
            name = QFileInfo(name).completeBaseName() + QStringLiteral("-%1.").arg(release.id) + m_format;
        names[i] = name;
        progress.setLabelText(tr("Exporting %1 (%2 of %3)…").arg(name).arg(i + 1).arg(total));
        PressReleaseDocument::PageSetup setup;
        if (ready && exporter.pageSetup(release, &setup, &error)) {
            writer.add(i, release.body, setup, dir.filePath(name), m_format);
        } else {
            result.errors.append(QStringLiteral("%1: %2").arg(name, error));
            ++finished;
        }
        QCoreApplication::processEvents();
        count(writer.takeDone());
    }
    // The last files, still being written; a cancel drops those not yet started.
    while (!result.cancelled && !writer.waitForDone(50)) {
        QCoreApplication::processEvents();
        count(writer.takeDone());
    }
    if (result.cancelled)
        writer.cancel();
    count(writer.takeDone());
    progress.setValue(total);
    return result;
}

} // namespace rt::app
