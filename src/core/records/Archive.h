#pragma once

#include "core/records/Records.h"
#include "core/records/SaveConflict.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantList>

#include <optional>

class QSqlQuery;

namespace rt {

class Database;

// Reads and writes the records of one archive. Every write runs in a Transaction, so it
// either happens whole or not at all, and may be called inside a larger transaction (an
// import). Every statement binds its values. Errors come back as `false` plus a message.
class Archive
{
    Q_DECLARE_TR_FUNCTIONS(rt::Archive)

public:
    explicit Archive(Database &database);

    Database &database() { return m_db; }

    struct Counts
    {
        qint64 dialogues = 0;
        qint64 speeches = 0;
        qint64 people = 0;
        qint64 organizations = 0;
        qint64 contacts = 0;
    };
    Counts counts();

    // Organisations, ordered by name.
    QList<Organization> organizations();
    std::optional<Organization> organization(qint64 id);
    qint64 organizationId(const QString &key);
    // Saves of a record read before (id set) write only over the version it was read at
    // (`version`): when someone else saved or deleted it since, nothing is written, `error`
    // says so in one line and `conflict`, if given, says what happened (SaveConflict). A
    // successful save moves `version` on. New records start at version 1.
    bool saveOrganization(Organization &organization, QString *error, SaveConflict *conflict = nullptr);
    // Deletes: with a `version` (the one shown to the user), refused as a conflict when the
    // record changed or went since; 0 deletes whatever is stored.
    bool removeOrganization(qint64 id, QString *error, qint64 version = 0, SaveConflict *conflict = nullptr);

    // People, ordered by family and given name.
    QList<Person> people();
    std::optional<Person> person(qint64 id);
    qint64 personId(const QString &key);
    bool savePerson(Person &person, QString *error, SaveConflict *conflict = nullptr);
    // Refuses, saying why, while the person has speeches: merge instead.
    bool removePerson(qint64 id, QString *error, qint64 version = 0, SaveConflict *conflict = nullptr);
    // Moves every speech of `mergedId` to `keptId`, then removes `mergedId`. With versions (those
    // of the two people as the user was shown them), refused as a conflict when either changed
    // since; the dialogues whose speeches move get a new version, so an editor open on one
    // cannot write the merged person back.
    bool mergePeople(qint64 keptId, qint64 mergedId, QString *error, qint64 keptVersion = 0,
        qint64 mergedVersion = 0, SaveConflict *conflict = nullptr);
    qint64 speechCount(qint64 personId);

    // Contacts, ordered by label and key.
    QList<Contact> contacts();
    std::optional<Contact> contact(qint64 id);
    qint64 contactId(const QString &key);
    bool saveContact(Contact &contact, QString *error, SaveConflict *conflict = nullptr);
    bool removeContact(qint64 id, QString *error, qint64 version = 0, SaveConflict *conflict = nullptr);

    // Dialogues with their organisations, topics and speeches.
    std::optional<Dialogue> dialogue(qint64 id);
    // A dialogue not yet saved, with what the next one most likely shares with the last: the
    // press contact and "About" organisation of the latest dialogue that names one, else the
    // only contact (or only organisation with an "About" text) in the archive.
    Dialogue newDialogue();
    qint64 dialogueId(const QString &key);
    QList<qint64> dialogueIds(); // by start date, then id
    bool saveDialogue(Dialogue &dialogue, QString *error, SaveConflict *conflict = nullptr);
    // What goes when a dialogue is deleted, for the question asked before.
    struct DialogueParts
    {
        qint64 speeches = 0;
        qint64 topics = 0;
        qint64 draftReleases = 0;
        qint64 approvedReleases = 0;
        qint64 publishedReleases = 0;
        qint64 releases() const { return draftReleases + approvedReleases + publishedReleases; }
    };
    DialogueParts dialogueParts(qint64 id);
    // Keep: refuses, saying why, while the dialogue has press releases. Delete: they go too,
    // with their revisions, in the same transaction.
    enum class Releases { Keep, Delete };
    bool removeDialogue(qint64 id, QString *error, Releases releases = Releases::Keep, qint64 version = 0,
        SaveConflict *conflict = nullptr);

    // The id of the record of `table` with `key`; 0 when there is none.
    qint64 idOfKey(const QString &table, const QString &key) { return idForKey(table, key); }
    // The version stored for record `id` of `table` ("dialogue", "person", "organization",
    // "contact", "press_release"); 0 when there is no such record.
    qint64 storedVersion(const QString &table, qint64 id);
    // What an UPDATE or DELETE … WHERE id = ? AND version = ? that changed no row ran into:
    // the record changed (its version and, where kept, when) or went.
    static SaveConflict conflictIn(Database &database, const QString &table, qint64 id, qint64 myVersion);
    // For a write that found its record changed or gone: fills `conflict` (if given) and
    // `error`, and returns false.
    static bool refuse(const SaveConflict &found, QString *error, SaveConflict *conflict);

    // A key not yet used in `table` ("organization", "person", "contact", "dialogue"),
    // made from `text`: "Zhang Yujun" -> "zhang-yujun", then "zhang-yujun-2", ...
    QString uniqueKey(const QString &table, const QString &text);
    static QString slug(const QString &text);

private:
    // DELETE … WHERE id = ? [AND version = ?], a conflict when no row went.
    bool removeVersioned(
        const QString &table, qint64 id, qint64 version, QString *error, SaveConflict *conflict);
    bool keyExists(const QString &table, const QString &key);
    qint64 idForKey(const QString &table, const QString &key);
    QStringList childStrings(const QString &sql, qint64 id);
    bool writeChildren(const Dialogue &dialogue, QString *error);
    // The translations of one record (migration 0006): `record` is "dialogue", "topic",
    // "speech", "organization" or "contact"; a topic or speech is its dialogue's id and its
    // position, any other record has position -1.
    FieldTranslations readTranslations(const QString &record, qint64 id, int position = -1);
    // Replaces them.
    bool writeTranslations(const QString &record, qint64 id, int position,
        const FieldTranslations &translations, QString *error);

    Database &m_db;
};

} // namespace rt
