#pragma once

#include "core/records/Records.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace rt {

class Database;

// The read-only queries behind the window's lists and pickers: what a table row shows,
// fetched in pages by key so that a list of any length costs memory only for the rows on
// screen. Nothing here writes; every statement binds its values.
class ListQueries
{
public:
    explicit ListQueries(Database &database);

    // --- dialogues ---------------------------------------------------------------------
    struct DialogueRow
    {
        qint64 id = 0;
        QString key;
        QDate startDate;
        QDate endDate;
        QString title;
        QString series;
        QString kind;
        QString city;
        QString country;
        QString format;
        QString status;
        int speechCount = 0;
    };

    enum class DialogueSort { StartDate, Title, Series, City, Format, Status, Speeches };

    // The ids of every dialogue whose title, series, kind, city, country or date contains
    // `filter` (all when empty), in the given order, ties broken by id. This is the list's
    // key index: 8 bytes a dialogue, so even a million dialogues fit in 8 MB.
    QList<qint64> dialogueIds(const QString &filter, DialogueSort sort, Qt::SortOrder order, QString *error);
    // The rows for `ids` (at most PageSize), in the order given; unknown ids are skipped.
    QList<DialogueRow> dialogueRows(const QList<qint64> &ids, QString *error);
    static constexpr int PageSize = 64;

    // --- calendar ----------------------------------------------------------------------
    // The dialogues that take place on any day from `first` to `last` (a dialogue of several
    // days is in every range it overlaps), by date; rows hold no speech count.
    QList<DialogueRow> dialoguesBetween(const QDate &first, const QDate &last, QString *error);
    // The next `limit` dialogues from `today` on that are not cancelled, soonest first.
    QList<DialogueRow> upcomingDialogues(const QDate &today, int limit, QString *error);
    // Every dialogue still planned whose last day is before `today`, oldest first.
    QList<DialogueRow> overdueDialogues(const QDate &today, QString *error);

    // --- people ------------------------------------------------------------------------
    struct PersonRow
    {
        Person person;
        int speechCount = 0;
    };
    // Every person with their number of speeches (cheap: reads no speech text).
    QList<PersonRow> people(QString *error);

    // The title and organisation a person held at their latest speech (by dialogue date),
    // to prefill a new speech; nullopt when they never spoke.
    struct Capacity
    {
        QString title;
        qint64 organizationId = 0;
        QDate date;
        QString organizationName; // short name if it has one
    };
    std::optional<Capacity> latestCapacity(qint64 personId, qint64 excludingDialogueId = 0);
    // The latest capacity of every person who spoke, by person id. Reads every speech: on
    // a large archive this takes seconds, so lists ask for it only when sorting by it.
    QHash<qint64, Capacity> latestSpeeches(QString *error);

    // Every speech a person gave, newest first, with the title they held that day.
    struct Appearance
    {
        qint64 dialogueId = 0;
        QDate date;
        QString dialogueTitle;
        QString role;
        QString title;
        QString organization;
    };
    QList<Appearance> appearances(qint64 personId, QString *error);

    // --- organisations and contacts ----------------------------------------------------
    struct OrganizationRow
    {
        Organization organization;
        QString parentName;
        int dialogueCount = 0;
    };
    QList<OrganizationRow> organizations(QString *error);

    // The dialogues an organisation took part in, newest first, once per role: named in a
    // role (`role` is its OrganizationRole code) or spoken for by one of its people (`role`
    // is SpokeFor). The same dialogues Search::organizationDialogues counts.
    static constexpr const char *SpokeFor = "spoke_for";
    struct OrganizationDialogue
    {
        qint64 dialogueId = 0;
        QDate date;
        QString title;
        QString role;
    };
    QList<OrganizationDialogue> organizationDialogues(qint64 organizationId, QString *error);

    // The people who spoke for an organisation, by name, with how often and the title they
    // held at their latest speech for it.
    struct OrganizationPerson
    {
        Person person;
        int speechCount = 0;
        QString latestTitle;
        QDate latestDate;
    };
    QList<OrganizationPerson> organizationPeople(qint64 organizationId, QString *error);

    struct ContactRow
    {
        Contact contact;
        QString organizationName;
    };
    QList<ContactRow> contacts(QString *error);

    // Distinct values already used in a dialogue field, for completers.
    enum class DialogueField { Series, Kind, City, Country, Verb };
    QStringList distinctValues(DialogueField field);

private:
    Database &m_db;
};

} // namespace rt
