#pragma once

#include <QString>
#include <QStringList>
#include <QVariantHash>

namespace rt {

// Finds press-release templates: the built-in ones (resources/templates, in the program) and
// a centre's own in AppDataLocation/templates, which win over built-in ones of the same name.
// A template is one NAME.html file of HTML with Mustache tags.
class PressReleaseTemplates
{
public:
    static QString userFolder();
    static QStringList names();
    // The template's text, and the folder it was found in (where a logo it names lives);
    // false with a message when there is no such template.
    static bool load(const QString &name, QString *text, QString *error, QString *folder = nullptr);
    // Loads a template with the letterhead it asks for (Letterhead::templateContext), the
    // context's "letterhead"; false with "template NAME: reason".
    static bool loadWithLetterhead(
        const QString &name, QString *text, QVariantHash *letterhead, QString *error);
};

} // namespace rt
