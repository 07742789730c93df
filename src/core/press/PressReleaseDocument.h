#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QMarginsF>
#include <QPageSize>
#include <QString>

#include <functional>
#include <memory>

class QPagedPaintDevice;
class QPainter;
class QTextBlock;
class QTextDocument;

namespace rt {

// Lays out a press release's HTML in pages and writes it: PDF (QPdfWriter, with header,
// footer "1 / 2", metadata, fonts embedded and a text layer that copies out exactly), HTML
// and ODT (QTextDocumentWriter); every file is written atomically (QSaveFile). The same page
// painting serves the GUI's printer and print preview. Knows nothing of the archive.
class PressReleaseDocument
{
    Q_DECLARE_TR_FUNCTIONS(rt::PressReleaseDocument)

public:
    struct PageSetup
    {
        QPageSize pageSize = QPageSize(QPageSize::A4);
        QMarginsF margins = QMarginsF(20, 16, 20, 16); // millimetres
        QString header;
        QString footer;
        QString title;
        QString author;
        QString subject;
        bool bareFirstPage = false; // no header, footer or number on the first page (a cover)
    };

    // Makes the document to be written on `device`, for documents laid out in more than one
    // pass (the annual report lays itself out, then fills in its page numbers); nullptr with
    // `error` set stops the writing (a cancel, a failed read).
    using Builder
        = std::function<std::unique_ptr<QTextDocument>(const QPagedPaintDevice &device, QString *error)>;

    // The body font, with a fallback for every script of the region; Chinese comes first
    // from the Simplified Chinese cut of Noto CJK, so Han characters take their SC forms.
    static QFont defaultFont();
    // The release as a text document. Given the `device` it will be painted on, it is laid
    // out for that device's pages as the HTML is read, once, instead of again in paint().
    // `beforeLayout`, if given, may edit the document after the HTML is read and before it is
    // laid out for `device` (the annual report puts its charts in): edits after the layout
    // leave QTextDocumentLayout's drawing checkpoints stale, and it then stops painting
    // blocks early.
    static std::unique_ptr<QTextDocument> document(const QString &html,
        const QPagedPaintDevice *device = nullptr,
        const std::function<void(QTextDocument &)> &beforeLayout = {});

    // Paints every page on `device` (a QPdfWriter or a QPrinter) with an active painter,
    // using the device's page layout. Returns the number of pages.
    static int paint(
        QTextDocument &document, QPagedPaintDevice &device, QPainter &painter, const PageSetup &setup);

    static bool pdf(const QString &html, const PageSetup &setup, QByteArray *pdf, QString *error);
    static bool pdf(const Builder &build, const PageSetup &setup, QByteArray *pdf, QString *error);
    // The page (from 0) on which paint() puts the first line of `block`.
    static int pageOf(const QTextDocument &document, const QTextBlock &block);
    // `format`: "pdf", "html" or "odt"; empty: from the file name's suffix. Written through
    // OutputFile: never onto `archive` (the archive the release comes from, may be empty).
    static bool write(const QString &html, const PageSetup &setup, const QString &path, const QString &format,
        QString *error, const QString &archive = QString());

    // A template marks a block to keep on one page (the contact block) with an anchor named
    // KeepStart in its first paragraph and KeepEnd in its last: if the laid-out block would
    // cross a page boundary and fits on a page, it starts a new page instead. A table of one
    // row (a line of the annual report's contents, a ranked bar with its note) is kept on
    // one page the same way: Qt breaks a table between the lines of a cell.
    static constexpr const char *KeepStart = "roundtable-keep";
    static constexpr const char *KeepEnd = "roundtable-keep-end";
    static void keepTogether(QTextDocument &document);
    // The pages the laid-out text fills, by the bottom of its last line.
    static int pageCount(QTextDocument &document, qreal pageHeight);

    // The characters of `text` that no installed font can show, each once, in order.
    static QString unsupportedCharacters(const QString &text);

private:
    struct Lines;
    struct Geometry;
    static Geometry geometry(const QPagedPaintDevice &device);
    // Lays `document` out for `geometry`'s pages, touching only what differs (each change
    // makes QTextDocument lay the whole text out again).
    static void prepare(QTextDocument &document, const Geometry &geometry);
    static int paint(QTextDocument &document, QPagedPaintDevice &device, QPainter &painter,
        const PageSetup &setup, Lines *lines);
};

} // namespace rt
