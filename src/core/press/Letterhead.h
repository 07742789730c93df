#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <QVariantHash>

class QTextDocument;

namespace rt {

// A centre's letterhead on its press releases: a logo image and two colours (the headline and
// rules, and the small labels). Templates place them with {{#letterhead.logo}}<img
// src="{{letterhead.logo}}">{{/letterhead.logo}} and {{letterhead.color}}
// (resources/templates/README.md); the user picks them in Preferences. The release's HTML
// names the logo by a fixed URL, and every document laid out for the screen, print or PDF is
// given the image under that URL (addTo), so the logo file is read once, checked, and never
// fetched by the layout engine itself.
class Letterhead
{
    Q_DECLARE_TR_FUNCTIONS(rt::Letterhead)

public:
    // The URL by which templates and release bodies refer to the logo.
    static constexpr const char *LogoUrl = "roundtable-letterhead:logo";
    // A logo larger than this file size, or than this many pixels on a side, is refused: a
    // letterhead logo is a few hundred kilobytes at most.
    static constexpr qint64 MaxLogoBytes = 4 * 1024 * 1024;
    static constexpr int MaxLogoSide = 6000;
    // The height the default template gives the logo, in CSS pixels.
    static constexpr int LogoHeight = 56;

    QString logoPath; // empty: no logo
    QColor color = QColor(0x1a, 0x4d, 0x7a); // headline and rules
    QColor accent = QColor(0x55, 0x55, 0x55); // the small labels

    // Reads an image file for a logo: a regular file no larger than MaxLogoBytes, in PNG, JPEG,
    // GIF, BMP or WebP (judged by its content, not its name), no larger than MaxLogoSide.
    // False with a one-line reason otherwise.
    static bool readLogo(const QString &path, QImage *image, QString *error);

    // The letterhead every release is written and laid out with from now on (set at start-up
    // and by Preferences). A logo that cannot be read is left out, and its reason kept
    // (logoProblem) for the user to see.
    static void setCurrent(const Letterhead &letterhead);
    static Letterhead current();
    static QImage currentLogo();
    static QString logoProblem();

    // The names the templates see under "letterhead": logo (the URL, empty without a logo),
    // logo_height, color, accent (as #rrggbb).
    static QVariantHash context();
    // The same for a template that carries its own letterhead in its head:
    //   <meta name="roundtable-logo" content="FILE">   FILE beside the template (no folders)
    //   <meta name="roundtable-color" content="#rrggbb">   <meta name="roundtable-accent" …>
    // What the template names wins over Preferences; its logo is written into the release
    // itself (a data: URL of at most LogoHeight × TemplateLogoScale pixels high), so the
    // release prints, exports and reopens with it wherever it goes. False with a one-line
    // reason when the template names a logo that cannot be read or a colour that is not one.
    static bool templateContext(
        const QString &templateText, const QString &templateFolder, QVariantHash *context, QString *error);
    static constexpr int TemplateLogoScale = 4; // pixels kept per CSS pixel of the logo's height
    // Gives `document` the current logo under LogoUrl (an empty image when there is none,
    // so a release written with a logo and printed without one shows no broken picture).
    static void addTo(QTextDocument &document);
};

} // namespace rt
