#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace rt {

class Archive;

// Dialogues as iCalendar (RFC 5545), so that a planned dialogue lands in everyone's calendar:
// one VEVENT per dialogue, all day from its start date to its end date (DTEND is the day
// after, as the RFC's all-day events are exclusive), with a UID made from the dialogue's key
// (the same in every export, so a calendar updates the event instead of adding another),
// SUMMARY the title, LOCATION venue, city and country, DESCRIPTION its series, kind, format
// and organisations, STATUS from the record's (planned TENTATIVE, held CONFIRMED, cancelled
// CANCELLED). Lines folded at 75 octets, text escaped (ContentLines).
class ICalendar
{
    Q_DECLARE_TR_FUNCTIONS(rt::ICalendar)

public:
    // The dialogues a query of the search language matches (every dialogue for an empty one),
    // by start date.
    static bool dialogueIds(Archive &archive, const QString &query, QList<qint64> *ids, QString *error);
    // `stamp` is DTSTAMP (when the file was made), in UTC.
    static QByteArray calendar(Archive &archive, const QList<qint64> &ids, const QDateTime &stamp);
    // Through OutputFile: atomic, never onto the archive. `events` gets their number.
    static bool exportFile(
        Archive &archive, const QString &path, const QString &query, int *events, QString *error);
    // The event's UID for a dialogue key.
    static QString uid(const QString &key);
};

} // namespace rt
