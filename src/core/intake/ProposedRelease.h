#pragma once

#include "core/records/Records.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace rt {

class Archive;

// Where in the release text a proposed field came from: characters [start, start + length).
struct TextSpan
{
    qsizetype start = -1;
    qsizetype length = 0;
    bool isValid() const { return start >= 0 && length > 0; }
    bool operator==(const TextSpan &) const = default;
};

// One field of the proposed dialogue: its value, the text it was read from and how sure the
// reader is (0 to 1: 0.9 a pattern releases use for it, 0.5 a guess from what is around).
struct ProposedField
{
    QString name; // "title", "series", "kind", "start_date", ... as in roundtable/1
    QString value;
    TextSpan span;
    double confidence = 0;
};

// A person or organisation the release names: either one of the archive's (`matchedId`, and
// `matchedBy` says how: "name", "short name", "local name", "later mention") or a new record
// proposed from the text.
struct ProposedOrganization
{
    Organization organization;
    qint64 matchedId = 0;
    QString matchedBy;
    TextSpan span;
    double confidence = 0;
};

struct ProposedPerson
{
    Person person;
    qint64 matchedId = 0;
    QString matchedBy;
    TextSpan span;
    double confidence = 0;
};

struct ProposedRole
{
    int organization = -1; // index into ProposedRelease::organizations
    QString role;
    TextSpan span;
    double confidence = 0;
};

struct ProposedSpeech
{
    int person = -1; // index into ProposedRelease::people
    int organization = -1; // index into ProposedRelease::organizations, -1 for none
    QString role = QStringLiteral("speech");
    QString title;
    QString verb;
    QString summary;
    TextSpan span;
    double confidence = 0;
};

struct ProposedTopic
{
    Topic topic;
    TextSpan span;
    double confidence = 0;
};

// What ReleaseReader made of one press release: a dialogue proposed for the archive, every
// part with its span of the text, nothing saved. accept() saves it.
struct ProposedRelease
{
    Q_DECLARE_TR_FUNCTIONS(rt::ProposedRelease)

public:
    QString source; // the file it was read from
    // The language the release is written in ("en" or "zh"). In a Chinese release the text
    // fields' values (title, series, kind, city, venue, occasion, participants, outcome), the
    // speeches' titles and summaries, the topics and the names of new organisations are
    // Chinese: they go into the record's `zh` text, and its English text is what `english`
    // holds (a known city's or kind's English name, or what the reviewer typed).
    QString language = QStringLiteral("en");
    QMap<QString, QString> english; // field name -> English text, for a release not in English
    QString text; // the release as plain text; every span indexes into it
    QString headline;
    TextSpan headlineSpan;
    QList<ProposedField> fields;
    QList<ProposedOrganization> organizations;
    QList<ProposedPerson> people;
    QList<ProposedRole> roles;
    QList<ProposedSpeech> speeches;
    QList<ProposedTopic> topics;
    bool hasContact = false;
    Contact contact; // organizationId unused: see contactOrganization
    int contactOrganization = -1;
    qint64 contactMatchedId = 0;
    // The id of the first of `contacts` that shares an e-mail address with `emails` (letter
    // case aside), else 0: how a release's contact block is matched with the archive's.
    static qint64 contactSharingAnEmail(const QList<Contact> &contacts, const QStringList &emails);
    TextSpan contactSpan;
    int aboutOrganization = -1;
    QString aboutText;
    TextSpan aboutSpan;

    // The dialogue fields every release may state, in the order the review window lists them.
    static QStringList fieldNames();
    // Whether the field is text, kept in each language (title, series, kind, city, venue,
    // occasion, participants, outcome), not a date or a code.
    static bool isTextField(const QString &name);
    const ProposedField *field(const QString &name) const;
    QString value(const QString &name) const;
    void setValue(const QString &name, const QString &value, TextSpan span = {}, double confidence = 1);

    // The English text the record rules need and a release in another language did not give
    // ("title", "topics[0].title", "organizations[2].name"), each with a line the reviewer
    // reads: "the title in English". Empty for an English release. accept() refuses while
    // any is missing; toJson() leaves them out, so the file says what to fill in.
    struct Missing
    {
        QString path;
        QString message;
    };
    QList<Missing> missingEnglish() const;

    // Drops the people and organisations no speech, role, contact or About names (a name a
    // reader tried that turned out to say something else), renumbering the indexes.
    void dropUnreferenced();

    // Whether the text held a dialogue at all: a title, a date and something that happened
    // (a held sentence, an organiser or a speech).
    bool found() const;

    // "matched 3 people, 2 organisations; new: 1 person, 2 organisations, 1 contact".
    QString summary() const;

    // The dialogue with the archive's ids for matched records; new people and organisations
    // need `personIds`/`organizationIds` (one per index; 0 where not yet saved).
    Dialogue dialogue(const QList<qint64> &personIds, const QList<qint64> &organizationIds) const;

    // The proposal as a roundtable/1 file, importable by `roundtable import`: the dialogue, the
    // new records, and the matched ones as the archive holds them (so importing changes them
    // in nothing). Written by Interchange from a scratch archive.
    QByteArray toJson(Archive &archive, QString *error) const;

    // Saves the dialogue, the new people and organisations and the contact, and keeps the
    // text as the dialogue's published press release, all in one transaction.
    bool accept(Archive &archive, qint64 *dialogueId, QString *error) const;

private:
    // The people and organisations (indexes into `people` and `organizations`) the record
    // still names: a speaker the review replaced, or a removed speech's organisation, is not
    // counted and not written.
    void named(QSet<int> *namedPeople, QSet<int> *namedOrganizations) const;
    bool writeInto(Archive &target, Archive *source, qint64 *dialogueId, QString *error) const;
};

} // namespace rt
