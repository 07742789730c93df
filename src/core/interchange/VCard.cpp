#include "core/interchange/VCard.h"

#include "core/db/Database.h"
#include "core/interchange/ContentLines.h"
#include "core/records/Archive.h"
#include "core/records/ListQueries.h"
#include "core/records/PersonNameIndex.h"
#include "core/records/PersonNames.h"
#include "core/records/RecordRules.h"
#include "core/safety/InputFile.h"
#include "core/safety/OutputFile.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

namespace rt {

namespace {

// The namespace of the UIDs made from keys (RFC 4122 name-based, SHA-1): the same key gives
// the same UID on every machine and in every export.
const QUuid uidNamespace = QUuid(QStringLiteral("{6b1f3c1e-5a52-4d39-9d7e-2a0f8f4e5c11}"));

QString uid(const QString &kind, const QString &key)
{
    return QStringLiteral("urn:uuid:")
        + QUuid::createUuidV5(uidNamespace, kind + QLatin1Char('/') + key).toString(QUuid::WithoutBraces);
}

using CL = ContentLines;

void text(QByteArray &out, const char *name, const QString &value)
{
    if (!value.isEmpty())
        out += CL::line(QLatin1String(name), CL::escape(value));
}

} // namespace

QByteArray VCard::exportCards(Archive &archive, QString *error)
{
    Q_UNUSED(error);
    ListQueries queries(archive.database());
    QHash<qint64, Organization> organizations;
    for (const Organization &o : archive.organizations())
        organizations.insert(o.id, o);

    QByteArray out;
    const auto begin = [&](const QString &kind, const QString &key) {
        out += "BEGIN:VCARD\r\n";
        out += CL::line(QStringLiteral("VERSION"), QStringLiteral("4.0"));
        out += CL::line(QStringLiteral("PRODID"), QStringLiteral("-//Roundtable//Roundtable//EN"));
        out += CL::line(QStringLiteral("KIND"),
            kind == QLatin1String("person") ? QStringLiteral("individual") : QStringLiteral("org"));
        out += CL::line(QStringLiteral("UID"), uid(kind, key));
    };
    for (const Person &p : archive.people()) {
        begin(QStringLiteral("person"), p.key);
        text(out, "FN", p.fullName());
        out += CL::line(QStringLiteral("N"),
            CL::escape(p.familyName) + QLatin1Char(';') + CL::escape(p.givenName) + QStringLiteral(";;")
                + CL::escape(p.honorific) + QLatin1Char(';'));
        if (const auto capacity = queries.latestCapacity(p.id)) {
            text(out, "TITLE", capacity->title);
            if (organizations.contains(capacity->organizationId))
                text(out, "ORG", organizations.value(capacity->organizationId).name);
        }
        text(out, "NOTE", p.notes);
        text(out, "X-ROUNDTABLE-LOCAL-NAME", p.localName);
        out += CL::line(QStringLiteral("X-ROUNDTABLE-FAMILY-NAME-FIRST"),
            p.familyNameFirst ? QStringLiteral("TRUE") : QStringLiteral("FALSE"));
        if (p.laterMention != QLatin1String(PersonLaterMention::FamilyName))
            text(out, "X-ROUNDTABLE-LATER-MENTION", p.laterMention);
        text(out, "X-ROUNDTABLE-KEY", p.key);
        out += "END:VCARD\r\n";
    }
    for (const Contact &c : archive.contacts()) {
        begin(QStringLiteral("contact"), c.key);
        const Organization o = organizations.value(c.organizationId);
        text(out, "FN", o.name.isEmpty() ? c.label : o.name);
        text(out, "ORG", o.name);
        if (!c.address.isEmpty())
            out += CL::line(QStringLiteral("ADR;TYPE=work"),
                QStringLiteral(";;") + CL::escape(c.address) + QStringLiteral(";;;;"));
        for (const QString &phone : c.phones)
            out += CL::line(QStringLiteral("TEL;TYPE=work,voice;VALUE=text"), CL::escape(phone));
        if (!c.fax.isEmpty())
            out += CL::line(QStringLiteral("TEL;TYPE=work,fax;VALUE=text"), CL::escape(c.fax));
        for (const QString &email : c.emails)
            out += CL::line(QStringLiteral("EMAIL;TYPE=work"), CL::escape(email));
        text(out, "URL", c.website);
        text(out, "X-WECHAT", c.wechat);
        text(out, "X-ROUNDTABLE-LABEL", c.label);
        text(out, "X-ROUNDTABLE-ORGANIZATION", o.key);
        text(out, "X-ROUNDTABLE-KEY", c.key);
        out += "END:VCARD\r\n";
    }
    return out;
}

bool VCard::exportFile(Archive &archive, const QString &path, int *cards, QString *error)
{
    const QByteArray bytes = exportCards(archive, error);
    if (cards)
        *cards = int(bytes.count("BEGIN:VCARD\r\n"));
    return OutputFile::write(path, bytes, archive.database().path(), error);
}

QString VCard::Plan::summary() const
{
    // Counts as figures after a label, so that no plural form is needed.
    QString text = tr("cards: %1; people: %2; contacts: %3; new organisations: %4")
                       .arg(cards)
                       .arg(peopleCards.size())
                       .arg(contactCards.size())
                       .arg(organizationCards.size());
    if (!duplicates.isEmpty())
        text += tr("; already in the archive (left out): %1").arg(duplicates.size());
    return text;
}

namespace {

struct Card
{
    int number = 0;
    int line = 0;
    QList<ContentLines::Property> properties;

