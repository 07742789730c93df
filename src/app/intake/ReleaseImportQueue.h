#pragma once

#include "app/intake/ReleaseReviewDialog.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QWidget;

namespace rt {
class Archive;
}

namespace rt::app {

// File → Import Press Releases…: one or several files, or every release in a folder, read one
// after another and each shown in a ReleaseReviewDialog to be accepted (saved with its text as
// the published release, in one transaction), skipped or edited first. Files that cannot be
// read or hold no dialogue are passed over and named at the end with the reason. The queue
// shows how far it has come and stops at Stop or Escape; what was accepted stays saved.
class ReleaseImportQueue : public QObject
{
    Q_OBJECT

public:
    ReleaseImportQueue(Archive &archive, QWidget *parent);
    ~ReleaseImportQueue() override;

    // The files the File menu's actions ask for, or null when the user cancels.
    static QStringList chooseFiles(QWidget *parent);
    static QStringList chooseFolder(QWidget *parent);
    // The releases of a folder, by name: text, HTML, .docx and PDF files.
    static QStringList releasesIn(const QString &folder);

    // Starts with the first file; returns at once (the dialog is window-modal).
    void start(const QStringList &files);
    ReleaseReviewDialog *dialog() const { return m_dialog; }

    int accepted() const { return m_accepted; }
    int skipped() const { return m_skipped; }
    QStringList failures() const { return m_failures; }
    // "2 accepted, 1 skipped; 1 not read: menu.html: no dialogue found in menu.html"
    QString summary() const;

signals:
    void dialogueSaved();
    void finished();

private:
    void showNext();
    void decide(int decision);
    void finish();

    Archive &m_archive;
    QWidget *m_parent;
    QPointer<ReleaseReviewDialog> m_dialog;
    QStringList m_files;
    int m_next = 0;
    int m_accepted = 0;
    int m_skipped = 0;
    QStringList m_failures;
};

} // namespace rt::app
