#pragma once

// Field-level precision and recall of a proposed release against the record expected of it,
// shared by the test over the hand-written releases and the one over generated releases.
// A field is "retrieved" when the reader proposed a value, "relevant" when the expected record
// has one, "correct" when both agree (case, spacing, a leading "the" and a final full stop
// aside). Lists (organisations with roles, speakers, topics, e-mail addresses) count an item
// at a time; a speech's title, organisation, role, verb and summary are scored on the speeches
// whose speaker was found. A Chinese release is scored on its Chinese text: organisations by
// their zh names as well, speakers by the name in Chinese script, a final 。 aside too.

#include "core/intake/ProposedRelease.h"

#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

namespace rt::test {

struct ExpectedOrganization
{
    QString name;
    QString shortName;
};

struct ExpectedSpeech
{
    QString person; // given and family name, any order
    QString familyName;
    QString role, title, verb, summary;
    ExpectedOrganization organization;
};

struct ExpectedRelease
{
    QMap<QString, QString> fields; // ProposedRelease::fieldNames()
    QList<std::pair<ExpectedOrganization, QString>> roles;
    QList<ExpectedSpeech> speeches;
    QStringList topics;
    QStringList emails;
    ExpectedOrganization about;
};

inline bool hasHan(const QString &text)
{
    for (const QChar c : text)
        if (c.script() == QChar::Script_Han)
            return true;
    return false;
}

struct Tally
{
    int retrieved = 0;
    int relevant = 0;
    int correct = 0;
    void add(const Tally &t)
    {
        retrieved += t.retrieved;
        relevant += t.relevant;
        correct += t.correct;
    }
    double precision() const { return retrieved ? double(correct) / retrieved : 1.0; }
    double recall() const { return relevant ? double(correct) / relevant : 1.0; }
};

inline QString folded(QString text)
{
    text = text.simplified().toLower();
    if (text.startsWith(QLatin1String("the ")))
        text = text.mid(4);
    while (text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char(','))
        || text.endsWith(QLatin1Char(';')) || text.endsWith(QChar(0x3002)) || text.endsWith(QChar(0xFF1B)))
        text.chop(1);
    text.replace(QChar(0x2013), QLatin1Char('-')).replace(QChar(0x2014), QLatin1Char('-'));
    return text.trimmed();
}

inline QString nameKey(const QString &name)
{
    QStringList words
        = folded(name).split(QRegularExpression(QStringLiteral("[\\s\\-]+")), Qt::SkipEmptyParts);
    words.sort();
    return words.join(QLatin1Char(' '));
}

inline bool sameOrganization(const Organization &proposed, const ExpectedOrganization &expected)
{
    const QString en = folded(expected.name), es = folded(expected.shortName);
    // The names the proposal has in English and in Chinese.
    for (const QString &name : { proposed.name, proposed.shortName,
             proposed.translations.value(QStringLiteral("zh"), QStringLiteral("name")),
             proposed.translations.value(QStringLiteral("zh"), QStringLiteral("short_name")) }) {
        const QString n = folded(name);
        if (!n.isEmpty() && (n == en || n == es))
            return true;
    }
    return false;
}

// A speaker named in Chinese script is the proposal's person whose local name it is.
inline bool samePerson(const Person &proposed, const QString &expected)
{
    if (hasHan(expected)) {
        auto bare = [](QString n) {
            n.remove(QChar(0x00B7)).remove(QLatin1Char(' '));
            return n;
        };
        return bare(proposed.localName) == bare(expected);
    }
    return nameKey(proposed.givenName + QLatin1Char(' ') + proposed.familyName) == nameKey(expected);
}

class Score
{
public:
    static QStringList rows()
    {
        QStringList names = ProposedRelease::fieldNames();
        names << QStringLiteral("organisation+role") << QStringLiteral("speaker")
              << QStringLiteral("speaker family name") << QStringLiteral("speech title")
              << QStringLiteral("speech organisation") << QStringLiteral("speech role")
              << QStringLiteral("speech verb") << QStringLiteral("speech summary") << QStringLiteral("topic")
              << QStringLiteral("contact e-mail") << QStringLiteral("about organisation");
        return names;
    }

