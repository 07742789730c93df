#include "core/press/PressReleaseGenerator.h"

#include "core/press/Letterhead.h"
#include "core/press/PressReleaseStore.h"
#include "core/press/PressReleaseTemplates.h"
#include "core/records/Archive.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <kainjow/mustache.hpp>

namespace rt {

namespace {

// Joins "A", "B", "C" as "A, B, and C" (the serial comma of the reference).
QString englishList(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    if (items.size() == 2)
        return items.at(0) + QStringLiteral(" and ") + items.at(1);
    return QStringList(items.mid(0, items.size() - 1)).join(QStringLiteral(", ")) + QStringLiteral(", and ")
        + items.last();
}

// Topics are phrases that often hold "and" themselves; two of them are told apart by a comma:
// "data and information sharing, and flood and drought management".
QString topicList(const QStringList &items)
{
    if (items.size() == 2
        && (items.at(0).contains(QLatin1String(" and ")) || items.at(1).contains(QLatin1String(" and "))))
        return items.at(0) + QStringLiteral(", and ") + items.at(1);
    return englishList(items);
}

QString numberWord(qsizetype n)
{
    static const char *const words[]
        = { "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten" };
    return n >= 0 && n <= 10 ? QString::fromLatin1(words[n]) : QString::number(n);
}

QString capitalized(const QString &text)
{
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
}

// Ends a sentence with a full stop, unless it has one, or is written in a script that does
// not use the Latin full stop (Chinese has its own; Thai, Lao, Khmer and Burmese end
// sentences with a space or their own signs).
QString sentence(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return trimmed;
    const QChar last = trimmed.back();
    if (last == QLatin1Char('.') || last == QLatin1Char('!') || last == QLatin1Char('?'))
        return trimmed;
    const bool latin = last.script() == QChar::Script_Latin || last.script() == QChar::Script_Common;
    const bool ownStop = last == QChar(0x3002) || last == QChar(0xFF01) || last == QChar(0xFF1F)
        || last == QChar(0x104B) || last == QChar(0x17D4);
    return latin && !ownStop ? trimmed + QLatin1Char('.') : trimmed;
}

// Verbs of saying take "that" before what was said; "presided at" and the like do not.
bool takesThat(const QString &verb)
{
    static const QSet<QString> saying = { QStringLiteral("stated"), QStringLiteral("said"),
        QStringLiteral("emphasized"), QStringLiteral("emphasised"), QStringLiteral("pointed out"),
        QStringLiteral("noted"), QStringLiteral("stressed"), QStringLiteral("highlighted"),
        QStringLiteral("expressed"), QStringLiteral("added"), QStringLiteral("remarked"),
        QStringLiteral("underlined"), QStringLiteral("announced"), QStringLiteral("explained"),
        QStringLiteral("believed"), QStringLiteral("observed"), QStringLiteral("mentioned"),
        QStringLiteral("indicated"), QStringLiteral("affirmed"), QStringLiteral("agreed") };
    return saying.contains(verb.trimmed().toLower());
}

// Names that read as common nouns take "the" in running English: "the Ministry of ...",
// "the United Nations ...", "the Lancang-Mekong Environmental Cooperation Center", "the UNEP
// Regional Office for Asia and the Pacific", "the Mekong River Commission". Decided by the
// name's head noun, the last word before "of", "for", a comma or a bracket: institutions named
// by a common noun take the article; "Tsinghua University", "Greenpeace" or "WWF" do not.
bool takesArticle(const QString &name)
{
    if (name.startsWith(QLatin1String("the "), Qt::CaseInsensitive))
        return false;
    static const QStringList firstWords = { QStringLiteral("Ministry"), QStringLiteral("Department"),
        QStringLiteral("United"), QStringLiteral("Office"), QStringLiteral("Secretariat"),
        QStringLiteral("Embassy"), QStringLiteral("Government"), QStringLiteral("Permanent"),
        QStringLiteral("University"), QStringLiteral("State"), QStringLiteral("Royal") };
    if (firstWords.contains(name.section(QLatin1Char(' '), 0, 0)))
        return true;
    static const QRegularExpression end(QStringLiteral("\\s+(of|for|on|in|at|to)\\s|[,(]"));
    const QRegularExpressionMatch match = end.match(name);
    const QString head = (match.hasMatch() ? name.left(match.capturedStart()) : name)
                             .trimmed()
                             .section(QLatin1Char(' '), -1);
    static const QSet<QString> commonNouns = { QStringLiteral("Center"), QStringLiteral("Centre"),
        QStringLiteral("Commission"), QStringLiteral("Ministry"), QStringLiteral("Office"),
        QStringLiteral("Department"), QStringLiteral("Programme"), QStringLiteral("Program"),
        QStringLiteral("Bank"), QStringLiteral("Institute"), QStringLiteral("Partnership"),
        QStringLiteral("Fund"), QStringLiteral("Secretariat"), QStringLiteral("Agency"),
        QStringLiteral("Council"), QStringLiteral("Foundation"), QStringLiteral("Network"),
        QStringLiteral("Alliance"), QStringLiteral("Association"), QStringLiteral("Organization"),
        QStringLiteral("Organisation"), QStringLiteral("Forum"), QStringLiteral("Initiative"),
        QStringLiteral("Academy"), QStringLiteral("Union"), QStringLiteral("Committee"),
        QStringLiteral("Bureau"), QStringLiteral("Authority"), QStringLiteral("Administration"),
        QStringLiteral("Embassy"), QStringLiteral("Government"), QStringLiteral("Facility"),
        QStringLiteral("Platform"), QStringLiteral("Mechanism"), QStringLiteral("Society"),
        QStringLiteral("Federation"), QStringLiteral("Consortium"), QStringLiteral("Hotel"),
        QStringLiteral("Hall"), QStringLiteral("Building"), QStringLiteral("Room"),
        QStringLiteral("Auditorium"), QStringLiteral("Museum"), QStringLiteral("Park"),
        QStringLiteral("Station"), QStringLiteral("Reserve"), QStringLiteral("Service"),
        QStringLiteral("Group"), QStringLiteral("Team"), QStringLiteral("Board") };
    return commonNouns.contains(head);
}

// The last word of a kind of event, for "the Forum", "this workshop": "Senior-level
// Roundtable Dialogue" -> "Dialogue".
QString kindNoun(const QString &kind)
{
    return kind.trimmed().section(QLatin1Char(' '), -1);
}

QString rolePhrase(const QString &role)
{
    if (role == QLatin1String(OrganizationRole::GuidedBy))
        return QStringLiteral("guided by");
    if (role == QLatin1String(OrganizationRole::Organizer))
        return QStringLiteral("organized by");
    if (role == QLatin1String(OrganizationRole::CoOrganizer))
        return QStringLiteral("co-organized by");
    if (role == QLatin1String(OrganizationRole::Supporter))
        return QStringLiteral("supported by");
    if (role == QLatin1String(OrganizationRole::Host))
        return QStringLiteral("hosted by");
    return QStringLiteral("held in partnership with");
}

// After "stated that", a summary written as a sentence of its own ("The experience of ...")
// continues the sentence: its first word loses its capital, unless it is a name or an
// abbreviation, which this short list of sentence openers never is.
QString asClause(const QString &summary)
{
    static const QSet<QString> openers = { QStringLiteral("The"), QStringLiteral("A"), QStringLiteral("An"),
        QStringLiteral("This"), QStringLiteral("These"), QStringLiteral("Those"), QStringLiteral("It"),
        QStringLiteral("Its"), QStringLiteral("We"), QStringLiteral("Our"), QStringLiteral("There"),
        QStringLiteral("All"), QStringLiteral("Both"), QStringLiteral("Each"), QStringLiteral("Every"),
        QStringLiteral("They"), QStringLiteral("Their"), QStringLiteral("Many"), QStringLiteral("More"),
        QStringLiteral("Most"), QStringLiteral("Some"), QStringLiteral("Such"), QStringLiteral("Joint"),
        QStringLiteral("Small"), QStringLiteral("Large"), QStringLiteral("Local"), QStringLiteral("Regional"),
        QStringLiteral("Satellite"), QStringLiteral("Data"), QStringLiteral("Water"),
        QStringLiteral("Climate"), QStringLiteral("Green"), QStringLiteral("Sustainable"),
        QStringLiteral("Cooperation"), QStringLiteral("Biodiversity"), QStringLiteral("Ecosystem"),
        QStringLiteral("Ecosystems"), QStringLiteral("Floods"), QStringLiteral("Flood"),
        QStringLiteral("Drought"), QStringLiteral("Young"), QStringLiteral("Youth"), QStringLiteral("Women"),
        QStringLiteral("Countries"), QStringLiteral("Communities"), QStringLiteral("Governments"),
        QStringLiteral("Experts"), QStringLiteral("Partners"), QStringLiteral("Cross-border"),
        QStringLiteral("Transboundary"), QStringLiteral("Better"), QStringLiteral("Greater"),
        QStringLiteral("Stronger"), QStringLiteral("Only"), QStringLiteral("In"), QStringLiteral("With"),
        QStringLiteral("Through"), QStringLiteral("Since"), QStringLiteral("Over"), QStringLiteral("After"),
        QStringLiteral("During"), QStringLiteral("As") };
    const QString first = summary.section(QLatin1Char(' '), 0, 0);
    if (openers.contains(first))
        return summary.at(0).toLower() + summary.mid(1);
    return summary;
}

bool isPresiding(const QString &role)
{
    return role == QLatin1String("presiding") || role == QLatin1String("moderator");
}

// Remembers which organisations the text has introduced, so that the first mention reads
// "Ministry of Ecology and Environment of China (MEE)" and later ones "MEE".
class Mentions
{
public:
    explicit Mentions(Archive &archive)
        : m_archive(archive)
    {
    }

