// The Preferences dialog and the settings behind it: what it shows is what is stored, OK
// stores what it shows (for the press-release defaults, the backups and the language),
// Cancel stores nothing, bad stored values fall back to defaults, and the main window
// reaches it through Edit > Preferences (Ctrl+,).

#include "app/preferences/PreferencesDialog.h"
#include "app/window/App.h"
#include "app/window/MainWindow.h"
#include "app/window/MessageBox.h"
#include "core/press/Letterhead.h"
#include "core/press/PressReleaseExporter.h"
#include "core/press/PressReleaseGenerator.h"
#include "core/press/PressReleaseTemplates.h"
#include "core/safety/AutoBackup.h"
#include "core/settings/Preferences.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
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
    void letterheadLogoIsChecked();
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
    // OK in the dialog (the tests above) applies what it stores; start from the defaults.
    Preferences().applyPressDefaults();
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

// Issue 12, item 12: the letterhead's logo is chosen in Preferences, checked when OK is
// pressed (a clear message, the dialog stays open), stored and applied with its colours.
void TestPreferences::letterheadLogoIsChecked()
{
    QTemporaryDir files;
    const QString fake = files.filePath(QStringLiteral("logo.png"));
    QFile text(fake);
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("this is not an image");
    text.close();
    const QString good = files.filePath(QStringLiteral("centre.png"));
    QImage image(120, 40, QImage::Format_RGB32);
    image.fill(QColor(0x0b, 0x6e, 0x4f));
    QVERIFY(image.save(good, "PNG"));

    PreferencesDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *logo = child<QLineEdit>(&dialog, "logoLineEdit");
    QVERIFY(logo && logo->text().isEmpty());
    QVERIFY(child<QPushButton>(&dialog, "logoPushButton"));
    QVERIFY(child<QPushButton>(&dialog, "colorPushButton"));
    logo->setFocus();
    QTest::keyClicks(logo, fake);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::keyClick(&dialog, Qt::Key_Return); // OK
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("is not a PNG, JPEG, GIF, BMP or WebP image")),
        qPrintable(MessageBox::lastText()));
    QVERIFY(dialog.isVisible());
    QVERIFY(logo->hasFocus());
    QCOMPARE(Preferences::load().logoPath, QString());

    logo->clear();
    QTest::keyClicks(logo, good);
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(Preferences::load().logoPath, good);
    // Applied at once: the next release has the logo.
    QCOMPARE(Letterhead::current().logoPath, good);
    QCOMPARE(Letterhead::currentLogo().size(), QSize(120, 40));
    QVERIFY(
        Letterhead::context().value(QStringLiteral("logo")).toString() == QLatin1String(Letterhead::LogoUrl));

    // The colours are stored with it.
    Preferences p = Preferences::load();
    p.letterheadColor = QColor(0x12, 0x34, 0x56);
    p.save();
    QCOMPARE(Preferences::load().letterheadColor, QColor(0x12, 0x34, 0x56));
    Preferences().applyPressDefaults();
    QVERIFY(Letterhead::currentLogo().isNull());
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
