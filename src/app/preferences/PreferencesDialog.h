#pragma once

#include "core/safety/AutoBackup.h"
#include "core/settings/Preferences.h"

#include <QDialog>

#include <memory>

class QAction;

namespace Ui {
class PreferencesDialog;
}

namespace rt::app {

// Edits the user's settings: the paper size, template and letterhead (logo, colours) a press
// release starts with,
// where automatic backups go and how many are kept, and the interface language. Shows the
// stored values and stores them again on OK (Preferences and AutoBackup::Settings).
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    // The values as the dialog shows them now.
    Preferences preferences() const;
    AutoBackup::Settings backupSettings() const;

    // Edit > Preferences… (Ctrl+,) for `window`: opens this dialog.
    static QAction *createAction(QWidget *window);

public slots:
    void accept() override;

private:
    void chooseBackupFolder();
    void chooseLogo();
    void chooseColor(QColor *color, const QString &title);
    void updateColorButtons();
    void updateLanguageNote();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    QString m_initialLanguage;
    QColor m_color;
    QColor m_accent;
};

} // namespace rt::app
