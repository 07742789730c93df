#include "app/lists/RecordCard.h"

#include "app/window/Labels.h"

#include <QLocale>

namespace rt::app {

namespace {

const QString Scheme = QStringLiteral("roundtable");

const char *const KindNames[] = { "dialogue", "person", "organization", "contact", "press-release" };

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

// Text kept to a few lines: the card is a glance, the editor holds the rest.
QString excerpt(const QString &text, int length = 360)
{
    const QString simple = text.simplified();
    return esc(simple.size() <= length ? simple : simple.left(length).trimmed() + QChar(0x2026));
}

QString anchor(RecordCard::Kind kind, qint64 id, const QString &text, const QString &tip = {})
{
    if (id <= 0)
        return esc(text);
    const QString title
        = tip.isEmpty() || tip == text ? QString() : QStringLiteral(" title=\"%1\"").arg(esc(tip));
    return QStringLiteral("<a href=\"%1\"%3>%2</a>")
        .arg(RecordCard::link(kind, id).toString(), esc(text), title);
}

// An organisation by its short name, its full name shown on hovering.
QString organizationAnchor(qint64 id, const Organization &organization)
{
    return anchor(RecordCard::Kind::Organization, id, organization.displayName(), organization.name);
}

QString dateText(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::LongFormat) : QString();
}

QString shortDate(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString countryText(const QString &code)
{
    if (code.isEmpty())
        return {};
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? code : QLocale::territoryToString(territory);
}

QString personName(const Person &person)
{
    QString name = person.fullName();
    if (!person.honorific.isEmpty())
        name = person.honorific + QLatin1Char(' ') + name;
    return name;
}

QString organizationName(const Organization &organization)
{
    return organization.shortName.isEmpty()
        ? organization.name
        : QStringLiteral("%1 (%2)").arg(organization.name, organization.shortName);
}

QString heading(const QString &text)
{
    return QStringLiteral("<h3>%1</h3>").arg(esc(text));
}

// A line "Label: value" where value is HTML already; nothing when the value is empty.
QString field(const QString &label, const QString &html)
{
    if (html.isEmpty())
        return {};
    return QStringLiteral("<tr><td class=\"label\">%1</td><td>%2</td></tr>").arg(esc(label), html);
}

QString table(const QStringList &rows)
{
    const QString joined = rows.join(QString());
    return joined.isEmpty()
        ? QString()
        : QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">%1</table>").arg(joined);
}

QString page(const QString &body)
{
    return QStringLiteral("<html><head><style>"
                          "h2 { margin-bottom: 4px; } h3 { margin-top: 12px; margin-bottom: 4px; } "
                          "td.label { color: #555; padding-right: 10px; white-space: nowrap; } "
                          ".muted { color: #666; } li { margin-bottom: 3px; }"
                          "</style></head><body>%1</body></html>")
        .arg(body);
}

QString moreLine(qint64 shown, qint64 total)
{
    if (total <= shown)
        return {};
    return QStringLiteral("<p class=\"muted\">%1</p>")
        .arg(esc(RecordCard::tr("… and %1 more").arg(QLocale().toString(total - shown))));
}

} // namespace

QUrl RecordCard::link(Kind kind, qint64 id)
{
    QUrl url;
    url.setScheme(Scheme);
    url.setPath(QStringLiteral("%1/%2").arg(QLatin1String(KindNames[int(kind)])).arg(id));
    return url;
}

bool RecordCard::parse(const QUrl &url, Kind *kind, qint64 *id)
{
    if (url.scheme() != Scheme)
        return false;
    const QStringList parts = url.path().split(QLatin1Char('/'));
    if (parts.size() != 2)
        return false;
    bool ok = false;
    const qint64 number = parts.at(1).toLongLong(&ok);
    if (!ok || number <= 0)
        return false;
    for (int i = 0; i < int(std::size(KindNames)); ++i) {
        if (parts.at(0) == QLatin1String(KindNames[i])) {
            *kind = Kind(i);
            *id = number;
            return true;
        }
    }
    return false;
}

QString RecordCard::empty(const QString &message)
{
    return page(QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(message)));
}

