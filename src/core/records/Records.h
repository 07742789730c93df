#pragma once

#include "core/records/FieldTranslations.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// The records of an archive (DESIGN.md, "Records"), as plain values. Relations are ids of
// the archive they were loaded from; 0 means "none" or "not yet saved".
namespace rt {

struct Organization
{
    qint64 id = 0;
    QString key;
    QString name;
    QString shortName;
    QString localName; // the name in its own script, e.g. 生态环境部
    qint64 parentId = 0;
    QString country; // ISO 3166-1 alpha-2
    QString website;
    QString about; // the "About" boilerplate of a press release
    FieldTranslations translations; // the text fields in languages other than English
    qint64 version = 0; // as read (SaveConflict); 0 while not yet saved

    // Short name if it has one, else the full name.
    QString displayName() const { return shortName.isEmpty() ? name : shortName; }
    bool operator==(const Organization &) const = default;
};

struct Person
{
    qint64 id = 0;
    QString key;
    QString honorific; // "Dr.", "Mr.", "Ms.", "H.E."
    QString familyName;
    QString givenName;
    bool familyNameFirst = false; // "Zhang Yujun" (true) vs "Noppadon Theppitak" (false)
    QString localName; // the name in its own script, e.g. 张玉军
    QString notes;
    // How a press release names them after the first mention (PersonLaterMention):
    // "family_name" (Dr. Zhang), "given_name" (Mr. Noppadon), "full_name" (Dr. Dechen Tsering).
    QString laterMention = QStringLiteral("family_name");
    qint64 version = 0; // as read (SaveConflict); 0 while not yet saved

    // The name as written in running English text, in the person's own order.
    QString fullName() const;
    bool operator==(const Person &) const = default;
};

struct Contact
{
    qint64 id = 0;
    QString key;
    qint64 organizationId = 0;
    QString label; // "Contact Us"
    QString address;
    QStringList phones;
    QString fax;
    QStringList emails;
    QString website;
    QString wechat;
    FieldTranslations translations; // the text fields in languages other than English
    qint64 version = 0; // as read (SaveConflict); 0 while not yet saved

    bool operator==(const Contact &) const = default;
};

// How an organisation took part in a dialogue.
namespace OrganizationRole {
inline constexpr const char *GuidedBy = "guided_by";
inline constexpr const char *Organizer = "organizer";
inline constexpr const char *CoOrganizer = "co_organizer";
inline constexpr const char *Supporter = "supporter";
inline constexpr const char *Host = "host";
inline constexpr const char *Partner = "partner";
QStringList all();
} // namespace OrganizationRole

// How a person is named after the first mention in a press release.
namespace PersonLaterMention {
inline constexpr const char *FamilyName = "family_name";
inline constexpr const char *GivenName = "given_name";
inline constexpr const char *FullName = "full_name";
QStringList all();
} // namespace PersonLaterMention

namespace SpeechRole {
QStringList
all(); // opening_remarks, welcome, speech, keynote, presentation, presiding, moderator, panelist, closing
}

namespace DialogueFormat {
QStringList all(); // in_person, online, hybrid
}

namespace DialogueStatus {
inline constexpr const char *Planned = "planned";
inline constexpr const char *Held = "held";
inline constexpr const char *Cancelled = "cancelled";
QStringList all(); // planned, held, cancelled
// Still "planned" although its last day (the end date, else the start date) is before
// `today`: the list and the calendar point it out, since it was held or cancelled and the
// record was not brought up to date.
bool isOverdue(const QString &status, const QDate &start, const QDate &end, const QDate &today);
} // namespace DialogueStatus

struct DialogueOrganization
{
    qint64 organizationId = 0;
    QString role;
    bool operator==(const DialogueOrganization &) const = default;
};

struct Topic
{
    QString title;
    QString description; // what was shared or discussed under it, with its sub-topics
    FieldTranslations translations; // the text fields in languages other than English
    bool operator==(const Topic &) const = default;
};

struct Speech
{
    qint64 personId = 0;
    QString role = QStringLiteral("speech");
    QString title; // the title the speaker held that day
    qint64 organizationId = 0; // the organisation the speaker represented that day
    QString verb; // the reporting verb: "stated", "emphasized", "pointed out", "presided at"
    QString summary; // what was said
    FieldTranslations translations; // the text fields in languages other than English
    bool operator==(const Speech &) const = default;
};

struct Dialogue
{
    qint64 id = 0;
    QString key;
    QString title;
    QString shortTitle; // how the text refers to it later: "the Dialogue"
    QString series;
    QString kind;
    QDate startDate;
    QDate endDate;
    QString city;
    QString country;
    QString venue;
    QString format; // in_person, online, hybrid
    QString occasion;
    QString participants;
    QString outcome;
    QString status = QStringLiteral("held");
    QString notes;
    qint64 contactId = 0;
    qint64 aboutOrganizationId = 0;
    QList<DialogueOrganization> organizations; // in order
    QList<Topic> topics; // in order
    QList<Speech> speeches; // in protocol order
    FieldTranslations translations; // the text fields in languages other than English
    // As read (SaveConflict): one version for the dialogue with its speeches, topics and
    // organisations, which are saved with it. 0 while not yet saved.
    qint64 version = 0;

    bool operator==(const Dialogue &) const = default;
};

} // namespace rt
