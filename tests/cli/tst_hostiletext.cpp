// One set of hostile strings (apostrophes, ampersands, angle brackets, Mustache braces,
// right-to-left scripts, combining marks) through every place a record's text leaves the
// program: the press release as PDF (body, running header and footer, metadata), HTML and
// ODT, the JSON export, and the search command's text and JSON output. Each must give back
// the characters of the record, neither escaped twice nor interpreted (issue 17, item 16).

#include "core/db/Database.h"
#include "core/interchange/Interchange.h"
#include "core/press/PressReleaseExporter.h"
#include "core/records/Archive.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

#include <algorithm>

using namespace rt;

namespace {

QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return QString();
    if (exitCode)
        *exitCode = process.exitCode();
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The value pdfinfo gives for one field ("Title:           X" -> "X").
QString infoField(const QString &info, const QString &name)
{
    for (const QString &line : info.split(QLatin1Char('\n'))) {
        if (line.startsWith(name + QLatin1Char(':')))
            return line.mid(name.size() + 1).trimmed();
    }
    return QString();
}

QString withoutSpaces(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

// What a reader of copied text sees: no spaces, and none of the invisible marks that say
// which way a run of text goes (pdftotext wraps right-to-left runs in U+202B…U+202C).
QString visibleText(QString text)
{
    static const QRegularExpression marks(
        QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]"));
    return withoutSpaces(text.remove(marks));
}

} // namespace

class TestHostileText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyOutput_data();
    void everyOutput();

private:
    QTemporaryDir m_dir;
};

void TestHostileText::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    for (const char *tool : { "pdftotext", "pdfinfo", "unzip" }) {
        if (QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty())
            QSKIP(qPrintable(QStringLiteral("%1 is not installed").arg(QLatin1String(tool))));
    }
}

void TestHostileText::everyOutput_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("apostrophes") << QStringLiteral(
        "Leaders' Meeting of the Lao People's Democratic Republic");
    QTest::newRow("ampersands") << QStringLiteral("Research & Development, AT&T &amp; &lt; &#39;");
    QTest::newRow("angle brackets") << QStringLiteral("<b>bold</b> <script>alert</script> a<b c>d");
    QTest::newRow("quotes") << QStringLiteral("the \"Green\" Initiative");
    QTest::newRow("Mustache braces") << QStringLiteral("{{x}} {{{headline}}} {{#about}}y{{/about}} {{! c }}");
    QTest::newRow("Arabic") << QString::fromUtf8("قمة المناخ العربية");
    QTest::newRow("Hebrew") << QString::fromUtf8("ועידת האקלים");
    // Brackets, digits and commas between the directions: each stays where it was typed.
    QTest::newRow("mixed directions")
        << QString::fromUtf8("ועידת האקלים (the 28th), 2023 — قمة 2024 (الرياض) end");
    QTest::newRow("combining marks") << QString::fromUtf8("Nguye\u0302\u0303n Cafe\u0301 a\u0308\u0304");
}

