#pragma once

#include "core/press/PressRelease.h"
#include "core/records/SaveConflict.h"

#include <QCoreApplication>
#include <QVariantList>

#include <optional>

class QSqlQuery;

namespace rt {

class Database;

// Reads and writes press releases and their revisions. Every save that changes the headline
// or body first keeps the previous text as a revision, in the same transaction; status
// changes follow PressReleaseStatus::canChange. An edit to an approved release makes it a
// draft again (the approved text stays as a revision); a published one cannot be changed.
// Errors come back as `false` plus a message.
class PressReleaseStore
{
    Q_DECLARE_TR_FUNCTIONS(rt::PressReleaseStore)

public:
    explicit PressReleaseStore(Database &database);

    // All releases, newest release date first.
    QList<PressRelease> releases();
    QList<PressRelease> releasesOf(qint64 dialogueId);
    // The dialogue's newest release in `language`, if it has one.
    std::optional<PressRelease> releaseOf(qint64 dialogueId, const QString &language);
    std::optional<PressRelease> release(qint64 id);

    // Inserts (id 0) or updates. Refuses to change a published release; an approved one whose
    // content changes comes back as a draft (`release.status` says so).
    // Writes only over the version `release` was read at (see Archive's saves, SaveConflict).
    bool save(PressRelease &release, QString *error, SaveConflict *conflict = nullptr);
    // With a `version`, refused as a conflict when the release changed or went since.
    bool remove(qint64 id, QString *error, qint64 version = 0, SaveConflict *conflict = nullptr);
    // With a `version` (the one shown), refused as a conflict when the release changed since.
    bool setStatus(qint64 id, const QString &status, QString *error, qint64 version = 0);

    // Newest first.
    QList<PressReleaseRevision> revisions(qint64 releaseId);
    // Puts the revision's headline and body back; the text it replaces becomes a revision too.
    bool restoreRevision(qint64 releaseId, int number, QString *error);

private:
    QList<PressRelease> select(const QString &where, const QVariantList &values);
    bool keepRevision(const PressRelease &previous, QString *error);
    // False, with the reason, when the release's number belongs to another dialogue's release
    // or to a release of this dialogue in the same language.
    bool releaseNumberFree(const PressRelease &r, QString *error);

    Database &m_db;
};

} // namespace rt
