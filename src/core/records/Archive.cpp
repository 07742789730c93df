#include "core/records/Archive.h"

#include "core/db/Database.h"
#include "core/db/Transaction.h"
#include "core/records/RecordRows.h"
#include "core/records/RecordRules.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace rt {

namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

// A record is saved only when it obeys every rule; else `error` gets the first problem.
bool obeys(const QList<RecordRules::Problem> &problems, QString *error)
{
    if (problems.isEmpty())
        return true;
    *error = problems.first().message;
    return false;
}

// The tables that have a `key`, each with its lookup statements. Table names never come
// from input: callers pass one of these names and anything else is refused.
bool knownTable(const QString &table)
{
    static const QStringList tables = { QStringLiteral("organization"), QStringLiteral("person"),
        QStringLiteral("contact"), QStringLiteral("dialogue") };
    return tables.contains(table);
}

const QString OrganizationColumns
    = QStringLiteral("SELECT ") + rows::organizationColumns() + QStringLiteral(" FROM organization ");

const QString PersonColumns
    = QStringLiteral("SELECT ") + rows::personColumns() + QStringLiteral(" FROM person ");

const QString ContactColumns
    = QStringLiteral("SELECT ") + rows::contactColumns() + QStringLiteral(" FROM contact ");

} // namespace

Archive::Archive(Database &database)
    : m_db(database)
{
}

Archive::Counts Archive::counts()
{
    Counts c;
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT (SELECT count(*) FROM dialogue), (SELECT count(*) FROM speech), (SELECT "
                       "count(*) FROM person), "
                       "(SELECT count(*) FROM organization), (SELECT count(*) FROM contact)"));
    if (runQuery(q, {}, nullptr) && q.next()) {
        c.dialogues = q.value(0).toLongLong();
        c.speeches = q.value(1).toLongLong();
        c.people = q.value(2).toLongLong();
        c.organizations = q.value(3).toLongLong();
        c.contacts = q.value(4).toLongLong();
    }
    q.finish();
    return c;
}

bool Archive::keyExists(const QString &table, const QString &key)
{
    return idForKey(table, key) > 0;
}

qint64 Archive::idForKey(const QString &table, const QString &key)
{
    if (!knownTable(table))
        return 0;
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT id FROM %1 WHERE key = ?").arg(table));
    qint64 id = 0;
    if (runQuery(q, { key }, nullptr) && q.next())
        id = q.value(0).toLongLong();
    q.finish();
    return id;
}

QString Archive::slug(const QString &text)
{
    // Latin letters lose their accents ("Hồng Hà" -> "hong-ha"); other scripts are kept.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString out;
    bool dash = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber()) {
            if (dash && !out.isEmpty())
                out += QLatin1Char('-');
            out += c;
            dash = false;
        } else {
            dash = true;
        }
    }
    if (out.size() > 64) {
        out.truncate(64);
        const qsizetype dash = out.lastIndexOf(QLatin1Char('-'));
        if (dash > 32)
            out.truncate(dash);
    }
    return out;
}

QString Archive::uniqueKey(const QString &table, const QString &text)
{
    QString base = slug(text);
    if (base.isEmpty())
        base = table;
    QString candidate = base;
    for (int n = 2; keyExists(table, candidate); ++n)
        candidate = base + QLatin1Char('-') + QString::number(n);
    return candidate;
}

// --- versions ------------------------------------------------------------------------

namespace {

bool versionedTable(const QString &table)
{
    return knownTable(table) || table == QLatin1String("press_release");
}

} // namespace

qint64 Archive::storedVersion(const QString &table, qint64 id)
{
    if (!versionedTable(table))
        return 0;
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT version FROM %1 WHERE id = ?").arg(table));
    qint64 version = 0;
    if (runQuery(q, { id }, nullptr) && q.next())
        version = q.value(0).toLongLong();
    q.finish();
    return version;
}

