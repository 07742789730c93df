#pragma once

#include "core/press/PressRelease.h"

#include <QDialog>

#include <memory>

class QLabel;

namespace Ui {
class PressReleaseEditorDialog;
}

namespace rt {
class Archive;
class Database;
class PressReleaseExporter;
class PressReleaseStore;
} // namespace rt

namespace rt::app {

// Edits one press release: its headline, dateline, number, embargo and template, and the
// generated body in a rich-text editor. Staff edit before approving; regenerating from the
// dialogue asks before it overwrites edits; every save keeps the previous text as a revision
// (PressReleaseStore), which the Revisions dialog shows and restores. Also moves the release
// through draft -> approved -> published, and prints, previews and exports it.
class PressReleaseEditorDialog : public QDialog
{
    Q_OBJECT

public:
    PressReleaseEditorDialog(
        Archive &archive, Database &database, const PressRelease &release, QWidget *parent = nullptr);
    ~PressReleaseEditorDialog() override;

    // The release as it was last saved (id 0 if it never was).
    const PressRelease &release() const { return m_release; }
    // The release with the editor's current fields.
    PressRelease edited() const;
    bool hasUnsavedChanges() const;
    // Whether the user changed anything since the editor opened or last saved.
    bool isTouched() const;

    // Writes the text again from the dialogue; asks first when that would lose edits.
    bool regenerate();
    bool save();
    bool changeStatus(const QString &status);
    void showRevisions();
    // The user picked a language: the release's template and text follow it.
    void languageChosen();

    void accept() override;
    void reject() override;

private:
    void load(const PressRelease &release);
    void setBody(const QString &html);
    void updateState();
    void setupFormatting();

    std::unique_ptr<Ui::PressReleaseEditorDialog> m_ui;
    Archive &m_archive;
    Database &m_database;
    std::unique_ptr<PressReleaseStore> m_store;
    std::unique_ptr<PressReleaseExporter> m_exporter;
    PressRelease m_release;
    QString m_loadedBody; // the HTML the editor was filled with, kept as is while unedited
    PressRelease m_pristine; // the fields as they were when opened or last saved
    QLabel *m_readOnlyLabel = nullptr;
    QString m_writtenLanguage; // the language the text in the editor was written in
    bool m_replaceUnasked = false; // regenerate() replaces the text without asking
};

} // namespace rt::app