    const ContentLines::Property *first(const char *name) const
    {
        for (const auto &p : properties) {
            if (p.name == QLatin1String(name))
                return &p;
        }
        return nullptr;
    }
    QString value(const char *name) const
    {
        const auto *p = first(name);
        return p ? ContentLines::unescape(p->value).trimmed() : QString();
    }
    QList<const ContentLines::Property *> all(const char *name) const
    {
        QList<const ContentLines::Property *> list;
        for (const auto &p : properties) {
            if (p.name == QLatin1String(name))
                list.append(&p);
        }
        return list;
    }
};

QString joined(const QStringList &parts)
{
    QStringList kept;
    for (const QString &p : parts) {
        if (!p.trimmed().isEmpty())
            kept.append(p.trimmed());
    }
    return kept.join(QLatin1String(", "));
}

void put(QJsonObject &object, const char *name, const QString &value)
{
    if (!value.isEmpty())
        object.insert(QLatin1String(name), value);
}

} // namespace

bool VCard::plan(Archive &archive, const QByteArray &bytes, Plan *plan, QString *error)
{
    *plan = Plan();
    QList<ContentLines::Property> properties;
    if (!ContentLines::read(bytes, &properties, error))
        return false;

    // Cards: BEGIN:VCARD … END:VCARD, nothing outside, nothing nested.
    QList<Card> cards;
    Card *open = nullptr;
    for (const auto &p : std::as_const(properties)) {
        const QString value = p.value.trimmed().toUpper();
        if (p.name == QLatin1String("BEGIN")) {
            if (value != QLatin1String("VCARD")) {
                *error = tr("line %1: BEGIN:%2 where a vCard was expected").arg(p.line).arg(p.value);
                return false;
            }
            if (open) {
                *error = tr("card %1 (line %2): no END:VCARD before the next BEGIN:VCARD (line %3)")
                             .arg(open->number)
                             .arg(open->line)
                             .arg(p.line);
                return false;
            }
            if (cards.size() >= MaxCards) {
                *error = tr("line %1: more than %2 cards").arg(p.line).arg(MaxCards);
                return false;
            }
            cards.append(Card { int(cards.size()) + 1, p.line, {} });
            open = &cards.last();
        } else if (p.name == QLatin1String("END")) {
            if (!open || value != QLatin1String("VCARD")) {
                *error = tr("line %1: END:%2 without BEGIN:VCARD").arg(p.line).arg(p.value);
                return false;
            }
            open = nullptr;
        } else if (!open) {
            *error = tr("line %1: %2 outside BEGIN:VCARD … END:VCARD").arg(p.line).arg(p.name);
            return false;
        } else {
            open->properties.append(p);
        }
    }
    if (open) {
        *error = tr("card %1 (line %2): no END:VCARD; the file ends inside the card")
                     .arg(open->number)
                     .arg(open->line);
        return false;
    }
    if (cards.isEmpty()) {
        *error = tr("no vCard in the file (no BEGIN:VCARD)");
        return false;
    }
    plan->cards = int(cards.size());

    const QList<Person> archivePeople = archive.people();
    const QSet<QString> knownFamilyNames = PersonNames::familyNamesOf(archivePeople);
    QHash<QString, QString> organizationByName; // folded name or short name -> key
    QSet<QString> organizationKeys;
    for (const Organization &o : archive.organizations()) {
        organizationKeys.insert(o.key);
        for (const QString &n : { o.name, o.shortName }) {
            if (!n.isEmpty())
                organizationByName.insert(PersonNames::fold(n), o.key);
        }
    }
    QSet<QString> usedKeys[3]; // people, contacts, organisations of the file
    const auto freshKey = [&](int which, const QString &table, const QString &text) {
        QString key = archive.uniqueKey(table, text);
        for (int n = 2; usedKeys[which].contains(key); ++n)
            key = archive.uniqueKey(table, text + QLatin1Char(' ') + QString::number(n));
        usedKeys[which].insert(key);
        return key;
    };

    QJsonArray people, contacts, organizations;
    PersonNameIndex filePeople;
    PersonNameIndex archiveIndex;
    archiveIndex.add(archivePeople);
    for (const Card &card : std::as_const(cards)) {
        const QString where = tr("card %1 (line %2)").arg(card.number).arg(card.line);
        const auto refuse = [&](const QString &message) {
            *error = where + QLatin1String(": ") + message;
            return false;
        };
        const QString version = card.value("VERSION");
        if (version.isEmpty())
            return refuse(tr("no VERSION"));
        if (version != QLatin1String("4.0") && version != QLatin1String("3.0"))
            return refuse(
                tr("vCard %1 is not read; export the address book as vCard 4.0 or 3.0").arg(version));
        const QString kind = card.value("KIND").toLower();
        QString key = card.value("X-ROUNDTABLE-KEY");
        for (const QChar c : key) {
            if (c.category() == QChar::Other_Control)
                return refuse(tr("X-ROUNDTABLE-KEY holds a control character"));
        }

        if (kind == QLatin1String("org") || card.first("X-ROUNDTABLE-LABEL")) {
            Contact c;
            c.label = card.value("X-ROUNDTABLE-LABEL");
            if (c.label.isEmpty())
                c.label = card.value("FN");
            if (const auto *adr = card.first("ADR")) {
                const QStringList parts = ContentLines::components(adr->value);
                if (parts.size() > 7)
                    return refuse(
                        tr("line %1: ADR has %2 parts; vCard has 7 (post office box;extended;street;"
                           "locality;region;postal code;country)")
                            .arg(adr->line)
                            .arg(parts.size()));
                c.address = joined(parts);
            }
            for (const auto *tel : card.all("TEL")) {
                QString number = ContentLines::unescape(tel->value).trimmed();
                if (number.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
                    number = number.mid(4);
                bool fax = false;
                for (const QString &type : tel->parameter(QStringLiteral("TYPE")))
                    fax = fax || type.compare(QLatin1String("fax"), Qt::CaseInsensitive) == 0;
                if (fax && c.fax.isEmpty())
                    c.fax = number;
                else if (!number.isEmpty())
                    c.phones.append(number);
            }
            for (const auto *email : card.all("EMAIL")) {
                const QString e = ContentLines::unescape(email->value).trimmed();
                if (!e.isEmpty())
                    c.emails.append(e);
            }
            c.website = card.value("URL");
            c.wechat = card.value("X-WECHAT");
            // The organisation: by its key, else by name, else a new one from ORG.
            const QString namedKey = card.value("X-ROUNDTABLE-ORGANIZATION");
            QString organizationKey = namedKey;
            const QString orgName = card.first("ORG")
                ? ContentLines::components(card.first("ORG")->value).value(0).trimmed()
                : QString();
            if (!organizationKeys.contains(organizationKey))
                organizationKey
                    = orgName.isEmpty() ? QString() : organizationByName.value(PersonNames::fold(orgName));
            if (organizationKey.isEmpty() && !orgName.isEmpty()) {
                // A new organisation keeps the key the card gives it, when it is free.
                const bool keyFree = !namedKey.isEmpty() && archive.organizationId(namedKey) == 0
                    && !usedKeys[2].contains(namedKey);
                organizationKey = keyFree ? namedKey : freshKey(2, QStringLiteral("organization"), orgName);
                usedKeys[2].insert(organizationKey);
                organizationKeys.insert(organizationKey);
                organizationByName.insert(PersonNames::fold(orgName), organizationKey);
                QJsonObject o;
                put(o, "key", organizationKey);
                put(o, "name", orgName);
                organizations.append(o);
                plan->organizationCards.append(card.number);
            }
            if (c.label.isEmpty())
                c.label = tr("Contact Us");
            const QList<RecordRules::Problem> problems = RecordRules::contact(c);
            if (!problems.isEmpty())
                return refuse(problems.first().field + QLatin1String(": ") + problems.first().message);
            if (key.isEmpty())
                key = freshKey(1, QStringLiteral("contact"),
                    organizationKey.isEmpty() ? c.label : organizationKey + QLatin1Char(' ') + c.label);
            QJsonObject j;
            put(j, "key", key);
            put(j, "organization", organizationKey);
            put(j, "label", c.label);
            put(j, "address", c.address);
            if (!c.phones.isEmpty())
                j.insert(QLatin1String("phones"), QJsonArray::fromStringList(c.phones));
            put(j, "fax", c.fax);
            if (!c.emails.isEmpty())
                j.insert(QLatin1String("emails"), QJsonArray::fromStringList(c.emails));
            put(j, "website", c.website);
            put(j, "wechat", c.wechat);
            contacts.append(j);
            plan->contactCards.append(card.number);
            continue;
        }
        if (!kind.isEmpty() && kind != QLatin1String("individual"))
            return refuse(tr("KIND:%1 is neither a person (individual) nor a contact (org)").arg(kind));

        Person p;
        const QString fn = card.value("FN");
        if (const auto *n = card.first("N")) {
            const QStringList parts = ContentLines::components(n->value);
            if (parts.size() > 5)
                return refuse(
                    tr("line %1: N has %2 parts; it has 5: family;given;additional;prefixes;suffixes")
                        .arg(n->line)
                        .arg(parts.size()));
            const auto several = [](const QString &part) {
                return part.split(QLatin1Char(','), Qt::SkipEmptyParts).join(QLatin1Char(' ')).trimmed();
            };
            p.familyName = several(parts.value(0));
            p.givenName = several(parts.value(1));
            p.honorific = several(parts.value(3));
            if (p.familyName.isEmpty() && p.givenName.isEmpty() && fn.isEmpty())
                return refuse(
                    tr("line %1: N names nobody (no family or given name) and there is no FN").arg(n->line));
        }
        if (p.familyName.isEmpty() && p.givenName.isEmpty()) {
            if (fn.isEmpty())
                return refuse(tr("no name: neither FN nor N"));
            const PersonNames::Parsed parsed = PersonNames::parse(fn, knownFamilyNames);
            p.honorific = parsed.honorific;
            p.familyName = parsed.familyName;
            p.givenName = parsed.givenName;
            p.familyNameFirst = parsed.familyNameFirst;
            p.localName = parsed.localName;
        } else {
            // The order the card writes the name in, else the family-name lists.
            QString shown = fn;
            if (!p.honorific.isEmpty() && shown.startsWith(p.honorific))
                shown = shown.mid(p.honorific.size()).trimmed();
            p.familyNameFirst = !p.givenName.isEmpty() && shown.startsWith(p.familyName + QLatin1Char(' '))
                ? true
                : (shown.isEmpty() && PersonNames::isListedFamilyName(p.familyName));
        }
        const QString first = card.value("X-ROUNDTABLE-FAMILY-NAME-FIRST").toUpper();
        if (first == QLatin1String("TRUE"))
            p.familyNameFirst = true;
        else if (first == QLatin1String("FALSE"))
            p.familyNameFirst = false;
        const QString local = card.value("X-ROUNDTABLE-LOCAL-NAME");
        if (!local.isEmpty())
            p.localName = local;
        p.notes = card.value("NOTE");
        const QString later = card.value("X-ROUNDTABLE-LATER-MENTION");
        if (!later.isEmpty())
            p.laterMention = later;
        const QList<RecordRules::Problem> problems = RecordRules::person(p);
        if (!problems.isEmpty())
            return refuse(problems.first().field + QLatin1String(": ") + problems.first().message);
        const bool existingKey = !key.isEmpty() && archive.personId(key) > 0;
        if (!existingKey) {
            const QList<Person> same = archiveIndex.possibleDuplicates(p);
            if (!same.isEmpty()) {
                plan->duplicates.append(tr("card %1: %2 is already in the archive as %3 (%4)")
                                            .arg(card.number)
                                            .arg(p.fullName(), same.first().fullName(), same.first().key));
                continue;
            }
            const QList<Person> again = filePeople.possibleDuplicates(p);
            if (!again.isEmpty()) {
                plan->duplicates.append(tr("card %1: %2 is the same person as card %3")
                                            .arg(card.number)
                                            .arg(p.fullName())
                                            .arg(again.first().id));
                continue;
            }
        }
        if (key.isEmpty())
            key = freshKey(0, QStringLiteral("person"),
                p.familyNameFirst ? p.familyName + QLatin1Char(' ') + p.givenName
                                  : p.givenName + QLatin1Char(' ') + p.familyName);
        else if (usedKeys[0].contains(key))
            return refuse(tr("X-ROUNDTABLE-KEY %1 is on an earlier card too").arg(key));
        usedKeys[0].insert(key);
        p.id = card.number;
        filePeople.add(p);
        QJsonObject j;
        put(j, "key", key);
        put(j, "honorific", p.honorific);
        put(j, "family_name", p.familyName);
        put(j, "given_name", p.givenName);
        j.insert(QLatin1String("family_name_first"), p.familyNameFirst);
        put(j, "local_name", p.localName);
        put(j, "notes", p.notes);
        put(j, "later_mention", p.laterMention);
        people.append(j);
        plan->peopleCards.append(card.number);
    }
    plan->document.insert(QLatin1String("format"), QLatin1String(Interchange::FormatName));
    plan->document.insert(QLatin1String("organizations"), organizations);
    plan->document.insert(QLatin1String("people"), people);
    plan->document.insert(QLatin1String("contacts"), contacts);
    return true;
}

bool VCard::run(Archive &archive, const Plan &plan, Interchange::Report *report, QString *error)
{
    const QByteArray json = QJsonDocument(plan.document).toJson(QJsonDocument::Compact);
    if (Interchange::importJson(archive, json, report, error))
        return true;
    static const QRegularExpression path(
        QStringLiteral("^(people|contacts|organizations)\\[(\\d+)\\]\\.?([^:]*): (.*)$"),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = path.match(*error);
    if (m.hasMatch()) {
        const QList<int> &cards = m.captured(1) == QLatin1String("people") ? plan.peopleCards
            : m.captured(1) == QLatin1String("contacts")                   ? plan.contactCards
                                                                           : plan.organizationCards;
        const int index = m.captured(2).toInt();
        if (index >= 0 && index < cards.size())
            *error = tr("card %1, %2: %3").arg(cards.at(index)).arg(m.captured(3), m.captured(4));
    }
    return false;
}

bool VCard::importFile(
    Archive &archive, const QString &path, Interchange::Report *report, Plan *plan, QString *error)
{
    QByteArray bytes;
    if (!InputFile::read(path, MaxFileSize, &bytes, error))
        return false;
    Plan local;
    Plan &p = plan ? *plan : local;
    if (!VCard::plan(archive, bytes, &p, error) || !run(archive, p, report, error)) {
        *error = path + QLatin1String(": ") + *error;
        return false;
    }
    return true;
}

} // namespace rt
