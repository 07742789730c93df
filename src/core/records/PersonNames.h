#pragma once

#include "core/records/Records.h"

#include <QList>
#include <QSet>
#include <QString>

namespace rt {

// How a typed name becomes a person's family and given name, and which people a new name may
// already be. The one home of both rules, asked by the speaker picker's New Person, the
// person editor and the tests alike.
//
// Parsing decides the order by what the archive knows first (a word already used as a family
// name), then by the Chinese and Vietnamese family-name lists (resources/names), then by a
// family name written in capitals ("ZHANG Wei"); a name in Chinese script is read family name
// first, the family name being one character or a listed two-character one (欧阳). Otherwise
// the last word is the family name ("Noppadon Theppitak").
class PersonNames
{
public:
    struct Parsed
    {
        QString honorific; // "Dr." typed before the name
        QString familyName;
        QString givenName;
        bool familyNameFirst = false;
        QString localName; // the part in Chinese script, if any
        bool operator==(const Parsed &) const = default;
    };

    // `knownFamilyNames`: family names already in the archive, as given by familyNamesOf().
    static Parsed parse(const QString &typed, const QSet<QString> &knownFamilyNames = {});
    static QSet<QString> familyNamesOf(const QList<Person> &people);
    // A person made from `typed` as parse() reads it.
    static Person person(const QString &typed, const QList<Person> &people);

    // Whether the word (any case, with or without diacritics) is a Chinese or Vietnamese
    // family name on the lists.
    static bool isListedFamilyName(const QString &word);

    // A name compared as people write it differently: lower case, without diacritics,
    // hyphens, spaces, dots and apostrophes ("Yu-jun" and "Yujun" and "yu jun" agree).
    static QString fold(const QString &text);

    // The people among `people` that `candidate` may be (not counting candidate itself by
    // id): the same name in either order, the same name in its own script, or the same family
    // name with a given name that is the other's initial ("Y. Zhang" and "Zhang Yujun").
    static QList<Person> possibleDuplicates(const Person &candidate, const QList<Person> &people);
};

} // namespace rt
