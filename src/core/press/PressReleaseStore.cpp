#include "core/press/PressReleaseStore.h"

#include "core/db/Database.h"
#include "core/db/Transaction.h"
#include "core/records/Archive.h"
#include "core/records/FieldTranslations.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rt {

namespace {

const QString columns
    = QStringLiteral("id, dialogue_id, headline, dateline_city, release_date, body, "
                     "contact_id, about_organization_id, template, "
                     "language, status, release_number, embargo, created_at, modified_at, version");

PressRelease fromQuery(const QSqlQuery &q)
{
    PressRelease r;
    r.id = q.value(0).toLongLong();
    r.dialogueId = q.value(1).toLongLong();
    r.headline = q.value(2).toString();
    r.datelineCity = q.value(3).toString();
    r.releaseDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    r.body = q.value(5).toString();
    r.contactId = q.value(6).toLongLong();
    r.aboutOrganizationId = q.value(7).toLongLong();
    r.templateName = q.value(8).toString();
    r.language = q.value(9).toString();
    r.status = q.value(10).toString();
    r.releaseNumber = q.value(11).toString();
    r.embargo = QDateTime::fromString(q.value(12).toString(), Qt::ISODate);
    r.createdAt = q.value(13).toString();
    r.modifiedAt = q.value(14).toString();
    r.version = q.value(15).toLongLong();
    return r;
}

// Whether two versions of a release say the same, whatever their status and timestamps.
bool sameContent(const PressRelease &a, const PressRelease &b)
{
    return a.headline == b.headline && a.body == b.body && a.datelineCity == b.datelineCity
        && a.releaseDate == b.releaseDate && a.contactId == b.contactId
        && a.aboutOrganizationId == b.aboutOrganizationId && a.templateName == b.templateName
        && a.language == b.language && a.releaseNumber.trimmed() == b.releaseNumber.trimmed()
        && a.embargo == b.embargo;
}

} // namespace

QStringList PressReleaseStatus::all()
{
    return { QString::fromLatin1(Draft), QString::fromLatin1(Approved), QString::fromLatin1(Published) };
}

bool PressReleaseStatus::canChange(const QString &from, const QString &to)
{
    if (from == to)
        return all().contains(to);
    if (from == QLatin1String(Draft))
        return to == QLatin1String(Approved);
    if (from == QLatin1String(Approved))
        return to == QLatin1String(Published) || to == QLatin1String(Draft);
    return false;
}

PressReleaseStore::PressReleaseStore(Database &database)
    : m_db(database)
{
}

QList<PressRelease> PressReleaseStore::select(const QString &where, const QVariantList &values)
{
    QList<PressRelease> result;
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT %1 FROM press_release %2").arg(columns, where));
    if (runQuery(q, values, nullptr)) {
        while (q.next())
            result.append(fromQuery(q));
    }
    q.finish();
    return result;
}

QList<PressRelease> PressReleaseStore::releases()
{
    return select(QStringLiteral("ORDER BY release_date DESC, id DESC"), {});
}

QList<PressRelease> PressReleaseStore::releasesOf(qint64 dialogueId)
{
    return select(
        QStringLiteral("WHERE dialogue_id = ? ORDER BY release_date DESC, id DESC"), { dialogueId });
}

std::optional<PressRelease> PressReleaseStore::releaseOf(qint64 dialogueId, const QString &language)
{
    const QList<PressRelease> found = select(
        QStringLiteral("WHERE dialogue_id = ? AND language = ? ORDER BY release_date DESC, id DESC LIMIT 1"),
        { dialogueId, language });
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

std::optional<PressRelease> PressReleaseStore::release(qint64 id)
{
    const QList<PressRelease> found = select(QStringLiteral("WHERE id = ?"), { id });
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

bool PressReleaseStore::keepRevision(const PressRelease &previous, QString *error)
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "INSERT INTO press_release_revision (press_release_id, number, headline, body, status) "
        "VALUES (?, (SELECT coalesce(max(number), 0) + 1 FROM press_release_revision WHERE press_release_id "
        "= ?), ?, ?, ?)"));
    return runQuery(
        q, { previous.id, previous.id, previous.headline, previous.body, previous.status }, error);
}

bool PressReleaseStore::releaseNumberFree(const PressRelease &r, QString *error)
{
    const QString number = r.releaseNumber.trimmed();
    if (number.isEmpty())
        return true;
    // The releases of one dialogue in different languages share a number (the Chinese and
    // the English release are one release on the centre's two websites); nothing else may.
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT dialogue_id, language FROM press_release "
                                                "WHERE release_number = ? AND id <> ?"));
    if (!runQuery(q, { number, r.id }, error))
        return false;
    QString problem;
    while (q.next() && problem.isEmpty()) {
        if (q.value(0).toLongLong() != r.dialogueId)
            problem = tr("release number %1 is already given to a release of another dialogue").arg(number);
        else if (q.value(1).toString() == r.language)
            problem = tr("release number %1 is already given to this dialogue's release in the same "
                         "language (%2)")
                          .arg(number, r.language);
    }
    q.finish();
    if (!problem.isEmpty())
        *error = problem;
    return problem.isEmpty();
}

