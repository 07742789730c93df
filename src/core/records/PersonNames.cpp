#include "core/records/PersonNames.h"

#include <QFile>
#include <QRegularExpression>

namespace rt {

namespace {

// The family names on the lists in resources/names, folded, in Latin letters and in Chinese
// characters alike; and the listed ones of two Chinese characters (欧阳), which decide where a
// name in Chinese script splits.
struct FamilyNameLists
{
    QSet<QString> names;
    QSet<QString> twoCharacterNames;
};

const FamilyNameLists &lists()
{
    static const FamilyNameLists loaded = [] {
        FamilyNameLists result;
        for (const char *file :
            { ":/names/chinese-family-names.txt", ":/names/vietnamese-family-names.txt" }) {
            QFile in(QString::fromLatin1(file));
            if (!in.open(QIODevice::ReadOnly | QIODevice::Text))
                continue;
            const QStringList lines = QString::fromUtf8(in.readAll()).split(QLatin1Char('\n'));
            for (const QString &line : lines) {
                if (line.startsWith(QLatin1Char('#')))
                    continue;
                for (const QString &word : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                    const QString folded = PersonNames::fold(word);
                    if (folded.isEmpty())
                        continue;
                    result.names.insert(folded);
                    if (folded.size() == 2 && folded.at(0).script() == QChar::Script_Han)
                        result.twoCharacterNames.insert(folded);
                }
            }
        }
        return result;
    }();
    return loaded;
}

bool isHan(QChar c)
{
    return c.script() == QChar::Script_Han;
}

// "ZHANG" in "ZHANG Wei": a family name written in capitals, as international lists do.
bool isCapitals(const QString &word)
{
    int letters = 0;
    for (QChar c : word) {
        if (!c.isLetter())
            continue;
        if (!c.isUpper())
            return false;
        ++letters;
    }
    return letters >= 2;
}

bool isInitial(const QString &word)
{
    return PersonNames::fold(word).size() == 1;
}

QString titleCase(const QString &word)
{
    return word.left(1).toUpper() + word.mid(1).toLower();
}

QString canonicalHonorific(const QString &word)
{
    static const QStringList honorifics = { QStringLiteral("Dr."), QStringLiteral("Prof."),
        QStringLiteral("Mr."), QStringLiteral("Ms."), QStringLiteral("Mrs."), QStringLiteral("H.E.") };
    for (const QString &h : honorifics) {
        QString bare = h;
        bare.remove(QLatin1Char('.'));
        QString typed = word;
        typed.remove(QLatin1Char('.'));
        if (typed.compare(bare, Qt::CaseInsensitive) == 0)
            return h;
    }
    return {};
}

// The name in Chinese script, family name first.
void splitChinese(const QString &han, QString *family, QString *given)
{
    const int length = han.size() >= 3 && lists().twoCharacterNames.contains(han.left(2)) ? 2 : 1;
    *family = han.left(length);
    *given = han.mid(length);
}

} // namespace

QString PersonNames::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c == QChar(0x0111) || c == QChar(0x0110)) // đ Đ: a letter of its own, not d with a mark
            c = QLatin1Char('d');
        if (c.isLetterOrNumber())
            folded.append(c.toCaseFolded());
    }
    return folded;
}

bool PersonNames::isListedFamilyName(const QString &word)
{
    const QString folded = fold(word);
    return !folded.isEmpty() && lists().names.contains(folded);
}

QSet<QString> PersonNames::familyNamesOf(const QList<Person> &people)
{
    QSet<QString> names;
    for (const Person &p : people) {
        const QString folded = fold(p.familyName);
        if (!folded.isEmpty())
            names.insert(folded);
    }
    return names;
}

