// The Simplified Chinese interface: every text the program shows has a finished zh_CN
// translation that keeps its placeholders (checked on a fresh lupdate of today's sources,
// so a string added without a translation fails here), and under LANG=zh_CN.UTF-8 (set
// by CTest for this test) the main window, Qt's own buttons and the command line speak
// Chinese.

#include "app/window/MainWindow.h"
#include "cli/Command.h"
#include "core/records/Archive.h"
#include "core/records/RecordRules.h"
#include "core/settings/Translations.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace rt;
using namespace rt::app;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyStringTranslated();
    void everyEnglishPluralTranslated();
    void systemLocaleIsChinese();
    void mainWindowInChinese();
    void qtButtonsInChinese();
    void helperContextsFound();
    void commandLineInChinese();
    void englishPlurals();

private:
    struct Entry
    {
        QString context;
        QString source;
        QString translation;
        bool finished = false;
    };
    static QList<Entry> readTs(const QString &path, QString *error);
    // The entries of resources/translations/NAME after a fresh lupdate of today's sources.
    static QList<Entry> freshEntries(const QString &name, const QStringList &options, QString *error);

    QTemporaryDir m_settingsDir;
    QLocale m_installed;
};

QList<TestTranslations::Entry> TestTranslations::readTs(const QString &path, QString *error)
{
    QList<Entry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return entries;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    bool obsolete = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message"))
                entry = Entry { context, {}, {}, false };
            else if (xml.name() == QLatin1String("source"))
                entry.source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                obsolete = type == QLatin1String("vanished") || type == QLatin1String("obsolete");
                entry.finished = type.isEmpty();
                entry.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message") && !obsolete) {
            entries << entry;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return entries;
}

QList<TestTranslations::Entry> TestTranslations::freshEntries(
    const QString &name, const QStringList &options, QString *error)
{
    // A fresh extraction from the sources as they are now, into a copy of the .ts: what
    // lupdate finds that the checked-in file lacks comes out unfinished.
    QTemporaryDir dir;
    const QString ts = dir.filePath(name);
    if (!QFile::copy(QStringLiteral(ROUNDTABLE_SOURCE_DIR "/resources/translations/") + name, ts)) {
        *error = QStringLiteral("cannot copy ") + name;
        return {};
    }
    QFile::setPermissions(ts, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(ROUNDTABLE_SOURCE_DIR));
    lupdate.setProcessChannelMode(QProcess::ForwardedOutputChannel); // stderr is kept for the message
    lupdate.start(QStringLiteral(LUPDATE_BINARY),
        QStringList { QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
            QStringLiteral("-no-obsolete") }
            + options
            + QStringList { QStringLiteral("src"), QStringLiteral("ui"), QStringLiteral("-ts"), ts });
    if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0) {
        *error = QStringLiteral("lupdate failed: ") + QString::fromLocal8Bit(lupdate.readAllStandardError());
        return {};
    }
    return readTs(ts, error);
}

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    // Follow the system locale, as a user who never opened Preferences would.
    m_installed = Translations::install(QString());
}

void TestTranslations::everyStringTranslated()
{
    QString error;
    const QList<Entry> entries = freshEntries(QStringLiteral("roundtable_zh_CN.ts"), {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(entries.size() > 400, qPrintable(QString::number(entries.size())));
    static const QRegularExpression placeholder(QStringLiteral("%(?:n|\\d+)"));
    auto placeholders = [](const QString &text) {
        QStringList found;
        for (auto it = placeholder.globalMatch(text); it.hasNext();)
            found << it.next().captured();
        found.sort();
        found.removeDuplicates();
        return found;
    };
    QStringList problems;
    for (const Entry &e : entries) {
        if (!e.finished || e.translation.isEmpty())
            problems << QStringLiteral("untranslated [%1] %2").arg(e.context, e.source);
        else if (placeholders(e.source) != placeholders(e.translation))
            problems << QStringLiteral("placeholders differ [%1] %2 -> %3")
                            .arg(e.context, e.source, e.translation);
        // An accelerator in the source needs one in the translation, or the menu loses its key.
        else if (e.source.contains(QRegularExpression(QStringLiteral("&[^&\\s;]")))
            && !e.translation.contains(QLatin1Char('&')))
            problems
                << QStringLiteral("accelerator lost [%1] %2 -> %3").arg(e.context, e.source, e.translation);
    }
    QVERIFY2(problems.isEmpty(),
        qPrintable(problems.join(QLatin1Char('\n'))
            + QStringLiteral(
                "\n(run scripts/translations update, then translate: see scripts/translations)")));
}

void TestTranslations::everyEnglishPluralTranslated()
{
    QString error;
    const QList<Entry> entries = freshEntries(QStringLiteral("roundtable_en.ts"),
        { QStringLiteral("-pluralonly"), QStringLiteral("-source-language"), QStringLiteral("en"),
            QStringLiteral("-target-language"), QStringLiteral("en") },
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!entries.isEmpty());
    QStringList problems;
    for (const Entry &e : entries) {
        if (!e.finished || e.translation.isEmpty())
            problems << e.source;
    }
    QVERIFY2(problems.isEmpty(),
        qPrintable(QStringLiteral("English plurals missing (scripts/translations): ")
            + problems.join(QStringLiteral("; "))));
}

void TestTranslations::systemLocaleIsChinese()
{
    QCOMPARE(QLocale::system().name(), QStringLiteral("zh_CN"));
    QCOMPARE(m_installed.name(), QStringLiteral("zh_CN"));
}

void TestTranslations::mainWindowInChinese()
{
    MainWindow window;
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus << action->text();
    QCOMPARE(menus.value(0), QStringLiteral(u"文件(&F)"));
    QCOMPARE(menus.value(1), QStringLiteral(u"编辑(&E)"));
    QVERIFY2(menus.contains(QStringLiteral(u"帮助(&H)")), qPrintable(menus.join(QLatin1Char(' '))));

    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("sidebarListWidget"));
    QVERIFY(sidebar);
    QStringList pages;
    for (int i = 0; i < sidebar->count(); ++i)
        pages << sidebar->item(i)->text();
    for (const QString &expected : { QStringLiteral(u"对话"), QStringLiteral(u"人员"),
             QStringLiteral(u"组织"), QStringLiteral(u"联系人") })
        QVERIFY2(pages.contains(expected), qPrintable(pages.join(QLatin1Char(' '))));

    auto *preferences = window.findChild<QAction *>(QStringLiteral("preferencesAction"));
    QVERIFY(preferences);
    QCOMPARE(preferences->text(), QStringLiteral(u"首选项(&P)…"));
}

void TestTranslations::qtButtonsInChinese()
{
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral(u"取消"));
}