    std::optional<Organization> organization(qint64 id)
    {
        if (id <= 0)
            return std::nullopt;
        auto it = m_cache.find(id);
        if (it == m_cache.end())
            it = m_cache.insert(id, m_archive.organization(id));
        return it.value();
    }

    // Text written so far; an abbreviation in brackets there counts as introduced.
    void wrote(const QString &text) { m_written += text; }

    QString mention(qint64 id, bool withArticle)
    {
        const std::optional<Organization> o = organization(id);
        if (!o)
            return QString();
        const bool introduced = m_introduced.contains(id)
            || (!o->shortName.isEmpty()
                && m_written.contains(QLatin1Char('(') + o->shortName + QLatin1Char(')')));
        m_introduced.insert(id);
        if (introduced && !o->shortName.isEmpty())
            return o->shortName;
        QString text = o->name;
        if (withArticle && takesArticle(text))
            text.prepend(QStringLiteral("the "));
        if (!o->shortName.isEmpty() && !introduced)
            text += QStringLiteral(" (") + o->shortName + QLatin1Char(')');
        return text;
    }

private:
    Archive &m_archive;
    QHash<qint64, std::optional<Organization>> m_cache;
    QSet<qint64> m_introduced;
    QString m_written;
};

kainjow::mustache::data toData(const QVariant &value)
{
    using kainjow::mustache::data;
    switch (value.typeId()) {
    case QMetaType::QVariantHash: {
        data object { data::type::object };
        const QVariantHash hash = value.toHash();
        for (auto it = hash.cbegin(); it != hash.cend(); ++it) {
            // An empty text is left out, so that {{#name}}...{{/name}} skips it as most
            // Mustache implementations do (kainjow would count "" as true).
            if (it.value().typeId() == QMetaType::QString && it.value().toString().isEmpty())
                continue;
            object.set(it.key().toStdString(), toData(it.value()));
        }
        return object;
    }
    case QMetaType::QVariantList: {
        data list { data::type::list };
        const QVariantList items = value.toList();
        for (const QVariant &item : items)
            list.push_back(toData(item));
        return list;
    }
    case QMetaType::Bool:
        return value.toBool() ? data { data::type::bool_true } : data { data::type::bool_false };
    default:
        return data { value.toString().toStdString() };
    }
}

// "Unclosed section \"x\" at 123" (a byte offset) -> "line 4, column 7: Unclosed section \"x\"".
QString locatedError(const std::string &input, const std::string &message)
{
    static const QRegularExpression atOffset(QStringLiteral("^(.*) at (\\d+)$"));
    const QString text = QString::fromStdString(message);
    const QRegularExpressionMatch match = atOffset.match(text);
    if (!match.hasMatch())
        return text;
    const std::size_t offset = std::min<std::size_t>(match.captured(2).toULongLong(), input.size());
    int line = 1;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (input[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    const int column = QString::fromUtf8(input.data() + lineStart, qsizetype(offset - lineStart)).size() + 1;
    return PressReleaseGenerator::tr("line %1, column %2: %3").arg(line).arg(column).arg(match.captured(1));
}

// Walks the tags of a Mustache template, with a loop and a counter, to refuse one whose
// sections nest too deep or that has too many tags. Follows "{{=<% %>=}}" delimiter changes.
QString templateProblem(const QString &text)
{
    if (text.size() > PressReleaseGenerator::MaxTemplateLength)
        return PressReleaseGenerator::tr("the template is longer than %1 characters")
            .arg(PressReleaseGenerator::MaxTemplateLength);
    QString open = QStringLiteral("{{");
    QString close = QStringLiteral("}}");
    int depth = 0;
    int tags = 0;
    qsizetype pos = 0;
    while ((pos = text.indexOf(open, pos)) >= 0) {
        const qsizetype start = pos + open.size();
        if (++tags > PressReleaseGenerator::MaxTags)
            return PressReleaseGenerator::tr("the template has more than %1 tags")
                .arg(PressReleaseGenerator::MaxTags);
        const QChar kind = start < text.size() ? text.at(start) : QChar();
        if (kind == u'=') {
            const qsizetype end = text.indexOf(QLatin1Char('=') + close, start + 1);
            if (end < 0)
                return {}; // malformed: the Mustache parser reports it
            const QStringList delimiters
                = text.mid(start + 1, end - start - 1).trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (delimiters.size() != 2)
                return {};
            pos = end + 1 + close.size();
            open = delimiters.at(0);
            close = delimiters.at(1);
            continue;
        }
        if (kind == u'#' || kind == u'^') {
            if (++depth > PressReleaseGenerator::MaxSectionDepth)
                return PressReleaseGenerator::tr("the template nests sections more than %1 deep")
                    .arg(PressReleaseGenerator::MaxSectionDepth);
        } else if (kind == u'/') {
            --depth;
        }
        const qsizetype end = text.indexOf(close, start);
        if (end < 0)
            return {};
        pos = end + close.size();
    }
    return {};
}

// "&amp;" -> "&", "&#39;" -> "'": one pass, so "&amp;lt;" stays "&lt;".
QString decodeCharacterReferences(const QString &text)
{
    static const QRegularExpression reference(
        QStringLiteral("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);"));
    static const QHash<QString, QString> named { { QStringLiteral("amp"), QStringLiteral("&") },
        { QStringLiteral("lt"), QStringLiteral("<") }, { QStringLiteral("gt"), QStringLiteral(">") },
        { QStringLiteral("quot"), QStringLiteral("\"") }, { QStringLiteral("apos"), QStringLiteral("'") },
        { QStringLiteral("nbsp"), QString(QChar(0xA0)) } };
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = reference.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString name = m.captured(1);
        QString replacement;
        if (name.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const uint code = name.size() > 1 && (name.at(1) == u'x' || name.at(1) == u'X')
                ? name.mid(2).toUInt(&ok, 16)
                : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF))
                replacement = QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
        } else {
            replacement = named.value(name);
        }
        if (replacement.isEmpty())
            continue; // unknown: left as written
        result += QStringView(text).mid(last, m.capturedStart() - last);
        result += replacement;
        last = m.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

} // namespace

PressReleaseGenerator::PressReleaseGenerator(Archive &archive)
    : m_archive(archive)
{
}

QString PressReleaseGenerator::englishDate(const QDate &date)
{
    static const char *const months[] = { "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December" };
    if (!date.isValid())
        return QString();
    return QStringLiteral("%1 %2, %3")
        .arg(QLatin1String(months[date.month() - 1]))
        .arg(date.day())
        .arg(date.year());
}

QString PressReleaseGenerator::firstMention(const Person &person)
{
    const QString name = person.fullName();
    return person.honorific.isEmpty() ? name : person.honorific + QLatin1Char(' ') + name;
}

QString PressReleaseGenerator::laterMention(const Person &person)
{
    if (person.honorific.isEmpty())
        return person.fullName();
    QString name = person.familyName;
    if (person.laterMention == QLatin1String(PersonLaterMention::FullName))
        name = person.fullName();
    else if (person.laterMention == QLatin1String(PersonLaterMention::GivenName)
        && !person.givenName.isEmpty())
        name = person.givenName;
    return person.honorific + QLatin1Char(' ') + name;
}

QString PressReleaseGenerator::withoutAbbreviations(const QString &text)
{
    static const QRegularExpression abbreviation(QStringLiteral("\\s*\\([A-Z][A-Z0-9&.\\- ]*\\)"));
    return QString(text).remove(abbreviation);
}

QString PressReleaseGenerator::metaContent(const QString &html, const QString &name)
{
    const QRegularExpression meta(
        QStringLiteral("<meta\\s+name=\"%1\"\\s+content=\"([^\"]*)\"").arg(QRegularExpression::escape(name)),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = meta.match(html);
    if (!match.hasMatch())
        return QString();
    // The content was HTML-escaped by the template (Mustache writes ' as &apos;).
    return decodeCharacterReferences(match.captured(1));
}

QVariantHash PressReleaseGenerator::context(const Dialogue &d, const PressRelease *release)
{
    Mentions mentions(m_archive);
    QVariantHash c;
    // How the text refers to the event after naming it: as the record says, else by its kind
    // ("the Workshop"), else "the event".
    const QString noun = kindNoun(d.kind);
    const QString shortTitle = !d.shortTitle.isEmpty() ? d.shortTitle
        : !noun.isEmpty()                              ? QStringLiteral("the ") + capitalized(noun)
                                                       : QStringLiteral("the event");
    const QString shortTitleCapitalized = capitalized(shortTitle);
    const QString date = englishDate(d.startDate);
    const bool online = d.format == QLatin1String("online");

    // The series is named once: a title that already holds it ("Lancang-Mekong Water Resources
    // Cooperation Forum" of the series "Lancang-Mekong Water Resources Cooperation") stands alone.
    const bool seriesInTitle = !d.series.isEmpty() && d.title.contains(d.series, Qt::CaseInsensitive);
    const QString seriesAndTitle
        = d.series.isEmpty() || seriesInTitle ? d.title : d.series + QStringLiteral("--") + d.title;
    QString headline = withoutAbbreviations(seriesAndTitle);
    // An online event was held nowhere in particular; a title that says so already
    // ("Online Meeting on …", "Webinar on …") is not told again: it says when instead.
    static const QRegularExpression saysOnline(
        QStringLiteral("\\b(online|virtual|webinar)\\b"), QRegularExpression::CaseInsensitiveOption);
    const bool titleSaysOnline = saysOnline.match(d.title).hasMatch();
    if (online && titleSaysOnline)
        headline += QStringLiteral(" was Held on ") + date;
    else if (online)
        headline += QStringLiteral(" was Held Online");
    else if (!d.city.isEmpty())
        headline += QStringLiteral(" was Held in ") + d.city;
    if (release && !release->headline.isEmpty())
        headline = release->headline;

    QVariantHash dialogue { { QStringLiteral("title"), d.title },
        { QStringLiteral("short_title"), shortTitle },
        { QStringLiteral("short_title_capitalized"), shortTitleCapitalized },
        { QStringLiteral("series"), d.series }, { QStringLiteral("kind"), d.kind },
        { QStringLiteral("date"), date }, { QStringLiteral("end_date"), englishDate(d.endDate) },
        { QStringLiteral("city"), d.city }, { QStringLiteral("country"), d.country },
        { QStringLiteral("venue"), d.venue }, { QStringLiteral("format"), d.format },
        { QStringLiteral("occasion"), d.occasion }, { QStringLiteral("participants"), d.participants },
        { QStringLiteral("outcome"), d.outcome } };
    c.insert(QStringLiteral("dialogue"), dialogue);
    c.insert(QStringLiteral("headline"), headline);

    // Dateline: "On November 23, 2022, the Special Roundtable Dialogue of SERIES--TITLE (the
    // Dialogue) was successfully held as part of OCCASION in online and offline form in CITY."
    // A title that already says what the event is ("... Forum", "Workshop on ...") is not
    // preceded by its kind again, unless the kind introduces the series ("the Special
    // Roundtable Dialogue of SERIES--TITLE", as the reference writes).
    QString dateline = QStringLiteral("On %1, the ").arg(date);
    const bool seriesNamed = !d.series.isEmpty() && !seriesInTitle;
    const bool kindInTitle = !noun.isEmpty() && d.title.contains(noun, Qt::CaseInsensitive);
    if (!d.kind.isEmpty() && (seriesNamed || !kindInTitle))
        dateline
            += d.kind + (d.series.isEmpty() || seriesInTitle ? QStringLiteral(" ") : QStringLiteral(" of "));
    dateline += seriesAndTitle;
    dateline += QStringLiteral(" (") + shortTitle + QStringLiteral(") was successfully held");
    if (!d.occasion.isEmpty())
        dateline += QStringLiteral(" as part of ") + d.occasion;
    if (d.format == QLatin1String("hybrid"))
        dateline += QStringLiteral(" in online and offline form");
    else if (online && !titleSaysOnline)
        dateline += QStringLiteral(" online");
    if (!d.venue.isEmpty() && !online)
        dateline += QStringLiteral(" at ") + (takesArticle(d.venue) ? QStringLiteral("the ") : QString())
            + d.venue;
    if (!d.city.isEmpty() && !online && !d.venue.contains(d.city))
        dateline += QStringLiteral(" in ") + d.city;
    dateline += QLatin1Char('.');
    mentions.wrote(dateline);

    // "The Dialogue was guided by X, co-organized by A / B and C, and supported by D."
    QVariantList organizations;
    QStringList rolePhrases;
    for (int i = 0; i < d.organizations.size();) {
        const QString role = d.organizations.at(i).role;
        QStringList names;
        for (; i < d.organizations.size() && d.organizations.at(i).role == role; ++i) {
            const qint64 id = d.organizations.at(i).organizationId;
            const std::optional<Organization> o = mentions.organization(id);
            if (!o)
                continue;
            organizations.append(QVariantHash { { QStringLiteral("name"), o->name },
                { QStringLiteral("short_name"), o->shortName }, { QStringLiteral("role"), role },
                { QStringLiteral("role_phrase"), rolePhrase(role) } });
            // A unit and the body it belongs to read as one party: "LMEC / FECO".
            const std::optional<Organization> previous = i > 0 && d.organizations.at(i - 1).role == role
                ? mentions.organization(d.organizations.at(i - 1).organizationId)
                : std::nullopt;
            const bool paired = !names.isEmpty() && previous && previous->parentId == id;
            const QString named = mentions.mention(id, !paired);
            mentions.wrote(named);
            if (paired)
                names.last() += QStringLiteral(" / ") + named;
            else
                names.append(named);
        }
        if (!names.isEmpty())
            rolePhrases.append(rolePhrase(role) + QLatin1Char(' ') + englishList(names));
    }
    c.insert(QStringLiteral("organizations"), organizations);
    if (!rolePhrases.isEmpty()) {
        const QString sentenceText = QStringLiteral(" ") + shortTitleCapitalized + QStringLiteral(" was ")
            + englishList(rolePhrases) + QLatin1Char('.');
        dateline += sentenceText;
        mentions.wrote(sentenceText);
    }
    c.insert(QStringLiteral("dateline_paragraph"), dateline);

    // Participants, the speakers (first mention: full name and the title held that day),
    // and who presided.
    QHash<qint64, std::optional<Person>> people;
    auto personOf = [&](qint64 id) {
        auto it = people.find(id);
        if (it == people.end())
            it = people.insert(id, m_archive.person(id));
        return it.value();
    };
    auto withTitle = [&](const Speech &s, const Person &p, bool presiding) {
        QString text = firstMention(p);
        QString office = s.title;
        const QString org = mentions.mention(s.organizationId, true);
        if (!org.isEmpty())
            office = office.isEmpty() ? org : office + QStringLiteral(" of ") + org;
        if (!office.isEmpty())
            text += (presiding ? QStringLiteral(", the ") : QStringLiteral(", ")) + office;
        return text;
    };
    QStringList speakers;
    QStringList presiders;
    QSet<qint64> introducedPeople;
    for (const Speech &s : d.speeches) {
        const std::optional<Person> p = personOf(s.personId);
        if (!p || introducedPeople.contains(p->id))
            continue;
        introducedPeople.insert(p->id);
        if (isPresiding(s.role)) {
            const QString verb = s.verb.isEmpty() ? QStringLiteral("presided at") : s.verb;
            presiders.append(withTitle(s, *p, true) + QStringLiteral(", ") + verb + QLatin1Char(' ')
                + sentence(s.summary));
        } else {
            speakers.append(withTitle(s, *p, false));
        }
    }
    QString participants;
    if (!d.participants.isEmpty())
        participants = d.participants + QStringLiteral(" participated in this ")
            + (noun.isEmpty() ? QStringLiteral("event") : noun.toLower()) + QLatin1Char('.');
    if (!speakers.isEmpty()) {
        if (!participants.isEmpty())
            participants += QLatin1Char(' ');
        // "A, Director of X, and B, Dean of Y, attended": a title is set off by commas on both
        // sides, and with titles in the list the last name takes the serial comma too.
        const bool titled = std::any_of(speakers.cbegin(), speakers.cend(),
            [](const QString &speaker) { return speaker.contains(QLatin1Char(',')); });
        QString list = englishList(speakers);
        if (titled && speakers.size() == 2)
            list = speakers.at(0) + QStringLiteral(", and ") + speakers.at(1);
        if (speakers.last().contains(QLatin1Char(',')))
            list += QLatin1Char(',');
        participants += list + QStringLiteral(" attended ") + shortTitle + QStringLiteral(" and delivered ")
            + (speakers.size() == 1 ? QStringLiteral("a speech.") : QStringLiteral("speeches."));
    }
    for (const QString &presider : std::as_const(presiders)) {
        if (!participants.isEmpty())
            participants += QLatin1Char(' ');
        participants += presider;
    }
    c.insert(QStringLiteral("participants_paragraph"), participants);

    // One paragraph per speech in protocol order; by now every speaker has been introduced.
    QVariantList speeches;
    QVariantList speechParagraphs;
    for (const Speech &s : d.speeches) {
        const std::optional<Person> p = personOf(s.personId);
        if (!p)
            continue;
        const std::optional<Organization> o = mentions.organization(s.organizationId);
        const QString verb = s.verb.isEmpty() ? QStringLiteral("stated") : s.verb;
        QString paragraph = laterMention(*p) + QLatin1Char(' ') + verb
            + (takesThat(verb) ? QStringLiteral(" that ") + asClause(s.summary)
                               : QStringLiteral(" ") + s.summary);
        paragraph = sentence(paragraph);
        QVariantHash speech { { QStringLiteral("first_mention"), firstMention(*p) },
            { QStringLiteral("later_mention"), laterMention(*p) },
            { QStringLiteral("honorific"), p->honorific }, { QStringLiteral("family_name"), p->familyName },
            { QStringLiteral("given_name"), p->givenName }, { QStringLiteral("full_name"), p->fullName() },
            { QStringLiteral("local_name"), p->localName }, { QStringLiteral("title"), s.title },
            { QStringLiteral("organization"), o ? o->name : QString() },
            { QStringLiteral("organization_short_name"), o ? o->displayName() : QString() },
            { QStringLiteral("role"), s.role }, { QStringLiteral("verb"), verb },
            { QStringLiteral("summary"), s.summary }, { QStringLiteral("paragraph"), paragraph } };
        speeches.append(speech);
        if (!isPresiding(s.role) && !s.summary.isEmpty())
            speechParagraphs.append(speech);
    }
    c.insert(QStringLiteral("speeches"), speeches);
    c.insert(QStringLiteral("speech_paragraphs"), speechParagraphs);

    // "The Dialogue focused on three topics: A, B, and C. The Dialogue shared ..., communicated ..."
    QVariantList topics;
    QStringList titles;
    QStringList descriptions;
    for (const Topic &t : d.topics) {
        topics.append(QVariantHash {
            { QStringLiteral("title"), t.title }, { QStringLiteral("description"), t.description } });
        titles.append(t.title);
        if (!t.description.isEmpty())
            descriptions.append(t.description);
    }
    QString topicsParagraph;
    if (!titles.isEmpty()) {
        // One topic is simply what the event was about: "The Workshop focused on flood
        // forecasting.", not "focused on one topic: flood forecasting."
        topicsParagraph = shortTitleCapitalized + QStringLiteral(" focused on ")
            + (titles.size() == 1 ? QString() : numberWord(titles.size()) + QStringLiteral(" topics: "))
            + topicList(titles) + QLatin1Char('.');
        if (!descriptions.isEmpty())
            topicsParagraph += QLatin1Char(' ') + shortTitleCapitalized + QLatin1Char(' ')
                + sentence(englishList(descriptions));
    }
    c.insert(QStringLiteral("topics"), topics);
    c.insert(QStringLiteral("topics_paragraph"), topicsParagraph);
    c.insert(QStringLiteral("outcome_paragraph"), sentence(d.outcome));

    if (d.contactId > 0) {
        if (const std::optional<Contact> contact = m_archive.contact(d.contactId)) {
            QStringList organizationLines;
            if (const std::optional<Organization> o = mentions.organization(contact->organizationId)) {
                organizationLines.append(o->name);
                if (const std::optional<Organization> parent = mentions.organization(o->parentId))
                    organizationLines.append(parent->name);
            }
            QVariantList emails;
            for (const QString &email : contact->emails)
                emails.append(QVariantHash { { QStringLiteral("address"), email } });
            c.insert(QStringLiteral("contact"),
                QVariantHash { { QStringLiteral("label"),
                                   contact->label.isEmpty() ? QStringLiteral("Contact") : contact->label },
                    { QStringLiteral("organization_lines"), organizationLines.join(QLatin1Char('\n')) },
                    { QStringLiteral("organizations"),
                        [&] {
                            QVariantList lines;
                            for (const QString &line : std::as_const(organizationLines))
                                lines.append(QVariantHash { { QStringLiteral("name"), line } });
                            return lines;
                        }() },
                    { QStringLiteral("address"), contact->address },
                    { QStringLiteral("phones"), contact->phones.join(QStringLiteral(" / ")) },
                    { QStringLiteral("fax"), contact->fax }, { QStringLiteral("emails"), emails },
                    { QStringLiteral("website"), contact->website },
                    { QStringLiteral("wechat"), contact->wechat } });
        }
    }
    if (const std::optional<Organization> about = mentions.organization(d.aboutOrganizationId)) {
        if (!about->about.isEmpty())
            c.insert(QStringLiteral("about"),
                QVariantHash { { QStringLiteral("name"), about->name },
                    { QStringLiteral("short_name"), about->displayName() },
                    { QStringLiteral("text"), about->about } });
    }
    QVariantHash releaseData { { QStringLiteral("date"), date } };
    // The dateline that opens the text: where the release is issued, "BEIJING", and its date
    // when that is not the day of the event the first sentence names anyway. An online event's
    // release is dated from the city it is issued in, which the release's dateline field says
    // (the dialogue has none to give).
    const QString datelineCity = release && !release->datelineCity.isEmpty() ? release->datelineCity
        : online                                                             ? QString()
                                                                             : d.city;
    const bool laterDay = release && release->releaseDate.isValid() && release->releaseDate != d.startDate;
    QStringList datelineParts;
    if (!datelineCity.isEmpty())
        datelineParts.append(datelineCity.toUpper());
    if (laterDay)
        datelineParts.append(englishDate(release->releaseDate));
    releaseData.insert(QStringLiteral("dateline_city"), datelineCity);
    releaseData.insert(QStringLiteral("dateline"), datelineParts.join(QStringLiteral(", ")));
    if (release) {
        releaseData.insert(QStringLiteral("number"), release->releaseNumber);
        if (release->releaseDate.isValid())
            releaseData.insert(QStringLiteral("date"), englishDate(release->releaseDate));
        if (release->embargo.isValid())
            releaseData.insert(QStringLiteral("embargo"),
                englishDate(release->embargo.date())
                    + release->embargo.toString(QStringLiteral(", HH:mm t")));
        releaseData.insert(QStringLiteral("status"), release->status);
    }
    c.insert(QStringLiteral("release"), releaseData);
    c.insert(QStringLiteral("letterhead"), Letterhead::context());
    return c;
}

bool PressReleaseGenerator::render(
    const QString &templateText, const QVariantHash &context, QString *html, QString *error)
{
    const QString problem = templateProblem(templateText);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const std::string input = templateText.toStdString();
    kainjow::mustache::mustache tmpl { input };
    if (!tmpl.is_valid()) {
        *error = locatedError(input, tmpl.error_message());
        return false;
    }
    const std::string output = tmpl.render(toData(context));
    if (!tmpl.is_valid()) {
        *error = locatedError(input, tmpl.error_message());
        return false;
    }
    *html = QString::fromStdString(output);
    return true;
}

namespace {
QString &defaultTemplateName()
{
    static QString name = QStringLiteral("default");
    return name;
}
} // namespace

void PressReleaseGenerator::setDefaultTemplate(const QString &name)
{
    defaultTemplateName() = name.isEmpty() ? QStringLiteral("default") : name;
}

QString PressReleaseGenerator::defaultTemplate()
{
    return defaultTemplateName();
}

bool PressReleaseGenerator::releaseFor(
    qint64 dialogueId, const QString &templateName, PressRelease *release, bool *fromSaved, QString *error)
{
    if (templateName.isEmpty()) {
        const QList<PressRelease> saved = PressReleaseStore(m_archive.database()).releasesOf(dialogueId);
        if (!saved.isEmpty()) {
            *release = saved.first();
            if (fromSaved)
                *fromSaved = true;
            return true;
        }
    }
    if (fromSaved)
        *fromSaved = false;
    return generate(dialogueId, templateName, release, error);
}

bool PressReleaseGenerator::generate(
    qint64 dialogueId, const QString &templateName, PressRelease *release, QString *error)
{
    const std::optional<Dialogue> d = m_archive.dialogue(dialogueId);
    if (!d) {
        *error = tr("dialogue %1 does not exist").arg(dialogueId);
        return false;
    }
    const QString name = templateName.isEmpty() ? defaultTemplate() : templateName;
    QString templateText;
    QVariantHash letterhead;
    if (!PressReleaseTemplates::loadWithLetterhead(name, &templateText, &letterhead, error))
        return false;
    release->dialogueId = d->id;
    release->templateName = name;
    if (!release->releaseDate.isValid())
        release->releaseDate = d->startDate;
    if (release->datelineCity.isEmpty())
        release->datelineCity = d->city;
    if (release->contactId == 0)
        release->contactId = d->contactId;
    if (release->aboutOrganizationId == 0)
        release->aboutOrganizationId = d->aboutOrganizationId;
    // The headline is regenerated with the body, so that both follow the record.
    PressRelease fresh = *release;
    fresh.headline.clear();
    QVariantHash c = context(*d, &fresh);
    c.insert(QStringLiteral("letterhead"), letterhead);
    QString html;
    if (!render(templateText, c, &html, error)) {
        *error = tr("template %1: %2").arg(name, *error);
        return false;
    }
    release->headline = c.value(QStringLiteral("headline")).toString();
    release->body = html;
    return true;
}

} // namespace rt
