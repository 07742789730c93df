#pragma once

#include "core/press/PressRelease.h"
#include "core/press/PressReleaseDocument.h"
#include "core/press/PressReleaseGenerator.h"

#include <QHash>
#include <QString>

namespace rt {

class Archive;

// Writes press releases of an archive to files: it joins a release (saved, or a fresh draft
// of a dialogue) with its template's header and footer and its metadata, and hands it to
// PressReleaseDocument. Used alike by the command line, the GUI's export and batch export.
class PressReleaseExporter
{
public:
    explicit PressReleaseExporter(Archive &archive);

    void setPageSize(const QPageSize &size) { m_pageSize = size; }
    // The page size every new exporter starts with: A4 unless the program, at start-up, sets
    // the user's preference (Preferences::applyPressDefaults).
    static void setDefaultPageSize(const QPageSize &size);
    static QPageSize defaultPageSize();

    bool pageSetup(const PressRelease &release, PressReleaseDocument::PageSetup *setup, QString *error);
    bool exportRelease(
        const PressRelease &release, const QString &path, const QString &format, QString *error);
    // A fresh draft of the dialogue through `templateName`, written without being saved.
    bool exportDialogue(qint64 dialogueId, const QString &templateName, const QString &path,
        const QString &format, QString *error);
    // "2022-11-23-iem-roundtable.pdf": the dialogue's key, which is unique in the archive.
    QString fileName(qint64 dialogueId, const QString &format);

private:
    Archive &m_archive;
    PressReleaseGenerator m_generator;
    QPageSize m_pageSize = defaultPageSize();
    struct Template
    {
        QString text;
        QVariantHash letterhead;
    };
    QHash<QString, Template> m_templates; // by name, read once per exporter
};

} // namespace rt
