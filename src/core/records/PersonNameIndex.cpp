#include "core/records/PersonNameIndex.h"

#include "core/records/PersonNames.h"

#include <QSet>

#include <algorithm>

namespace rt {

QStringList PersonNameIndex::keys(const Person &person)
{
    // The forms possibleDuplicates compares (the name in either order, run together, and the
    // name in its own script), and the family name its initial rule needs.
    const QString family = PersonNames::fold(person.familyName);
    const QString given = PersonNames::fold(person.givenName);
    const QString local = PersonNames::fold(person.localName);
    QStringList result;
    if (!family.isEmpty() || !given.isEmpty()) {
        result.append(QLatin1Char('n') + family + given);
        result.append(QLatin1Char('n') + given + family);
    }
    if (!local.isEmpty())
        result.append(QLatin1Char('n') + local);
    if (!family.isEmpty())
        result.append(QLatin1Char('f') + family);
    return result;
}

void PersonNameIndex::add(const Person &person)
{
    const int index = int(m_people.size());
    m_people.append(person);
    for (const QString &key : keys(person))
        m_byKey[key].append(index);
}

void PersonNameIndex::add(const QList<Person> &people)
{
    for (const Person &person : people)
        add(person);
}

QList<Person> PersonNameIndex::possibleDuplicates(const Person &candidate) const
{
    QList<int> indexes;
    for (const QString &key : keys(candidate))
        indexes += m_byKey.value(key);
    std::sort(indexes.begin(), indexes.end());
    indexes.erase(std::unique(indexes.begin(), indexes.end()), indexes.end());
    QList<Person> nearby;
    for (int i : std::as_const(indexes))
        nearby.append(m_people.at(i));
    return PersonNames::possibleDuplicates(candidate, nearby);
}

} // namespace rt
