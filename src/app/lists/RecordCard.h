#pragma once

#include "core/records/RecordDetails.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace rt::app {

// The HTML of the preview card beside a list: one record made readable, every piece of its
// text escaped, and each record it names a link (`roundtable:dialogue/12`) that the window
// opens in its editor.
class RecordCard
{
    Q_DECLARE_TR_FUNCTIONS(RecordCard)

public:
    // The kinds a link can name.
    enum class Kind { Dialogue, Person, Organization, Contact, PressRelease };

    static QUrl link(Kind kind, qint64 id);
    // The record a link names; false when it names none.
    static bool parse(const QUrl &url, Kind *kind, qint64 *id);

    static QString dialogue(const RecordDetails::DialogueDetails &details);
    static QString person(const RecordDetails::PersonDetails &details);
    static QString organization(const RecordDetails::OrganizationDetails &details);
    static QString contact(const RecordDetails::ContactDetails &details);
    static QString pressRelease(const RecordDetails::PressReleaseDetails &details);
    // What the card says when no record is selected, or the record is gone.
    static QString empty(const QString &message);
};

} // namespace rt::app