void TestHostileText::everyOutput()
{
    QFETCH(QString, text);
    const QString title = QStringLiteral("Zephyr ") + text;
    const QString organisation = QStringLiteral("Quillwort ") + text;
    const QString headline = title + QStringLiteral(" was Held in Vientiane");

    const QString tag
        = QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
    const QString databasePath = m_dir.filePath(tag + QStringLiteral(".rt"));
    const QJsonObject root {
        { QStringLiteral("format"), QStringLiteral("roundtable/1") },
        { QStringLiteral("organizations"),
            QJsonArray { QJsonObject { { QStringLiteral("key"), QStringLiteral("org") },
                { QStringLiteral("name"), organisation }, { QStringLiteral("about"), text } } } },
        { QStringLiteral("dialogues"),
            QJsonArray { QJsonObject { { QStringLiteral("key"), QStringLiteral("d") },
                { QStringLiteral("title"), title }, { QStringLiteral("city"), QStringLiteral("Vientiane") },
                { QStringLiteral("start_date"), QStringLiteral("2024-05-06") },
                { QStringLiteral("outcome"), text }, { QStringLiteral("about"), QStringLiteral("org") } } } }
    };
    QString error;
    {
        Database db;
        QVERIFY2(db.open(databasePath, Database::Mode::ReadWrite, &error), qPrintable(error));
        Archive archive(db);
        QVERIFY2(Interchange::importJson(archive, QJsonDocument(root).toJson(), nullptr, &error),
            qPrintable(error));
        const qint64 id = archive.dialogueId(QStringLiteral("d"));
        PressReleaseExporter exporter(archive);
        for (const char *format : { "pdf", "html", "odt" }) {
            const QString path = m_dir.filePath(tag + QLatin1Char('.') + QLatin1String(format));
            QVERIFY2(exporter.exportDialogue(id, QString(), path, QString(), &error), qPrintable(error));
        }
    }

    // PDF body and running footer (the headline), header (the organisation), metadata.
    const QString pdf = m_dir.filePath(tag + QStringLiteral(".pdf"));
    const QString pdfText = visibleText(run(QStringLiteral("pdftotext"),
        { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") }));
    // Right-to-left text copies out in logical order (the order it was typed), not as laid out.
    QVERIFY2(pdfText.count(withoutSpaces(headline)) >= 2, // the headline and the footer
        qPrintable(QStringLiteral("headline + footer: ") + pdfText.left(600)));
    QVERIFY2(pdfText.count(withoutSpaces(organisation)) >= 2, // the header and the "About" section
        qPrintable(QStringLiteral("header: ") + pdfText.left(600)));
    QString reversed = withoutSpaces(text);
    std::reverse(reversed.begin(), reversed.end());
    if (text.contains(QRegularExpression(QStringLiteral("[\\x{0590}-\\x{08FF}]"))))
        QVERIFY2(!pdfText.contains(reversed), qPrintable(pdfText.left(600)));
    QVERIFY2(!pdfText.contains(QLatin1String("&apos;")), qPrintable(pdfText.left(600)));
    const QString info
        = run(QStringLiteral("pdfinfo"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf });
    QCOMPARE(infoField(info, QStringLiteral("Title")), headline);
    QCOMPARE(infoField(info, QStringLiteral("Subject")), title);
    QCOMPARE(infoField(info, QStringLiteral("Author")), organisation);

    // HTML: read back as a browser would, the page shows the record's characters.
    QFile htmlFile(m_dir.filePath(tag + QStringLiteral(".html")));
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(htmlFile.readAll());
    if (text.contains(QLatin1Char('<')))
        QVERIFY2(!html.contains(text), "angle brackets reach the HTML unescaped");
    QTextDocument page;
    page.setHtml(html);
    QVERIFY2(page.toPlainText().contains(headline), qPrintable(page.toPlainText().left(400)));
    QVERIFY2(page.toPlainText().contains(organisation), qPrintable(page.toPlainText().left(400)));
    QCOMPARE(page.metaInformation(QTextDocument::DocumentTitle), headline);

    // ODT: the XML text of content.xml, entities decoded once, holds the record's characters.
    const QString contentXml = run(QStringLiteral("unzip"),
        { QStringLiteral("-p"), m_dir.filePath(tag + QStringLiteral(".odt")),
            QStringLiteral("content.xml") });
    QTextDocument odt;
    odt.setHtml(contentXml); // the XML's text nodes, with &amp; &lt; ... decoded
    QVERIFY2(
        withoutSpaces(odt.toPlainText()).contains(withoutSpaces(headline)), qPrintable(contentXml.left(800)));

    // The JSON export and the search command (text and JSON).
    const QString binary = QStringLiteral(ROUNDTABLE_BINARY);
    int code = -1;
    const QString exportPath = m_dir.filePath(tag + QStringLiteral(".json"));
    run(binary, { QStringLiteral("-d"), databasePath, QStringLiteral("export"), exportPath }, &code);
    QCOMPARE(code, 0);
    QFile exported(exportPath);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QJsonObject back = QJsonDocument::fromJson(exported.readAll()).object();
    const QJsonObject dialogue = back.value(QStringLiteral("dialogues")).toArray().at(0).toObject();
    QCOMPARE(dialogue.value(QStringLiteral("title")).toString(), title);
    QCOMPARE(dialogue.value(QStringLiteral("outcome")).toString(), text);
    QCOMPARE(back.value(QStringLiteral("organizations"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("name"))
                 .toString(),
        organisation);

    const QString found = run(binary,
        { QStringLiteral("-d"), databasePath, QStringLiteral("search"), QStringLiteral("zephyr") }, &code);
    QCOMPARE(code, 0);
    QVERIFY2(found.contains(QStringLiteral("2024-05-06  ") + title + QStringLiteral(" — Vientiane  [d]")),
        qPrintable(found));
    const QString json = run(binary,
        { QStringLiteral("-d"), databasePath, QStringLiteral("search"), QStringLiteral("--json"),
            QStringLiteral("zephyr") },
        &code);
    QCOMPARE(code, 0);
    const QJsonArray hits = QJsonDocument::fromJson(json.toUtf8()).array();
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.at(0).toObject().value(QStringLiteral("title")).toString(), title);
}

QTEST_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
