// The press-release command: writes a dialogue's press release as PDF, HTML or ODT.

#include "cli/PressReleaseCommand.h"

#include "core/db/Database.h"
#include "core/press/Letterhead.h"
#include "core/press/PressReleaseDocument.h"
#include "core/press/PressReleaseExporter.h"
#include "core/press/PressReleaseGenerator.h"
#include "core/records/Archive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace rt::cli {

namespace {

void addOptions(QCommandLineParser &parser)
{
    parser.addOption({ { QStringLiteral("o"), QStringLiteral("output") }, Text::tr("The file to write."),
        Text::tr("FILE") });
    parser.addOption({ { QStringLiteral("t"), QStringLiteral("template") },
        Text::tr("Generate a fresh draft through this template instead of using the saved release."),
        Text::tr("NAME") });
    parser.addOption({ { QStringLiteral("f"), QStringLiteral("format") },
        Text::tr("pdf, html or odt (default: from FILE's suffix, else pdf)."), Text::tr("FORMAT") });
    addPaperOptions(parser);
}

int run(Context &c)
{
    const QString output = c.parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        c.err << "roundtable: " << Text::tr("press-release needs --output FILE") << Qt::endl;
        return UsageError;
    }
    QString format = c.parser.value(QStringLiteral("format")).toLower();
    if (format.isEmpty()) {
        const QString suffix = QFileInfo(output).suffix().toLower();
        format = suffix == QLatin1String("html") || suffix == QLatin1String("odt") ? suffix
                                                                                   : QStringLiteral("pdf");
    }
    if (format != QLatin1String("pdf") && format != QLatin1String("html") && format != QLatin1String("odt")) {
        c.err << "roundtable: " << Text::tr("unknown format \"%1\" (pdf, html or odt)").arg(format)
              << Qt::endl;
        return UsageError;
    }

    std::optional<QPageSize> pageSize;
    if (!c.paperAsked(&pageSize))
        return UsageError;

    quietFontFallback();
    Database db;
    if (!c.open(db, true))
        return Failure;
    Archive archive(db);
    const QString which = c.arguments.at(0);
    bool numeric = false;
    const qint64 number = which.toLongLong(&numeric);
    const qint64 dialogueId = numeric && archive.dialogue(number) ? number : archive.dialogueId(which);
    if (dialogueId <= 0)
        return c.fail(Text::tr("no dialogue with key or id \"%1\"").arg(which));

    PressReleaseExporter exporter(archive);
    // Without either, the paper size of Preferences (A4 unless set to Letter).
    if (pageSize)
        exporter.setPageSize(*pageSize);
    PressRelease release;
    bool fromSaved = false;
    QString error;
    if (!PressReleaseGenerator(archive).releaseFor(
            dialogueId, c.parser.value(QStringLiteral("template")), &release, &fromSaved, &error))
        return c.fail(error);
    if (const QString logoProblem = Letterhead::logoProblem(); !logoProblem.isEmpty())
        c.err << "roundtable: "
              << Text::tr("warning: the letterhead's logo is left out: %1 (choose it again in Preferences)")
                     .arg(logoProblem)
              << Qt::endl;
    const QString missing = PressReleaseDocument::unsupportedCharacters(release.body);
    if (!missing.isEmpty())
        c.err << "roundtable: " << Text::tr("warning: no installed font can show %1").arg(missing)
              << Qt::endl;
    if (!exporter.exportRelease(release, output, format, &error))
        return c.fail(error);
    c.out << Text::tr("%1 written (%2)")
                 .arg(QDir::toNativeSeparators(output),
                     fromSaved ? Text::tr("saved release, %1").arg(release.status) : Text::tr("fresh draft"))
          << Qt::endl;
    return Success;
}

} // namespace

const Command pressReleaseCommand = { "press-release", "DIALOGUE",
    QT_TRANSLATE_NOOP("cli", "write a dialogue's press release (--output FILE, PDF, HTML or ODT)"), 1, 1,
    addOptions, run };

} // namespace rt::cli
