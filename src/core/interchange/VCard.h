#pragma once

#include "core/interchange/Interchange.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace rt {

class Archive;

// People and contacts as vCard 4.0 (RFC 6350), for address books, and back.
//
// A person is an individual card: FN, N (family;given;;honorific;), TITLE and ORG of their
// latest speech, NOTE, and X-ROUNDTABLE-LOCAL-NAME, -FAMILY-NAME-FIRST and -LATER-MENTION for
// what vCard has no property for. A contact is a card of KIND:org: ORG, ADR (the address in
// the street part), TEL (TYPE=fax for the fax), EMAIL, URL, X-WECHAT and its label. Both
// carry the record's key (X-ROUNDTABLE-KEY) and a UID made from it, so exporting again gives
// the same cards and importing them again changes nothing.
//
// Import reads vCard 4.0 and 3.0 from any address book: each card becomes a record of a
// `roundtable/1` document imported by Interchange, so the record rules are the same as for
// JSON, all or nothing. A card that is not well formed (no END:VCARD, an N that is not
// family;given;additional;prefixes;suffixes, a line without a colon, text that is not UTF-8)
// is named with its number and line, and nothing is imported. A person already in the
// archive (PersonNames' duplicate check) is left out and reported, never created twice. A
// contact's organisation is found by key or name, or made new from ORG.
class VCard
{
    Q_DECLARE_TR_FUNCTIONS(rt::VCard)

public:
    static constexpr qint64 MaxFileSize = qint64(64) * 1024 * 1024;
    static constexpr int MaxCards = 100000;

    static QByteArray exportCards(Archive &archive, QString *error);
    // Through OutputFile: atomic, never onto the archive.
    static bool exportFile(Archive &archive, const QString &path, int *cards, QString *error);

    struct Plan
    {
        QJsonObject document; // roundtable/1
        QList<int> peopleCards, contactCards, organizationCards; // the card number of each record
        QStringList duplicates; // "card 3: Zhang Yujun is already in the archive as …"
        int cards = 0;
        QString summary() const;
    };
    // Reads every card; false with "card N (line L): reason" for the first bad one.
    static bool plan(Archive &archive, const QByteArray &bytes, Plan *plan, QString *error);
    static bool run(Archive &archive, const Plan &plan, Interchange::Report *report, QString *error);
    // plan() and run() on a regular file of at most MaxFileSize bytes; errors begin with the path.
    static bool importFile(
        Archive &archive, const QString &path, Interchange::Report *report, Plan *plan, QString *error);
};

} // namespace rt
