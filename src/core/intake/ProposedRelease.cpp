#include "core/intake/ProposedRelease.h"

#include "core/db/Database.h"
#include "core/db/Transaction.h"
#include "core/interchange/Interchange.h"
#include "core/press/PressReleaseStore.h"
#include "core/records/Archive.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>

namespace rt {

namespace {

// What stands for English text a record needs and the release did not give, while a
// proposal passes through a scratch archive on its way to JSON; removed from the JSON again.
const QString missingMark = QStringLiteral("\u0001english missing\u0001");

// Drops every marked value: a plain "field": mark, and the "en" of {"en": mark, "zh": ...}.
QJsonValue withoutMarks(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(withoutMarks(v));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out;
    const QJsonObject in = value.toObject();
    for (auto it = in.begin(); it != in.end(); ++it) {
        if (it.value().toString() == missingMark)
            continue;
        out.insert(it.key(), withoutMarks(it.value()));
    }
    return out;
}

} // namespace

QStringList ProposedRelease::fieldNames()
{
    return { QStringLiteral("title"), QStringLiteral("series"), QStringLiteral("kind"),
        QStringLiteral("start_date"), QStringLiteral("end_date"), QStringLiteral("city"),
        QStringLiteral("country"), QStringLiteral("venue"), QStringLiteral("format"),
        QStringLiteral("occasion"), QStringLiteral("participants"), QStringLiteral("outcome") };
}

bool ProposedRelease::isTextField(const QString &name)
{
    static const QStringList dated = { QStringLiteral("start_date"), QStringLiteral("end_date"),
        QStringLiteral("country"), QStringLiteral("format") };
    return fieldNames().contains(name) && !dated.contains(name);
}

const ProposedField *ProposedRelease::field(const QString &name) const
{
    for (const ProposedField &f : fields)
        if (f.name == name)
            return &f;
    return nullptr;
}

QString ProposedRelease::value(const QString &name) const
{
    const ProposedField *f = field(name);
    return f ? f->value : QString();
}

void ProposedRelease::setValue(const QString &name, const QString &value, TextSpan span, double confidence)
{
    for (ProposedField &f : fields) {
        if (f.name == name) {
            f.value = value;
            if (span.isValid() || value.isEmpty())
                f.span = span;
            f.confidence = confidence;
            return;
        }
    }
    fields.append(ProposedField { name, value, span, confidence });
}

void ProposedRelease::dropUnreferenced()
{
    QList<int> usedPeople(people.size(), 0), usedOrganizations(organizations.size(), 0);
    for (const ProposedSpeech &s : std::as_const(speeches)) {
        usedPeople[s.person] = 1;
        if (s.organization >= 0)
            usedOrganizations[s.organization] = 1;
    }
    for (const ProposedRole &role : std::as_const(roles))
        usedOrganizations[role.organization] = 1;
    if (contactOrganization >= 0)
        usedOrganizations[contactOrganization] = 1;
    if (aboutOrganization >= 0)
        usedOrganizations[aboutOrganization] = 1;
    auto renumber = [](QList<int> &used) {
        int next = 0;
        for (int &u : used)
            u = u ? next++ : -1;
    };
    renumber(usedPeople);
    renumber(usedOrganizations);
    QList<ProposedPerson> keptPeople;
    for (int i = 0; i < people.size(); ++i)
        if (usedPeople.at(i) >= 0)
            keptPeople.append(people.at(i));
    QList<ProposedOrganization> keptOrganizations;
    for (int i = 0; i < organizations.size(); ++i)
        if (usedOrganizations.at(i) >= 0)
            keptOrganizations.append(organizations.at(i));
    for (ProposedSpeech &s : speeches) {
        s.person = usedPeople.at(s.person);
        if (s.organization >= 0)
            s.organization = usedOrganizations.at(s.organization);
    }
    for (ProposedRole &role : roles)
        role.organization = usedOrganizations.at(role.organization);
    if (contactOrganization >= 0)
        contactOrganization = usedOrganizations.at(contactOrganization);
    if (aboutOrganization >= 0)
        aboutOrganization = usedOrganizations.at(aboutOrganization);
    people = keptPeople;
    organizations = keptOrganizations;
}

bool ProposedRelease::found() const
{
    const bool happened = !roles.isEmpty() || !speeches.isEmpty() || field(QStringLiteral("city"))
        || field(QStringLiteral("format"));
    return !value(QStringLiteral("title")).isEmpty() && !value(QStringLiteral("start_date")).isEmpty()
        && happened;
}

qint64 ProposedRelease::contactSharingAnEmail(const QList<Contact> &contacts, const QStringList &emails)
{
    for (const Contact &c : contacts) {
        for (const QString &address : emails)
            if (c.emails.contains(address, Qt::CaseInsensitive))
                return c.id;
    }
    return 0;
}

void ProposedRelease::named(QSet<int> *namedPeople, QSet<int> *namedOrganizations) const
{
    for (const ProposedSpeech &s : speeches) {
        namedPeople->insert(s.person);
        namedOrganizations->insert(s.organization);
    }
    for (const ProposedRole &r : roles)
        namedOrganizations->insert(r.organization);
    if (hasContact && contactMatchedId <= 0)
        namedOrganizations->insert(contactOrganization);
    namedOrganizations->insert(aboutOrganization);
}

QString ProposedRelease::summary() const
{
    QSet<int> namedPeople, namedOrganizations;
    named(&namedPeople, &namedOrganizations); // a speaker the review replaced is not counted
    int matchedPeople = 0, newPeople = 0, matchedOrganizations = 0, newOrganizations = 0;
    for (int i = 0; i < people.size(); ++i)
        if (namedPeople.contains(i))
            (people.at(i).matchedId > 0 ? matchedPeople : newPeople)++;
    for (int i = 0; i < organizations.size(); ++i)
        if (namedOrganizations.contains(i))
            (organizations.at(i).matchedId > 0 ? matchedOrganizations : newOrganizations)++;
    auto speechCount = [](qsizetype n) { return n == 1 ? tr("1 speech") : tr("%1 speeches").arg(n); };
    auto topicCount = [](qsizetype n) { return n == 1 ? tr("1 topic") : tr("%1 topics").arg(n); };
    auto peopleCount = [](int n) { return n == 1 ? tr("1 person") : tr("%1 people").arg(n); };
    auto organizationCount
        = [](int n) { return n == 1 ? tr("1 organisation") : tr("%1 organisations").arg(n); };
    QString text = tr("%1, %2; matched %3, %4; new: %5, %6")
                       .arg(speechCount(speeches.size()), topicCount(topics.size()),
                           peopleCount(matchedPeople), organizationCount(matchedOrganizations),
                           peopleCount(newPeople), organizationCount(newOrganizations));
    if (hasContact)
        text += contactMatchedId > 0 ? tr(", contact matched") : tr(", 1 contact");
    if (const QList<Missing> missing = missingEnglish(); !missing.isEmpty()) {
        QStringList paths;
        for (const Missing &m : missing)
            paths.append(m.path);
        text += tr("; English needed before import: %1").arg(paths.join(QStringLiteral(", ")));
    }
    return text;
}

QList<ProposedRelease::Missing> ProposedRelease::missingEnglish() const
{
    QList<Missing> missing;
    if (language == QLatin1String(Language::English))
        return missing;
    if (english.value(QStringLiteral("title")).trimmed().isEmpty())
        missing.append({ QStringLiteral("title"), tr("the title in English") });
    for (int i = 0; i < topics.size(); ++i)
        if (topics.at(i).topic.title.trimmed().isEmpty())
            missing.append({ QStringLiteral("topics[%1].title").arg(i),
                tr("topic %1 (%2) in English")
                    .arg(i + 1)
                    .arg(topics.at(i).topic.translations.value(language, QStringLiteral("title"))) });
    for (int i = 0; i < organizations.size(); ++i) {
        const ProposedOrganization &o = organizations.at(i);
        if (o.matchedId <= 0 && o.organization.name.trimmed().isEmpty())
            missing.append({ QStringLiteral("organizations[%1].name").arg(i),
                tr("the English name of %1")
                    .arg(o.organization.translations.value(language, QStringLiteral("name"))) });
    }
    if (hasContact && contactMatchedId <= 0 && contact.label.trimmed().isEmpty())
        missing.append({ QStringLiteral("contact.label"), tr("the contact's label in English") });
    return missing;
}

Dialogue ProposedRelease::dialogue(const QList<qint64> &personIds, const QList<qint64> &organizationIds) const
{
    Dialogue d;
    // A release in another language gives the text fields in that language; their English is
    // what `english` holds.
    const bool foreign = language != QLatin1String(Language::English);
    auto text = [&](const QString &name) {
        Q_ASSERT(isTextField(name));
        if (!foreign)
            return value(name);
        d.translations.set(language, name, value(name));
        return english.value(name);
    };
    d.title = text(QStringLiteral("title"));
    d.series = text(QStringLiteral("series"));
    d.kind = text(QStringLiteral("kind"));
    d.startDate = QDate::fromString(value(QStringLiteral("start_date")), Qt::ISODate);
    d.endDate = QDate::fromString(value(QStringLiteral("end_date")), Qt::ISODate);
    d.city = text(QStringLiteral("city"));
    d.country = value(QStringLiteral("country"));
    d.venue = text(QStringLiteral("venue"));
    d.format = value(QStringLiteral("format"));
    d.occasion = text(QStringLiteral("occasion"));
    d.participants = text(QStringLiteral("participants"));
    d.outcome = text(QStringLiteral("outcome"));
    d.status = QString::fromLatin1(DialogueStatus::Held);
    auto orgId = [&](int index) {
        return index >= 0 && index < organizationIds.size() ? organizationIds.at(index) : 0;
    };
    for (const ProposedRole &r : roles)
        if (orgId(r.organization) > 0)
            d.organizations.append({ orgId(r.organization), r.role });
    for (const ProposedTopic &t : topics)
        d.topics.append(t.topic);
    for (const ProposedSpeech &s : speeches) {
        const qint64 personId = s.person >= 0 && s.person < personIds.size() ? personIds.at(s.person) : 0;
        if (personId <= 0)
            continue;
        Speech speech;
        speech.personId = personId;
        speech.role = s.role;
        speech.organizationId = orgId(s.organization);
        speech.verb = s.verb;
        if (foreign) {
            speech.translations.set(language, QStringLiteral("title"), s.title);
            speech.translations.set(language, QStringLiteral("summary"), s.summary);
        } else {
            speech.title = s.title;
            speech.summary = s.summary;
        }
        d.speeches.append(speech);
    }
    d.aboutOrganizationId = orgId(aboutOrganization);
    return d;
}

bool ProposedRelease::writeInto(Archive &target, Archive *source, qint64 *dialogueId, QString *error) const
{
    // Keys are made unique against the archive the records will be imported into (`source`
    // when writing a scratch copy), so that an import adds them, never overwrites another.
    Archive &keys = source ? *source : target;
    QSet<QString> used;
    auto keyFor = [&](const QString &table, const QString &text) {
        QString key = keys.uniqueKey(table, text.left(60));
        for (int n = 2; used.contains(table + key); ++n)
            key = keys.uniqueKey(table, text.left(60)) + QLatin1Char('-') + QString::number(n);
        used.insert(table + key);
        return key;
    };
    // A matched organisation copied into the scratch archive, with the bodies it belongs to.
    QHash<qint64, qint64> copiedOrganizations;
    std::function<qint64(qint64)> copyOrganization = [&](qint64 id) -> qint64 {
        if (id <= 0 || !source)
            return id;
        if (copiedOrganizations.contains(id))
            return copiedOrganizations.value(id);
        std::optional<Organization> o = source->organization(id);
        if (!o)
            return 0;
        copiedOrganizations.insert(id, 0); // a cycle ends here
        o->parentId = copyOrganization(o->parentId);
        o->id = 0;
        if (!target.saveOrganization(*o, error))
            return -1;
        copiedOrganizations.insert(id, o->id);
        return o->id;
    };

    QSet<int> namedPeople, namedOrganizations;
    named(&namedPeople, &namedOrganizations); // only these are written

    QList<qint64> organizationIds;
    for (int i = 0; i < organizations.size(); ++i) {
        const ProposedOrganization &p = organizations.at(i);
        if (!namedOrganizations.contains(i)) {
            organizationIds.append(0);
            continue;
        }
        if (p.matchedId > 0) {
            const qint64 id = copyOrganization(p.matchedId);
            if (id < 0)
                return false;
            organizationIds.append(id);
            continue;
        }
        Organization o = p.organization;
        o.id = 0;
        if (source && o.name.trimmed().isEmpty())
            o.name = missingMark;
        o.key = keyFor(QStringLiteral("organization"),
            !o.shortName.isEmpty()      ? o.shortName
                : o.name != missingMark ? o.name
                                        : o.translations.value(language, QStringLiteral("name")));
        if (!target.saveOrganization(o, error)) {
            *error = tr("organisation \"%1\": %2").arg(o.name, *error);
            return false;
        }
        organizationIds.append(o.id);
    }
    QList<qint64> personIds;
    for (int i = 0; i < people.size(); ++i) {
        const ProposedPerson &p = people.at(i);
        if (!namedPeople.contains(i)) {
            personIds.append(0);
            continue;
        }
        if (p.matchedId > 0 && !source) {
            personIds.append(p.matchedId);
            continue;
        }
        Person person = p.matchedId > 0 ? source->person(p.matchedId).value_or(p.person) : p.person;
        person.id = 0;
        if (p.matchedId <= 0)
            person.key = keyFor(QStringLiteral("person"), person.fullName());
        if (!target.savePerson(person, error)) {
            *error = tr("person \"%1\": %2").arg(p.person.fullName(), *error);
            return false;
        }
        personIds.append(person.id);
    }
    Dialogue d = dialogue(personIds, organizationIds);
    if (source) {
        if (d.title.trimmed().isEmpty())
            d.title = missingMark;
        for (Topic &t : d.topics)
            if (t.title.trimmed().isEmpty())
                t.title = missingMark;
    }
    if (hasContact) {
        qint64 contactId = contactMatchedId;
        if (contactId > 0 && source) {
            std::optional<Contact> c = source->contact(contactId);
            contactId = 0;
            if (c) {
                c->id = 0;
                c->organizationId = copyOrganization(c->organizationId);
                if (c->organizationId < 0 || !target.saveContact(*c, error))
                    return false;
                contactId = c->id;
            }
        } else if (contactId <= 0) {
            Contact c = contact;
            c.id = 0;
            if (source && c.label.trimmed().isEmpty())
                c.label = missingMark;
            c.organizationId = contactOrganization >= 0 ? organizationIds.value(contactOrganization) : 0;
            c.key = keyFor(QStringLiteral("contact"),
                (contactOrganization >= 0 ? organizations.at(contactOrganization).organization.displayName()
                                          : QString())
                    + QStringLiteral(" contact"));
            if (!target.saveContact(c, error)) {
                *error = tr("contact: %1").arg(*error);
                return false;
            }
            contactId = c.id;
        }
        d.contactId = contactId;
    }
    const QString keyTitle = d.title == missingMark ? value(QStringLiteral("title")) : d.title;
    d.key
        = keyFor(QStringLiteral("dialogue"), d.startDate.toString(Qt::ISODate) + QLatin1Char(' ') + keyTitle);
    if (!target.saveDialogue(d, error)) {
        *error = tr("dialogue: %1").arg(*error);
        return false;
    }
    if (dialogueId)
        *dialogueId = d.id;
    return true;
}

QByteArray ProposedRelease::toJson(Archive &archive, QString *error) const
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        *error = tr("no room for a scratch archive: %1").arg(dir.errorString());
        return {};
    }
    Database scratch;
    if (!scratch.open(dir.filePath(QStringLiteral("proposal.roundtable")), Database::Mode::ReadWrite, error))
        return {};
    Archive target(scratch);
    {
        Transaction transaction(scratch);
        if (!transaction.begin(error) || !writeInto(target, &archive, nullptr, error)
            || !transaction.commit(error))
            return {};
    }
    const QByteArray json = Interchange::exportJson(target, error);
    if (json.isEmpty() || missingEnglish().isEmpty())
        return json;
    // English the rules need and the release did not give is left out, so that the file
    // says what to fill in before it is imported (its import refuses it by that path).
    return QJsonDocument(withoutMarks(QJsonDocument::fromJson(json).object()).toObject())
        .toJson(QJsonDocument::Indented);
}

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

