#include "core/press/ChinesePressRelease.h"

#include "core/press/Letterhead.h"
#include "core/records/Archive.h"

#include <QHash>
#include <QSet>

#include <optional>

namespace rt {

namespace {

const QString zh = QString::fromLatin1(Language::Chinese);

// What a Chinese release lacks, record by record in the order the text needs them, each with
// its fields: "dialogue “…”: title, city; person “Dechen Tsering”: local name".
class Missing
{
public:
    void add(const QString &record, const QString &field)
    {
        for (auto &[name, fields] : m_records) {
            if (name == record) {
                if (!fields.contains(field))
                    fields.append(field);
                return;
            }
        }
        m_records.append({ record, { field } });
    }
    bool isEmpty() const { return m_records.isEmpty(); }
    QString text() const
    {
        QStringList parts;
        for (const auto &[name, fields] : m_records)
            parts.append(name + QStringLiteral(": ") + fields.join(QStringLiteral(", ")));
        return parts.join(QStringLiteral("; "));
    }

private:
    QList<std::pair<QString, QStringList>> m_records;
};

bool hasHan(const QString &text)
{
    for (const QChar ch : text) {
        if (ch.script() == QChar::Script_Han)
            return true;
    }
    return false;
}

QString quoted(const QString &name)
{
    return QChar(0x201C) + name + QChar(0x201D);
}

// The field's label in the message, by its roundtable/1 name.
QString fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels = {
        { QStringLiteral("title"), QT_TRANSLATE_NOOP("rt::ChinesePressRelease", "title") },
        { QStringLiteral("series"), QT_TRANSLATE_NOOP("rt::ChinesePressRelease", "series") },
        { QStringLiteral("city"), QT_TRANSLATE_NOOP("rt::ChinesePressRelease", "city") },
        { QStringLiteral("venue"), QT_TRANSLATE_NOOP("rt::ChinesePressRelease", "venue") },
        { QStringLiteral("occasion"), QT_TRANSLATE_NOOP("rt::ChinesePressRelease", "occasion") },
        { QStringLiteral("participants"), QT_TRANSLATE_NOOP("rt::ChinesePressRelease", "participants") },
        { QStringLiteral("outcome"), QT_TRANSLATE_NOOP("rt::ChinesePressRelease", "outcome") },
        { QStringLiteral("description"), QT_TRANSLATE_NOOP("rt::ChinesePressRelease", "description") },
        { QStringLiteral("summary"), QT_TRANSLATE_NOOP("rt::ChinesePressRelease", "summary") },
        { QStringLiteral("name"), QT_TRANSLATE_NOOP("rt::ChinesePressRelease", "name") },
        { QStringLiteral("about"), QT_TRANSLATE_NOOP("rt::ChinesePressRelease", "About text") },
        { QStringLiteral("address"), QT_TRANSLATE_NOOP("rt::ChinesePressRelease", "address") },
        { QStringLiteral("local_name"), QT_TRANSLATE_NOOP("rt::ChinesePressRelease", "local name") },
    };
    const char *label = labels.value(field);
    return label ? ChinesePressRelease::tr(label) : field;
}

// Ends a Chinese sentence with 。 unless it ends with a mark of its own.
QString sentence(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return trimmed;
    static const QString ends = QStringLiteral(u"。！？…”」）");
    return ends.contains(trimmed.back()) ? trimmed : trimmed + QChar(0x3002);
}

// A clause that a sentence goes on from: its closing 。 dropped.
QString clause(const QString &text)
{
    QString trimmed = text.trimmed();
    while (!trimmed.isEmpty() && (trimmed.back() == QChar(0x3002) || trimmed.back() == QChar(0xFF1B)))
        trimmed.chop(1);
    return trimmed;
}

QString numeral(qsizetype n)
{
    static const char16_t digits[] = u"零一二三四五六七八九十";
    return n >= 0 && n <= 10 ? QString(QChar(digits[n])) : QString::number(n);
}

bool isPresiding(const QString &role)
{
    return role == QLatin1String("presiding") || role == QLatin1String("moderator");
}

// 指导, 主办, 联合主办 ...: the verb that follows the organisations of a role in the lead.
QString roleVerb(const QString &role)
{
    if (role == QLatin1String(OrganizationRole::GuidedBy))
        return QStringLiteral(u"指导");
    if (role == QLatin1String(OrganizationRole::Organizer))
        return QStringLiteral(u"主办");
    if (role == QLatin1String(OrganizationRole::CoOrganizer))
        return QStringLiteral(u"联合主办");
    if (role == QLatin1String(OrganizationRole::Supporter))
        return QStringLiteral(u"支持");
    if (role == QLatin1String(OrganizationRole::Host))
        return QStringLiteral(u"承办");
    return QStringLiteral(u"协办");
}

} // namespace

