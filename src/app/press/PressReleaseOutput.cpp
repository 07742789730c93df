#include "app/press/PressReleaseOutput.h"

#include "app/window/MessageBox.h"
#include "app/window/Settings.h"
#include "core/press/PressRelease.h"
#include "core/press/PressReleaseExporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QScreen>
#include <QStandardPaths>
#include <QTextDocument>

namespace rt::app {

namespace {

void paintOn(QPrinter *printer, const QString &html, const PressReleaseDocument::PageSetup &setup)
{
    const std::unique_ptr<QTextDocument> document = PressReleaseDocument::document(html, printer);
    QPainter painter;
    if (!painter.begin(printer))
        return;
    PressReleaseDocument::paint(*document, *printer, painter, setup);
    painter.end();
}

void preparePrinter(QPrinter &printer, const PressReleaseDocument::PageSetup &setup)
{
    printer.setPageLayout(
        QPageLayout(setup.pageSize, QPageLayout::Portrait, setup.margins, QPageLayout::Millimeter));
    printer.setDocName(setup.title);
    printer.setCreator(QStringLiteral("Roundtable"));
}

} // namespace

bool PressReleaseOutput::confirmFonts(QWidget *parent, const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    const QString missing = PressReleaseDocument::unsupportedCharacters(document.toPlainText());
    if (missing.isEmpty())
        return true;
    QStringList codes;
    for (const char32_t c : missing.toUcs4())
        codes.append(QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper());
    return MessageBox::ask(parent, QMessageBox::Question, tr("Characters without a font"),
               tr("No installed font can show these characters, so they would print as empty "
                  "boxes: %1 (%2).\n\nInstall a font that has them, or go on anyway?")
                   .arg(missing, codes.join(QStringLiteral(", "))),
               QMessageBox::Ignore | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Ignore;
}

void PressReleaseOutput::print(
    QWidget *parent, const QString &html, const PressReleaseDocument::PageSetup &setup)
{
    if (!confirmFonts(parent, html))
        return;
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, setup);
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    paintOn(&printer, html, setup);
}

void PressReleaseOutput::printPreview(
    QWidget *parent, const QString &html, const PressReleaseDocument::PageSetup &setup)
{
    if (!confirmFonts(parent, html))
        return;
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, setup);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printPreviewDialog"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
        [&](QPrinter *target) { paintOn(target, html, setup); });
    dialog.setGeometry(previewGeometry(parent));
    // A whole page in view, whatever the screen.
    if (auto *preview = dialog.findChild<QPrintPreviewWidget *>())
        preview->fitInView();
    dialog.exec();
}

QRect PressReleaseOutput::previewGeometry(const QWidget *parent)
{
    const QScreen *screen = parent && parent->screen() ? parent->screen() : QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1024, 768);
    // A page is taller than wide: as tall as the screen allows, less room for the frame.
    const int height = available.height() * 9 / 10;
    const int width = std::min(available.width() * 9 / 10, std::max(640, height * 4 / 5));
    QRect geometry(0, 0, width, height);
    geometry.moveCenter(available.center());
    return geometry;
}

bool PressReleaseOutput::exportWithDialog(QWidget *parent, PressReleaseExporter &exporter,
    const PressRelease &release, const QString &suggestedName)
{
    if (!confirmFonts(parent, release.body))
        return false;
    QString selectedFilter;
    QString path = QFileDialog::getSaveFileName(parent, tr("Export Press Release"),
        app::Settings::inFileFolder(suggestedName),
        tr("PDF (*.pdf);;HTML (*.html);;OpenDocument text (*.odt)"), &selectedFilter);
    if (path.isEmpty())
        return false;
    app::Settings::rememberFileFolder(path);
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    QString error;
    if (!exporter.exportRelease(release, path, QString(), &error)) {
        MessageBox::warning(parent, tr("Export Press Release"), error);
        return false;
    }
    return true;
}

} // namespace rt::app
