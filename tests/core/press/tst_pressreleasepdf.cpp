// Press releases on paper: PDF text that copies out as the record's characters in every
// script of the region, embedded fonts (Chinese in its Simplified forms), metadata, page
// numbers, the other formats, the font check and the press-release command. Reads the PDFs
// back with poppler's pdftotext, pdffonts and pdfinfo.

#include "core/db/Database.h"
#include "core/interchange/Interchange.h"
#include "core/press/Letterhead.h"
#include "core/press/PressReleaseBatchWriter.h"
#include "core/press/PressReleaseDocument.h"
#include "core/press/PressReleaseExporter.h"
#include "core/press/PressReleaseGenerator.h"
#include "core/press/PressReleaseTemplates.h"
#include "core/records/Archive.h"
#include "support/TestArchive.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rt;
using namespace rt::test;

namespace {

QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return QString();
    if (exitCode)
        *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString withoutSpaces(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

// Describes where two texts part, code point by code point, for a failure message.
QString firstDifference(const QString &expected, const QString &actual)
{
    const QList<uint> e = expected.toUcs4();
    const QList<uint> a = actual.toUcs4();
    qsizetype i = 0;
    while (i < e.size() && i < a.size() && e.at(i) == a.at(i))
        ++i;
    auto hex = [](const QList<uint> &s, qsizetype from) {
        QStringList parts;
        for (qsizetype k = from; k < std::min<qsizetype>(s.size(), from + 6); ++k)
            parts.append(QStringLiteral("U+%1").arg(s.at(k), 4, 16, QLatin1Char('0')).toUpper());
        return parts.join(QLatin1Char(' '));
    };
    return QStringLiteral("at code point %1: expected %2, got %3").arg(i).arg(hex(e, i), hex(a, i));
}

} // namespace

class TestPressReleasePdf : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestArchive m_test;
    QString m_databasePath;
    QString m_scriptsPdf;
    QString m_demoPdf;