bool ProposedRelease::accept(Archive &archive, qint64 *dialogueId, QString *error) const
{
    if (const QList<Missing> missing = missingEnglish(); !missing.isEmpty()) {
        QStringList what;
        for (const Missing &m : missing)
            what.append(m.message);
        *error
            = tr("the record needs English text before it is saved: %1").arg(what.join(QStringLiteral("; ")));
        return false;
    }
    Transaction transaction(archive.database());
    if (!transaction.begin(error))
        return false;
    qint64 id = 0;
    if (!writeInto(archive, nullptr, &id, error))
        return false;
    // The release as it was published: its text, line by line, word for word.
    PressRelease release;
    release.dialogueId = id;
    release.headline = headline.isEmpty() ? value(QStringLiteral("title")) : headline;
    release.datelineCity = value(QStringLiteral("city"));
    release.releaseDate = QDate::fromString(value(QStringLiteral("start_date")), Qt::ISODate);
    QString body = QStringLiteral("<html><body>\n");
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines)
        body += QStringLiteral("<p>") + escaped(line) + QStringLiteral("</p>\n");
    body += QStringLiteral("</body></html>\n");
    release.body = body;
    release.templateName = QStringLiteral("imported");
    release.language = language;
    release.status = QString::fromLatin1(PressReleaseStatus::Published);
    const std::optional<Dialogue> saved = archive.dialogue(id);
    if (saved) {
        release.contactId = saved->contactId;
        release.aboutOrganizationId = saved->aboutOrganizationId;
    }
    PressReleaseStore store(archive.database());
    if (!store.save(release, error)) {
        *error = tr("press release: %1").arg(*error);
        return false;
    }
    if (!transaction.commit(error))
        return false;
    if (dialogueId)
        *dialogueId = id;
    return true;
}

} // namespace rt
