#include "core/records/Records.h"

namespace rt {

QString Person::fullName() const
{
    if (givenName.isEmpty())
        return familyName;
    return familyNameFirst ? familyName + QLatin1Char(' ') + givenName
                           : givenName + QLatin1Char(' ') + familyName;
}

QStringList OrganizationRole::all()
{
    return { QString::fromLatin1(GuidedBy), QString::fromLatin1(Organizer), QString::fromLatin1(CoOrganizer),
        QString::fromLatin1(Supporter), QString::fromLatin1(Host), QString::fromLatin1(Partner) };
}

QStringList PersonLaterMention::all()
{
    return { QString::fromLatin1(FamilyName), QString::fromLatin1(GivenName), QString::fromLatin1(FullName) };
}

QStringList SpeechRole::all()
{
    return { QStringLiteral("opening_remarks"), QStringLiteral("welcome"), QStringLiteral("speech"),
        QStringLiteral("keynote"), QStringLiteral("presentation"), QStringLiteral("presiding"),
        QStringLiteral("moderator"), QStringLiteral("panelist"), QStringLiteral("closing") };
}

QStringList DialogueFormat::all()
{
    return { QStringLiteral("in_person"), QStringLiteral("online"), QStringLiteral("hybrid") };
}

QStringList DialogueStatus::all()
{
    return { QStringLiteral("planned"), QStringLiteral("held"), QStringLiteral("cancelled") };
}

bool DialogueStatus::isOverdue(
    const QString &status, const QDate &start, const QDate &end, const QDate &today)
{
    const QDate last = end.isValid() ? end : start;
    return status == QLatin1String(Planned) && last.isValid() && last < today;
}

} // namespace rt
