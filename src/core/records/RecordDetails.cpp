#include "core/records/RecordDetails.h"

#include "core/db/Database.h"
#include "core/press/PressReleaseStore.h"
#include "core/records/Archive.h"

#include <QSqlQuery>

namespace rt {

namespace {

QDate date(const QVariant &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

qint64 single(QSqlQuery &q, const QVariantList &values)
{
    qint64 result = 0;
    if (runQuery(q, values, nullptr) && q.next())
        result = q.value(0).toLongLong();
    q.finish();
    return result;
}

} // namespace

RecordDetails::RecordDetails(Database &database)
    : m_db(database)
{
}

std::optional<RecordDetails::DialogueDetails> RecordDetails::dialogue(qint64 id)
{
    Archive archive(m_db);
    const std::optional<Dialogue> found = archive.dialogue(id);
    if (!found)
        return std::nullopt;
    DialogueDetails details;
    details.dialogue = *found;
    auto addOrganization = [&](qint64 organizationId) {
        if (organizationId == 0 || details.organizations.contains(organizationId))
            return;
        if (const auto organization = archive.organization(organizationId))
            details.organizations.insert(organizationId, *organization);
    };
    for (const DialogueOrganization &o : found->organizations)
        addOrganization(o.organizationId);
    for (const Speech &speech : found->speeches) {
        addOrganization(speech.organizationId);
        if (!details.people.contains(speech.personId)) {
            if (const auto person = archive.person(speech.personId))
                details.people.insert(speech.personId, *person);
        }
    }
    addOrganization(found->aboutOrganizationId);
    if (found->contactId)
        details.contact = archive.contact(found->contactId);
    details.releases = PressReleaseStore(m_db).releasesOf(id);
    for (PressRelease &release : details.releases)
        release.body.clear();
    return details;
}

std::optional<RecordDetails::PersonDetails> RecordDetails::person(qint64 id)
{
    const std::optional<Person> found = Archive(m_db).person(id);
    if (!found)
        return std::nullopt;
    PersonDetails details;
    details.person = *found;
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT d.id, d.start_date, d.title, s.role, s.title, coalesce(o.id, 0), "
        "coalesce(nullif(o.short_name, ''), o.name, '') "
        "FROM speech s JOIN dialogue d ON d.id = s.dialogue_id LEFT JOIN organization o ON o.id = "
        "s.organization_id WHERE s.person_id = ? ORDER BY d.start_date DESC, d.id DESC, s.position LIMIT ?"));
    if (runQuery(q, { id, ListLimit }, nullptr)) {
        while (q.next()) {
            details.speeches.append(
                { q.value(0).toLongLong(), date(q.value(1)), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), { q.value(5).toLongLong(), q.value(6).toString() } });
        }
    }
    q.finish();
    details.speechTotal
        = single(m_db.prepared(QStringLiteral("SELECT count(*) FROM speech WHERE person_id = ?")), { id });
    return details;
}

std::optional<RecordDetails::OrganizationDetails> RecordDetails::organization(qint64 id)
{
    Archive archive(m_db);
    const std::optional<Organization> found = archive.organization(id);
    if (!found)
        return std::nullopt;
    OrganizationDetails details;
    details.organization = *found;
    if (found->parentId)
        details.parent = archive.organization(found->parentId);
    auto named = [this](const QString &sql, const QVariantList &values) {
        QList<Named> list;
        QSqlQuery &q = m_db.prepared(sql);
        if (runQuery(q, values, nullptr)) {
            while (q.next())
                list.append({ q.value(0).toLongLong(), q.value(1).toString() });
        }
        q.finish();
        return list;
    };
    details.children = named(QStringLiteral("SELECT id, name FROM organization WHERE parent_id = ? ORDER BY ")
            + m_db.nocase(QStringLiteral("name")),
        { id });
    details.contacts
        = named(QStringLiteral("SELECT id, label FROM contact WHERE organization_id = ? ORDER BY ")
                + m_db.nocase(QStringLiteral("label")),
            { id });

    // The dialogues it is named in (one row per role), newest first.
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT d.id, d.start_date, d.title, x.role FROM dialogue_organization x JOIN dialogue d ON d.id = "
        "x.dialogue_id WHERE x.organization_id = ? ORDER BY d.start_date DESC, d.id DESC, x.position LIMIT "
        "?"));
    if (runQuery(q, { id, ListLimit }, nullptr)) {
        while (q.next()) {
            Appearance a;
            a.dialogueId = q.value(0).toLongLong();
            a.date = date(q.value(1));
            a.dialogueTitle = q.value(2).toString();
            a.role = q.value(3).toString();
            details.dialogues.append(a);
        }
    }
    q.finish();
    details.dialogueTotal = single(
        m_db.prepared(QStringLiteral("SELECT count(DISTINCT dialogue_id) FROM dialogue_organization WHERE "
                                     "organization_id = ?")),
        { id });

    // People who spoke for it, the most speeches first.
    QSqlQuery &speakers = m_db.prepared(
        QStringLiteral("SELECT p.id, p.family_name, p.given_name, p.family_name_first, count(*) AS n FROM "
                       "speech s JOIN person p ON p.id = s.person_id WHERE s.organization_id = ? GROUP BY "
                       "p.id ORDER BY n DESC, ")
        + m_db.nocase(QStringLiteral("p.family_name")) + QStringLiteral(" LIMIT ?"));
    if (runQuery(speakers, { id, ListLimit }, nullptr)) {
        while (speakers.next()) {
            Person p;
            p.familyName = speakers.value(1).toString();
            p.givenName = speakers.value(2).toString();
            p.familyNameFirst = speakers.value(3).toBool();
            details.speakers.append({ speakers.value(0).toLongLong(), p.fullName() });
        }
    }
    speakers.finish();
    return details;
}

std::optional<RecordDetails::ContactDetails> RecordDetails::contact(qint64 id)
{
    Archive archive(m_db);
    const std::optional<Contact> found = archive.contact(id);
    if (!found)
        return std::nullopt;
    ContactDetails details;
    details.contact = *found;
    if (found->organizationId)
        details.organization = archive.organization(found->organizationId);
    details.dialogues
        = single(m_db.prepared(QStringLiteral("SELECT count(*) FROM dialogue WHERE contact_id = ?")), { id });
    return details;
}

std::optional<RecordDetails::PressReleaseDetails> RecordDetails::pressRelease(qint64 id)
{
    const std::optional<PressRelease> found = PressReleaseStore(m_db).release(id);
    if (!found)
        return std::nullopt;
    PressReleaseDetails details;
    details.release = *found;
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT title, start_date FROM dialogue WHERE id = ?"));
    if (runQuery(q, { found->dialogueId }, nullptr) && q.next()) {
        details.dialogueTitle = q.value(0).toString();
        details.dialogueDate = date(q.value(1));
    }
    q.finish();
    return details;
}

} // namespace rt
