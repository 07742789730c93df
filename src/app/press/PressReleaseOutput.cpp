#include "app/press/PressReleaseOutput.h"

#include "app/window/MessageBox.h"
#include "core/press/PressRelease.h"
#include "core/press/PressReleaseExporter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPainter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
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
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
        [&](QPrinter *target) { paintOn(target, html, setup); });
    dialog.resize(900, 1000);
    dialog.exec();
}

bool PressReleaseOutput::exportWithDialog(QWidget *parent, PressReleaseExporter &exporter,
    const PressRelease &release, const QString &suggestedName)
{
    if (!confirmFonts(parent, release.body))
        return false;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString selectedFilter;
    QString path = QFileDialog::getSaveFileName(parent, tr("Export Press Release"),
        QDir(folder).filePath(suggestedName), tr("PDF (*.pdf);;HTML (*.html);;OpenDocument text (*.odt)"),
        &selectedFilter);
    if (path.isEmpty())
        return false;
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
