#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace rt {

// Turns a press release file into the plain text the reader works on: one paragraph a line.
// Plain text (UTF-8), an HTML page as saved from a website (scripts, styles, menus, headers
// and footers dropped), a Word .docx (the paragraphs of word/document.xml) or a PDF with a
// text layer (lines joined back into paragraphs by the gaps between them, running headers,
// footers and page numbers dropped). The kind is told by the file's first bytes, then its
// suffix. Only a regular file of at most MaxFileSize bytes is read: a FIFO, a device or a
// folder is refused before anything is read from it.
class ReleaseText
{
    Q_DECLARE_TR_FUNCTIONS(rt::ReleaseText)

public:
    // Far beyond any real release (the reference is 6 KB as text, some 300 KB as PDF), and
    // small enough that a PDF or a Word file is read in well under a second.
    static constexpr qint64 MaxFileSize = qint64(32) * 1024 * 1024;
    // The most text a .docx may hold once unpacked (a "ZIP bomb" is refused, not unpacked).
    static constexpr qint64 MaxUnpackedSize = qint64(64) * 1024 * 1024;
    // XML elements inside elements; a real document.xml nests about a dozen deep.
    static constexpr int MaxXmlDepth = 256;

    enum class Kind { Text, Html, Docx, Pdf };

    // The text of the file at `path`; false with one line saying why (the element and the
    // reason for a damaged .docx or PDF).
    static bool read(const QString &path, QString *text, QString *error);
    // The same from bytes already read; `name` (a file name) only helps tell the kind.
    static bool fromBytes(const QByteArray &bytes, const QString &name, QString *text, QString *error);
    static Kind kindOf(const QByteArray &bytes, const QString &name);

    static bool fromHtml(const QString &html, QString *text);
    // How deep the page's elements nest (those that may stand without an end tag aside).
    static int htmlDepth(const QString &html);
    static bool fromDocx(const QByteArray &bytes, QString *text, QString *error);
    static bool fromPdf(const QByteArray &bytes, QString *text, QString *error);
};

} // namespace rt