ChinesePressRelease::ChinesePressRelease(Archive &archive)
    : m_archive(archive)
{
}

QString ChinesePressRelease::date(const QDate &date)
{
    if (!date.isValid())
        return QString();
    return QStringLiteral(u"%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QString ChinesePressRelease::dateRange(const QDate &start, const QDate &end)
{
    if (!end.isValid() || end <= start)
        return date(start);
    QString to;
    if (end.year() != start.year())
        to = date(end);
    else if (end.month() != start.month())
        to = QStringLiteral(u"%1月%2日").arg(end.month()).arg(end.day());
    else
        to = QStringLiteral(u"%1日").arg(end.day());
    return date(start) + QChar(0x81F3) + to; // 至
}

QString ChinesePressRelease::list(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return QStringList(items.mid(0, items.size() - 1)).join(QChar(0x3001)) + QChar(0x548C) + items.last();
}

namespace {

struct Verb
{
    const char *english;
    const char16_t *chinese;
    bool comma;
};

// The one table of reporting verbs: what a Chinese release writes for each English one. Where
// several English verbs share a Chinese one, the first of them is what the Chinese reads back as.
const QList<Verb> &verbTable()
{
    static const QList<Verb> verbs = {
        { "stated", u"表示", true },
        { "said", u"表示", true },
        { "expressed", u"表示", true },
        { "remarked", u"表示", true },
        { "indicated", u"表示", true },
        { "added", u"还表示", true },
        { "emphasized", u"强调", true },
        { "emphasised", u"强调", true },
        { "stressed", u"强调", true },
        { "underlined", u"强调", true },
        { "highlighted", u"强调", true },
        { "pointed out", u"指出", true },
        { "noted", u"指出", true },
        { "observed", u"指出", true },
        { "mentioned", u"提到", true },
        { "introduced", u"介绍", true },
        { "explained", u"介绍", true },
        { "announced", u"宣布", true },
        { "believed", u"认为", true },
        { "agreed", u"认为", true },
        { "suggested", u"建议", true },
        { "proposed", u"建议", true },
        { "called for", u"呼吁", true },
        { "urged", u"呼吁", true },
        { "affirmed", u"肯定了", false },
        { "welcomed", u"欢迎", false },
        { "presided at", u"主持", false },
        { "presided over", u"主持", false },
        { "presided", u"主持", false },
        { "chaired", u"主持", false },
        { "moderated", u"主持", false },
    };
    return verbs;
}

} // namespace

QString ChinesePressRelease::verb(const QString &english, bool *takesComma)
{
    static const QHash<QString, int> byEnglish = [] {
        QHash<QString, int> index;
        for (int i = 0; i < verbTable().size(); ++i)
            index.insert(QString::fromLatin1(verbTable().at(i).english), i);
        return index;
    }();
    const int i = byEnglish.value(english.trimmed().toLower(), -1);
    const Verb v = i < 0 ? Verb { "stated", u"表示", true } : verbTable().at(i);
    if (takesComma)
        *takesComma = v.comma;
    return QString::fromUtf16(v.chinese);
}

QString ChinesePressRelease::englishVerb(const QString &chinese)
{
    const QString c = chinese.trimmed();
    for (const Verb &v : verbTable())
        if (c == QString::fromUtf16(v.chinese))
            return QString::fromLatin1(v.english);
    return QString();
}

bool ChinesePressRelease::context(
    const Dialogue &d, const PressRelease *release, QVariantHash *result, QString *error)
{
    Missing missing;
    const QString dialogueName = tr("dialogue %1").arg(quoted(d.key.isEmpty() ? d.title : d.key));
    // The dialogue's Chinese text for a field the text uses; noted as missing when the
    // English field has a value and the Chinese one has none.
    auto dialogueText = [&](const char *field, const QString &english) {
        const QString text = d.translations.value(zh, QString::fromLatin1(field));
        if (text.isEmpty() && !english.trimmed().isEmpty())
            missing.add(dialogueName, fieldLabel(QString::fromLatin1(field)));
        return text;
    };

    QHash<qint64, std::optional<Organization>> organizations;
    auto organizationOf = [&](qint64 id) -> std::optional<Organization> {
        if (id <= 0)
            return std::nullopt;
        auto it = organizations.find(id);
        if (it == organizations.end())
            it = organizations.insert(id, m_archive.organization(id));
        return it.value();
    };
    auto organizationName = [&](const Organization &o) {
        QString name = o.translations.value(zh, QStringLiteral("name"));
        // A Chinese organisation's name in its own script is its Chinese name.
        if (name.isEmpty() && hasHan(o.localName))
            name = o.localName.trimmed();
        if (name.isEmpty())
            missing.add(
                tr("organisation %1").arg(quoted(o.displayName())), fieldLabel(QStringLiteral("name")));
        return name;
    };
    QHash<qint64, std::optional<Person>> people;
    auto personOf = [&](qint64 id) {
        auto it = people.find(id);
        if (it == people.end())
            it = people.insert(id, m_archive.person(id));
        return it.value();
    };
    // People are named in Chinese by the name their record gives in its own script or as it
    // is written in Chinese (张玉军, 德钦·策林): the local name.
    auto personName = [&](const Person &p) {
        if (p.localName.trimmed().isEmpty())
            missing.add(tr("person %1").arg(quoted(p.fullName())), fieldLabel(QStringLiteral("local_name")));
        return p.localName.trimmed();
    };

    const bool online = d.format == QLatin1String("online");
    const bool hybrid = d.format == QLatin1String("hybrid");
    const QString title = dialogueText("title", d.title);
    const QString series = dialogueText("series", d.series);
    const QString city = online ? QString() : dialogueText("city", d.city);
    const QString venue = online ? QString() : dialogueText("venue", d.venue);
    const QString occasion = dialogueText("occasion", d.occasion);
    const QString participantsText = dialogueText("participants", d.participants);
    const QString outcome = dialogueText("outcome", d.outcome);
    // How the text refers to the event after naming it (本次对话); it needs no English twin.
    QString shortTitle = d.translations.value(zh, QStringLiteral("short_title"));
    if (shortTitle.isEmpty())
        shortTitle = QStringLiteral(u"本次活动");
    const QString when = dateRange(d.startDate, d.endDate);

    // The series is named once, in quotation marks before the title (“绿色澜湄倡议：迈向COP15”——
    // …对话); a title that holds it already stands alone.
    const QString seriesAndTitle
        = series.isEmpty() || title.contains(series) ? title : quoted(series) + QStringLiteral(u"——") + title;

    // Where and how: 以线上线下相结合的方式在北京举办, 以线上方式举办, 在北京国际饭店举办.
    QString place;
    if (!city.isEmpty())
        place = QStringLiteral(u"在") + city;
    if (!venue.isEmpty())
        place = venue.contains(city) ? QStringLiteral(u"在") + venue : place + venue;
    if (place.isEmpty() && !venue.isEmpty())
        place = QStringLiteral(u"在") + venue;
    QString held;
    if (hybrid)
        held = QStringLiteral(u"以线上线下相结合的方式") + place + QStringLiteral(u"举办");
    else if (online)
        held = QStringLiteral(u"以线上方式举办");
    else
        held = place + QStringLiteral(u"举办");

    // The headline says where, not how: …对话在北京举办, …对话以线上方式举办.
    QString headline = seriesAndTitle + (online ? held : place + QStringLiteral(u"举办"));
    if (release && !release->headline.isEmpty())
        headline = release->headline;

    // The lead, one sentence: date, the organisations by role, the title, how and where.
    QStringList rolePhrases;
    QVariantList organizationList;
    for (int i = 0; i < d.organizations.size();) {
        const QString role = d.organizations.at(i).role;
        QStringList names;
        for (; i < d.organizations.size() && d.organizations.at(i).role == role; ++i) {
            const std::optional<Organization> o = organizationOf(d.organizations.at(i).organizationId);
            if (!o)
                continue;
            const QString name = organizationName(*o);
            organizationList.append(QVariantHash { { QStringLiteral("name"), name },
                { QStringLiteral("short_name"), o->translations.value(zh, QStringLiteral("short_name")) },
                { QStringLiteral("role"), role }, { QStringLiteral("role_phrase"), roleVerb(role) } });
            // A unit and the body it belongs to read as one party: 澜湄中心（生态环境部对外合作与交流中心）.
            const std::optional<Organization> previous = i > 0 && d.organizations.at(i - 1).role == role
                ? organizationOf(d.organizations.at(i - 1).organizationId)
                : std::nullopt;
            if (!names.isEmpty() && previous && previous->parentId == o->id)
                names.last() += QChar(0xFF08) + name + QChar(0xFF09);
            else
                names.append(name);
        }
        if (!names.isEmpty())
            rolePhrases.append(list(names) + roleVerb(role));
    }
    QString lead = when + QChar(0xFF0C);
    if (!rolePhrases.isEmpty())
        lead += QStringLiteral(u"由") + rolePhrases.join(QChar(0xFF0C)) + QStringLiteral(u"的");
    lead += seriesAndTitle + held + QChar(0x3002);
    // What it was part of: 本次对话是…系列活动之一 ("…成立五周年" is given its 系列活动).
    if (!occasion.isEmpty()) {
        const QString part = clause(occasion);
        lead += shortTitle + QStringLiteral(u"是") + part
            + (part.endsWith(QStringLiteral(u"活动")) ? QString() : QStringLiteral(u"系列活动"))
            + QStringLiteral(u"之一。");
    }

    // Participants, then the speakers: organisation and title before the name at first
    // mention (生态环境部对外合作与交流中心主任张玉军), the full name alone afterwards.
    auto introduced = [&](const Speech &s, const Person &p, int number) {
        QString office;
        if (const std::optional<Organization> o = organizationOf(s.organizationId))
            office = organizationName(*o);
        const QString speechTitle = s.translations.value(zh, QStringLiteral("title"));
        if (speechTitle.isEmpty() && !s.title.trimmed().isEmpty())
            missing.add(
                tr("speech %1 (%2)").arg(number).arg(p.fullName()), fieldLabel(QStringLiteral("title")));
        return office + speechTitle + personName(p);
    };
    QStringList speakers;
    QStringList presiders;
    QSet<qint64> introducedPeople;
    int number = 0;
    for (const Speech &s : d.speeches) {
        ++number;
        const std::optional<Person> p = personOf(s.personId);
        if (!p || introducedPeople.contains(p->id))
            continue;
        introducedPeople.insert(p->id);
        if (isPresiding(s.role)) {
            const QString summary = s.translations.value(zh, QStringLiteral("summary"));
            if (summary.isEmpty() && !s.summary.trimmed().isEmpty())
                missing.add(tr("speech %1 (%2)").arg(number).arg(p->fullName()),
                    fieldLabel(QStringLiteral("summary")));
            const QString verbText = verb(s.verb.isEmpty() ? QStringLiteral("presided at") : s.verb);
            presiders.append(introduced(s, *p, number) + verbText
                + (summary.isEmpty() ? QStringLiteral(u"会议") : clause(summary)) + QChar(0x3002));
        } else {
            speakers.append(introduced(s, *p, number));
        }
    }
    QString participants;
    if (!participantsText.isEmpty())
        participants = clause(participantsText) + QStringLiteral(u"参加") + shortTitle + QChar(0x3002);
    if (!speakers.isEmpty())
        participants += speakers.join(QChar(0x3001)) + QStringLiteral(u"出席") + shortTitle
            + QStringLiteral(u"并致辞。");
    participants += presiders.join(QString());

    // One paragraph per speech in protocol order: 张玉军表示，……。
    QVariantList speeches;
    QVariantList speechParagraphs;
    number = 0;
    for (const Speech &s : d.speeches) {
        ++number;
        const std::optional<Person> p = personOf(s.personId);
        if (!p)
            continue;
        const QString summary = s.translations.value(zh, QStringLiteral("summary"));
        if (summary.isEmpty() && !s.summary.trimmed().isEmpty())
            missing.add(
                tr("speech %1 (%2)").arg(number).arg(p->fullName()), fieldLabel(QStringLiteral("summary")));
        bool comma = true;
        const QString verbText = verb(s.verb, &comma);
        const QString name = p->localName.trimmed();
        const QString paragraph
            = sentence(name + verbText + (comma ? QString(QChar(0xFF0C)) : QString()) + summary);
        const std::optional<Organization> o = organizationOf(s.organizationId);
        QVariantHash speech { { QStringLiteral("name"), name }, { QStringLiteral("full_name"), name },
            { QStringLiteral("title"), s.translations.value(zh, QStringLiteral("title")) },
            { QStringLiteral("organization"),
                o ? o->translations.value(zh, QStringLiteral("name")) : QString() },
            { QStringLiteral("role"), s.role }, { QStringLiteral("verb"), verbText },
            { QStringLiteral("summary"), summary }, { QStringLiteral("paragraph"), paragraph } };
        speeches.append(speech);
        if (!isPresiding(s.role) && !summary.isEmpty())
            speechParagraphs.append(speech);
    }

    // 本次对话围绕A、B、C三个议题展开。本次对话分享了……，交流了……，并探讨了……。
    QVariantList topics;
    QStringList topicTitles;
    QStringList descriptions;
    number = 0;
    for (const Topic &t : d.topics) {
        ++number;
        const QString topicName = tr("topic %1 of %2").arg(number).arg(dialogueName);
        const QString topicTitle = t.translations.value(zh, QStringLiteral("title"));
        const QString description = t.translations.value(zh, QStringLiteral("description"));
        if (topicTitle.isEmpty() && !t.title.trimmed().isEmpty())
            missing.add(topicName, fieldLabel(QStringLiteral("title")));
        if (description.isEmpty() && !t.description.trimmed().isEmpty())
            missing.add(topicName, fieldLabel(QStringLiteral("description")));
        topics.append(QVariantHash {
            { QStringLiteral("title"), topicTitle }, { QStringLiteral("description"), description } });
        if (!topicTitle.isEmpty())
            topicTitles.append(topicTitle);
        if (!description.isEmpty())
            descriptions.append(clause(description));
    }
    QString topicsParagraph;
    if (!topicTitles.isEmpty()) {
        topicsParagraph = shortTitle + QStringLiteral(u"围绕") + topicTitles.join(QChar(0x3001))
            + (topicTitles.size() > 1 ? numeral(topicTitles.size()) + QStringLiteral(u"个议题") : QString())
            + QStringLiteral(u"展开。");
        if (!descriptions.isEmpty()) {
            if (descriptions.size() > 1 && !descriptions.last().startsWith(QChar(0x5E76))) // 并
                descriptions.last().prepend(QChar(0x5E76));
            topicsParagraph += shortTitle + descriptions.join(QChar(0xFF0C)) + QChar(0x3002);
        }
    }

    QVariantHash c;
    if (d.contactId > 0) {
        if (const std::optional<Contact> contact = m_archive.contact(d.contactId)) {
            const QString contactName = tr("contact %1").arg(quoted(contact->label));
            QString label = contact->translations.value(zh, QStringLiteral("label"));
            if (label.isEmpty())
                label = QStringLiteral(u"联系我们");
            const QString address = contact->translations.value(zh, QStringLiteral("address"));
            if (address.isEmpty() && !contact->address.trimmed().isEmpty())
                missing.add(contactName, fieldLabel(QStringLiteral("address")));
            QVariantList organizationLines;
            if (const std::optional<Organization> o = organizationOf(contact->organizationId)) {
                organizationLines.append(QVariantHash { { QStringLiteral("name"), organizationName(*o) } });
                if (const std::optional<Organization> parent = organizationOf(o->parentId))
                    organizationLines.append(
                        QVariantHash { { QStringLiteral("name"), organizationName(*parent) } });
            }
            QVariantList emails;
            for (const QString &email : contact->emails)
                emails.append(QVariantHash { { QStringLiteral("address"), email } });
            c.insert(QStringLiteral("contact"),
                QVariantHash { { QStringLiteral("label"), label },
                    { QStringLiteral("organizations"), organizationLines },
                    { QStringLiteral("address"), address },
                    { QStringLiteral("phones"), contact->phones.join(QStringLiteral(" / ")) },
                    { QStringLiteral("fax"), contact->fax }, { QStringLiteral("emails"), emails },
                    { QStringLiteral("website"), contact->website },
                    { QStringLiteral("wechat"), contact->wechat } });
        }
    }
    if (const std::optional<Organization> about = organizationOf(d.aboutOrganizationId)) {
        if (!about->about.isEmpty()) {
            const QString name = organizationName(*about);
            const QString shortName = about->translations.value(zh, QStringLiteral("short_name"));
            const QString text = about->translations.value(zh, QStringLiteral("about"));
            if (text.isEmpty())
                missing.add(tr("organisation %1").arg(quoted(about->displayName())),
                    fieldLabel(QStringLiteral("about")));
            c.insert(QStringLiteral("about"),
                QVariantHash { { QStringLiteral("name"), name },
                    { QStringLiteral("short_name"), shortName.isEmpty() ? name : shortName },
                    { QStringLiteral("text"), text } });
        }
    }

    if (!missing.isEmpty()) {
        *error = tr("no Chinese text for %1").arg(missing.text());
        return false;
    }

    c.insert(QStringLiteral("language"), zh);
    c.insert(QStringLiteral("headline"), headline);
    c.insert(QStringLiteral("dialogue"),
        QVariantHash { { QStringLiteral("title"), title }, { QStringLiteral("short_title"), shortTitle },
            { QStringLiteral("series"), series }, { QStringLiteral("date"), when },
            { QStringLiteral("end_date"), date(d.endDate) }, { QStringLiteral("city"), city },
            { QStringLiteral("country"), d.country }, { QStringLiteral("venue"), venue },
            { QStringLiteral("format"), d.format }, { QStringLiteral("occasion"), occasion },
            { QStringLiteral("participants"), participantsText }, { QStringLiteral("outcome"), outcome } });
    c.insert(QStringLiteral("dateline_paragraph"), lead);
    c.insert(QStringLiteral("organizations"), organizationList);
    c.insert(QStringLiteral("participants_paragraph"), participants);
    c.insert(QStringLiteral("speeches"), speeches);
    c.insert(QStringLiteral("speech_paragraphs"), speechParagraphs);
    c.insert(QStringLiteral("topics"), topics);
    c.insert(QStringLiteral("topics_paragraph"), topicsParagraph);
    c.insert(QStringLiteral("outcome_paragraph"), sentence(outcome));

    QVariantHash releaseData { { QStringLiteral("date"), date(d.startDate) } };
    const QString datelineCity = release && !release->datelineCity.isEmpty() ? release->datelineCity : city;
    releaseData.insert(QStringLiteral("dateline_city"), datelineCity);
    if (release) {
        releaseData.insert(QStringLiteral("number"), release->releaseNumber);
        if (release->releaseDate.isValid())
            releaseData.insert(QStringLiteral("date"), date(release->releaseDate));
        // A release issued after the event says where and when it is issued: （北京，2022年11月25日）.
        if (release->releaseDate.isValid() && release->releaseDate != d.startDate && !datelineCity.isEmpty())
            releaseData.insert(
                QStringLiteral("dateline"), datelineCity + QChar(0xFF0C) + date(release->releaseDate));
        if (release->embargo.isValid())
            releaseData.insert(QStringLiteral("embargo"),
                date(release->embargo.date()) + QLatin1Char(' ')
                    + release->embargo.toString(QStringLiteral("HH:mm")));
        releaseData.insert(QStringLiteral("status"), release->status);
    }
    c.insert(QStringLiteral("release"), releaseData);
    c.insert(QStringLiteral("letterhead"), Letterhead::context());
    *result = c;
    return true;
}

} // namespace rt
