#pragma once

#include "core/press/PressReleaseDocument.h"

#include <QCoreApplication>
#include <QRect>
#include <QString>

class QWidget;

namespace rt {
struct PressRelease;
class PressReleaseExporter;
} // namespace rt

namespace rt::app {

// Sends a press release to paper or to a file from the GUI: print, print preview (Qt Print
// Support, painting pages with PressReleaseDocument) and export, each first warning about
// characters that no installed font can show.
class PressReleaseOutput
{
    Q_DECLARE_TR_FUNCTIONS(rt::app::PressReleaseOutput)

public:
    // True when the text can be shown, or the user chose to go on anyway.
    static bool confirmFonts(QWidget *parent, const QString &html);
    static void print(QWidget *parent, const QString &html, const PressReleaseDocument::PageSetup &setup);
    static void printPreview(
        QWidget *parent, const QString &html, const PressReleaseDocument::PageSetup &setup);
    // Where the print preview goes: centred on the parent's screen, nine tenths of its height,
    // so the whole window and its buttons are on screen (the preview shows a whole page).
    static QRect previewGeometry(const QWidget *parent);
    // Asks for a file (PDF, HTML or ODT by its suffix) and writes it; false if cancelled or failed.
    static bool exportWithDialog(QWidget *parent, PressReleaseExporter &exporter, const PressRelease &release,
        const QString &suggestedName);
};

} // namespace rt::app
