#pragma once

#include "core/press/PressRelease.h"
#include "core/records/Records.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace rt {

class Database;

// One record with what a reader wants to see beside it (the names behind its ids, the
// dialogues it took part in), read by id for the window's preview card. Every query seeks
// by an index and the lists are bounded, so a card costs the same on any size of archive.
class RecordDetails
{
public:
    // At most this many rows of a list (a person's speeches, an organisation's dialogues).
    static constexpr int ListLimit = 25;

    explicit RecordDetails(Database &database);

    struct Named
    {
        qint64 id = 0;
        QString name;
    };
    // A dialogue a person or organisation took part in, newest first.
    struct Appearance
    {
        qint64 dialogueId = 0;
        QDate date;
        QString dialogueTitle;
        QString role; // speech role, or organisation role code
        QString title; // a speech: the title held that day
        Named organization; // a speech: for whom
    };

    struct DialogueDetails
    {
        Dialogue dialogue;
        QHash<qint64, Organization> organizations; // every organisation the dialogue names
        QHash<qint64, Person> people; // its speakers
        std::optional<Contact> contact;
        QList<PressRelease> releases; // newest first; the body is left empty
    };
    struct PersonDetails
    {
        Person person;
        QList<Appearance> speeches; // at most ListLimit
        qint64 speechTotal = 0;
    };
    struct OrganizationDetails
    {
        Organization organization;
        std::optional<Organization> parent;
        QList<Named> children;
        QList<Appearance> dialogues; // in any role, at most ListLimit
        qint64 dialogueTotal = 0;
        QList<Named> speakers; // who spoke for it, most speeches first, at most ListLimit
        QList<Named> contacts;
    };
    struct ContactDetails
    {
        Contact contact;
        std::optional<Organization> organization;
        qint64 dialogues = 0; // that give it as their press contact
    };
    struct PressReleaseDetails
    {
        PressRelease release;
        QString dialogueTitle;
        QDate dialogueDate;
    };

    std::optional<DialogueDetails> dialogue(qint64 id);
    std::optional<PersonDetails> person(qint64 id);
    std::optional<OrganizationDetails> organization(qint64 id);
    std::optional<ContactDetails> contact(qint64 id);
    std::optional<PressReleaseDetails> pressRelease(qint64 id);

private:
    Database &m_db;
};

} // namespace rt