    void scoreRelease(const ProposedRelease &p, const ExpectedRelease &e)
    {
        for (const QString &name : ProposedRelease::fieldNames())
            scalar(name, p.value(name), e.fields.value(name));
        // Organisations with roles.
        {
            Tally &t = m_tallies[QStringLiteral("organisation+role")];
            t.retrieved += int(p.roles.size());
            t.relevant += int(e.roles.size());
            QList<bool> used(e.roles.size(), false);
            for (const ProposedRole &r : p.roles) {
                for (int k = 0; k < e.roles.size(); ++k) {
                    if (!used[k] && e.roles.at(k).second == r.role
                        && sameOrganization(
                            p.organizations.at(r.organization).organization, e.roles.at(k).first)) {
                        used[k] = true;
                        ++t.correct;
                        break;
                    }
                }
            }
        }
        // Speeches, matched by speaker in order.
        {
            Tally &t = m_tallies[QStringLiteral("speaker")];
            t.retrieved += int(p.speeches.size());
            t.relevant += int(e.speeches.size());
            QList<bool> used(e.speeches.size(), false);
            for (const ProposedSpeech &s : p.speeches) {
                const Person &who = p.people.at(s.person).person;
                for (int k = 0; k < e.speeches.size(); ++k) {
                    const ExpectedSpeech &x = e.speeches.at(k);
                    if (used[k] || !samePerson(who, x.person))
                        continue;
                    used[k] = true;
                    ++t.correct;
                    scalar(QStringLiteral("speaker family name"), who.familyName, x.familyName);
                    scalar(QStringLiteral("speech title"), s.title, x.title);
                    scalar(QStringLiteral("speech role"), s.role, x.role);
                    scalar(QStringLiteral("speech verb"), s.verb, x.verb);
                    scalar(QStringLiteral("speech summary"), s.summary, x.summary);
                    Tally &o = m_tallies[QStringLiteral("speech organisation")];
                    const bool has = s.organization >= 0;
                    const bool wants = !x.organization.name.isEmpty() || !x.organization.shortName.isEmpty();
                    o.retrieved += has;
                    o.relevant += wants;
                    o.correct += has && wants
                        && sameOrganization(p.organizations.at(s.organization).organization, x.organization);
                    break;
                }
            }
        }
        listTally(
            QStringLiteral("topic"),
            [&] {
                QStringList titles;
                for (const ProposedTopic &t : p.topics)
                    titles << (p.language == QLatin1String("en")
                            ? t.topic.title
                            : t.topic.translations.value(p.language, QStringLiteral("title")));
                return titles;
            }(),
            e.topics);
        listTally(
            QStringLiteral("contact e-mail"), p.hasContact ? p.contact.emails : QStringList(), e.emails);
        {
            Tally &t = m_tallies[QStringLiteral("about organisation")];
            const bool has = p.aboutOrganization >= 0;
            const bool wants = !e.about.name.isEmpty() || !e.about.shortName.isEmpty();
            t.retrieved += has;
            t.relevant += wants;
            t.correct += has && wants
                && sameOrganization(p.organizations.at(p.aboutOrganization).organization, e.about);
        }
    }

    const Tally tally(const QString &row) const { return m_tallies.value(row); }
    Tally total() const
    {
        Tally all;
        for (const Tally &t : m_tallies)
            all.add(t);
        return all;
    }

    QString table(const QString &heading) const
    {
        QString out = heading + QLatin1Char('\n');
        out += QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(QStringLiteral("field"), -22)
                   .arg(QStringLiteral("proposed"), 9)
                   .arg(QStringLiteral("expected"), 9)
                   .arg(QStringLiteral("correct"), 8)
                   .arg(QStringLiteral("precision"), 10)
                   .arg(QStringLiteral("recall"), 7);
        auto line = [&](const QString &name, const Tally &t) {
            out += QStringLiteral("%1 %2 %3 %4 %5% %6%\n")
                       .arg(name, -22)
                       .arg(t.retrieved, 9)
                       .arg(t.relevant, 9)
                       .arg(t.correct, 8)
                       .arg(t.precision() * 100, 9, 'f', 1)
                       .arg(t.recall() * 100, 6, 'f', 1);
        };
        for (const QString &row : rows())
            line(row, m_tallies.value(row));
        line(QStringLiteral("ALL FIELDS"), total());
        return out;
    }

private:
    void scalar(const QString &name, const QString &proposed, const QString &expected)
    {
        Tally &t = m_tallies[name];
        const QString p = folded(proposed), e = folded(expected);
        t.retrieved += !p.isEmpty();
        t.relevant += !e.isEmpty();
        t.correct += !p.isEmpty() && p == e;
    }
    void listTally(const QString &name, const QStringList &proposed, const QStringList &expected)
    {
        Tally &t = m_tallies[name];
        t.retrieved += int(proposed.size());
        t.relevant += int(expected.size());
        QHash<QString, int> wanted; // a multiset: the same topic may come twice
        for (const QString &e : expected)
            ++wanted[folded(e)];
        for (const QString &p : proposed) {
            int &left = wanted[folded(p)];
            if (left > 0) {
                --left;
                ++t.correct;
            }
        }
    }

    QMap<QString, Tally> m_tallies;
};

} // namespace rt::test
