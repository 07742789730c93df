#include "app/preferences/PreferencesDialog.h"

#include "app/window/MessageBox.h"
#include "core/press/Letterhead.h"
#include "core/press/PressReleaseTemplates.h"
#include "core/settings/Translations.h"
#include "ui_PreferencesDialog.h"

#include <QAction>
#include <QColorDialog>
#include <QDir>
#include <QFileDialog>
#include <QIcon>
#include <QPixmap>
#include <QPushButton>
#include <QStandardPaths>

namespace rt::app {

namespace {

QString capitalizedFirst(const QString &text)
{
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);

    m_ui->paperSizeComboBox->addItem(tr("A4 (210 × 297 mm)"), QStringLiteral("A4"));
    m_ui->paperSizeComboBox->addItem(tr("Letter (8.5 × 11 in)"), QStringLiteral("Letter"));

    // The built-in template is stored as no choice, so that a later version's default follows.
    m_ui->templateComboBox->addItem(tr("Built-in"), QString());
    for (const QString &name : PressReleaseTemplates::names()) {
        if (name != QLatin1String("default"))
            m_ui->templateComboBox->addItem(name, name);
    }

    m_ui->keepSpinBox->setSuffix(tr(" backups"));
    m_ui->keepSpinBox->setSpecialValueText(tr("None (automatic backups off)"));
    m_ui->intervalSpinBox->setSuffix(tr(" hours"));
    m_ui->intervalSpinBox->setSpecialValueText(tr("Every time the archive is opened"));

    // Each language is named in itself, so that someone who cannot read the current
    // interface still finds their own.
    // "System" names the language the system's locale gives the interface, not the locale.
    const QString system = Translations::resolve(QString()).startsWith(QLatin1String("zh"))
        ? QStringLiteral(u"简体中文")
        : QStringLiteral("English");
    m_ui->languageComboBox->addItem(tr("System (%1)").arg(system), QString());
    m_ui->languageComboBox->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageComboBox->addItem(QStringLiteral(u"简体中文"), QStringLiteral("zh_CN"));

    const Preferences preferences = Preferences::load();
    m_ui->paperSizeComboBox->setCurrentIndex(
        qMax(0, m_ui->paperSizeComboBox->findData(preferences.paperSize)));
    int templateIndex = m_ui->templateComboBox->findData(preferences.templateName);
    if (templateIndex < 0) {
        // A template chosen earlier that is gone now: keep it visible rather than silently
        // switching to another.
        m_ui->templateComboBox->addItem(
            tr("%1 (not found)").arg(preferences.templateName), preferences.templateName);
        templateIndex = m_ui->templateComboBox->count() - 1;
    }
    m_ui->templateComboBox->setCurrentIndex(templateIndex);
    m_initialLanguage = preferences.language;
    m_ui->languageComboBox->setCurrentIndex(qMax(0, m_ui->languageComboBox->findData(preferences.language)));

    m_ui->logoLineEdit->setText(QDir::toNativeSeparators(preferences.logoPath));
    m_color = preferences.letterheadColor;
    m_accent = preferences.letterheadAccent;
    connect(m_ui->logoPushButton, &QPushButton::clicked, this, &PreferencesDialog::chooseLogo);
    connect(m_ui->colorPushButton, &QPushButton::clicked, this,
        [this] { chooseColor(&m_color, tr("Headline Colour")); });
    connect(m_ui->accentPushButton, &QPushButton::clicked, this,
        [this] { chooseColor(&m_accent, tr("Label Colour")); });
    updateColorButtons();

    const AutoBackup::Settings backups = AutoBackup::Settings::load();
    m_ui->backupFolderLineEdit->setText(QDir::toNativeSeparators(backups.folder));
    m_ui->keepSpinBox->setValue(backups.keep);
    m_ui->intervalSpinBox->setValue(backups.intervalHours);
    auto updateBackupWidgets = [this] { m_ui->intervalSpinBox->setEnabled(m_ui->keepSpinBox->value() > 0); };
    connect(m_ui->keepSpinBox, &QSpinBox::valueChanged, this, updateBackupWidgets);
    updateBackupWidgets();

