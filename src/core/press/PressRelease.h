#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// A press release and its revisions, as plain values like those of Records.h.
namespace rt {

namespace PressReleaseStatus {
inline constexpr const char *Draft = "draft";
inline constexpr const char *Approved = "approved";
inline constexpr const char *Published = "published";
QStringList all();
// Whether a release may move from `from` to `to`: draft -> approved -> published, and
// back from approved to draft for more edits. A published release stays published.
bool canChange(const QString &from, const QString &to);
} // namespace PressReleaseStatus

struct PressRelease
{
    qint64 id = 0;
    qint64 dialogueId = 0;
    QString headline;
    QString datelineCity;
    QDate releaseDate;
    QString body; // HTML
    qint64 contactId = 0;
    qint64 aboutOrganizationId = 0;
    QString templateName = QStringLiteral("default");
    QString language = QStringLiteral("en");
    QString status = QStringLiteral("draft");
    QString releaseNumber;
    QDateTime embargo; // invalid: no embargo
    QString createdAt;
    QString modifiedAt;
    qint64 version = 0; // as read (SaveConflict); 0 while not yet saved

    bool operator==(const PressRelease &) const = default;
};

// The text a release had before one of its saves.
struct PressReleaseRevision
{
    qint64 pressReleaseId = 0;
    int number = 0;
    QString savedAt;
    QString headline;
    QString body;
    QString status;
};

} // namespace rt
