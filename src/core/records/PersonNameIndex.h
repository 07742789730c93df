#pragma once

#include "core/records/Records.h"

#include <QHash>
#include <QList>

namespace rt {

// PersonNames::possibleDuplicates over many people at once: an import of 20,000 rows asks
// for each row which of the archive's people (and of the rows before it) it may be. The
// index only narrows the people asked about to those sharing a folded name form or family
// name with the candidate, the only ones the rule can match; the rule itself stays
// PersonNames'.
class PersonNameIndex
{
public:
    void add(const Person &person);
    void add(const QList<Person> &people);
    QList<Person> possibleDuplicates(const Person &candidate) const;

private:
    static QStringList keys(const Person &person);

    QList<Person> m_people;
    QHash<QString, QList<int>> m_byKey;
};

} // namespace rt