QString RecordCard::dialogue(const RecordDetails::DialogueDetails &details)
{
    const Dialogue &d = details.dialogue;
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(d.title));
    // The title in the record's other languages under the English one (the Chinese first).
    const QStringList languages = d.translations.languages();
    for (const QString &language : languages) {
        const QString title = d.translations.value(language, QStringLiteral("title"));
        if (!title.isEmpty())
            html += QStringLiteral("<p class=\"translated-title\" lang=\"%1\"><b>%2</b></p>")
                        .arg(esc(language), esc(title));
    }
    if (!d.series.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(d.series));

    QString when = dateText(d.startDate);
    if (d.endDate.isValid() && d.endDate != d.startDate)
        when = tr("%1 to %2").arg(when, dateText(d.endDate));
    QStringList place;
    for (const QString &part : { d.venue, d.city, countryText(d.country) }) {
        if (!part.isEmpty())
            place.append(part);
    }
    html += table({ field(tr("Date"), esc(when)), field(tr("Place"), esc(place.join(QStringLiteral(", ")))),
        field(tr("Format"), esc(d.format.isEmpty() ? QString() : Labels::format(d.format))),
        field(tr("Kind"), esc(d.kind)), field(tr("Status"), esc(Labels::status(d.status))),
        field(tr("Occasion"), excerpt(d.occasion, 200)) });

    if (!d.organizations.isEmpty()) {
        // One line per role, in the order of the record.
        QStringList roles;
        QHash<QString, QStringList> byRole;
        for (const DialogueOrganization &o : d.organizations) {
            if (!byRole.contains(o.role))
                roles.append(o.role);
            byRole[o.role].append(
                organizationAnchor(o.organizationId, details.organizations.value(o.organizationId)));
        }
        QStringList rows;
        for (const QString &role : std::as_const(roles))
            rows.append(field(Labels::organizationRole(role), byRole.value(role).join(QStringLiteral(", "))));
        html += heading(tr("Organisations")) + table(rows);
    }

    if (!d.speeches.isEmpty()) {
        html += heading(tr("Speakers"));
        html += QStringLiteral("<ul>");
        for (const Speech &s : d.speeches) {
            QStringList capacity;
            if (!s.title.isEmpty())
                capacity.append(esc(s.title));
            if (s.organizationId) {
                capacity.append(
                    organizationAnchor(s.organizationId, details.organizations.value(s.organizationId)));
            }
            html += QStringLiteral("<li>%1%2 <span class=\"muted\">(%3)</span></li>")
                        .arg(anchor(Kind::Person, s.personId, personName(details.people.value(s.personId))),
                            capacity.isEmpty() ? QString()
                                               : QStringLiteral(", ") + capacity.join(QStringLiteral(", ")),
                            esc(Labels::speechRole(s.role)));
        }
        html += QStringLiteral("</ul>");
    }

    if (!d.topics.isEmpty()) {
        html += heading(tr("Topics")) + QStringLiteral("<ol>");
        for (const Topic &t : d.topics)
            html += QStringLiteral("<li>%1</li>").arg(esc(t.title));
        html += QStringLiteral("</ol>");
    }

    html += heading(tr("Press release"));
    if (details.releases.isEmpty()) {
        html += QStringLiteral("<p class=\"muted\">%1</p>").arg(esc(tr("None yet")));
    } else {
        QStringList rows;
        for (const PressRelease &r : details.releases) {
            rows.append(
                QStringLiteral("<li>%1 <span class=\"muted\">(%2, %3)</span></li>")
                    .arg(anchor(Kind::PressRelease, r.id, r.headline.isEmpty() ? tr("Untitled") : r.headline),
                        esc(Labels::releaseStatus(r.status)), esc(shortDate(r.releaseDate))));
        }
        html += QStringLiteral("<ul>%1</ul>").arg(rows.join(QString()));
    }
    if (details.contact)
        html += table({ field(tr("Press contact"),
            anchor(Kind::Contact, details.contact->id,
                details.contact->label.isEmpty() ? details.contact->key : details.contact->label)) });
    if (!d.outcome.isEmpty())
        html += heading(tr("Outcome")) + QStringLiteral("<p>%1</p>").arg(excerpt(d.outcome));
    return page(html);
}

QString RecordCard::person(const RecordDetails::PersonDetails &details)
{
    const Person &p = details.person;
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(personName(p)));
    if (!p.localName.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(p.localName));
    // Their organisation and title as at their latest speech.
    QStringList rows;
    for (const RecordDetails::Appearance &a : details.speeches) {
        if (a.organization.id || !a.title.isEmpty()) {
            rows.append(field(tr("Title"), esc(a.title)));
            rows.append(field(
                tr("Organisation"), anchor(Kind::Organization, a.organization.id, a.organization.name)));
            rows.append(field(tr("As of"), esc(dateText(a.date))));
            break;
        }
    }
    rows.append(field(tr("Speeches"), esc(QLocale().toString(details.speechTotal))));
    html += table(rows);
    if (!p.notes.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(excerpt(p.notes));
    if (!details.speeches.isEmpty()) {
        html += heading(tr("Speeches")) + QStringLiteral("<ul>");
        for (const RecordDetails::Appearance &a : details.speeches) {
            QStringList capacity;
            if (!a.title.isEmpty())
                capacity.append(esc(a.title));
            if (a.organization.id)
                capacity.append(anchor(Kind::Organization, a.organization.id, a.organization.name));
            html += QStringLiteral("<li>%1 %2<br><span class=\"muted\">%3%4</span></li>")
                        .arg(esc(shortDate(a.date)), anchor(Kind::Dialogue, a.dialogueId, a.dialogueTitle),
                            esc(Labels::speechRole(a.role)),
                            capacity.isEmpty() ? QString()
                                               : QStringLiteral(": ") + capacity.join(QStringLiteral(", ")));
        }
        html += QStringLiteral("</ul>") + moreLine(details.speeches.size(), details.speechTotal);
    }
    return page(html);
}