bool PressReleaseStore::save(PressRelease &r, QString *error, SaveConflict *conflict)
{
    if (!PressReleaseStatus::all().contains(r.status)) {
        *error = tr("unknown press-release status \"%1\"").arg(r.status);
        return false;
    }
    if (r.dialogueId <= 0) {
        *error = tr("a press release needs a dialogue");
        return false;
    }
    if (!Language::isKnown(r.language)) {
        *error = tr("unknown press-release language \"%1\"").arg(r.language);
        return false;
    }
    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    if (!releaseNumberFree(r, error))
        return false;
    QVariantList values = { r.dialogueId, r.headline, r.datelineCity,
        r.releaseDate.isValid() ? r.releaseDate.toString(Qt::ISODate) : QString(), r.body,
        idOrNull(r.contactId), idOrNull(r.aboutOrganizationId), r.templateName, r.language, r.status,
        r.releaseNumber.trimmed(), r.embargo.isValid() ? r.embargo.toString(Qt::ISODate) : QString() };
    qint64 newVersion = r.version + 1;
    if (r.id == 0) {
        QSqlQuery &q = m_db.prepared(
            QStringLiteral("INSERT INTO press_release (dialogue_id, headline, dateline_city, release_date, "
                           "body, contact_id, "
                           "about_organization_id, template, language, status, release_number, embargo) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        if (!runInsert(q, values, &r.id, error))
            return false;
        newVersion = 1;
    } else {
        const std::optional<PressRelease> previous = release(r.id);
        // Someone else saved or deleted it since it was read: what they wrote stays.
        if (!previous || previous->version != r.version)
            return Archive::refuse(
                Archive::conflictIn(m_db, QStringLiteral("press_release"), r.id, r.version), error, conflict);
        const bool textChanged = previous->headline != r.headline || previous->body != r.body;
        const bool contentChanged = textChanged || !sameContent(*previous, r);
        if (!PressReleaseStatus::canChange(previous->status, r.status)) {
            *error = tr("a press release cannot go from %1 to %2").arg(previous->status, r.status);
            return false;
        }
        if (contentChanged && previous->status == QLatin1String(PressReleaseStatus::Published)) {
            *error = tr("a published press release cannot be edited; make a new release instead");
            return false;
        }
        // What was approved was this text: an edit makes it a draft again, to be approved anew,
        // and the approved text stays as a revision.
        const bool unapproved = contentChanged
            && previous->status == QLatin1String(PressReleaseStatus::Approved)
            && r.status == QLatin1String(PressReleaseStatus::Approved);
        if (unapproved) {
            r.status = QString::fromLatin1(PressReleaseStatus::Draft);
            values[9] = r.status;
        }
        if ((textChanged || unapproved) && !keepRevision(*previous, error))
            return false;
        QSqlQuery &q = m_db.prepared(
            QStringLiteral("UPDATE press_release SET dialogue_id = ?, headline = ?, dateline_city = ?, "
                           "release_date = ?, body = ?, "
                           "contact_id = ?, about_organization_id = ?, template = ?, language = ?, status = "
                           "?, release_number = ?, "
                           "embargo = ?, modified_at = ?, "
                           "version = version + 1 WHERE id = ? AND version = ?"));
        if (!runQuery(q, values + QVariantList { Database::utcNow(), r.id, r.version }, error))
            return false;
        if (q.numRowsAffected() == 0)
            return Archive::refuse(
                Archive::conflictIn(m_db, QStringLiteral("press_release"), r.id, r.version), error, conflict);
    }
    if (!transaction.commit(error))
        return false;
    r.version = newVersion;
    if (const auto saved = release(r.id)) {
        r.createdAt = saved->createdAt;
        r.modifiedAt = saved->modifiedAt;
    }
    return true;
}

bool PressReleaseStore::remove(qint64 id, QString *error, qint64 version, SaveConflict *conflict)
{
    Transaction transaction(m_db);
    if (!transaction.begin(error))
        return false;
    QSqlQuery &q
        = m_db.prepared(version > 0 ? QStringLiteral("DELETE FROM press_release WHERE id = ? AND version = ?")
                                    : QStringLiteral("DELETE FROM press_release WHERE id = ?"));
    if (!runQuery(q, version > 0 ? QVariantList { id, version } : QVariantList { id }, error))
        return false;
    if (q.numRowsAffected() == 0)
        return Archive::refuse(
            Archive::conflictIn(m_db, QStringLiteral("press_release"), id, version), error, conflict);
    return transaction.commit(error);
}

bool PressReleaseStore::setStatus(qint64 id, const QString &status, QString *error, qint64 version)
{
    std::optional<PressRelease> r = release(id);
    if (!r || (version > 0 && r->version != version))
        return Archive::refuse(
            Archive::conflictIn(m_db, QStringLiteral("press_release"), id, version), error, nullptr);
    if (!PressReleaseStatus::canChange(r->status, status)) {
        *error = tr("a press release cannot go from %1 to %2").arg(r->status, status);
        return false;
    }
    r->status = status;
    return save(*r, error);
}

QList<PressReleaseRevision> PressReleaseStore::revisions(qint64 releaseId)
{
    QList<PressReleaseRevision> result;
    QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT number, saved_at, headline, body, status FROM "
                                                "press_release_revision WHERE press_release_id = ? "
                                                "ORDER BY number DESC"));
    if (runQuery(q, { releaseId }, nullptr)) {
        while (q.next()) {
            PressReleaseRevision revision;
            revision.pressReleaseId = releaseId;
            revision.number = q.value(0).toInt();
            revision.savedAt = q.value(1).toString();
            revision.headline = q.value(2).toString();
            revision.body = q.value(3).toString();
            revision.status = q.value(4).toString();
            result.append(revision);
        }
    }
    q.finish();
    return result;
}

bool PressReleaseStore::restoreRevision(qint64 releaseId, int number, QString *error)
{
    std::optional<PressRelease> r = release(releaseId);
    if (!r) {
        *error = tr("press release %1 does not exist").arg(releaseId);
        return false;
    }
    for (const PressReleaseRevision &revision : revisions(releaseId)) {
        if (revision.number != number)
            continue;
        r->headline = revision.headline;
        r->body = revision.body;
        return save(*r, error);
    }
    *error = tr("press release %1 has no revision %2").arg(releaseId).arg(number);
    return false;
}

} // namespace rt