PersonNames::Parsed PersonNames::parse(const QString &typed, const QSet<QString> &knownFamilyNames)
{
    Parsed parsed;
    // The part in Chinese script is the name in the person's own script; the rest is read as
    // Latin words.
    QString han;
    QString latin;
    for (QChar c : typed) {
        if (isHan(c))
            han.append(c);
        else if (c == QLatin1Char('(') || c == QLatin1Char(')') || c == QChar(0xFF08) || c == QChar(0xFF09)
            || c == QChar(0x3000))
            latin.append(QLatin1Char(' '));
        else
            latin.append(c);
    }
    parsed.localName = han;
    QStringList words = latin.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!words.isEmpty() && words.size() > 1) {
        const QString honorific = canonicalHonorific(words.first());
        if (!honorific.isEmpty()) {
            parsed.honorific = honorific;
            words.removeFirst();
        }
    }
    if (words.isEmpty()) {
        if (!han.isEmpty()) {
            splitChinese(han, &parsed.familyName, &parsed.givenName);
            parsed.familyNameFirst = true;
        }
        return parsed;
    }
    if (words.size() == 1) {
        parsed.familyName = isCapitals(words.first()) ? titleCase(words.first()) : words.first();
        parsed.familyNameFirst = !han.isEmpty() || isListedFamilyName(words.first());
        return parsed;
    }

    const QString &first = words.first();
    const QString &last = words.last();
    bool familyFirst = false;
    if (isCapitals(first) != isCapitals(last)) {
        familyFirst = isCapitals(first);
    } else if (isInitial(first) || isInitial(last)) {
        familyFirst = !isInitial(first); // "Y. Zhang", "Zhang Y."
    } else {
        const bool knownFirst = knownFamilyNames.contains(fold(first));
        const bool knownLast = knownFamilyNames.contains(fold(last));
        if (knownFirst != knownLast)
            familyFirst = knownFirst;
        else
            familyFirst = isListedFamilyName(first) || (!han.isEmpty() && !isListedFamilyName(last));
    }
    if (familyFirst) {
        parsed.familyName = words.takeFirst();
    } else {
        parsed.familyName = words.takeLast();
    }
    if (isCapitals(parsed.familyName))
        parsed.familyName = titleCase(parsed.familyName);
    parsed.givenName = words.join(QLatin1Char(' '));
    parsed.familyNameFirst = familyFirst;
    return parsed;
}

Person PersonNames::person(const QString &typed, const QList<Person> &people)
{
    const Parsed parsed = parse(typed, familyNamesOf(people));
    Person p;
    p.honorific = parsed.honorific;
    p.familyName = parsed.familyName;
    p.givenName = parsed.givenName;
    p.familyNameFirst = parsed.familyNameFirst;
    p.localName = parsed.localName;
    return p;
}

QList<Person> PersonNames::possibleDuplicates(const Person &candidate, const QList<Person> &people)
{
    // Each person's forms: the name in either order, run together, and the name in their own
    // script.
    auto forms = [](const Person &p) {
        QSet<QString> result;
        const QString family = fold(p.familyName);
        const QString given = fold(p.givenName);
        if (!family.isEmpty() || !given.isEmpty()) {
            result.insert(family + given);
            result.insert(given + family);
        }
        const QString local = fold(p.localName);
        if (!local.isEmpty())
            result.insert(local);
        return result;
    };
    const QSet<QString> candidateForms = forms(candidate);
    const QString family = fold(candidate.familyName);
    const QString given = fold(candidate.givenName);
    QList<Person> found;
    for (const Person &p : people) {
        if (candidate.id && p.id == candidate.id)
            continue;
        bool same = candidateForms.intersects(forms(p));
        if (!same && !family.isEmpty() && family == fold(p.familyName)) {
            // One given name is the other's initial.
            const QString otherGiven = fold(p.givenName);
            if (!given.isEmpty() && !otherGiven.isEmpty() && (given.size() == 1 || otherGiven.size() == 1))
                same = given.at(0) == otherGiven.at(0);
        }
        if (same)
            found.append(p);
    }
    return found;
}

} // namespace rt
