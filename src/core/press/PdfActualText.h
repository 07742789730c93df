#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rt {

// Makes the text of a PDF written by QPdfWriter copy out as the characters it was made from.
//
// Why: QPdfWriter maps each glyph back to a character through the font's cmap only. That
// loses every glyph a shaping engine substitutes or reorders: Khmer subscript consonants
// and pre-base vowels, Burmese medials and the vowel sign E, Thai tone marks moved over
// sara am, and CJK ideographs that share a glyph with a Kangxi radical (文 came out as ⽂).
// The fix is the PDF's own answer for this, /ActualText: every text object of a line is
// wrapped in a marked-content span that carries the line's text; PDF readers (poppler's
// pdftotext, Acrobat) extract that instead of guessing from glyphs. The layout code knows
// each line's text and baseline; this class finds the text objects drawn on that baseline
// in each page's content stream and wraps them. It also adds /Author and /Subject to the
// document information, which QPdfWriter cannot set.
class PdfActualText
{
    Q_DECLARE_TR_FUNCTIONS(rt::PdfActualText)

public:
    struct Line
    {
        int page = 0; // from 0
        qreal baseline = 0; // in the painter's device coordinates, as drawn
        QString text;
    };

    struct Layout
    {
        QList<Line> lines;
        // Text drawn outside this band and on no known line is the clipped-off part of a
        // block that straddles a page break: invisible, so it is dropped, or it would be
        // extracted twice.
        qreal bodyTop = 0;
        qreal bodyBottom = 0;
        QString author;
        QString subject;
    };

    // Rewrites `pdf`; false with a message if it is not laid out as QPdfWriter writes PDFs
    // (the caller then keeps the original, whose text is still there, only less exact).
    // `wrapped`, if given, gets the number of text objects that received a span.
    static bool apply(QByteArray *pdf, const Layout &layout, int *wrapped, QString *error);
};

} // namespace rt