namespace {
// Answers nothing and notes every message asked for, with its context.
class ContextRecorder final : public QTranslator
{
public:
    struct Asked
    {
        QByteArray context;
        QByteArray source;
        int n;
    };
    QString translate(const char *context, const char *source, const char *, int n) const override
    {
        m_asked.append({ context, source, n });
        return {};
    }
    bool isEmpty() const override { return false; }
    QList<Asked> asked() const { return m_asked; }

private:
    mutable QList<Asked> m_asked;
};
} // namespace

void TestTranslations::helperContextsFound()
{
    // Core and the command line translate through Q_DECLARE_TR_FUNCTIONS, whose context is
    // the one lupdate records, so the compiled catalogue alone (without the look-up by source
    // text) finds every message they ask for.
    QTranslator compiled;
    QVERIFY(compiled.load(QStringLiteral(":/i18n/roundtable_zh_CN.qm")));
    ContextRecorder recorder;
    QCoreApplication::installTranslator(&recorder);
    const QString email = RecordRules::email(QStringLiteral("a@b.c."));
    RecordRules::dialogue(Dialogue {});
    const QString speeches = Archive::tr("%n speech(es)", nullptr, 2);
    const QString ok = rt::cli::Text::tr("ok");
    QCoreApplication::removeTranslator(&recorder);
    QCOMPARE(ok, QStringLiteral(u"完好"));
    QCOMPARE(email, QStringLiteral(u"“a@b.c.”不是电子邮箱地址"));
    QVERIFY(speeches.contains(QLatin1Char('2')));

    // Qt asks for its own texts too (QT_LAYOUT_DIRECTION when a translator comes or goes).
    QList<ContextRecorder::Asked> asked;
    for (const auto &message : recorder.asked()) {
        if (message.context.startsWith("rt::"))
            asked.append(message);
    }
    QVERIFY(asked.size() >= 5);
    for (const auto &message : asked)
        QVERIFY2(!compiled.translate(message.context, message.source, nullptr, message.n).isEmpty(),
            qPrintable(QStringLiteral("%1: %2").arg(
                QString::fromUtf8(message.context), QString::fromUtf8(message.source))));
    // A text that is not in the catalogue stays as it is.
    QCOMPARE(QCoreApplication::translate("rt::cli", "no such text anywhere"),
        QStringLiteral("no such text anywhere"));
}

void TestTranslations::commandLineInChinese()
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_settingsDir.path());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(ROUNDTABLE_BINARY),
        { QStringLiteral("--database"), m_settingsDir.filePath(QStringLiteral("missing/none.roundtable")),
            QStringLiteral("check") });
    QVERIFY(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(err.contains(QStringLiteral(u"文件夹不存在")) || err.contains(QStringLiteral(u"没有这个档案库")),
        qPrintable(err));

    process.start(QStringLiteral(ROUNDTABLE_BINARY), { QStringLiteral("--help") });
    QVERIFY(process.waitForFinished(60000));
    const QString help = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(help.contains(QStringLiteral(u"用法：")) && help.contains(QStringLiteral("  search ")),
        qPrintable(help));
}

void TestTranslations::englishPlurals()
{
    // In English the plural-only catalogue turns "Spoke at %n dialogue(s)" into proper English.
    QTranslator english;
    QVERIFY(english.load(QStringLiteral(":/i18n/roundtable_en.qm")));
    QCOMPARE(english.translate("rt::app::PersonEditor", "Spoke at %n dialogue(s)", nullptr, 1),
        QStringLiteral("Spoke at %n dialogue"));
    QCOMPARE(english.translate("rt::app::PersonEditor", "Spoke at %n dialogue(s)", nullptr, 3),
        QStringLiteral("Spoke at %n dialogues"));
    // Also core's messages, which go through a tr() of their own: why an organisation or a
    // dialogue cannot be deleted.
    QCOMPARE(english.translate("rt::Archive", "%n speech(es)", nullptr, 1), QStringLiteral("%n speech"));
    QCOMPARE(english.translate("rt::Archive", "%n speech(es)", nullptr, 2), QStringLiteral("%n speeches"));
    QCOMPARE(english.translate(
                 "rt::Archive", "this dialogue has %n press release(s); delete them first", nullptr, 1),
        QStringLiteral("this dialogue has %n press release; delete it first"));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