SaveConflict Archive::conflictIn(Database &database, const QString &table, qint64 id, qint64 myVersion)
{
    SaveConflict conflict;
    conflict.table = table;
    conflict.id = id;
    conflict.myVersion = myVersion;
    conflict.kind = SaveConflict::Kind::Deleted;
    if (!versionedTable(table))
        return conflict;
    // Only these two tables keep the time of their last save.
    const bool timed = table == QLatin1String("dialogue") || table == QLatin1String("press_release");
    QSqlQuery &q
        = database.prepared(QStringLiteral("SELECT version, %1 FROM %2 WHERE id = ?")
                                .arg(timed ? QStringLiteral("modified_at") : QStringLiteral("''"), table));
    if (runQuery(q, { id }, nullptr) && q.next()) {
        conflict.kind = SaveConflict::Kind::Changed;
        conflict.theirVersion = q.value(0).toLongLong();
        conflict.modifiedAt = q.value(1).toString();
    }
    q.finish();
    return conflict;
}

bool Archive::refuse(const SaveConflict &found, QString *error, SaveConflict *conflict)
{
    if (conflict)
        *conflict = found;
    *error = found.message();
    return false;
}

// --- translations --------------------------------------------------------------------

FieldTranslations Archive::readTranslations(const QString &record, qint64 id, int position)
{
    FieldTranslations result;
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT field, language, value FROM translation "
                                                "WHERE record = ? AND record_id = ? AND position = ?"));
    if (runQuery(q, { record, id, position }, nullptr)) {
        while (q.next())
            result.set(q.value(1).toString(), q.value(0).toString(), q.value(2).toString());
    }
    q.finish();
    return result;
}

bool Archive::writeTranslations(
    const QString &record, qint64 id, int position, const FieldTranslations &translations, QString *error)
{
    QSqlQuery &del = m_db.prepared(
        QStringLiteral("DELETE FROM translation WHERE record = ? AND record_id = ? AND position = ?"));
    if (!runQuery(del, { record, id, position }, error))
        return false;
    QSqlQuery &ins = m_db.prepared(QStringLiteral("INSERT INTO translation (record, record_id, position, "
                                                  "field, language, value) VALUES (?, ?, ?, ?, ?, ?)"));
    const QStringList languages = translations.languages();
    for (const QString &language : languages) {
        const QMap<QString, QString> fields = translations.fields(language);
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
            if (!runQuery(ins, { record, id, position, it.key(), language, it.value() }, error))
                return false;
        }
    }
    return true;
}

// --- organisations -------------------------------------------------------------------

QList<Organization> Archive::organizations()
{
    QList<Organization> result;
    QSqlQuery &q = m_db.prepared(
        OrganizationColumns + QStringLiteral("ORDER BY %1, id").arg(m_db.nocase(QStringLiteral("name"))));
    if (runQuery(q, {}, nullptr)) {
        while (q.next())
            result.append(rows::organization(q));
    }
    q.finish();
    // Every organisation's translations in one read, not one per organisation.
    QHash<qint64, FieldTranslations> translations;
    QSqlQuery &t = m_db.prepared(QStringLiteral(
        "SELECT record_id, field, language, value FROM translation WHERE record = 'organization'"));
    if (runQuery(t, {}, nullptr)) {
        while (t.next())
            translations[t.value(0).toLongLong()].set(
                t.value(2).toString(), t.value(1).toString(), t.value(3).toString());
    }
    t.finish();
    for (Organization &o : result)
        o.translations = translations.value(o.id);
    return result;
}

std::optional<Organization> Archive::organization(qint64 id)
{
    std::optional<Organization> result;
    QSqlQuery &q = m_db.prepared(OrganizationColumns + QStringLiteral("WHERE id = ?"));
    if (runQuery(q, { id }, nullptr) && q.next())
        result = rows::organization(q);
    q.finish();
    if (result)
        result->translations = readTranslations(QStringLiteral("organization"), id);
    return result;
}

qint64 Archive::organizationId(const QString &key)
{
    return idForKey(QStringLiteral("organization"), key);
}

