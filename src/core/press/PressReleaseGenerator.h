#pragma once

#include "core/press/PressRelease.h"
#include "core/records/Records.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVariantHash>

namespace rt {

class Archive;

// Writes the first draft of a press release from a dialogue: it gathers the dialogue and the
// records it refers to into a Mustache context, composing the sentences of the reference's
// anatomy (dateline, participants, one paragraph per speech, topics) with the right name
// forms, and renders that context through an HTML template. Text only: layout and output
// are PressReleaseDocument's job.
class PressReleaseGenerator
{
    Q_DECLARE_TR_FUNCTIONS(rt::PressReleaseGenerator)

public:
    explicit PressReleaseGenerator(Archive &archive);

    // The Mustache context for `dialogue` (see resources/templates/README.md for its names).
    // `release`, when given, adds its number, date and headline.
    QVariantHash context(const Dialogue &dialogue, const PressRelease *release = nullptr);

    // A new draft for the dialogue in the release's language (`release->language`: English, or
    // Chinese written by ChinesePressRelease): headline, dateline, contact, About organisation
    // and the body rendered through `templateName` (see templateFor). False with a message when the dialogue
    // or template is missing or the template is malformed.
    bool generate(qint64 dialogueId, const QString &templateName, PressRelease *release, QString *error);
    // The release to print or export for a dialogue (the command line's press-release, the
    // window's batch export): its saved release, which holds the staff's edits, otherwise,
    // or when a `templateName` is asked for, a fresh draft from generate() that is not saved.
    // `fromSaved` (may be null) says which it is.
    // `language` (a BCP 47 tag, "en" or "zh"), when given, picks the saved release in that
    // language, else a fresh draft in it; when empty, the newest saved release in its own
    // language, else a fresh English draft. A fresh draft takes the release number the
    // dialogue's release in another language has: the two are one release.
    bool releaseFor(qint64 dialogueId, const QString &templateName, PressRelease *release, bool *fromSaved,
        QString *error, const QString &language = QString());
    // The number the dialogue's releases have, empty if none has one.
    QString sharedReleaseNumber(qint64 dialogueId);
    // The template a release in `language` is written through when `templateName` is asked
    // for: the language's own built-in template (zh) for "default" or nothing.
    static QString templateFor(const QString &language, const QString &templateName);
    // The template an empty `templateName` means: "default" unless the program, at start-up,
    // sets the user's preference (Preferences::applyPressDefaults).
    static void setDefaultTemplate(const QString &name);
    static QString defaultTemplate();

    // Limits on a template (DESIGN.md, "Limits"), far beyond any real one; a template past
    // them is refused before rendering, which would otherwise take minutes.
    static constexpr qsizetype MaxTemplateLength = 1'000'000; // characters
    static constexpr int MaxSectionDepth = 32; // sections inside sections
    static constexpr int MaxTags = 20'000;

    // Renders `templateText` with `context`; errors say the line and column they occur at.
    static bool render(
        const QString &templateText, const QVariantHash &context, QString *html, QString *error);

    // "November 23, 2022", whatever the locale: press releases are written in English.
    static QString englishDate(const QDate &date);
    // First mention: "Dr. Zhang Yujun"; later mentions as the person's record says
    // (Person::laterMention): "Dr. Zhang", "Mr. Noppadon", "Dr. Dechen Tsering".
    static QString firstMention(const Person &person);
    static QString laterMention(const Person &person);
    // "Senior-level ... (IEM) in the ... Region" without its parenthesised abbreviations.
    static QString withoutAbbreviations(const QString &text);

    // The header and footer a template asks for, from its
    // <meta name="roundtable-header|roundtable-footer" content="..."> elements, as plain
    // text: every character reference (&amp; &apos; &#39; &#x27; ...) decoded once.
    static QString metaContent(const QString &html, const QString &name);

private:
    Archive &m_archive;
};

} // namespace rt