    QString pdfText(const QString &path)
    {
        return run(QStringLiteral("pdftotext"),
            { QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-") });
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        m_databasePath = m_dir.filePath(QStringLiteral("archive.rt"));
        QString error;
        QVERIFY2(
            m_test.open(m_databasePath, TestArchive::Demo | TestArchive::Scripts, &error), qPrintable(error));
        PressReleaseExporter exporter(m_test.archive());
        m_scriptsPdf = m_dir.filePath(QStringLiteral("scripts.pdf"));
        m_demoPdf = m_dir.filePath(QStringLiteral("demo.pdf"));
        QVERIFY2(exporter.exportDialogue(m_test->dialogueId(QStringLiteral("scripts")), QString(),
                     m_scriptsPdf, QString(), &error),
            qPrintable(error));
        QVERIFY2(exporter.exportDialogue(m_test->dialogueId(QStringLiteral("2022-11-23-iem-roundtable")),
                     QString(), m_demoPdf, QStringLiteral("pdf"), &error),
            qPrintable(error));
    }

    void everyScriptCopiesOut_data()
    {
        QTest::addColumn<QString>("person");
        QTest::newRow("Chinese") << QStringLiteral("zhang");
        QTest::newRow("Thai") << QStringLiteral("noppadon");
        QTest::newRow("Lao") << QStringLiteral("souk");
        QTest::newRow("Khmer") << QStringLiteral("sok");
        QTest::newRow("Burmese") << QStringLiteral("aung");
        QTest::newRow("Vietnamese") << QStringLiteral("nguyen");
    }

    void everyScriptCopiesOut()
    {
        QFETCH(QString, person);
        const std::optional<Dialogue> dialogue
            = m_test->dialogue(m_test->dialogueId(QStringLiteral("scripts")));
        QVERIFY(dialogue);
        const qint64 personId = m_test->personId(person);
        QString summary;
        for (const Speech &speech : dialogue->speeches) {
            if (speech.personId == personId)
                summary = speech.summary;
        }
        QVERIFY(!summary.isEmpty());
        // Line breaks fall where the layout put them, so spaces do not count; every other
        // character must come back exactly, in the record's (logical) order.
        const QString extracted = withoutSpaces(pdfText(m_scriptsPdf));
        const QString expected = withoutSpaces(summary);
        if (!extracted.contains(expected)) {
            const QString start = expected.left(4);
            const qsizetype at = extracted.indexOf(start);
            QFAIL(qPrintable(at < 0 ? QStringLiteral("the text's start is missing from the PDF text")
                                    : firstDifference(expected, extracted.mid(at, expected.size() + 8))));
        }
        // The same holds for the name written in the person's own script.
        const std::optional<Person> p = m_test->person(personId);
        QVERIFY(p);
        const QString later = withoutSpaces(PressReleaseGenerator::laterMention(*p));
        QVERIFY2(
            extracted.contains(later + QStringLiteral("statedthat") + expected.left(3)), qPrintable(later));
    }

    // The batch export's writer: the same text in every script as one file written on its
    // own, each failure reported for its file alone, and a cancel that leaves only whole
    // files.
    void batchWriterOnEveryCore()
    {
        PressReleaseExporter exporter(m_test.archive());
        PressReleaseGenerator generator(m_test.archive());
        PressRelease release;
        PressReleaseDocument::PageSetup setup;
        QString error;
        QVERIFY2(
            generator.generate(m_test->dialogueId(QStringLiteral("scripts")), QString(), &release, &error),
            qPrintable(error));
        QVERIFY2(exporter.pageSetup(release, &setup, &error), qPrintable(error));
        const QString folder = m_dir.filePath(QStringLiteral("batch"));
        QVERIFY(QDir().mkpath(folder));
        constexpr int Files = 8;
        {
            PressReleaseBatchWriter writer(QString(), 3);
            QCOMPARE(writer.threads(), 3);
            for (int i = 0; i < Files; ++i)
                writer.add(i, release.body, setup, QDir(folder).filePath(QStringLiteral("%1.pdf").arg(i)),
                    QStringLiteral("pdf"));
            writer.add(Files, release.body, setup, m_dir.filePath(QStringLiteral("no-such-folder/x.pdf")),
                QStringLiteral("pdf"));
            QList<PressReleaseBatchWriter::Done> done = writer.finish();
            QCOMPARE(done.size(), Files + 1);
            std::sort(
                done.begin(), done.end(), [](const auto &a, const auto &b) { return a.index < b.index; });
            for (int i = 0; i < Files; ++i) {
                QCOMPARE(done.at(i).index, i);
                QVERIFY2(done.at(i).error.isEmpty(), qPrintable(done.at(i).error));
            }
            QCOMPARE(done.last().index, Files);
            QVERIFY(done.last().error.contains(QLatin1String("no-such-folder")));
        }
        const QString single = pdfText(m_scriptsPdf);
        QVERIFY(!single.isEmpty());
        for (int i = 0; i < Files; ++i)
            QCOMPARE(pdfText(QDir(folder).filePath(QStringLiteral("%1.pdf").arg(i))), single);

        const QString cancelled = m_dir.filePath(QStringLiteral("cancelled"));
        QVERIFY(QDir().mkpath(cancelled));
        PressReleaseBatchWriter writer(QString(), 2);
        for (int i = 0; i < 4; ++i) // as many as it takes without waiting
            writer.add(i, release.body, setup, QDir(cancelled).filePath(QStringLiteral("%1.pdf").arg(i)),
                QStringLiteral("pdf"));
        writer.cancel();
        const QList<PressReleaseBatchWriter::Done> done = writer.takeDone();
        QCOMPARE(done.size(), 4);
        int written = 0;
        for (const PressReleaseBatchWriter::Done &file : done) {
            const QString path = QDir(cancelled).filePath(QStringLiteral("%1.pdf").arg(file.index));
            if (file.error.isEmpty()) {
                ++written;
                QCOMPARE(pdfText(path), single);
            } else {
                QCOMPARE(file.error, PressReleaseBatchWriter::cancelled());
                QVERIFY(!QFile::exists(path));
            }
        }
        QCOMPARE(QDir(cancelled).entryList(QDir::Files | QDir::Hidden).size(), written);
    }

    void fontsAreEmbeddedAndChineseIsSimplified()
    {
        const QString fonts = run(QStringLiteral("pdffonts"), { m_scriptsPdf });
        QStringList rows = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(rows.size() >= 6);
        for (const QString &row : std::as_const(rows)) {
            const QStringList columns = row.simplified().split(QLatin1Char(' '));
            // name type... encoding emb sub uni object-id generation: emb is the fifth from the end.
            QVERIFY2(columns.size() >= 7 && columns.at(columns.size() - 5) == QLatin1String("yes"),
                qPrintable(row));
        }
        QVERIFY2(fonts.contains(QStringLiteral("NotoSansCJKsc")), qPrintable(fonts));
        QVERIFY2(!fonts.contains(QStringLiteral("CJKjp")) && !fonts.contains(QStringLiteral("CJKtc"))
                && !fonts.contains(QStringLiteral("CJKkr")),
            qPrintable(fonts));
        for (const char *family : { "NotoSansThai", "NotoSansLao", "NotoSansKhmer", "NotoSansMyanmar" })
            QVERIFY2(fonts.contains(QLatin1String(family)), family);
    }

    void metadataAndPages()
    {
        const QString info = run(QStringLiteral("pdfinfo"), { m_demoPdf });
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral(
                     "Title:\\s+Green Lancang-Mekong Initiative: Towards COP15--Senior-level"))),
            qPrintable(info));
        QVERIFY2(info.contains(QRegularExpression(
                     QStringLiteral("Author:\\s+Lancang-Mekong Environmental Cooperation Center\\n"))),
            qPrintable(info));
        QVERIFY2(info.contains(QRegularExpression(
                     QStringLiteral("Subject:\\s+Senior-level Roundtable Dialogue on Integrated"))),
            qPrintable(info));
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+595(\\.\\d+)? x 842"))),
            qPrintable(info)); // A4
        const int pages
            = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
        QVERIFY(pages >= 2);
        const QString text = pdfText(m_demoPdf);
        for (int page = 1; page <= pages; ++page)
            QVERIFY2(text.contains(QStringLiteral("%1 / %2").arg(page).arg(pages)), qPrintable(text));
        // A paragraph that straddles a page break is drawn clipped on both pages; its text
        // must still come out once.
        for (const char *start :
            { "Dr. Zhang stated", "Dr. Sun emphasized", "Dr. Dechen Tsering pointed out", "About LMEC" })
            QCOMPARE(text.count(QLatin1String(start)), 1);
        // Ligatures (fi, ffl) copy out as letters.
        QVERIFY(text.contains(QStringLiteral("offline form")));
        QVERIFY(!text.contains(QChar(0xFB04)) && !text.contains(QChar(0xFB01)));
    }

    void savedReleaseHeaderFollowsItsNumber()
    {
        // The number is given after the text was generated: the page header, made from the
        // template at export time, carries it all the same.
        PressRelease release;
        QString error;
        QVERIFY(PressReleaseGenerator(m_test.archive())
                    .generate(m_test->dialogueId(QStringLiteral("2022-11-23-iem-roundtable")), QString(),
                        &release, &error));
        release.id = 42; // as if saved
        release.releaseNumber = QStringLiteral("2022-17");
        const QString path = m_dir.filePath(QStringLiteral("numbered.pdf"));
        QVERIFY2(PressReleaseExporter(m_test.archive()).exportRelease(release, path, QString(), &error),
            qPrintable(error));
        const QString text = pdfText(path);
        QVERIFY2(
            text.contains(QStringLiteral("Lancang-Mekong Environmental Cooperation Center  ·  No. 2022-17")),
            qPrintable(text.left(400)));
    }

    void letterPages()
    {
        PressReleaseExporter exporter(m_test.archive());
        exporter.setPageSize(QPageSize(QPageSize::Letter));
        const QString path = m_dir.filePath(QStringLiteral("letter.pdf"));
        QString error;
        QVERIFY2(exporter.exportDialogue(
                     m_test->dialogueId(QStringLiteral("scripts")), QString(), path, QString(), &error),
            qPrintable(error));
        QVERIFY(run(QStringLiteral("pdfinfo"), { path })
                    .contains(QRegularExpression(QStringLiteral("Page size:\\s+612 x 792"))));
    }

    void htmlAndOdt()
    {
        PressReleaseExporter exporter(m_test.archive());
        const qint64 demo = m_test->dialogueId(QStringLiteral("2022-11-23-iem-roundtable"));
        QString error;
        const QString html = m_dir.filePath(QStringLiteral("demo.html"));
        const QString odt = m_dir.filePath(QStringLiteral("demo.odt"));
        QVERIFY2(exporter.exportDialogue(demo, QString(), html, QString(), &error), qPrintable(error));
        QVERIFY2(
            exporter.exportDialogue(demo, QString(), odt, QStringLiteral("odt"), &error), qPrintable(error));
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(htmlFile.readAll()).contains(QStringLiteral("Dr. Zhang stated that LMEC")));
        QFile odtFile(odt);
        QVERIFY(odtFile.open(QIODevice::ReadOnly));
        const QByteArray zip = odtFile.readAll();
        QVERIFY(zip.startsWith("PK"));
        QVERIFY(zip.contains("application/vnd.oasis.opendocument.text"));
        QVERIFY(!exporter.exportDialogue(
            demo, QString(), m_dir.filePath(QStringLiteral("demo.doc")), QString(), &error));
        QVERIFY(error.contains(QStringLiteral("doc")));
    }

    // Issue 12, item 11: the contact block never breaks across pages, wherever the text before
    // it ends. The demo's text is pushed down a line at a time until the block meets a page
    // boundary; each PDF keeps "Contact Us" and the WeChat line on one page.
    void contactBlockNeverBreaksAcrossPages()
    {
        PressRelease release;
        QString error;
        QVERIFY(PressReleaseGenerator(m_test.archive())
                    .generate(m_test->dialogueId(QStringLiteral("2022-11-23-iem-roundtable")), QString(),
                        &release, &error));
        const qsizetype at = release.body.indexOf(QStringLiteral("<p class=\"contact\">"));
        QVERIFY(at > 0);
        int moved = 0;
        for (int lines = 0; lines < 40; ++lines) {
            QString html = release.body;
            html.insert(at, QStringLiteral("<p>Padding line.</p>").repeated(lines));
            QByteArray pdf;
            PressReleaseDocument::PageSetup setup;
            QVERIFY2(PressReleaseDocument::pdf(html, setup, &pdf, &error), qPrintable(error));
            const QString path = m_dir.filePath(QStringLiteral("contact%1.pdf").arg(lines));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(pdf);
            file.close();
            QStringList pages = pdfText(path).split(QLatin1Char('\f'));
            if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
                pages.removeLast();
            // No blank page at the end: the last page holds the end mark.
            QVERIFY2(!pages.isEmpty() && pages.last().contains(QStringLiteral("###")),
                qPrintable(QStringLiteral("%1 padding lines: the last page is blank").arg(lines)));
            int contactPage = -1;
            int lastPage = -1;
            for (int page = 0; page < pages.size(); ++page) {
                if (pages.at(page).contains(QStringLiteral("Contact Us")))
                    contactPage = page;
                if (pages.at(page).contains(QStringLiteral("WeChat ID")))
                    lastPage = page;
            }
            QVERIFY2(contactPage >= 0 && contactPage == lastPage,
                qPrintable(QStringLiteral("%1 padding lines: contact on page %2, its end on page %3")
                               .arg(lines)
                               .arg(contactPage + 1)
                               .arg(lastPage + 1)));
            // Where the block met a page boundary it starts the next page (only the running
            // header, and perhaps a padding line or two, stand above it).
            const QString before = pages.value(contactPage)
                                       .left(pages.value(contactPage).indexOf(QStringLiteral("Contact Us")));
            if (contactPage > 0 && before.count(QLatin1Char('\n')) <= 4)
                ++moved;
        }
        QVERIFY2(moved > 0, "no padding brought the contact block to a page boundary");
    }

    // Issue 12, item 12: the letterhead's logo and colour in the PDF; a logo file is checked.
    void letterheadInThePdf()
    {
        const QString logoPath = m_dir.filePath(QStringLiteral("logo.png"));
        QImage logo(240, 80, QImage::Format_RGB32);
        logo.fill(QColor(0x0b, 0x6e, 0x4f));
        QVERIFY(logo.save(logoPath, "PNG"));
        Letterhead letterhead;
        letterhead.logoPath = logoPath;
        letterhead.color = QColor(0x0b, 0x6e, 0x4f);
        Letterhead::setCurrent(letterhead);
        QVERIFY(Letterhead::logoProblem().isEmpty());
        PressRelease release;
        QString error;
        QVERIFY(PressReleaseGenerator(m_test.archive())
                    .generate(m_test->dialogueId(QStringLiteral("2022-11-23-iem-roundtable")), QString(),
                        &release, &error));
        QVERIFY(release.body.contains(QLatin1String(Letterhead::LogoUrl)));
        QVERIFY(release.body.contains(QStringLiteral("#0b6e4f")));
        const QString path = m_dir.filePath(QStringLiteral("letterhead.pdf"));
        QVERIFY2(PressReleaseExporter(m_test.archive()).exportRelease(release, path, QString(), &error),
            qPrintable(error));
        if (!QStandardPaths::findExecutable(QStringLiteral("pdfimages")).isEmpty()) {
            const QString images = run(QStringLiteral("pdfimages"), { QStringLiteral("-list"), path });
            QVERIFY2(
                images.contains(QRegularExpression(QStringLiteral("\\n\\s+1\\s+\\d+\\s+image\\s+240\\s+80"))),
                qPrintable(images));
        }
        // The HTML export carries the logo inside it.
        const QString html = m_dir.filePath(QStringLiteral("letterhead.html"));
        QVERIFY2(PressReleaseExporter(m_test.archive()).exportRelease(release, html, QString(), &error),
            qPrintable(error));
        QFile htmlFile(html);
        QVERIFY(htmlFile.open(QIODevice::ReadOnly));
        const QByteArray written = htmlFile.readAll();
        QVERIFY(written.contains("data:image/png;base64,"));
        QVERIFY(!written.contains(Letterhead::LogoUrl));

        // Without a logo the template leaves the picture out.
        Letterhead::setCurrent(Letterhead());
        QVERIFY(PressReleaseGenerator(m_test.archive())
                    .generate(m_test->dialogueId(QStringLiteral("2022-11-23-iem-roundtable")), QString(),
                        &release, &error));
        QVERIFY(!release.body.contains(QLatin1String(Letterhead::LogoUrl)));
    }

    // A template may carry its own letterhead: a logo file beside it and its colours, which
    // win over Preferences and travel inside the release.
    void templateCarriesItsLetterhead()
    {
        const QString folder = PressReleaseTemplates::userFolder();
        QVERIFY(QDir().mkpath(folder));
        const auto cleanUp = qScopeGuard([&folder] {
            for (const char *name : { "centre.html", "centre-logo.png", "broken.html", "astray.html" })
                QFile::remove(QDir(folder).filePath(QLatin1String(name)));
        });
        QImage logo(900, 300, QImage::Format_RGB32); // larger than a release needs: kept smaller
        logo.fill(QColor(0x8a, 0x1c, 0x2b));
        QVERIFY(logo.save(QDir(folder).filePath(QStringLiteral("centre-logo.png")), "PNG"));
        QString text;
        QString error;
        QVERIFY(PressReleaseTemplates::load(QStringLiteral("default"), &text, &error));
        const QString head
            = QStringLiteral("<head>\n<meta name=\"roundtable-logo\" content=\"centre-logo.png\">\n"
                             "<meta name=\"roundtable-color\" content=\"#8a1c2b\">\n");
        const auto writeTemplate = [&folder](const char *name, const QString &body) {
            QFile file(QDir(folder).filePath(QLatin1String(name)));
            return file.open(QIODevice::WriteOnly) && file.write(body.toUtf8()) == body.toUtf8().size();
        };
        QVERIFY(writeTemplate("centre.html", QString(text).replace(QStringLiteral("<head>\n"), head)));
        // Preferences name another logo and colour: the template's win.
        const QString preferred = m_dir.filePath(QStringLiteral("preferred.png"));
        QImage other(100, 100, QImage::Format_RGB32);
        other.fill(Qt::blue);
        QVERIFY(other.save(preferred, "PNG"));
        Letterhead letterhead;
        letterhead.logoPath = preferred;
        letterhead.color = QColor(0x00, 0x00, 0xff);
        Letterhead::setCurrent(letterhead);
        const auto restore = qScopeGuard([] { Letterhead::setCurrent(Letterhead()); });

        const qint64 demo = m_test->dialogueId(QStringLiteral("2022-11-23-iem-roundtable"));
        PressRelease release;
        QVERIFY2(PressReleaseGenerator(m_test.archive())
                     .generate(demo, QStringLiteral("centre"), &release, &error),
            qPrintable(error));
        QVERIFY(release.body.contains(QStringLiteral("#8a1c2b")));
        QVERIFY(!release.body.contains(QStringLiteral("#0000ff")));
        QVERIFY(release.body.contains(QStringLiteral("src=\"data:image/png;base64,")));
        QVERIFY(!release.body.contains(QLatin1String(Letterhead::LogoUrl)));
        // The PDF shows the template's logo, scaled to what print needs, not the preferred one.
        const QString path = m_dir.filePath(QStringLiteral("centre.pdf"));
        QVERIFY2(PressReleaseExporter(m_test.archive()).exportRelease(release, path, QString(), &error),
            qPrintable(error));
        if (!QStandardPaths::findExecutable(QStringLiteral("pdfimages")).isEmpty()) {
            const QString images = run(QStringLiteral("pdfimages"), { QStringLiteral("-list"), path });
            const int high = Letterhead::LogoHeight * Letterhead::TemplateLogoScale;
            QVERIFY2(images.contains(QRegularExpression(
                         QStringLiteral("\\n\\s+1\\s+\\d+\\s+image\\s+%1\\s+%2\\s").arg(high * 3).arg(high))),
                qPrintable(images));
            QVERIFY2(!images.contains(QRegularExpression(QStringLiteral("image\\s+100\\s+100\\s"))),
                qPrintable(images));
        }

        // A template naming a logo that is not there, or a path, or a colour that is not one,
        // is refused with the reason; nothing is written.
        QVERIFY(writeTemplate("broken.html",
            QString(text).replace(QStringLiteral("<head>\n"),
                QStringLiteral("<head>\n<meta name=\"roundtable-logo\" content=\"gone.png\">\n"))));
        QVERIFY(!PressReleaseGenerator(m_test.archive())
                     .generate(demo, QStringLiteral("broken"), &release, &error));
        QVERIFY2(error.startsWith(QStringLiteral("template broken: the logo "))
                && error.contains(QStringLiteral("does not exist")),
            qPrintable(error));
        QVERIFY(writeTemplate("astray.html",
            QString(text).replace(QStringLiteral("<head>\n"),
                QStringLiteral("<head>\n<meta name=\"roundtable-logo\" content=\"../../secret.png\">\n"))));
        QVERIFY(!PressReleaseGenerator(m_test.archive())
                     .generate(demo, QStringLiteral("astray"), &release, &error));
        QVERIFY2(
            error.contains(QStringLiteral("must be a file name beside the template")), qPrintable(error));
        QVERIFY(writeTemplate("broken.html",
            QString(text).replace(QStringLiteral("<head>\n"),
                QStringLiteral("<head>\n<meta name=\"roundtable-color\" content=\"bluish\">\n"))));
        const QString pdf = m_dir.filePath(QStringLiteral("broken.pdf"));
        QVERIFY(!PressReleaseExporter(m_test.archive())
                     .exportDialogue(demo, QStringLiteral("broken"), pdf, QString(), &error));
        QVERIFY2(error.contains(QStringLiteral("\"bluish\" is not a colour")), qPrintable(error));
        QVERIFY(!QFile::exists(pdf));
    }

    void logoFilesAreChecked()
    {
        QImage image;
        QString error;
        QVERIFY(!Letterhead::readLogo(m_dir.filePath(QStringLiteral("missing.png")), &image, &error));
        QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
        QVERIFY(!Letterhead::readLogo(m_dir.path(), &image, &error));
        QVERIFY2(error.contains(QStringLiteral("is not a file")), qPrintable(error));
        // Text under an image's name is refused by its content.
        const QString fake = m_dir.filePath(QStringLiteral("fake.png"));
        QFile text(fake);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("<svg xmlns='http://www.w3.org/2000/svg'/> not a PNG at all");
        text.close();
        QVERIFY(!Letterhead::readLogo(fake, &image, &error));
        QVERIFY2(
            error.contains(QStringLiteral("is not a PNG, JPEG, GIF, BMP or WebP image")), qPrintable(error));
        // Too large a file is refused before it is read.
        const QString large = m_dir.filePath(QStringLiteral("large.png"));
        QFile big(large);
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(Letterhead::MaxLogoBytes + 1));
        big.close();
        QVERIFY(!Letterhead::readLogo(large, &image, &error));
        QVERIFY2(error.contains(QStringLiteral("larger than 4 MB")), qPrintable(error));
        // A truncated PNG is refused with the reason, not drawn half.
        const QString good = m_dir.filePath(QStringLiteral("good.png"));
        QImage logo(64, 64, QImage::Format_RGB32);
        logo.fill(Qt::red);
        QVERIFY(logo.save(good, "PNG"));
        QVERIFY2(Letterhead::readLogo(good, &image, &error), qPrintable(error));
        QCOMPARE(image.size(), QSize(64, 64));
        QFile whole(good);
        QVERIFY(whole.open(QIODevice::ReadOnly));
        const QByteArray bytes = whole.readAll();
        whole.close();
        const QString cut = m_dir.filePath(QStringLiteral("cut.png"));
        QFile half(cut);
        QVERIFY(half.open(QIODevice::WriteOnly));
        half.write(bytes.left(40));
        half.close();
        QVERIFY(!Letterhead::readLogo(cut, &image, &error));
        QVERIFY(!error.isEmpty());
        // A logo the settings name but cannot be read is left out, its reason kept.
        Letterhead letterhead;
        letterhead.logoPath = fake;
        Letterhead::setCurrent(letterhead);
        QVERIFY(Letterhead::currentLogo().isNull());
        QVERIFY(Letterhead::logoProblem().contains(QStringLiteral("fake.png")));
        QVERIFY(!Letterhead::context().contains(QStringLiteral("logo")));
        Letterhead::setCurrent(Letterhead());
    }

    void failedWritesLeaveTheOldFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("keep.html"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("old");
        file.close();
        QString error;
        QVERIFY(!PressReleaseDocument::write(
            QStringLiteral("<p>x</p>"), {}, path, QStringLiteral("rtf"), &error));
        QVERIFY(!PressReleaseDocument::write(QStringLiteral("<p>x</p>"), {},
            m_dir.filePath(QStringLiteral("missing/folder/x.pdf")), QString(), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("old"));
    }

    void unsupportedCharactersAreFound()
    {
        QCOMPARE(PressReleaseDocument::unsupportedCharacters(
                     QStringLiteral("Dr. Zhang 张玉军 นพดล ກອງ កិច្ច မြန်မာ Nguyễn \u200b\u00a0")),
            QString());
        // A private-use character and an unassigned one: no font shows them.
        QCOMPARE(PressReleaseDocument::unsupportedCharacters(QStringLiteral("a\ue000b\u0378c\ue000")),
            QStringLiteral("\ue000\u0378"));
    }

    void command()
    {
        const QString binary = QStringLiteral(ROUNDTABLE_BINARY);
        const QString out = m_dir.filePath(QStringLiteral("cli.pdf"));
        m_test.db().close(); // the command opens the archive itself
        int code = -1;
        run(binary,
            { QStringLiteral("-d"), m_databasePath, QStringLiteral("press-release"),
                QStringLiteral("2022-11-23-iem-roundtable"), QStringLiteral("--output"), out },
            &code);
        QCOMPARE(code, 0);
        QVERIFY(pdfText(out).contains(QStringLiteral("Dr. Dechen Tsering pointed out that IEM")));
        const QString html = m_dir.filePath(QStringLiteral("cli.out"));
        run(binary,
            { QStringLiteral("-d"), m_databasePath, QStringLiteral("press-release"),
                QStringLiteral("scripts"), QStringLiteral("-o"), html, QStringLiteral("--format"),
                QStringLiteral("html") },
            &code);
        QCOMPARE(code, 0);
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(file.readAll()).contains(QStringLiteral("កិច្ចសហប្រតិបត្តិការ")));
        run(binary,
            { QStringLiteral("-d"), m_databasePath, QStringLiteral("press-release"),
                QStringLiteral("no-such-dialogue"), QStringLiteral("-o"), out },
            &code);
        QCOMPARE(code, 1);
        run(binary,
            { QStringLiteral("-d"), m_databasePath, QStringLiteral("press-release"),
                QStringLiteral("scripts") },
            &code);
        QCOMPARE(code, 2);
        run(binary,
            { QStringLiteral("-d"), m_databasePath, QStringLiteral("press-release"),
                QStringLiteral("scripts"), QStringLiteral("-o"), out, QStringLiteral("--format"),
                QStringLiteral("docx") },
            &code);
        QCOMPARE(code, 2);
        run(binary,
            { QStringLiteral("-d"), m_databasePath, QStringLiteral("press-release"),
                QStringLiteral("scripts"), QStringLiteral("-o"), out, QStringLiteral("--template"),
                QStringLiteral("nonexistent") },
            &code);
        QCOMPARE(code, 1);

        // The paper size: the preference, unless --a4 or --letter says otherwise.
        QTemporaryDir config;
        QVERIFY(QDir().mkpath(config.filePath(QStringLiteral("lmec.org.cn"))));
        QFile settings(config.filePath(QStringLiteral("lmec.org.cn/roundtable.conf")));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[print]\npaperSize=Letter\n");
        settings.close();
        const auto pageSize = [&](const QStringList &extra) {
            QProcess process;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
            process.setProcessEnvironment(environment);
            process.start(binary,
                QStringList { QStringLiteral("-d"), m_databasePath, QStringLiteral("press-release"),
                    QStringLiteral("scripts"), QStringLiteral("-o"), out }
                    + extra);
            if (!process.waitForFinished(60000) || process.exitCode() != 0)
                return QStringLiteral("exit %1: %2")
                    .arg(process.exitCode())
                    .arg(QString::fromUtf8(process.readAllStandardError()));
            const QRegularExpressionMatch match
                = QRegularExpression(QStringLiteral("Page size:\\s+(\\d+) x (\\d+)"))
                      .match(run(QStringLiteral("pdfinfo"), { out }));
            return match.captured(1) + QLatin1Char('x') + match.captured(2);
        };
        QCOMPARE(pageSize({}), QStringLiteral("612x792"));
        QCOMPARE(pageSize({ QStringLiteral("--a4") }), QStringLiteral("595x842"));
        QCOMPARE(pageSize({ QStringLiteral("--letter") }), QStringLiteral("612x792"));
        run(binary,
            { QStringLiteral("-d"), m_databasePath, QStringLiteral("press-release"),
                QStringLiteral("scripts"), QStringLiteral("-o"), out, QStringLiteral("--a4"),
                QStringLiteral("--letter") },
            &code);
        QCOMPARE(code, 2);
    }
};

QTEST_MAIN(TestPressReleasePdf)
#include "tst_pressreleasepdf.moc"