bool Archive::saveOrganization(Organization &o, QString *error, SaveConflict *conflict)
{
    if (!obeys(RecordRules::organization(o), error))
        return false;
    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    if (o.key.isEmpty())
        o.key = uniqueKey(QStringLiteral("organization"), o.shortName.isEmpty() ? o.name : o.shortName);
    if (o.parentId > 0 && o.id > 0) {
        // Refuse cycles: walk up from the new parent.
        QSqlQuery &q = m_db.prepared(QStringLiteral(
            "WITH RECURSIVE up(id) AS (SELECT CAST(? AS BIGINT) UNION SELECT o.parent_id FROM organization o "
            "JOIN up ON o.id = up.id "
            "WHERE o.parent_id IS NOT NULL) SELECT count(*) FROM up WHERE id = ?"));
        bool cycle = runQuery(q, { o.parentId, o.id }, error) && q.next() && q.value(0).toLongLong() > 0;
        q.finish();
        if (cycle) {
            *error = tr("an organisation cannot be placed under one of its own sub-organisations");
            return false;
        }
    }
    const QVariantList values
        = { o.key, o.name, o.shortName, o.localName, idOrNull(o.parentId), o.country, o.website, o.about };
    qint64 newVersion = o.version + 1;
    if (o.id == 0) {
        QSqlQuery &q = m_db.prepared(QStringLiteral("INSERT INTO organization (key, name, short_name, "
                                                    "local_name, parent_id, country, website, about) "
                                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        if (!runInsert(q, values, &o.id, error))
            return false;
        newVersion = 1;
    } else {
        QSqlQuery &q = m_db.prepared(QStringLiteral("UPDATE organization SET key = ?, name = ?, short_name = "
                                                    "?, local_name = ?, parent_id = ?, country = ?, "
                                                    "website = ?, about = ?, version = version + 1 "
                                                    "WHERE id = ? AND version = ?"));
        if (!runQuery(q, values + QVariantList { o.id, o.version }, error))
            return false;
        if (q.numRowsAffected() == 0)
            return refuse(conflictIn(m_db, QStringLiteral("organization"), o.id, o.version), error, conflict);
    }
    if (!writeTranslations(QStringLiteral("organization"), o.id, -1, o.translations, error)
        || !transaction.commit(error))
        return false;
    o.version = newVersion;
    return true;
}

bool Archive::removeOrganization(qint64 id, QString *error, qint64 version, SaveConflict *conflict)
{
    // What uses it is counted under the write lock, so nothing can start using it meanwhile.
    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT (SELECT count(*) FROM organization WHERE parent_id = ?), "
        "(SELECT count(DISTINCT dialogue_id) FROM dialogue_organization WHERE organization_id = ?), "
        "(SELECT count(*) FROM speech WHERE organization_id = ?), "
        "(SELECT count(*) FROM contact WHERE organization_id = ?)"));
    if (!runQuery(q, { id, id, id, id }, error) || !q.next()) {
        q.finish();
        return false;
    }
    const qint64 children = q.value(0).toLongLong(), dialogues = q.value(1).toLongLong(),
                 speeches = q.value(2).toLongLong(), contacts = q.value(3).toLongLong();
    q.finish();
    QStringList uses;
    if (children)
        uses << tr("%n sub-organisation(s)", nullptr, children);
    if (dialogues)
        uses << tr("%n dialogue(s)", nullptr, dialogues);
    if (speeches)
        uses << tr("%n speech(es)", nullptr, speeches);
    if (contacts)
        uses << tr("%n contact(s)", nullptr, contacts);
    if (!uses.isEmpty()) {
        *error = tr("this organisation is still used by %1").arg(uses.join(QLatin1String(", ")));
        return false;
    }
    if (!removeVersioned(QStringLiteral("organization"), id, version, error, conflict))
        return false;
    return transaction.commit(error);
}

// --- people --------------------------------------------------------------------------

QList<Person> Archive::people()
{
    QList<Person> result;
    QSqlQuery &q = m_db.prepared(PersonColumns
        + QStringLiteral("ORDER BY %1, %2, id")
              .arg(m_db.nocase(QStringLiteral("family_name")), m_db.nocase(QStringLiteral("given_name"))));
    if (runQuery(q, {}, nullptr)) {
        while (q.next())
            result.append(rows::person(q));
    }
    q.finish();
    return result;
}

