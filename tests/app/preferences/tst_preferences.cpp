// The Preferences dialog and the settings behind it: what it shows is what is stored, OK
// stores what it shows (for the press-release defaults, the backups and the language),
// Cancel stores nothing, bad stored values fall back to defaults, and the main window
// reaches it through Edit > Preferences (Ctrl+,).

#include "app/preferences/PreferencesDialog.h"
#include "app/window/App.h"
#include "app/window/MainWindow.h"
#include "core/press/PressReleaseExporter.h"
#include "core/press/PressReleaseGenerator.h"
#include "core/press/PressReleaseTemplates.h"
#include "core/safety/AutoBackup.h"
#include "core/settings/Preferences.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace rt;
using namespace rt::app;

class TestPreferences : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void defaults();
    void roundTrip();
    void invalidValuesFallBack();
    void dialogShowsStoredValues();
    void dialogOkStores();
    void dialogCancelStoresNothing();
    void unknownTemplateStaysVisible();
    void pressDefaultsApplied();
    void mainWindowOpensIt();
    void applicationIcon();

private:
    template <class T> static T *child(QWidget *parent, const char *name)
    {
        T *widget = parent->findChild<T *>(QLatin1String(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }
    QTemporaryDir m_settingsDir;
};

void TestPreferences::initTestCase()
{
    QCoreApplication::setApplicationName(QStringLiteral("roundtable"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("lmec.org.cn"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestPreferences::init()
{
    QSettings(QStringLiteral("lmec.org.cn"), QStringLiteral("roundtable")).clear();
}

void TestPreferences::defaults()
{
    const Preferences p = Preferences::load();
    QCOMPARE(p.paperSize, QStringLiteral("A4"));
    QCOMPARE(p.templateName, QString());
    QCOMPARE(p.language, QString());
}

void TestPreferences::roundTrip()
{
    Preferences p;
    p.paperSize = QStringLiteral("Letter");
    p.templateName = QStringLiteral("letterhead");
    p.language = QStringLiteral("zh_CN");
    p.save();
    const Preferences q = Preferences::load();
    QCOMPARE(q.paperSize, QStringLiteral("Letter"));
    QCOMPARE(q.templateName, QStringLiteral("letterhead"));
    QCOMPARE(q.language, QStringLiteral("zh_CN"));
    // The file the README documents, so that a person can edit it too.
    QSettings file(QStringLiteral("lmec.org.cn"), QStringLiteral("roundtable"));
    QCOMPARE(file.value(QStringLiteral("print/paperSize")).toString(), QStringLiteral("Letter"));
    QCOMPARE(file.value(QStringLiteral("interface/language")).toString(), QStringLiteral("zh_CN"));
}

void TestPreferences::invalidValuesFallBack()
{
    QSettings file(QStringLiteral("lmec.org.cn"), QStringLiteral("roundtable"));
    file.setValue(QStringLiteral("print/paperSize"), QStringLiteral("A3"));
    file.setValue(QStringLiteral("interface/language"), QStringLiteral("klingon"));
    file.sync();
    const Preferences p = Preferences::load();
    QCOMPARE(p.paperSize, QStringLiteral("A4"));
    QCOMPARE(p.language, QString());
}

void TestPreferences::dialogShowsStoredValues()
{
    Preferences p;
    p.paperSize = QStringLiteral("Letter");
    p.language = QStringLiteral("en");
    p.save();
    AutoBackup::Settings b;
    b.folder = QStringLiteral("/srv/backups/roundtable");
    b.keep = 30;
    b.intervalHours = 6;
    b.save();

    PreferencesDialog dialog;
    QCOMPARE(
        child<QComboBox>(&dialog, "paperSizeComboBox")->currentData().toString(), QStringLiteral("Letter"));
    QCOMPARE(child<QComboBox>(&dialog, "languageComboBox")->currentData().toString(), QStringLiteral("en"));
    QCOMPARE(child<QComboBox>(&dialog, "languageComboBox")->count(), 3);
    QCOMPARE(child<QComboBox>(&dialog, "templateComboBox")->currentData().toString(), QString());
    QCOMPARE(
        child<QLineEdit>(&dialog, "backupFolderLineEdit")->text(), QStringLiteral("/srv/backups/roundtable"));
    QCOMPARE(child<QSpinBox>(&dialog, "keepSpinBox")->value(), 30);
    QCOMPARE(child<QSpinBox>(&dialog, "intervalSpinBox")->value(), 6);
}

void TestPreferences::dialogOkStores()
{
    PreferencesDialog dialog;
    auto *paper = child<QComboBox>(&dialog, "paperSizeComboBox");
    paper->setCurrentIndex(paper->findData(QStringLiteral("Letter")));
    auto *language = child<QComboBox>(&dialog, "languageComboBox");
    auto *note = child<QWidget>(&dialog, "languageNoteLabel");
    QVERIFY(note->isHidden()); // nothing changed yet
    language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
    QVERIFY(!note->isHidden()); // "takes effect when Roundtable is started again"
    child<QLineEdit>(&dialog, "backupFolderLineEdit")->setText(QStringLiteral("/media/usb/backups"));
    child<QSpinBox>(&dialog, "keepSpinBox")->setValue(0);
    QVERIFY(!child<QSpinBox>(&dialog, "intervalSpinBox")->isEnabled()); // backups off: no interval
    child<QSpinBox>(&dialog, "keepSpinBox")->setValue(5);
    QVERIFY(child<QSpinBox>(&dialog, "intervalSpinBox")->isEnabled());
    child<QSpinBox>(&dialog, "intervalSpinBox")->setValue(0);

    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Preferences p = Preferences::load();
    QCOMPARE(p.paperSize, QStringLiteral("Letter"));
    QCOMPARE(p.language, QStringLiteral("zh_CN"));
    const AutoBackup::Settings b = AutoBackup::Settings::load();
    QCOMPARE(b.folder, QStringLiteral("/media/usb/backups"));
    QCOMPARE(b.keep, 5);
    QCOMPARE(b.intervalHours, 0);
}

void TestPreferences::dialogCancelStoresNothing()
{
    PreferencesDialog dialog;
    auto *paper = child<QComboBox>(&dialog, "paperSizeComboBox");
    paper->setCurrentIndex(paper->findData(QStringLiteral("Letter")));
    child<QSpinBox>(&dialog, "keepSpinBox")->setValue(99);
    dialog.reject();
    QCOMPARE(Preferences::load().paperSize, QStringLiteral("A4"));
    QCOMPARE(AutoBackup::Settings::load().keep, 10);
}

void TestPreferences::unknownTemplateStaysVisible()
{
    Preferences p;
    p.templateName = QStringLiteral("old-letterhead");
    p.save();
    PreferencesDialog dialog;
    auto *templates = child<QComboBox>(&dialog, "templateComboBox");
    QCOMPARE(templates->currentData().toString(), QStringLiteral("old-letterhead"));
    QVERIFY(templates->currentText().contains(QStringLiteral("old-letterhead")));
    dialog.accept();
    QCOMPARE(Preferences::load().templateName, QStringLiteral("old-letterhead"));
}

void TestPreferences::pressDefaultsApplied()
{
    QCOMPARE(PressReleaseExporter::defaultPageSize().id(), QPageSize::A4);
    QCOMPARE(PressReleaseGenerator::defaultTemplate(), QStringLiteral("default"));
    QVERIFY(PressReleaseTemplates::names().contains(QStringLiteral("default")));

    Preferences p;
    p.paperSize = QStringLiteral("Letter");
    p.templateName = QStringLiteral("no-such-template");
    p.applyPressDefaults();
    QCOMPARE(PressReleaseExporter::defaultPageSize().id(), QPageSize::Letter);
    // A template that is gone leaves the built-in one rather than failing every release.
    QCOMPARE(PressReleaseGenerator::defaultTemplate(), QStringLiteral("default"));

    Preferences().applyPressDefaults();
    QCOMPARE(PressReleaseExporter::defaultPageSize().id(), QPageSize::A4);
}

void TestPreferences::mainWindowOpensIt()
{
    MainWindow window;
    auto *action = window.findChild<QAction *>(QStringLiteral("preferencesAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
    auto *editMenu = window.findChild<QMenu *>(QStringLiteral("editMenu"));
    QVERIFY(editMenu->actions().contains(action));

    bool opened = false;
    QTimer::singleShot(0, this, [&opened] {
        auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
        opened = dialog != nullptr;
        if (QWidget *modal = QApplication::activeModalWidget())
            qobject_cast<QDialog *>(modal)->reject();
    });
    action->trigger();
    QVERIFY(opened);
}

void TestPreferences::applicationIcon()
{
    const QIcon icon = rt::app::applicationIcon();
    QVERIFY(!icon.isNull());
    QVERIFY(icon.availableSizes().contains(QSize(256, 256)));
    QVERIFY(icon.availableSizes().contains(QSize(16, 16)));
}

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