    connect(
        m_ui->backupFolderPushButton, &QPushButton::clicked, this, &PreferencesDialog::chooseBackupFolder);
    connect(m_ui->languageComboBox, &QComboBox::currentIndexChanged, this,
        &PreferencesDialog::updateLanguageNote);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    updateLanguageNote();
}

PreferencesDialog::~PreferencesDialog() = default;

Preferences PreferencesDialog::preferences() const
{
    Preferences preferences;
    preferences.paperSize = m_ui->paperSizeComboBox->currentData().toString();
    preferences.templateName = m_ui->templateComboBox->currentData().toString();
    preferences.language = m_ui->languageComboBox->currentData().toString();
    preferences.logoPath = QDir::fromNativeSeparators(m_ui->logoLineEdit->text().trimmed());
    preferences.letterheadColor = m_color;
    preferences.letterheadAccent = m_accent;
    return preferences;
}

AutoBackup::Settings PreferencesDialog::backupSettings() const
{
    AutoBackup::Settings settings;
    settings.folder = QDir::fromNativeSeparators(m_ui->backupFolderLineEdit->text().trimmed());
    settings.keep = m_ui->keepSpinBox->value();
    settings.intervalHours = m_ui->intervalSpinBox->value();
    return settings;
}

void PreferencesDialog::accept()
{
    const Preferences chosen = preferences();
    // A logo that cannot be used is said now, not found out on paper.
    if (!chosen.logoPath.isEmpty()) {
        QImage logo;
        QString error;
        if (!Letterhead::readLogo(chosen.logoPath, &logo, &error)) {
            MessageBox::warning(this, tr("Logo"), capitalizedFirst(error) + QLatin1Char('.'));
            m_ui->logoLineEdit->setFocus(Qt::OtherFocusReason);
            m_ui->logoLineEdit->selectAll();
            return;
        }
    }
    chosen.save();
    backupSettings().save();
    // The paper, template and letterhead hold for the next release printed or written.
    chosen.applyPressDefaults();
    QDialog::accept();
}

void PreferencesDialog::chooseLogo()
{
    const QString current = m_ui->logoLineEdit->text().trimmed();
    const QString path = QFileDialog::getOpenFileName(this, tr("Letterhead Logo"),
        current.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::PicturesLocation) : current,
        tr("Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp)"));
    if (path.isEmpty())
        return;
    QImage logo;
    QString error;
    if (!Letterhead::readLogo(path, &logo, &error)) {
        MessageBox::warning(this, tr("Logo"), capitalizedFirst(error) + QLatin1Char('.'));
        return;
    }
    m_ui->logoLineEdit->setText(QDir::toNativeSeparators(path));
}

void PreferencesDialog::chooseColor(QColor *color, const QString &title)
{
    const QColor chosen = QColorDialog::getColor(*color, this, title);
    if (!chosen.isValid())
        return;
    *color = chosen;
    updateColorButtons();
}

void PreferencesDialog::updateColorButtons()
{
    auto show = [](QPushButton *button, const QColor &color) {
        QPixmap swatch(16, 16);
        swatch.fill(color);
        button->setIcon(QIcon(swatch));
        button->setToolTip(color.name());
    };
    show(m_ui->colorPushButton, m_color);
    show(m_ui->accentPushButton, m_accent);
}

QAction *PreferencesDialog::createAction(QWidget *window)
{
    auto *action
        = new QAction(QIcon::fromTheme(QStringLiteral("preferences-system")), tr("&Preferences…"), window);
    action->setObjectName(QStringLiteral("preferencesAction"));
    // Ctrl+, as in most desktop programs (QKeySequence::Preferences is unset on X11 desktops).
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    action->setMenuRole(QAction::PreferencesRole);
    connect(action, &QAction::triggered, window, [window] {
        PreferencesDialog dialog(window);
        dialog.exec();
    });
    return action;
}

void PreferencesDialog::chooseBackupFolder()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Backup Folder"), m_ui->backupFolderLineEdit->text());
    if (!folder.isEmpty())
        m_ui->backupFolderLineEdit->setText(QDir::toNativeSeparators(folder));
}

void PreferencesDialog::updateLanguageNote()
{
    m_ui->languageNoteLabel->setVisible(
        m_ui->languageComboBox->currentData().toString() != m_initialLanguage);
}

} // namespace rt::app