std::optional<Person> Archive::person(qint64 id)
{
    std::optional<Person> result;
    QSqlQuery &q = m_db.prepared(PersonColumns + QStringLiteral("WHERE id = ?"));
    if (runQuery(q, { id }, nullptr) && q.next())
        result = rows::person(q);
    q.finish();
    return result;
}

qint64 Archive::personId(const QString &key)
{
    return idForKey(QStringLiteral("person"), key);
}

bool Archive::savePerson(Person &p, QString *error, SaveConflict *conflict)
{
    if (!obeys(RecordRules::person(p), error))
        return false;
    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    if (p.key.isEmpty())
        p.key = uniqueKey(QStringLiteral("person"), p.fullName());
    const QVariantList values = { p.key, p.honorific, p.familyName, p.givenName, p.familyNameFirst ? 1 : 0,
        p.localName, p.notes,
        p.laterMention.isEmpty() ? QString::fromLatin1(PersonLaterMention::FamilyName) : p.laterMention };
    qint64 newVersion = p.version + 1;
    if (p.id == 0) {
        QSqlQuery &q
            = m_db.prepared(QStringLiteral("INSERT INTO person (key, honorific, family_name, "
                                           "given_name, family_name_first, local_name, notes, later_mention) "
                                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        if (!runInsert(q, values, &p.id, error))
            return false;
        newVersion = 1;
    } else {
        QSqlQuery &q = m_db.prepared(QStringLiteral("UPDATE person SET key = ?, honorific = ?, family_name = "
                                                    "?, given_name = ?, family_name_first = ?, "
                                                    "local_name = ?, notes = ?, later_mention = ?, version = "
                                                    "version + 1 WHERE id = ? AND version = ?"));
        if (!runQuery(q, values + QVariantList { p.id, p.version }, error))
            return false;
        if (q.numRowsAffected() == 0)
            return refuse(conflictIn(m_db, QStringLiteral("person"), p.id, p.version), error, conflict);
    }
    if (!transaction.commit(error))
        return false;
    p.version = newVersion;
    return true;
}

qint64 Archive::speechCount(qint64 personId)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT count(*) FROM speech WHERE person_id = ?"));
    qint64 n = 0;
    if (runQuery(q, { personId }, nullptr) && q.next())
        n = q.value(0).toLongLong();
    q.finish();
    return n;
}

bool Archive::removePerson(qint64 id, QString *error, qint64 version, SaveConflict *conflict)
{
    // Speeches are counted under the write lock, so none can be added meanwhile.
    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    const qint64 speeches = speechCount(id);
    if (speeches > 0) {
        const auto p = person(id);
        *error
            = tr("%1 has %2 speech(es) in the archive and cannot be deleted; merge this person into another "
                 "instead, so that no speech is lost")
                  .arg(p ? p->fullName() : QString::number(id))
                  .arg(speeches);
        return false;
    }
    if (!removeVersioned(QStringLiteral("person"), id, version, error, conflict))
        return false;
    return transaction.commit(error);
}

bool Archive::mergePeople(qint64 keptId, qint64 mergedId, QString *error, qint64 keptVersion,
    qint64 mergedVersion, SaveConflict *conflict)
{
    if (keptId == mergedId) {
        *error = tr("a person cannot be merged into themselves");
        return false;
    }
    if (!person(keptId) || !person(mergedId)) {
        *error = tr("no such person");
        return false;
    }
    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    // The kept person is written (its version moves on), which also locks its row on a server:
    // nobody can change or delete it until the merge is committed.
    QSqlQuery &keep = m_db.prepared(keptVersion > 0
            ? QStringLiteral("UPDATE person SET version = version + 1 WHERE id = ? AND version = ?")
            : QStringLiteral("UPDATE person SET version = version + 1 WHERE id = ?"));
    if (!runQuery(
            keep, keptVersion > 0 ? QVariantList { keptId, keptVersion } : QVariantList { keptId }, error))
        return false;
    if (keep.numRowsAffected() == 0)
        return refuse(conflictIn(m_db, QStringLiteral("person"), keptId, keptVersion), error, conflict);
    // The dialogues whose speeches move are changed too.
    QSqlQuery &touch = m_db.prepared(QStringLiteral("UPDATE dialogue SET version = version + 1 WHERE id IN "
                                                    "(SELECT dialogue_id FROM speech WHERE person_id = ?)"));
    if (!runQuery(touch, { mergedId }, error))
        return false;
    QSqlQuery &move = m_db.prepared(QStringLiteral("UPDATE speech SET person_id = ? WHERE person_id = ?"));
    if (!runQuery(move, { keptId, mergedId }, error))
        return false;
    if (!removeVersioned(QStringLiteral("person"), mergedId, mergedVersion, error, conflict))
        return false;
    return transaction.commit(error);
}

// --- contacts ------------------------------------------------------------------------

QStringList Archive::childStrings(const QString &sql, qint64 id)
{
    QStringList result;
    QSqlQuery &q = m_db.prepared(sql);
    if (runQuery(q, { id }, nullptr)) {
        while (q.next())
            result.append(q.value(0).toString());
    }
    q.finish();
    return result;
}

QList<Contact> Archive::contacts()
{
    QList<qint64> ids;
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT id FROM contact ORDER BY %1, key").arg(m_db.nocase(QStringLiteral("label"))));
    if (runQuery(q, {}, nullptr)) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    q.finish();
    QList<Contact> result;
    for (qint64 id : std::as_const(ids)) {
        if (auto c = contact(id))
            result.append(*c);
    }
    return result;
}

std::optional<Contact> Archive::contact(qint64 id)
{
    std::optional<Contact> result;
    QSqlQuery &q = m_db.prepared(ContactColumns + QStringLiteral("WHERE id = ?"));
    if (runQuery(q, { id }, nullptr) && q.next()) {
        result = rows::contact(q);
    }
    q.finish();
    if (result) {
        result->phones = childStrings(
            QStringLiteral("SELECT number FROM contact_phone WHERE contact_id = ? ORDER BY position"), id);
        result->emails = childStrings(
            QStringLiteral("SELECT address FROM contact_email WHERE contact_id = ? ORDER BY position"), id);
        result->translations = readTranslations(QStringLiteral("contact"), id);
    }
    return result;
}

qint64 Archive::contactId(const QString &key)
{
    return idForKey(QStringLiteral("contact"), key);
}

bool Archive::saveContact(Contact &c, QString *error, SaveConflict *conflict)
{
    if (!obeys(RecordRules::contact(c), error))
        return false;
    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    if (c.key.isEmpty())
        c.key = uniqueKey(QStringLiteral("contact"), c.label.isEmpty() ? QStringLiteral("contact") : c.label);
    const QVariantList values
        = { c.key, idOrNull(c.organizationId), c.label, c.address, c.fax, c.website, c.wechat };
    qint64 newVersion = c.version + 1;
    if (c.id == 0) {
        QSqlQuery &q
            = m_db.prepared(QStringLiteral("INSERT INTO contact (key, organization_id, label, address, fax, "
                                           "website, wechat) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        if (!runInsert(q, values, &c.id, error))
            return false;
        newVersion = 1;
    } else {
        QSqlQuery &q = m_db.prepared(QStringLiteral("UPDATE contact SET key = ?, organization_id = ?, label "
                                                    "= ?, address = ?, fax = ?, website = ?, wechat = ?, "
                                                    "version = version + 1 WHERE id = ? AND version = ?"));
        if (!runQuery(q, values + QVariantList { c.id, c.version }, error))
            return false;
        if (q.numRowsAffected() == 0)
            return refuse(conflictIn(m_db, QStringLiteral("contact"), c.id, c.version), error, conflict);
        QSqlQuery &dp = m_db.prepared(QStringLiteral("DELETE FROM contact_phone WHERE contact_id = ?"));
        QSqlQuery &de = m_db.prepared(QStringLiteral("DELETE FROM contact_email WHERE contact_id = ?"));
        if (!runQuery(dp, { c.id }, error) || !runQuery(de, { c.id }, error))
            return false;
    }
    QSqlQuery &ip = m_db.prepared(
        QStringLiteral("INSERT INTO contact_phone (contact_id, position, number) VALUES (?, ?, ?)"));
    for (int i = 0; i < c.phones.size(); ++i) {
        if (!runQuery(ip, { c.id, i, c.phones.at(i) }, error))
            return false;
    }
    QSqlQuery &ie = m_db.prepared(
        QStringLiteral("INSERT INTO contact_email (contact_id, position, address) VALUES (?, ?, ?)"));
    for (int i = 0; i < c.emails.size(); ++i) {
        if (!runQuery(ie, { c.id, i, c.emails.at(i) }, error))
            return false;
    }
    if (!writeTranslations(QStringLiteral("contact"), c.id, -1, c.translations, error)
        || !transaction.commit(error))
        return false;
    c.version = newVersion;
    return true;
}

bool Archive::removeContact(qint64 id, QString *error, qint64 version, SaveConflict *conflict)
{
    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    if (!removeVersioned(QStringLiteral("contact"), id, version, error, conflict))
        return false;
    return transaction.commit(error);
}

bool Archive::removeVersioned(
    const QString &table, qint64 id, qint64 version, QString *error, SaveConflict *conflict)
{
    if (!versionedTable(table))
        return false;
    QSqlQuery &q
        = m_db.prepared(version > 0 ? QStringLiteral("DELETE FROM %1 WHERE id = ? AND version = ?").arg(table)
                                    : QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    if (!runQuery(q, version > 0 ? QVariantList { id, version } : QVariantList { id }, error))
        return false;
    if (q.numRowsAffected() == 0)
        return refuse(conflictIn(m_db, table, id, version), error, conflict);
    return true;
}

// --- dialogues -----------------------------------------------------------------------

qint64 Archive::dialogueId(const QString &key)
{
    return idForKey(QStringLiteral("dialogue"), key);
}

QList<qint64> Archive::dialogueIds()
{
    QList<qint64> ids;
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT id FROM dialogue ORDER BY start_date, id"));
    if (runQuery(q, {}, nullptr)) {
        while (q.next())
            ids.append(q.value(0).toLongLong());
    }
    q.finish();
    return ids;
}

Dialogue Archive::newDialogue()
{
    Dialogue d;
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT (SELECT contact_id FROM dialogue WHERE contact_id IS NOT NULL "
        "ORDER BY start_date DESC, id DESC LIMIT 1), "
        "(SELECT about_organization_id FROM dialogue WHERE about_organization_id IS NOT NULL "
        "ORDER BY start_date DESC, id DESC LIMIT 1), "
        "(SELECT CASE WHEN count(*) = 1 THEN max(id) END FROM contact), "
        "(SELECT CASE WHEN count(*) = 1 THEN max(id) END FROM organization WHERE about <> '')"));
    if (runQuery(q, {}, nullptr) && q.next()) {
        d.contactId = q.value(0).isNull() ? q.value(2).toLongLong() : q.value(0).toLongLong();
        d.aboutOrganizationId = q.value(1).isNull() ? q.value(3).toLongLong() : q.value(1).toLongLong();
    }
    q.finish();
    return d;
}

std::optional<Dialogue> Archive::dialogue(qint64 id)
{
    std::optional<Dialogue> result;
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT id, key, title, short_title, series, kind, "
                                                "start_date, end_date, city, country, venue, format, "
                                                "occasion, participants, outcome, status, notes, contact_id, "
                                                "about_organization_id, version FROM dialogue WHERE id = ?"));
    if (runQuery(q, { id }, nullptr) && q.next()) {
        Dialogue d;
        d.id = q.value(0).toLongLong();
        d.key = q.value(1).toString();
        d.title = q.value(2).toString();
        d.shortTitle = q.value(3).toString();
        d.series = q.value(4).toString();
        d.kind = q.value(5).toString();
        d.startDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        d.endDate = QDate::fromString(q.value(7).toString(), Qt::ISODate);
        d.city = q.value(8).toString();
        d.country = q.value(9).toString();
        d.venue = q.value(10).toString();
        d.format = q.value(11).toString();
        d.occasion = q.value(12).toString();
        d.participants = q.value(13).toString();
        d.outcome = q.value(14).toString();
        d.status = q.value(15).toString();
        d.notes = q.value(16).toString();
        d.contactId = q.value(17).toLongLong();
        d.aboutOrganizationId = q.value(18).toLongLong();
        d.version = q.value(19).toLongLong();
        result = d;
    }
    q.finish();
    if (!result)
        return result;

    QSqlQuery &orgs = m_db.prepared(QStringLiteral(
        "SELECT organization_id, role FROM dialogue_organization WHERE dialogue_id = ? ORDER BY position"));
    if (runQuery(orgs, { id }, nullptr)) {
        while (orgs.next())
            result->organizations.append({ orgs.value(0).toLongLong(), orgs.value(1).toString() });
    }
    orgs.finish();
    QSqlQuery &topics = m_db.prepared(
        QStringLiteral("SELECT title, description FROM topic WHERE dialogue_id = ? ORDER BY position"));
    if (runQuery(topics, { id }, nullptr)) {
        while (topics.next())
            result->topics.append({ topics.value(0).toString(), topics.value(1).toString() });
    }
    topics.finish();
    QSqlQuery &speeches = m_db.prepared(QStringLiteral(
        "SELECT person_id, role, title, organization_id, verb, summary FROM speech WHERE dialogue_id = ? "
        "ORDER BY position"));
    if (runQuery(speeches, { id }, nullptr)) {
        while (speeches.next()) {
            Speech s;
            s.personId = speeches.value(0).toLongLong();
            s.role = speeches.value(1).toString();
            s.title = speeches.value(2).toString();
            s.organizationId = speeches.value(3).toLongLong();
            s.verb = speeches.value(4).toString();
            s.summary = speeches.value(5).toString();
            result->speeches.append(s);
        }
    }
    speeches.finish();
    QSqlQuery &t
        = m_db.prepared(QStringLiteral("SELECT record, position, field, language, value FROM translation "
                                       "WHERE record IN ('dialogue', 'topic', 'speech') AND record_id = ?"));
    if (runQuery(t, { id }, nullptr)) {
        while (t.next()) {
            const QString record = t.value(0).toString();
            const int position = t.value(1).toInt();
            FieldTranslations *target = nullptr;
            if (record == QLatin1String("dialogue"))
                target = &result->translations;
            else if (record == QLatin1String("topic") && position >= 0 && position < result->topics.size())
                target = &result->topics[position].translations;
            else if (record == QLatin1String("speech") && position >= 0 && position < result->speeches.size())
                target = &result->speeches[position].translations;
            if (target)
                target->set(t.value(3).toString(), t.value(2).toString(), t.value(4).toString());
        }
    }
    t.finish();
    return result;
}

bool Archive::writeChildren(const Dialogue &d, QString *error)
{
    QSqlQuery &io = m_db.prepared(QStringLiteral("INSERT INTO dialogue_organization (dialogue_id, position, "
                                                 "organization_id, role) VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < d.organizations.size(); ++i) {
        const auto &o = d.organizations.at(i);
        if (!runQuery(io, { d.id, i, o.organizationId, o.role }, error))
            return false;
    }
    QSqlQuery &it = m_db.prepared(
        QStringLiteral("INSERT INTO topic (dialogue_id, position, title, description) VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < d.topics.size(); ++i) {
        const auto &t = d.topics.at(i);
        if (!runQuery(it, { d.id, i, t.title, t.description }, error)
            || !writeTranslations(QStringLiteral("topic"), d.id, i, t.translations, error))
            return false;
    }
    QSqlQuery &is = m_db.prepared(QStringLiteral(
        "INSERT INTO speech (dialogue_id, position, person_id, role, title, organization_id, verb, summary) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (int i = 0; i < d.speeches.size(); ++i) {
        const auto &s = d.speeches.at(i);
        if (!runQuery(is,
                { d.id, i, s.personId, s.role, s.title, idOrNull(s.organizationId), s.verb, s.summary },
                error)
            || !writeTranslations(QStringLiteral("speech"), d.id, i, s.translations, error))
            return false;
    }
    return writeTranslations(QStringLiteral("dialogue"), d.id, -1, d.translations, error);
}

bool Archive::saveDialogue(Dialogue &d, QString *error, SaveConflict *conflict)
{
    if (!obeys(RecordRules::dialogue(d), error))
        return false;
    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    if (d.key.isEmpty())
        d.key = uniqueKey(QStringLiteral("dialogue"), dateText(d.startDate) + QLatin1Char(' ') + d.title);
    const QVariantList values = { d.key, d.title, d.shortTitle, d.series, d.kind, dateText(d.startDate),
        dateText(d.endDate), d.city, d.country, d.venue, d.format, d.occasion, d.participants, d.outcome,
        d.status, d.notes, idOrNull(d.contactId), idOrNull(d.aboutOrganizationId) };
    qint64 newVersion = d.version + 1;
    if (d.id == 0) {
        QSqlQuery &q = m_db.prepared(QStringLiteral(
            "INSERT INTO dialogue (key, title, short_title, series, kind, start_date, end_date, city, "
            "country, venue, "
            "format, occasion, participants, outcome, status, notes, contact_id, about_organization_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        if (!runInsert(q, values, &d.id, error))
            return false;
        newVersion = 1;
    } else {
        QSqlQuery &q = m_db.prepared(QStringLiteral(
            "UPDATE dialogue SET key = ?, title = ?, short_title = ?, series = ?, kind = ?, start_date = ?, "
            "end_date = ?, city = ?, country = ?, venue = ?, format = ?, occasion = ?, participants = ?, "
            "outcome = ?, "
            "status = ?, notes = ?, contact_id = ?, about_organization_id = ?, "
            "modified_at = ?, version = version + 1 "
            "WHERE id = ? AND version = ?"));
        if (!runQuery(q, values + QVariantList { Database::utcNow(), d.id, d.version }, error))
            return false;
        if (q.numRowsAffected() == 0)
            return refuse(conflictIn(m_db, QStringLiteral("dialogue"), d.id, d.version), error, conflict);
        for (const QString &sql : { QStringLiteral("DELETE FROM dialogue_organization WHERE dialogue_id = ?"),
                 QStringLiteral("DELETE FROM topic WHERE dialogue_id = ?"),
                 QStringLiteral("DELETE FROM speech WHERE dialogue_id = ?") }) {
            if (!runQuery(m_db.prepared(sql), { d.id }, error))
                return false;
        }
    }
    if (!writeChildren(d, error) || !transaction.commit(error))
        return false;
    d.version = newVersion;
    return true;
}

Archive::DialogueParts Archive::dialogueParts(qint64 id)
{
    DialogueParts parts;
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT (SELECT count(*) FROM speech WHERE dialogue_id = ?), "
        "(SELECT count(*) FROM topic WHERE dialogue_id = ?), "
        "(SELECT count(*) FROM press_release WHERE dialogue_id = ? AND status = 'draft'), "
        "(SELECT count(*) FROM press_release WHERE dialogue_id = ? AND status = 'approved'), "
        "(SELECT count(*) FROM press_release WHERE dialogue_id = ? AND status = 'published')"));
    if (runQuery(q, { id, id, id, id, id }, nullptr) && q.next()) {
        parts.speeches = q.value(0).toLongLong();
        parts.topics = q.value(1).toLongLong();
        parts.draftReleases = q.value(2).toLongLong();
        parts.approvedReleases = q.value(3).toLongLong();
        parts.publishedReleases = q.value(4).toLongLong();
    }
    q.finish();
    return parts;
}

bool Archive::removeDialogue(
    qint64 id, QString *error, Releases releases, qint64 version, SaveConflict *conflict)
{
    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    // Press releases are the centre's published word: they go with their dialogue only when
    // the caller has said so (after naming them to the user). Counted under the write lock.
    const DialogueParts parts = dialogueParts(id);
    if (parts.releases() > 0 && releases == Releases::Keep) {
        *error
            = tr("this dialogue has %n press release(s); delete them first", nullptr, int(parts.releases()));
        return false;
    }
    if (parts.releases() > 0) {
        QSqlQuery &r = m_db.prepared(QStringLiteral("DELETE FROM press_release WHERE dialogue_id = ?"));
        if (!runQuery(r, { id }, error))
            return false;
    }
    if (!removeVersioned(QStringLiteral("dialogue"), id, version, error, conflict))
        return false;
    return transaction.commit(error);
}

} // namespace rt