QString RecordCard::organization(const RecordDetails::OrganizationDetails &details)
{
    const Organization &o = details.organization;
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(organizationName(o)));
    if (!o.localName.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(o.localName));
    QStringList children;
    for (const RecordDetails::Named &child : details.children)
        children.append(anchor(Kind::Organization, child.id, child.name));
    QStringList contacts;
    for (const RecordDetails::Named &contact : details.contacts)
        contacts.append(anchor(Kind::Contact, contact.id, contact.name));
    const QString website = o.website.isEmpty()
        ? QString()
        : QStringLiteral("<a href=\"%1\">%2</a>")
              .arg(esc(QUrl::fromUserInput(o.website).toString()), esc(o.website));
    html += table({ field(tr("Country"), esc(countryText(o.country))),
        field(tr("Part of"),
            details.parent ? anchor(Kind::Organization, details.parent->id, details.parent->name)
                           : QString()),
        field(tr("Units"), children.join(QStringLiteral(", "))), field(tr("Website"), website),
        field(tr("Contacts"), contacts.join(QStringLiteral(", "))),
        field(tr("Dialogues"), esc(QLocale().toString(details.dialogueTotal))) });
    if (!o.about.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(excerpt(o.about));
    if (!details.dialogues.isEmpty()) {
        html += heading(tr("Dialogues")) + QStringLiteral("<ul>");
        for (const RecordDetails::Appearance &a : details.dialogues) {
            html += QStringLiteral("<li>%1 %2 <span class=\"muted\">(%3)</span></li>")
                        .arg(esc(shortDate(a.date)), anchor(Kind::Dialogue, a.dialogueId, a.dialogueTitle),
                            esc(Labels::organizationRole(a.role)));
        }
        html += QStringLiteral("</ul>") + moreLine(details.dialogues.size(), details.dialogueTotal);
    }
    if (!details.speakers.isEmpty()) {
        QStringList people;
        for (const RecordDetails::Named &person : details.speakers)
            people.append(anchor(Kind::Person, person.id, person.name));
        html += heading(tr("Spoke for it"))
            + QStringLiteral("<p>%1</p>").arg(people.join(QStringLiteral(", ")));
    }
    return page(html);
}

QString RecordCard::contact(const RecordDetails::ContactDetails &details)
{
    const Contact &c = details.contact;
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(c.label.isEmpty() ? c.key : c.label));
    QStringList emails;
    for (const QString &email : c.emails)
        emails.append(QStringLiteral("<a href=\"mailto:%1\">%1</a>").arg(esc(email)));
    html += table({ field(tr("Organisation"),
                        details.organization
                            ? anchor(Kind::Organization, details.organization->id, details.organization->name)
                            : QString()),
        field(tr("Address"), esc(c.address).replace(QLatin1Char('\n'), QStringLiteral("<br>"))),
        field(tr("Phone"), esc(c.phones.join(QStringLiteral(", ")))), field(tr("Fax"), esc(c.fax)),
        field(tr("E-mail"), emails.join(QStringLiteral(", "))), field(tr("Website"), esc(c.website)),
        field(tr("WeChat"), esc(c.wechat)),
        field(tr("Press contact of"), esc(tr("%1 dialogues").arg(QLocale().toString(details.dialogues)))) });
    return page(html);
}

QString RecordCard::pressRelease(const RecordDetails::PressReleaseDetails &details)
{
    const PressRelease &r = details.release;
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(r.headline.isEmpty() ? tr("Untitled") : r.headline));
    html += table({ field(tr("Status"), esc(Labels::releaseStatus(r.status))),
        field(tr("Date"), esc(dateText(r.releaseDate))), field(tr("Dateline"), esc(r.datelineCity)),
        field(tr("Number"), esc(r.releaseNumber)),
        field(tr("Embargo"),
            r.embargo.isValid() ? esc(QLocale().toString(r.embargo, QLocale::ShortFormat)) : QString()),
        field(tr("Dialogue"),
            anchor(Kind::Dialogue, r.dialogueId,
                QStringLiteral("%1 (%2)").arg(details.dialogueTitle, shortDate(details.dialogueDate)))),
        field(tr("Last saved"), esc(r.modifiedAt)) });
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Open it (Enter) to read, edit, print or export the text.")));
    html += QStringLiteral("<p>%1</p>").arg(anchor(Kind::PressRelease, r.id, tr("Open the press release")));
    return page(html);
}

} // namespace rt::app
