#include "core/press/PressReleaseExporter.h"

#include "core/db/Database.h"
#include "core/press/PressReleaseTemplates.h"
#include "core/records/Archive.h"

#include <QCoreApplication>

namespace rt {

namespace {
QPageSize &defaultSize()
{
    static QPageSize size(QPageSize::A4);
    return size;
}
} // namespace

void PressReleaseExporter::setDefaultPageSize(const QPageSize &size)
{
    defaultSize() = size;
}

QPageSize PressReleaseExporter::defaultPageSize()
{
    return defaultSize();
}

PressReleaseExporter::PressReleaseExporter(Archive &archive)
    : m_archive(archive)
    , m_generator(archive)
{
}

bool PressReleaseExporter::pageSetup(
    const PressRelease &release, PressReleaseDocument::PageSetup *setup, QString *error)
{
    const std::optional<Dialogue> dialogue = m_archive.dialogue(release.dialogueId);
    if (!dialogue) {
        *error = QCoreApplication::translate("PressReleaseExporter", "dialogue %1 does not exist")
                     .arg(release.dialogueId);
        return false;
    }
    QString html;
    if (release.id == 0 && release.body.contains(QLatin1String("<meta name=\"roundtable-"))) {
        // A fresh draft is the template's output itself: no need to render it again.
        html = release.body;
    } else {
        // Header and footer follow the template, filled in for this release as it is now
        // (its number may have been set after the text was generated).
        const QString name
            = release.templateName.isEmpty() ? QStringLiteral("default") : release.templateName;
        auto it = m_templates.find(name);
        if (it == m_templates.end()) {
            Template loaded;
            if (!PressReleaseTemplates::loadWithLetterhead(name, &loaded.text, &loaded.letterhead, error))
                return false;
            it = m_templates.insert(name, loaded);
        }
        QVariantHash context = m_generator.context(*dialogue, &release);
        context.insert(QStringLiteral("letterhead"), it->letterhead);
        if (!PressReleaseGenerator::render(it->text, context, &html, error)) {
            *error = QCoreApplication::translate("PressReleaseExporter", "template %1: %2").arg(name, *error);
            return false;
        }
    }
    setup->pageSize = m_pageSize;
    setup->header = PressReleaseGenerator::metaContent(html, QStringLiteral("roundtable-header"));
    setup->footer = PressReleaseGenerator::metaContent(html, QStringLiteral("roundtable-footer"));
    setup->title = release.headline;
    setup->subject = dialogue->title;
    if (const std::optional<Organization> about = m_archive.organization(release.aboutOrganizationId))
        setup->author = about->name;
    return true;
}

bool PressReleaseExporter::exportRelease(
    const PressRelease &release, const QString &path, const QString &format, QString *error)
{
    PressReleaseDocument::PageSetup setup;
    if (!pageSetup(release, &setup, error))
        return false;
    return PressReleaseDocument::write(release.body, setup, path, format, error, m_archive.database().path());
}

bool PressReleaseExporter::exportDialogue(qint64 dialogueId, const QString &templateName, const QString &path,
    const QString &format, QString *error)
{
    PressRelease release;
    if (!m_generator.generate(dialogueId, templateName, &release, error))
        return false;
    return exportRelease(release, path, format, error);
}

QString PressReleaseExporter::fileName(qint64 dialogueId, const QString &format)
{
    const std::optional<Dialogue> dialogue = m_archive.dialogue(dialogueId);
    const QString base = dialogue && !dialogue->key.isEmpty() ? dialogue->key
                                                              : QStringLiteral("dialogue-%1").arg(dialogueId);
    return base + QLatin1Char('.') + format;
}

} // namespace rt
