#include "core/intake/ReleaseReader.h"

#include "core/intake/ChineseReleaseReader.h"
#include "core/intake/ReleaseText.h"
#include "core/records/Archive.h"
#include "core/records/Countries.h"
#include "core/records/PersonNames.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace rt {

namespace {

using RX = QRegularExpression;
constexpr auto CI = QRegularExpression::CaseInsensitiveOption;

const QString &monthPattern()
{
    static const QString months = QStringLiteral(
        "(January|February|March|April|May|June|July|August|September|October|November|December|"
        "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?");
    return months;
}

int monthNumber(const QString &name)
{
    static const QStringList months
        = { QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
              QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
              QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec") };
    return int(months.indexOf(name.left(3).toLower())) + 1;
}

struct FoundDate
{
    QDate start;
    QDate end;
    qsizetype position = -1;
    qsizetype length = 0;
};

// The first date or range of days written in `text` from `from` on: "23 November 2022",
// "November 23, 2022", "16-18 September 2019", "16 to 18 September 2019", "September 16–18,
// 2019", "30 September - 2 October 2019", "2019-09-16".
FoundDate findDate(const QString &text, qsizetype from = 0)
{
    const QString m = monthPattern();
    const QString dash = QStringLiteral("\\s*(?:-|–|—|to|and|until|through)\\s*");
    static const QList<RX> patterns = {
        RX(QStringLiteral("\\b(\\d{1,2})\\s+%1%2(\\d{1,2})\\s+%1,?\\s+(\\d{4})\\b").arg(m, dash),
            CI), // d M - d M Y
        RX(QStringLiteral("\\b%1\\s+(\\d{1,2})%2%1\\s+(\\d{1,2}),?\\s+(\\d{4})\\b").arg(m, dash),
            CI), // M d - M d, Y
        RX(QStringLiteral(
               "\\b(\\d{1,2})(?:st|nd|rd|th)?%2(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?%1,?\\s+(\\d{4})\\b")
                .arg(m, dash),
            CI),
        RX(QStringLiteral("\\b%1\\s+(\\d{1,2})(?:st|nd|rd|th)?%2(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b")
                .arg(m, dash),
            CI),
        RX(QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?%1,?\\s+(\\d{4})\\b").arg(m), CI),
        RX(QStringLiteral("\\b%1\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b").arg(m), CI),
        RX(QStringLiteral("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b")),
    };
    FoundDate best;
    for (int k = 0; k < patterns.size(); ++k) {
        const QRegularExpressionMatch match = patterns.at(k).match(text, from);
        if (!match.hasMatch())
            continue;
        if (best.position >= 0
            && (match.capturedStart() > best.position
                || (match.capturedStart() == best.position && match.capturedLength() <= best.length)))
            continue;
        FoundDate found;
        found.position = match.capturedStart();
        found.length = match.capturedLength();
        auto num = [&](int i) { return match.captured(i).toInt(); };
        switch (k) {
        case 0:
            found.start = QDate(num(5), monthNumber(match.captured(2)), num(1));
            found.end = QDate(num(5), monthNumber(match.captured(4)), num(3));
            break;
        case 1:
            found.start = QDate(num(5), monthNumber(match.captured(1)), num(2));
            found.end = QDate(num(5), monthNumber(match.captured(3)), num(4));
            break;
        case 2:
            found.start = QDate(num(4), monthNumber(match.captured(3)), num(1));
            found.end = QDate(num(4), monthNumber(match.captured(3)), num(2));
            break;
        case 3:
            found.start = QDate(num(4), monthNumber(match.captured(1)), num(2));
            found.end = QDate(num(4), monthNumber(match.captured(1)), num(3));
            break;
        case 4:
            found.start = QDate(num(3), monthNumber(match.captured(2)), num(1));
            break;
        case 5:
            found.start = QDate(num(3), monthNumber(match.captured(1)), num(2));
            break;
        default:
            found.start = QDate(num(1), num(2), num(3));
            break;
        }
        if (!found.start.isValid())
            continue;
        if (found.end.isValid() && found.end <= found.start)
            found.end = QDate();
        best = found;
    }
    return best;
}

const QSet<QString> &titleWords()
{
    static const QSet<QString> words
        = { QStringLiteral("Director"), QStringLiteral("Director-General"), QStringLiteral("Deputy"),
              QStringLiteral("Minister"), QStringLiteral("Vice"), QStringLiteral("Officer"),
              QStringLiteral("President"), QStringLiteral("Head"), QStringLiteral("Chief"),
              QStringLiteral("Secretary"), QStringLiteral("Secretary-General"), QStringLiteral("Dean"),
              QStringLiteral("Chair"), QStringLiteral("Chairman"), QStringLiteral("Chairperson"),
              QStringLiteral("Coordinator"), QStringLiteral("Manager"), QStringLiteral("Advisor"),
              QStringLiteral("Adviser"), QStringLiteral("Representative"), QStringLiteral("Ambassador"),
              QStringLiteral("Expert"), QStringLiteral("Specialist"), QStringLiteral("Researcher"),
              QStringLiteral("Counsellor"), QStringLiteral("Counselor"), QStringLiteral("Governor"),
              QStringLiteral("Mayor"), QStringLiteral("Executive"), QStringLiteral("Professor"),
              QStringLiteral("Senior"), QStringLiteral("Programme"), QStringLiteral("Program"),
              QStringLiteral("Assistant"), QStringLiteral("Associate"), QStringLiteral("Lead"),
              QStringLiteral("Founder"), QStringLiteral("CEO"), QStringLiteral("Commissioner"),
              QStringLiteral("Permanent"), QStringLiteral("Analyst"), QStringLiteral("Fellow"),
              QStringLiteral("Consultant"), QStringLiteral("Division"), QStringLiteral("Department"),
              QStringLiteral("Ministry"), QStringLiteral("Office"), QStringLiteral("Center"),
              QStringLiteral("Centre"), QStringLiteral("Institute"), QStringLiteral("University"),
              QStringLiteral("Commission"), QStringLiteral("Programme"), QStringLiteral("Secretariat"),
              QStringLiteral("Bank"), QStringLiteral("Fund"), QStringLiteral("Partnership"),
              QStringLiteral("Agency"), QStringLiteral("The"), QStringLiteral("In"), QStringLiteral("On"),
              QStringLiteral("At"), QStringLiteral("During"), QStringLiteral("Representatives"),
              QStringLiteral("Participants"), QStringLiteral("Speakers"), QStringLiteral("Experts") };
    return words;
}

// Honorifics as releases write them, longest first.
const QString &honorificPattern()
{
    static const QString pattern
        = QStringLiteral("(?:(?:H\\.\\s?E\\.|Hon\\.|His Excellency|Her Excellency)\\s+)?"
                         "(?:Assoc\\.\\s*Prof\\.(?:\\s*Dr\\.)?|Associate "
                         "Professor|Prof\\.\\s*Dr\\.|Prof\\.|Professor|Dr\\.|Mr\\.|Ms\\.|"
                         "Mrs\\.|Madam|Mme\\.?|Ambassador|Dato'?|Datuk|Dr|Mr|Ms|Mrs)"
                         "|(?:H\\.\\s?E\\.|His Excellency|Her Excellency)");
    return pattern;
}

const QString &nameWord()
{
    static const QString word = QStringLiteral("[\\p{Lu}][\\p{L}\\p{M}'’\\-]*");
    return word;
}

QString foldName(const QString &text)
{
    return PersonNames::fold(text);
}

QString foldOrganization(QString text)
{
    text = text.trimmed();
    if (text.startsWith(QLatin1String("the "), Qt::CaseInsensitive))
        text = text.mid(4);
    text.replace(QLatin1Char('&'), QLatin1String(" and "));
    static const RX spaces(QStringLiteral("[\\s,.]+"));
    return text.toLower().replace(spaces, QStringLiteral(" ")).trimmed();
}

// A folded name with the short names of the archive's organisations written out and a
// possessive dropped: "UNEP's Regional Office for Asia and the Pacific", "UNEP Regional
// Office for Asia and the Pacific" and "United Nations Environment Programme Regional Office
// for Asia and the Pacific" are one name. `acronyms`: folded short name -> folded name.
QString expandedOrganization(const QString &name, const QHash<QString, QString> &acronyms)
{
    QString folded = foldOrganization(name);
    static const RX possessive(QStringLiteral("(?<=\\S)['’]s\\b"));
    folded.remove(possessive);
    QStringList words = folded.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &w : words)
        w = acronyms.value(w, w);
    return QStringLiteral("=") + words.join(QLatin1Char(' '));
}

bool isAcronym(const QString &text)
{
    static const RX acronym(
        QStringLiteral("^[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9\\-&]*(?:\\s[A-Z][A-Z0-9\\-&]+)?$"));
    return acronym.match(text.trimmed()).hasMatch();
}

QString titleCase(const QString &upper)
{
    QStringList words = upper.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString &w : words) {
        if (!w.isEmpty())
            w[0] = w.at(0).toUpper();
        for (int i = 1; i < w.size(); ++i)
            if (w.at(i - 1) == u'-')
                w[i] = w.at(i).toUpper();
    }
    return words.join(QLatin1Char(' '));
}

// Cities of the region and others a centre meets in, with their country.
QString countryOfCity(const QString &city)
{
    static const QHash<QString, QString> cities = [] {
        QHash<QString, QString> h;
        const char *const table[][2] = { { "beijing", "CN" }, { "kunming", "CN" }, { "nanning", "CN" },
            { "shanghai", "CN" }, { "guangzhou", "CN" }, { "shenzhen", "CN" }, { "xiamen", "CN" },
            { "jinghong", "CN" }, { "xishuangbanna", "CN" }, { "chengdu", "CN" }, { "hangzhou", "CN" },
            { "bangkok", "TH" }, { "chiang mai", "TH" }, { "chiang rai", "TH" }, { "khon kaen", "TH" },
            { "vientiane", "LA" }, { "luang prabang", "LA" }, { "pakse", "LA" }, { "savannakhet", "LA" },
            { "phnom penh", "KH" }, { "siem reap", "KH" }, { "battambang", "KH" }, { "yangon", "MM" },
            { "nay pyi taw", "MM" }, { "naypyitaw", "MM" }, { "naypyidaw", "MM" }, { "mandalay", "MM" },
            { "hanoi", "VN" }, { "ha noi", "VN" }, { "hà nội", "VN" }, { "ho chi minh city", "VN" },
            { "thành phố hồ chí minh", "VN" }, { "can tho", "VN" }, { "cần thơ", "VN" }, { "da nang", "VN" },
            { "hue", "VN" }, { "geneva", "CH" }, { "nairobi", "KE" }, { "new york", "US" },
            { "singapore", "SG" }, { "jakarta", "ID" }, { "manila", "PH" }, { "kuala lumpur", "MY" },
            { "tokyo", "JP" }, { "seoul", "KR" }, { "montreal", "CA" }, { "kunming-montreal", "CA" },
            { "sharm el-sheikh", "EG" }, { "dubai", "AE" }, { "paris", "FR" }, { "bonn", "DE" },
            { "glasgow", "GB" }, { "london", "GB" } };
        for (const auto &row : table)
            h.insert(QString::fromUtf8(row[0]), QString::fromLatin1(row[1]));
        return h;
    }();
    return cities.value(city.trimmed().toLower());
}

QString countryCode(const QString &name)
{
    static const QHash<QString, QString> aliases = { { QStringLiteral("lao pdr"), QStringLiteral("LA") },
        { QStringLiteral("laos"), QStringLiteral("LA") },
        { QStringLiteral("viet nam"), QStringLiteral("VN") },
        { QStringLiteral("p.r. china"), QStringLiteral("CN") },
        { QStringLiteral("pr china"), QStringLiteral("CN") },
        { QStringLiteral("burma"), QStringLiteral("MM") } };
    const QString lower = name.trimmed().toLower();
    if (aliases.contains(lower))
        return aliases.value(lower);
    const QString code = Countries::codeFor(name.trimmed());
    return code.size() == 2 && name.trimmed().size() > 2 ? code : QString();
}

struct Paragraph
{
    qsizetype start = 0;
    QString text;
};

struct Sentence
{
    qsizetype start = 0; // in the whole text
    QString text;
};

// A paragraph's sentences, not cut after "Dr.", "H.E.", "P.R." and the like.
QList<Sentence> sentencesOf(const Paragraph &p)
{
    static const RX end(QStringLiteral("[.!?][\"”’)]?\\s+(?=[\\p{Lu}\"“(0-9])"));
    static const QSet<QString> abbreviations
        = { QStringLiteral("Dr"), QStringLiteral("Mr"), QStringLiteral("Ms"), QStringLiteral("Mrs"),
              QStringLiteral("Prof"), QStringLiteral("E"), QStringLiteral("H.E"), QStringLiteral("St"),
              QStringLiteral("No"), QStringLiteral("Co"), QStringLiteral("Ltd"), QStringLiteral("Inc"),
              QStringLiteral("Jr"), QStringLiteral("Assoc"), QStringLiteral("Hon"), QStringLiteral("Mme"),
              QStringLiteral("Vol"), QStringLiteral("R"), QStringLiteral("P.R"), QStringLiteral("U.S"),
              QStringLiteral("U.N"), QStringLiteral("e.g"), QStringLiteral("i.e"), QStringLiteral("Nos") };
    QList<Sentence> out;
    qsizetype begin = 0;
    QRegularExpressionMatchIterator it = end.globalMatch(p.text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (p.text.at(m.capturedStart()) == u'.') {
            static const RX word(QStringLiteral("([\\p{L}.]+)$"));
            const QString before = p.text.left(m.capturedStart());
            const QString w = word.match(before).captured(1);
            if (abbreviations.contains(w) || (w.size() == 1 && w.at(0).isUpper()))
                continue;
        }
        const qsizetype stop = m.capturedStart() + 1;
        const qsizetype closing = m.capturedLength() > 1 && !p.text.at(stop).isSpace() ? 1 : 0;
        out.append({ p.start + begin, p.text.mid(begin, stop + closing - begin).trimmed() });
        begin = m.capturedEnd();
    }
    if (begin < p.text.size())
        out.append({ p.start + begin, p.text.mid(begin).trimmed() });
    return out;
}

const QString &verbPattern()
{
    static const QString verbs = QStringLiteral(
        "(pointed out|called for|called on|spoke about|spoke of|briefed participants on|presided at|presided "
        "over|"
        "stated|said|says|emphasized|emphasised|stressed|noted|highlighted|expressed|added|remarked|"
        "underlined|"
        "underscored|announced|explained|observed|mentioned|indicated|affirmed|reaffirmed|agreed|introduced|"
        "suggested|urged|shared|presented|welcomed|acknowledged|recalled|reiterated|outlined|thanked|"
        "encouraged|proposed|congratulated|reported|commended|praised|described|argued|warned|believed|"
        "recognized|recognised|elaborated on|elaborated|chaired|moderated|delivered)");
    return verbs;
}

QString roleFromWords(const QString &words)
{
    const QString w = words.toLower();
    if (w.contains(QLatin1String("opening")))
        return QStringLiteral("opening_remarks");
    if (w.contains(QLatin1String("welcom")))
        return QStringLiteral("welcome");
    if (w.contains(QLatin1String("keynote")))
        return QStringLiteral("keynote");
    if (w.contains(QLatin1String("closing")) || w.contains(QLatin1String("concluding")))
        return QStringLiteral("closing");
    if (w.contains(QLatin1String("presentation")))
        return QStringLiteral("presentation");
    if (w.contains(QLatin1String("moderat")) || w.contains(QLatin1String("facilitat")))
        return QStringLiteral("moderator");
    if (w.contains(QLatin1String("chair")) || w.contains(QLatin1String("presid")))
        return QStringLiteral("presiding");
    if (w.contains(QLatin1String("panel")))
        return QStringLiteral("panelist");
    return QStringLiteral("speech");
}

QString capitalizedFirst(const QString &text)
{
    if (text.isEmpty() || !text.at(0).isLower())
        return text;
    return text.at(0).toUpper() + text.mid(1);
}

QString withoutFinalStop(QString text)
{
    text = text.trimmed();
    while (
        text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char(',')) || text.endsWith(QLatin1Char(';')))
        text.chop(1);
    return text.trimmed();
}

// The parse of one release; one instance per read.
class Parse
{
public:
    Parse(const QString &text, const QList<Person> &people, const QList<Organization> &organizations,
        const QList<Contact> &contacts, const QHash<QString, QList<int>> &peopleByName,
        const QHash<QString, int> &organizationsByName, const QHash<QString, QString> &acronyms)
        : m_people(people)
        , m_organizations(organizations)
        , m_contacts(contacts)
        , m_peopleByName(peopleByName)
        , m_organizationsByName(organizationsByName)
        , m_acronyms(acronyms)
    {
        r.text = text;
        qsizetype pos = 0;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                m_paragraphs.append({ pos, line });
            pos += line.size() + 1;
        }
        m_knownFamilyNames = PersonNames::familyNamesOf(people);
    }

    ProposedRelease run();

private:
    struct Office
    {
        QString title;
        int organization = -1;
    };
    struct PersonHit
    {
        int person = -1;
        qsizetype length = 0;
    };

    void findAbbreviations();
    void findBlocks();
    void readHeadlineAndLead();
    void readHeldSentence(const Sentence &s);
    void readTitle();
    void readRoles();
    void readPeopleAndSpeeches();
    void readTopics();
    void readOutcome();
    void readContact();
    void readAbout();

    int organizationFor(const QString &mention, qsizetype at, bool knownOnly = false);
    QList<std::pair<QString, qsizetype>> splitOrganizations(const QString &list) const;
    bool knownOrganization(const QString &mention) const;
    Office officeOf(const QString &text, qsizetype at);
    PersonHit personAt(const QString &text, qsizetype pos, qsizetype absolute, bool allowBare);
    int personFor(const QString &honorific, const QString &name, qsizetype at, qsizetype length);
    QList<std::pair<int, Office>> readPersonList(const QString &list, qsizetype at);
    void addSpeech(int person, const Office &office, const QString &role, const QString &verb,
        const QString &summary, qsizetype at, qsizetype length, double confidence);
    TextSpan span(qsizetype start, qsizetype length) const { return TextSpan { start, length }; }
    TextSpan spanOf(const QString &value, qsizetype from, qsizetype to) const
    {
        if (value.isEmpty())
            return {};
        const qsizetype i = r.text.indexOf(value, from);
        return i >= 0 && (to < 0 || i < to) ? TextSpan { i, value.size() } : TextSpan {};
    }
    bool consumed(int paragraph) const { return m_consumed.contains(paragraph); }

    ProposedRelease r;
    const QList<Person> &m_people;
    const QList<Organization> &m_organizations;
    const QList<Contact> &m_contacts;
    const QHash<QString, QList<int>> &m_peopleByName;
    const QHash<QString, int> &m_organizationsByName;
    const QHash<QString, QString> &m_acronyms;
    QSet<QString> m_knownFamilyNames;
    QList<Paragraph> m_paragraphs;
    QHash<QString, QString> m_abbreviations; // "LMEC" -> "Lancang-Mekong Environmental Cooperation Center"
    int m_headline = -1;
    int m_lead = -1;
    int m_bodyEnd = 0; // paragraphs [m_lead, m_bodyEnd) are the body
    int m_contactStart = -1;
    int m_aboutStart = -1;
    qsizetype m_leadOffset = 0; // after the dateline
    QDate m_datelineDate;
    QString m_datelineCity;
    TextSpan m_datelineCitySpan;
    QString m_eventName;
    TextSpan m_eventNameSpan;
    QString m_shortTitle;
    bool m_heldFound = false;
    int m_topicsParagraph = -1;
    QSet<int> m_consumed;
    QHash<int, QStringList> m_mentionForms; // person index -> how the text may name them
    QList<std::pair<int, std::pair<Office, qsizetype>>> m_pendingSpeakers; // listed, no remarks yet
    QString m_shortNoun;
};

void Parse::findAbbreviations()
{
    static const RX defined(
        QStringLiteral("((?:the\\s+)?[\\p{Lu}][^()]{3,160}?)\\s*\\(([A-Z][A-Za-z0-9&.\\- ]{1,20})\\)"));
    QRegularExpressionMatchIterator it = defined.globalMatch(r.text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString abbreviation = m.captured(2).trimmed();
        if (!isAcronym(abbreviation) || m_abbreviations.contains(abbreviation))
            continue;
        // The name is the capitalised run before the bracket: "... of the Ministry of
        // Ecology and Environment of China (MEE)" -> "Ministry of Ecology and Environment of China".
        QString name = m.captured(1);
        static const RX start(QStringLiteral("(?:^|,\\s+|\\bby\\s+|\\bthe\\s+|\\bof\\s+the\\s+|\\band\\s+|"
                                             "\\bat\\s+|/\\s+|\\bfrom\\s+|\\bwith\\s+)(?=[\\p{Lu}])"));
        qsizetype cut = 0;
        QRegularExpressionMatchIterator s = start.globalMatch(name);
        // The last start of a capitalised run that reaches the bracket with only capitalised
        // words and small joining words.
        static const RX run(QStringLiteral("^(?:[\\p{Lu}0-9][\\p{L}\\p{M}0-9'’\\-./"
                                           "]*|of|and|for|the|in|on|de|du|to|,)(?:\\s+(?:[\\p{Lu}0-9][\\p{L}"
                                           "\\p{M}0-9'’\\-./]*|of|and|for|the|in|on|de|du|to|,))*,?$"));
        while (s.hasNext()) {
            const QRegularExpressionMatch b = s.next();
            if (run.match(name.mid(b.capturedEnd()).trimmed()).hasMatch()) {
                cut = b.capturedEnd();
                break;
            }
        }
        name = name.mid(cut).trimmed();
        if (name.startsWith(QLatin1String("the "), Qt::CaseInsensitive))
            name = name.mid(4);
        // "UNEP ROAP and the Lancang-Mekong Environmental Cooperation Center (LMEC)": the run
        // holds another organisation before "and" (one the archive knows, or whatever it is
        // when what follows is the archive's name for the short name); the bracket names what
        // follows it.
        static const RX joiner(QStringLiteral("\\s+and\\s+(?:the\\s+)?(?=\\p{Lu})"));
        const int archiveIndex = m_organizationsByName.value(abbreviation, -1);
        const QString archiveName
            = archiveIndex >= 0 ? foldOrganization(m_organizations.at(archiveIndex).name) : QString();
        QRegularExpressionMatchIterator j = joiner.globalMatch(name);
        while (j.hasNext()) {
            const QRegularExpressionMatch m2 = j.next();
            const QString before = name.left(m2.capturedStart()).trimmed();
            if (isAcronym(before) || m_organizationsByName.contains(foldOrganization(before))
                || m_organizationsByName.contains(expandedOrganization(before, m_acronyms))
                || (!archiveName.isEmpty() && foldOrganization(name.mid(m2.capturedEnd())) == archiveName)) {
                name = name.mid(m2.capturedEnd());
                break;
            }
        }
        if (name.size() > 3)
            m_abbreviations.insert(abbreviation, name);
    }
}

void Parse::findBlocks()
{
    static const RX label(QStringLiteral("^(?:press release|news release|media release|for immediate "
                                         "release|news|###|#+|-+\\s*ends?\\s*-+|ends|end|\\*+|"
                                         "press release no\\.?\\s*\\S+)$"),
        CI);
    static const RX contact(
        QStringLiteral("^(contact(?:s| us| u)?|media contacts?|press contacts?|for (?:more|further) "
                       "information(?:,? please contact)?|"
                       "media enquiries|media inquiries|for media inquiries)\\b\\s*(?:[:：]|$)"),
        CI);
    static const RX about(QStringLiteral("^about\\s+(?:the\\s+)?\\S"), CI);
    static const RX endMark(QStringLiteral("^(?:###|-+\\s*ends?\\s*-+|ends)$"), CI);
    m_bodyEnd = int(m_paragraphs.size());
    for (int i = 0; i < m_paragraphs.size(); ++i) {
        const QString &t = m_paragraphs.at(i).text;
        if (label.match(t).hasMatch() && !endMark.match(t).hasMatch()) {
            m_consumed.insert(i);
            continue;
        }
        if (m_headline < 0) {
            m_headline = i;
            continue;
        }
        if (m_contactStart < 0 && contact.match(t).hasMatch() && t.size() < 400) {
            m_contactStart = i;
            m_bodyEnd = std::min(m_bodyEnd, i);
        }
        if (m_aboutStart < 0 && about.match(t).hasMatch() && i > m_headline + 1
            && (t.contains(QLatin1Char(':')) || t.size() < 80)) {
            m_aboutStart = i;
            m_bodyEnd = std::min(m_bodyEnd, i);
        }
        if (endMark.match(t).hasMatch()) {
            m_consumed.insert(i);
            m_bodyEnd = std::min(m_bodyEnd, i);
        }
    }
}

void Parse::readHeadlineAndLead()
{
    if (m_headline < 0)
        return;
    // A dateline-led first paragraph is the lead itself, with no headline above it.
    static const RX dateline(
        QStringLiteral("^((?:[\\p{Lu}][\\p{Lu}\\p{M}'’.\\-]+)(?:[ ](?:[\\p{Lu}][\\p{Lu}\\p{M}'’.\\-]*))*)"
                       "(?:\\s*,\\s*([^–—\\n]{3,60}?))?(?:\\s*\\(([^)]{1,40})\\))?\\s*(?:–|—|-{1,2})\\s+"));
    const Paragraph &first = m_paragraphs.at(m_headline);
    const bool firstIsLead = dateline.match(first.text).hasMatch() && first.text.size() > 200;
    if (!firstIsLead) {
        r.headline = first.text;
        r.headlineSpan = span(first.start, first.text.size());
        m_consumed.insert(m_headline);
    }
    for (int i = firstIsLead ? m_headline : m_headline + 1; i < m_bodyEnd; ++i) {
        if (consumed(i))
            continue;
        m_lead = i;
        break;
    }
    if (m_lead < 0)
        return;
    const Paragraph &lead = m_paragraphs.at(m_lead);
    // "Kunming, China – On 12 October ...": a dateline in title case, set off by a dash.
    static const RX titleDateline(
        QStringLiteral("^((?:[\\p{Lu}][\\p{L}\\p{M}'’.\\-]+)(?:[ ](?:[\\p{Lu}][\\p{L}\\p{M}'’.\\-]+)){0,2})"
                       "(?:\\s*,\\s*([^–—\\n]{3,40}?))?(?:\\s*\\(([^)]{1,40})\\))?\\s*(?:–|—|--)\\s+"));
    QRegularExpressionMatch d = dateline.match(lead.text);
    if (!d.hasMatch())
        d = titleDateline.match(lead.text);
    if (d.hasMatch() && d.captured(1).size() >= 3) {
        m_datelineCity = titleCase(d.captured(1));
        m_datelineCitySpan = span(lead.start + d.capturedStart(1), d.capturedLength(1));
        const QString rest = d.captured(2) + QLatin1Char(' ') + d.captured(3);
        const FoundDate date = findDate(rest);
        if (date.start.isValid())
            m_datelineDate = date.start;
        else if (!d.captured(2).isEmpty() && countryCode(d.captured(2)).size() == 2)
            r.setValue(QStringLiteral("country"), countryCode(d.captured(2)),
                span(lead.start + d.capturedStart(2), d.capturedLength(2)), 0.8);
        m_leadOffset = d.capturedEnd();
    }
}

void Parse::readHeldSentence(const Sentence &s)
{
    static const RX held(QStringLiteral("\\b(?:(?:was|were|has been|had been|is being|will "
                                        "be)\\s+(?:successfully\\s+|officially\\s+|jointly\\s+|formally\\s+)?"
                                        "(?:held|convened|organi[sz]ed|hosted|conducted|launched|opened|"
                                        "organised)\\b|took place\\b|opened\\b|"
                                        "kicked off\\b|concluded\\b|closed\\b)"),
        CI);
    const QRegularExpressionMatch h = held.match(s.text);
    if (!h.hasMatch())
        return;
    // The event's name: "the NAME (the Dialogue) was held", "The NAME, jointly organized by
    // ..., was held", "... gathered for the NAME".
    QString head = s.text.left(h.capturedStart());
    qsizetype headStart = 0;
    static const RX intro(QStringLiteral("^(?:(?:On|From|Between|During|Today|Yesterday|This week|Last "
                                         "week|Earlier today)\\b(?:[^,]|,(?=\\s*\\d{4}\\b)){0,80},\\s*)"),
        CI);
    const QRegularExpressionMatch i = intro.match(head);
    if (i.hasMatch())
        headStart = i.capturedEnd();
    static const RX theName(QStringLiteral("^(?:[Tt]he\\s+)?(?=[\\p{Lu}0-9])"));
    const QRegularExpressionMatch n = theName.match(head.mid(headStart));
    if (!n.hasMatch())
        return;
    qsizetype nameStart = headStart + n.capturedEnd();
    QString name = head.mid(nameStart);
    static const RX shortTitle(QStringLiteral(
        "\\s*\\((?:hereinafter\\s+)?(?:referred to as\\s+)?(?:the\\s+)?[\"“]?([^()\"”]{2,40})[\"”]?\\)"));
    static const RX stop(QStringLiteral(",\\s+(?=[\\p{Ll}])|,\\s*$|\\s+$"));
    qsizetype nameEnd = name.size();
    const QRegularExpressionMatchIterator sts = shortTitle.globalMatch(name);
    QRegularExpressionMatchIterator st = sts;
    while (st.hasNext()) {
        const QRegularExpressionMatch m = st.next();
        if (!isAcronym(m.captured(1))) {
            nameEnd = m.capturedStart();
            m_shortTitle = m.captured(1);
            break;
        }
    }
    const QRegularExpressionMatch cut = stop.match(name.left(nameEnd));
    if (cut.hasMatch() && cut.capturedStart() < nameEnd)
        nameEnd = cut.capturedStart();
    name = name.left(nameEnd).trimmed();
    // A pronoun or a person is not an event.
    if (name.isEmpty() || name.size() < 6 || name.startsWith(QLatin1String("It ")))
        return;
    m_eventName = name;
    m_eventNameSpan = span(s.start + nameStart, name.size());
    m_heldFound = true;

    // After the verb: when, how, where.
    const QString rest = s.text.mid(h.capturedEnd());
    const qsizetype restStart = s.start + h.capturedEnd();
    static const RX occasion(QStringLiteral("\\b(?:as part of|on the occasion of|on the sidelines of|in the "
                                            "framework of|within the framework of|under the framework of)\\s+"
                                            "(.+?)(?=\\s+in "
                                            "online|\\s+online\\b|\\s+virtually\\b|\\s+at\\s+(?:the\\s+)?["
                                            "\\p{Lu}]|\\s+in\\s+[\\p{Lu}]|\\s+from\\s+\\d|\\s+on\\s+\\d|"
                                            "\\s+on\\s+[\\p{Lu}][a-z]+\\s+\\d|[,;]\\s|\\.$|$)"));
    const QRegularExpressionMatch o = occasion.match(rest);
    if (o.hasMatch())
        r.setValue(QStringLiteral("occasion"), o.captured(1),
            span(restStart + o.capturedStart(1), o.capturedLength(1)), 0.8);
    static const RX venue(QStringLiteral("\\bat\\s+(?:the\\s+)?([\\p{Lu}][^,;()]*?)(?=\\s+in\\s+[\\p{Lu}]|"
                                         "\\s+(?:from|on|between|under)\\s|[,;]|\\.$|$)"));
    const QRegularExpressionMatch v = venue.match(rest);
    if (v.hasMatch() && findDate(v.captured(1)).position < 0)
        r.setValue(QStringLiteral("venue"), v.captured(1),
            span(restStart + v.capturedStart(1), v.capturedLength(1)), 0.7);
    static const RX city(QStringLiteral(
        "\\bin\\s+([\\p{Lu}][\\p{L}\\p{M}'’.\\-]*(?:\\s+(?:[\\p{Lu}][\\p{L}\\p{M}'’.\\-]*|phố))*)"
        "(?:,\\s*([\\p{Lu}][\\p{L}\\p{M}.]*(?:\\s+[\\p{Lu}][\\p{L}\\p{M}.]*)*))?(?=\\s|[.,;]|$)"));
    QRegularExpressionMatchIterator c = city.globalMatch(rest);
    while (c.hasNext()) {
        const QRegularExpressionMatch m = c.next();
        const QString place = m.captured(1);
        if (monthNumber(place) > 0 && place.size() <= 9)
            continue; // "in September"
        if (r.value(QStringLiteral("venue")).contains(place) && !r.value(QStringLiteral("venue")).isEmpty()
            && m.capturedStart() < v.capturedEnd())
            continue;
        const QString cityName = withoutFinalStop(place);
        r.setValue(
            QStringLiteral("city"), cityName, span(restStart + m.capturedStart(1), cityName.size()), 0.85);
        QString code = m.captured(2).isEmpty() ? QString() : countryCode(m.captured(2));
        if (!code.isEmpty())
            r.setValue(QStringLiteral("country"), code,
                span(restStart + m.capturedStart(2), m.capturedLength(2)), 0.85);
        break;
    }
    const FoundDate date = findDate(s.text);
    if (date.start.isValid()) {
        r.setValue(QStringLiteral("start_date"), date.start.toString(Qt::ISODate),
            span(s.start + date.position, date.length), 0.9);
        if (date.end.isValid())
            r.setValue(QStringLiteral("end_date"), date.end.toString(Qt::ISODate),
                span(s.start + date.position, date.length), 0.9);
    }
}

void Parse::readTitle()
{
    // The headline without what it says happened: "SERIES--TITLE was Held in Beijing".
    QString headline = r.headline;
    static const RX happened(
        QStringLiteral(
            "\\s+(?:was|were|is|are|has "
            "been)\\s+(?:successfully\\s+)?(?:held|convened|opened|launched|concluded|organi[sz]ed)\\b.*$"
            "|\\s+(?:opens|concludes|closes|kicks off|takes place|took place)\\b.*$"),
        CI);
    headline.remove(happened);
    headline = headline.trimmed();
    QString headSeries, headTitle = headline;
    const qsizetype dashes = headline.indexOf(QLatin1String("--"));
    if (dashes > 0) {
        headSeries = headline.left(dashes).trimmed();
        headTitle = headline.mid(dashes + 2).trimmed();
    }
    static const RX abbreviation(QStringLiteral("\\s*\\([A-Z][A-Z0-9&.\\- ]*\\)"));
    auto plain = [](QString s) { return foldOrganization(s.remove(abbreviation)); };

    QString title, series, kind;
    TextSpan titleSpan, seriesSpan, kindSpan;
    double confidence = 0.9;
    if (!m_eventName.isEmpty()) {
        QString name = m_eventName;
        qsizetype nameStart = m_eventNameSpan.start;
        const qsizetype d = name.indexOf(QLatin1String("--"));
        if (d > 0) {
            QString left = name.left(d).trimmed();
            title = name.mid(d + 2).trimmed();
            titleSpan = span(nameStart + d + 2, title.size());
            // "KIND of SERIES": the series as the headline writes it, else after the first "of".
            qsizetype seriesAt = -1;
            if (!headSeries.isEmpty() && left.endsWith(headSeries))
                seriesAt = left.size() - headSeries.size();
            else {
                const qsizetype of = left.indexOf(QLatin1String(" of "));
                if (of > 0)
                    seriesAt = of + 4;
            }
            if (seriesAt > 0) {
                series = left.mid(seriesAt).trimmed();
                kind = left.left(seriesAt).trimmed();
                if (kind.endsWith(QLatin1String(" of")))
                    kind.chop(3);
                kindSpan = span(nameStart, kind.size());
            } else {
                series = left;
            }
            seriesSpan = spanOf(series, nameStart, nameStart + d + 1);
        } else {
            title = name;
            titleSpan = m_eventNameSpan;
            // "the KIND TITLE": the headline's title at the end of the name.
            const QString folded = plain(name);
            const QString headFolded = plain(headTitle);
            static const RX kindWord(
                QStringLiteral("\\b(?:Dialogue|Roundtable|Round "
                               "Table|Forum|Workshop|Seminar|Webinar|Conference|Symposium|Meeting|"
                               "Training|Consultation|Summit|Session|Event)\\b"),
                CI);
            const QString prefix = folded.left(folded.size() - headFolded.size());
            if (!headFolded.isEmpty() && folded.endsWith(headFolded) && folded != headFolded
                && kindWord.match(prefix).hasMatch()) {
                const qsizetype words = headTitle.count(QLatin1Char(' ')) + 1;
                QStringList parts = name.split(QLatin1Char(' '));
                // Take as many words from the end as the headline's title has, counting its
                // abbreviations back in.
                const qsizetype nameWords = parts.size();
                const qsizetype abbreviations = name.count(abbreviation) - headTitle.count(abbreviation);
                const qsizetype keep
                    = std::min<qsizetype>(nameWords, words + std::max<qsizetype>(0, abbreviations));
                kind = QStringList(parts.mid(0, nameWords - keep)).join(QLatin1Char(' '));
                title = QStringList(parts.mid(nameWords - keep)).join(QLatin1Char(' '));
                kindSpan = span(nameStart, kind.size());
                titleSpan = span(nameStart + kind.size() + 1, title.size());
            }
            if (!headSeries.isEmpty()) {
                series = headSeries;
                seriesSpan
                    = r.headlineSpan.isValid() ? span(r.headlineSpan.start, headSeries.size()) : TextSpan {};
            }
        }
    } else if (!headTitle.isEmpty() && r.headline.size() < 250) {
        title = headTitle;
        series = headSeries;
        titleSpan = spanOf(title, r.headlineSpan.start, -1);
        seriesSpan = spanOf(series, r.headlineSpan.start, -1);
        confidence = 0.5;
    }
    // A kind the title names: "Regional Workshop on ..." -> "Workshop".
    if (kind.isEmpty() && !title.isEmpty()) {
        static const QStringList kinds = { QStringLiteral("Senior-level Roundtable Dialogue"),
            QStringLiteral("High-level Roundtable Dialogue"), QStringLiteral("Roundtable Dialogue"),
            QStringLiteral("Policy Dialogue"), QStringLiteral("High-level Dialogue"),
            QStringLiteral("Webinar"), QStringLiteral("Workshop"), QStringLiteral("Forum"),
            QStringLiteral("Seminar"), QStringLiteral("Conference"), QStringLiteral("Symposium"),
            QStringLiteral("Roundtable"), QStringLiteral("Round Table"), QStringLiteral("Dialogue"),
            QStringLiteral("Training"), QStringLiteral("Consultation"), QStringLiteral("Summit"),
            QStringLiteral("Meeting"), QStringLiteral("Exhibition"), QStringLiteral("Expo") };
        for (const QString &k : kinds) {
            static const RX boundary(QStringLiteral("\\b%1\\b"));
            const QRegularExpression word(QStringLiteral("\\b%1\\b").arg(RX::escape(k)), CI);
            const QRegularExpressionMatch m = word.match(title);
            if (m.hasMatch()) {
                kind = m.captured(0);
                kindSpan = titleSpan.isValid() ? span(titleSpan.start + m.capturedStart(), m.capturedLength())
                                               : TextSpan {};
                break;
            }
        }
    }
    if (!title.isEmpty())
        r.setValue(QStringLiteral("title"), title, titleSpan, confidence);
    if (!series.isEmpty())
        r.setValue(QStringLiteral("series"), series, seriesSpan, 0.8);
    if (!kind.isEmpty())
        r.setValue(QStringLiteral("kind"), kind, kindSpan, 0.7);
    m_shortNoun = !m_shortTitle.isEmpty() ? m_shortTitle : kind.section(QLatin1Char(' '), -1);
}

bool Parse::knownOrganization(const QString &mention) const
{
    QString m = mention.trimmed();
    if (m.startsWith(QLatin1String("the "), Qt::CaseInsensitive))
        m = m.mid(4);
    static const RX withShort(QStringLiteral("^([^()]*?)\\s*\\(([^()]*)\\)$"));
    // "Name (ABBR)" is known when the text or the archive gives that name to ABBR, not for
    // having a bracket: "Division of the Mekong River Commission (MRC)" is not.
    const QRegularExpressionMatch s = withShort.match(m);
    if (s.hasMatch() && isAcronym(s.captured(2))) {
        const QString name = foldOrganization(s.captured(1));
        const QString abbreviation = s.captured(2).trimmed();
        if (foldOrganization(m_abbreviations.value(abbreviation)) == name)
            return true;
        const int index = m_organizationsByName.value(abbreviation, -1);
        if (index >= 0 && foldOrganization(m_organizations.at(index).name) == name)
            return true;
        for (const ProposedOrganization &o : r.organizations)
            if (o.organization.shortName == abbreviation && foldOrganization(o.organization.name) == name)
                return true;
        return false;
    }
    if (m_abbreviations.contains(m))
        return true;
    if (m_organizationsByName.contains(foldOrganization(m)) || m_organizationsByName.contains(m)
        || m_organizationsByName.contains(expandedOrganization(m, m_acronyms)))
        return true;
    for (const ProposedOrganization &o : r.organizations)
        if (foldOrganization(o.organization.name) == foldOrganization(m) || o.organization.shortName == m)
            return true;
    for (auto it = m_abbreviations.cbegin(); it != m_abbreviations.cend(); ++it)
        if (foldOrganization(it.value()) == foldOrganization(m))
            return true;
    return false;
}

// A list of organisations as releases write them: "A, B and C", "A / B", with names that
// hold "and" or commas themselves ("Ministry of Ecology and Environment").
QList<std::pair<QString, qsizetype>> Parse::splitOrganizations(const QString &list) const
{
    static const RX separator(
        QStringLiteral("\\s*(?:,\\s*and\\s+|,\\s*as well as\\s+|,\\s*|\\s+and\\s+|\\s+as well "
                       "as\\s+|\\s+/\\s+|\\s*;\\s*|\\s+with\\s+)"));
    struct Piece
    {
        QString text;
        qsizetype at;
        QString separatorBefore;
    };
    QList<Piece> pieces;
    qsizetype last = 0;
    QString sep;
    QRegularExpressionMatchIterator it = separator.globalMatch(list);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        // Not inside brackets.
        const QString before = list.left(m.capturedStart());
        if (before.count(QLatin1Char('(')) > before.count(QLatin1Char(')')))
            continue;
        pieces.append({ list.mid(last, m.capturedStart() - last), last, sep });
        sep = m.captured(0).trimmed();
        last = m.capturedEnd();
    }
    pieces.append({ list.mid(last), last, sep });
    // Put back together what was one name.
    QList<Piece> merged;
    for (const Piece &p : std::as_const(pieces)) {
        if (p.text.trimmed().isEmpty())
            continue;
        if (!merged.isEmpty()) {
            Piece &prev = merged.last();
            const QString joined = list.mid(prev.at, p.at + p.text.size() - prev.at);
            const bool prevClosed = prev.text.trimmed().endsWith(QLatin1Char(')')) || isAcronym(prev.text)
                || knownOrganization(prev.text);
            const bool countryTail = (p.separatorBefore == QLatin1String(","))
                && !countryCode(p.text).isEmpty() && !p.text.contains(QLatin1Char('('));
            const bool andInside = p.separatorBefore == QLatin1String("and") && !prevClosed
                && !p.text.trimmed().startsWith(QLatin1String("the "));
            const bool theInside = p.separatorBefore == QLatin1String("and") && !prevClosed
                && p.text.trimmed().startsWith(QLatin1String("the ")) && p.text.trimmed().size() < 40
                && !p.text.contains(QLatin1Char('(')) && !knownOrganization(p.text);
            if (knownOrganization(joined) || countryTail || andInside || theInside) {
                prev.text = joined;
                continue;
            }
        }
        merged.append(p);
    }
    QList<std::pair<QString, qsizetype>> out;
    for (const Piece &p : std::as_const(merged)) {
        QString text = p.text;
        qsizetype at = p.at;
        while (!text.isEmpty() && text.at(0).isSpace()) {
            text.remove(0, 1);
            ++at;
        }
        text = withoutFinalStop(text);
        if (!text.isEmpty())
            out.append({ text, at });
    }
    return out;
}

int Parse::organizationFor(const QString &mentionIn, qsizetype at, bool knownOnly)
{
    QString mention = withoutFinalStop(mentionIn);
    qsizetype offset = 0;
    if (mention.startsWith(QLatin1String("the "), Qt::CaseInsensitive)) {
        mention = mention.mid(4);
        offset = 4;
    }
    if (mention.isEmpty() || !(mention.at(0).isUpper() || mention.at(0).isDigit()))
        return -1;
    QString name = mention, shortName;
    static const RX withShort(QStringLiteral("^([^()]*?)\\s*\\(([^()]*)\\)$"));
    const QRegularExpressionMatch s = withShort.match(mention);
    if (s.hasMatch() && isAcronym(s.captured(2))) {
        name = s.captured(1).trimmed();
        shortName = s.captured(2).trimmed();
    } else if (isAcronym(mention)) {
        shortName = mention;
        name = m_abbreviations.value(mention);
    }
    const TextSpan where = span(at + offset, mention.size());
    // Named before in this release?
    for (int i = 0; i < r.organizations.size(); ++i) {
        const Organization &o = r.organizations.at(i).organization;
        if ((!name.isEmpty() && foldOrganization(o.name) == foldOrganization(name))
            || (!shortName.isEmpty() && o.shortName == shortName)
            || (shortName.isEmpty() && o.shortName == name))
            return i;
    }
    // In the archive?
    int found = -1;
    QString how;
    if (!shortName.isEmpty() && m_organizationsByName.contains(shortName)) {
        found = m_organizationsByName.value(shortName);
        how = QStringLiteral("short name");
    } else if (!name.isEmpty() && m_organizationsByName.contains(foldOrganization(name))) {
        found = m_organizationsByName.value(foldOrganization(name));
        how = QStringLiteral("name");
    } else if (m_organizationsByName.contains(name)) {
        found = m_organizationsByName.value(name);
        how = QStringLiteral("short name");
    } else if (!name.isEmpty() && m_organizationsByName.contains(expandedOrganization(name, m_acronyms))) {
        // Its name with a short name written out, or the other way round.
        found = m_organizationsByName.value(expandedOrganization(name, m_acronyms));
        how = QStringLiteral("name");
    }
    if (found >= 0) {
        ProposedOrganization p;
        p.organization = m_organizations.at(found);
        p.matchedId = p.organization.id;
        p.matchedBy = how;
        p.span = where;
        p.confidence = 0.9;
        r.organizations.append(p);
        return int(r.organizations.size() - 1);
    }
    if (knownOnly && shortName.isEmpty() && !m_abbreviations.contains(mention))
        return -1;
    if (name.isEmpty())
        name = shortName;
    // Not an organisation: a sentence, a person, a date.
    if (name.size() > 160 || name.count(QLatin1Char(' ')) > 18 || findDate(name).position >= 0)
        return -1;
    ProposedOrganization p;
    p.organization.name = name;
    p.organization.shortName = shortName;
    p.span = where;
    p.confidence = shortName.isEmpty() ? 0.6 : 0.8;
    r.organizations.append(p);
    return int(r.organizations.size() - 1);
}

void Parse::readRoles()
{
    static const RX phrase(
        QStringLiteral(
            "\\b(jointly organi[sz]ed by|co-organi[sz]ed by|co-hosted by|co-convened by|organi[sz]ed "
            "by|convened by|"
            "hosted by|guided by|under the guidance of|supported by|sponsored by|funded by|with the support "
            "of|"
            "with support from|in partnership with|in collaboration with|in cooperation with)\\s+"),
        CI);
    static const RX endOfList(QStringLiteral(",\\s+(?=(?:was|were|is|took|opened|brought|gathered|has|had|"
                                             "and\\s+(?:was|were)|which|where|on\\s+\\d|from\\s+\\d)\\b)"
                                             "|\\s+(?=(?:was|were)\\s+held\\b)|\\s+(?:on|from)\\s+(?=\\d)|"
                                             "\\s+(?:brought together|gathered|took place|attracted)\\b"));
    // Who organised the event is said where the event is introduced: the lead and the two
    // paragraphs after it ("projects supported by the X Fund" further down is not a supporter).
    for (int pi = std::max(0, m_lead); pi < std::min(m_bodyEnd, m_lead + 3); ++pi) {
        if (consumed(pi) && pi != m_lead)
            continue;
        for (const Sentence &s : sentencesOf(m_paragraphs.at(pi))) {
            QList<QRegularExpressionMatch> matches;
            QRegularExpressionMatchIterator it = phrase.globalMatch(s.text);
            while (it.hasNext())
                matches.append(it.next());
            for (int k = 0; k < matches.size(); ++k) {
                const QRegularExpressionMatch &m = matches.at(k);
                const QString p = m.captured(1).toLower();
                QString role;
                if (p.startsWith(QLatin1String("jointly")) || p.startsWith(QLatin1String("co-organi"))
                    || p.startsWith(QLatin1String("co-convened")))
                    role = QString::fromLatin1(OrganizationRole::CoOrganizer);
                else if (p.startsWith(QLatin1String("co-hosted")) || p.startsWith(QLatin1String("hosted")))
                    role = QString::fromLatin1(OrganizationRole::Host);
                else if (p.startsWith(QLatin1String("organi")) || p.startsWith(QLatin1String("convened")))
                    role = QString::fromLatin1(OrganizationRole::Organizer);
                else if (p.startsWith(QLatin1String("guided"))
                    || p.startsWith(QLatin1String("under the guidance")))
                    role = QString::fromLatin1(OrganizationRole::GuidedBy);
                else if (p.startsWith(QLatin1String("in ")))
                    role = QString::fromLatin1(OrganizationRole::Partner);
                else
                    role = QString::fromLatin1(OrganizationRole::Supporter);
                const qsizetype from = m.capturedEnd();
                qsizetype to = k + 1 < matches.size() ? matches.at(k + 1).capturedStart() : s.text.size();
                QString list = s.text.mid(from, to - from);
                const QRegularExpressionMatch e = endOfList.match(list);
                if (e.hasMatch())
                    list = list.left(e.capturedStart());
                // ", and" before the next phrase, the sentence's full stop.
                static const RX tail(QStringLiteral("(?:,?\\s*and|,)\\s*$|\\.\\s*$"));
                list.remove(tail);
                // A person is not an organiser: "chaired by Dr. X" is read with the speakers.
                static const RX person(QStringLiteral("^(?:%1)\\s").arg(honorificPattern()));
                if (person.match(list).hasMatch())
                    continue;
                for (const auto &[mention, offset] : splitOrganizations(list)) {
                    const int index = organizationFor(mention, s.start + from + offset);
                    if (index < 0)
                        continue;
                    bool seen = false;
                    for (const ProposedRole &existing : std::as_const(r.roles))
                        seen = seen || (existing.organization == index && existing.role == role);
                    if (!seen)
                        r.roles.append({ index, role, span(s.start + from + offset, mention.size()), 0.85 });
                }
            }
        }
    }
}

// "Director-General of FECO" -> title "Director-General", organisation FECO; "Director,
// UNEP ROAP"; "the Programme Management Officer of the UNEP China Office".
Parse::Office Parse::officeOf(const QString &textIn, qsizetype at)
{
    Office office;
    QString text = withoutFinalStop(textIn);
    qsizetype offset = 0;
    if (text.startsWith(QLatin1String("the "), Qt::CaseInsensitive)) {
        text = text.mid(4);
        offset = 4;
    }
    if (text.isEmpty())
        return office;
    static const RX joint(QStringLiteral("\\s+(?:of|at|from|with)\\s+|,\\s+"));
    QList<QRegularExpressionMatch> joints;
    QRegularExpressionMatchIterator it = joint.globalMatch(text);
    while (it.hasNext())
        joints.append(it.next());
    // The longest organisation already known that ends the office.
    for (const QRegularExpressionMatch &j : std::as_const(joints)) {
        const QString rest = text.mid(j.capturedEnd());
        if (knownOrganization(rest)) {
            office.title = text.left(j.capturedStart()).trimmed();
            office.organization = organizationFor(rest, at + offset + j.capturedEnd());
            return office;
        }
    }
    // Else the first joint after a title word, before a capitalised name.
    for (const QRegularExpressionMatch &j : std::as_const(joints)) {
        QString rest = text.mid(j.capturedEnd());
        QString stripped = rest.startsWith(QLatin1String("the ")) ? rest.mid(4) : rest;
        if (stripped.isEmpty() || !stripped.at(0).isUpper())
            continue;
        const QString title = text.left(j.capturedStart()).trimmed();
        bool hasTitleWord = false;
        for (const QString &w : title.split(QRegularExpression(QStringLiteral("[\\s\\-]+"))))
            hasTitleWord
                = hasTitleWord || titleWords().contains(w) || titleWords().contains(capitalizedFirst(w));
        if (!hasTitleWord)
            continue;
        office.title = title;
        office.organization = organizationFor(rest, at + offset + j.capturedEnd());
        return office;
    }
    if (knownOrganization(text) && !titleWords().contains(text.section(QLatin1Char(' '), 0, 0))) {
        office.organization = organizationFor(text, at + offset);
        return office;
    }
    office.title = text;
    return office;
}

int Parse::personFor(const QString &honorificIn, const QString &nameIn, qsizetype at, qsizetype length)
{
    const QString honorific = honorificIn.simplified();
    const QString name = nameIn.simplified();
    const QString folded = foldName(name);
    // Named before in this release, by a full or later mention.
    for (auto it = m_mentionForms.cbegin(); it != m_mentionForms.cend(); ++it) {
        for (const QString &form : it.value()) {
            if (foldName(form) == folded)
                return it.key();
        }
    }
    ProposedPerson p;
    p.span = span(at, length);
    const QList<int> hits = m_peopleByName.value(folded);
    if (!hits.isEmpty()) {
        // Among namesakes, the one written in this order, then with this honorific.
        int best = hits.first();
        int bestScore = -1;
        for (int h : hits) {
            const int score = (m_people.at(h).fullName() == name ? 2 : 0)
                + (m_people.at(h).honorific == honorific ? 1 : 0);
            if (score > bestScore) {
                best = h;
                bestScore = score;
            }
        }
        p.person = m_people.at(best);
        p.matchedId = p.person.id;
        p.matchedBy = QStringLiteral("name");
        p.confidence = 0.9;
    } else {
        // The name in its own script, written beside it: "Zhang Yujun (张玉军)".
        p.person = PersonNames::person(name, m_people);
        if (p.person.familyName.isEmpty() && p.person.givenName.isEmpty())
            return -1;
        p.person.honorific = honorific;
        p.person.id = 0;
        p.confidence = 0.7;
        if (!name.contains(QLatin1Char(' '))) {
            // One word for a first mention: a family name alone.
            p.person.familyName = name;
            p.person.givenName.clear();
            p.confidence = 0.4;
        }
    }
    r.people.append(p);
    const int index = int(r.people.size() - 1);
    const Person &person = r.people.last().person;
    QStringList forms = { name, person.fullName(), person.givenName + QLatin1Char(' ') + person.familyName,
        person.familyName + QLatin1Char(' ') + person.givenName };
    QStringList withHonorifics;
    for (const QString &h : { honorific, person.honorific }) {
        if (h.isEmpty())
            continue;
        withHonorifics << h + QLatin1Char(' ') + person.fullName() << h + QLatin1Char(' ') + name;
        if (!person.familyName.isEmpty())
            withHonorifics << h + QLatin1Char(' ') + person.familyName;
        if (!person.givenName.isEmpty())
            withHonorifics << h + QLatin1Char(' ') + person.givenName;
    }
    // A later mention by one word of the name: "Dr. An" for Dr. An Pich Hatda, whichever
    // word the family name turns out to be.
    const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() > 1) {
        for (const QString &h : { honorific, person.honorific }) {
            if (!h.isEmpty())
                withHonorifics << h + QLatin1Char(' ') + words.first() << h + QLatin1Char(' ') + words.last();
        }
    }
    forms = withHonorifics + forms;
    forms.removeDuplicates();
    forms.removeIf([](const QString &f) { return f.trimmed().isEmpty(); });
    m_mentionForms.insert(index, forms);
    return index;
}

// A person named at `pos`: a form named before, an honorific and a name, a name of the
// archive, or (allowBare) two to four capitalised words.
Parse::PersonHit Parse::personAt(const QString &text, qsizetype pos, qsizetype absolute, bool allowBare)
{
    PersonHit best;
    const QString rest = text.mid(pos);
    auto boundaryAfter
        = [&](qsizetype length) { return length >= rest.size() || !(rest.at(length).isLetterOrNumber()); };
    // Forms named before, longest first.
    for (auto it = m_mentionForms.cbegin(); it != m_mentionForms.cend(); ++it) {
        for (const QString &form : it.value()) {
            if (form.size() > best.length && rest.startsWith(form) && boundaryAfter(form.size())) {
                // "Dr. Zhang" counts only as a family-name mention when what follows is not more
                // of a name ("Dr. Zhang Wei" is someone else).
                const QString after = rest.mid(form.size());
                static const RX moreName(QStringLiteral("^\\s+[\\p{Lu}][\\p{Ll}]"));
                if (moreName.match(after).hasMatch() && !form.contains(QLatin1Char(' ')) == false
                    && form.count(QLatin1Char(' ')) < 2 && !m_peopleByName.contains(foldName(form))) {
                    const QRegularExpressionMatch more = moreName.match(after);
                    const QString next
                        = after.mid(more.capturedStart()).trimmed().section(QLatin1Char(' '), 0, 0);
                    if (!titleWords().contains(next) && next != QLatin1String("The"))
                        continue;
                }
                best = { it.key(), form.size() };
            }
        }
    }
    if (best.person >= 0) {
        // A later mention tells how the record names this person after the first time.
        ProposedPerson &p = r.people[best.person];
        if (p.matchedId == 0 && !p.person.honorific.isEmpty()) {
            const QString form = rest.left(best.length);
            if (form == p.person.honorific + QLatin1Char(' ') + p.person.givenName
                && !p.person.givenName.isEmpty())
                p.person.laterMention = QString::fromLatin1(PersonLaterMention::GivenName);
            else if (form == p.person.honorific + QLatin1Char(' ') + p.person.fullName()
                && form.count(QLatin1Char(' ')) >= 2 && absolute > p.span.start + p.span.length)
                p.person.laterMention = QString::fromLatin1(PersonLaterMention::FullName);
        }
        return best;
    }
    static const RX honorific(
        QStringLiteral("^(%1)\\s*((?:%2)(?:\\s+(?:%2|bin|binti|van|de|von|Thi|Van|Thị|Văn))*)")
            .arg(honorificPattern(), nameWord()));
    const QRegularExpressionMatch h = honorific.match(rest);
    if (h.hasMatch()) {
        QStringList words = h.captured(2).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // Words of the title are not the name: "Dr. Zhang Director-General" never occurs, but
        // "Mr. Somsak Director" after a missing comma may.
        while (words.size() > 1 && titleWords().contains(words.last()))
            words.removeLast();
        if (words.size() > 5)
            words = words.mid(0, 5);
        if (!words.isEmpty() && !titleWords().contains(words.first())) {
            const QString name = words.join(QLatin1Char(' '));
            const qsizetype length = h.capturedStart(2) + name.size();
            const int index = personFor(h.captured(1), name, absolute, length);
            if (index >= 0)
                return { index, length };
        }
    }
    // A name of the archive, one to four words.
    static const RX words(QStringLiteral("^(%1)(?:\\s+(%1))?(?:\\s+(%1))?(?:\\s+(%1))?").arg(nameWord()));
    const QRegularExpressionMatch w = words.match(rest);
    if (w.hasMatch()) {
        for (int n = 4; n >= 1; --n) {
            if (w.captured(n).isEmpty())
                continue;
            const qsizetype length = w.capturedEnd(n);
            const QString candidate = rest.left(length);
            if (m_peopleByName.contains(foldName(candidate)) && boundaryAfter(length)) {
                const int index = personFor(QString(), candidate, absolute, length);
                if (index >= 0)
                    return { index, length };
            }
        }
        if (allowBare && !w.captured(2).isEmpty()) {
            QStringList parts;
            for (int n = 1; n <= 3 && !w.captured(n).isEmpty(); ++n)
                parts.append(w.captured(n));
            bool titleLike = false;
            for (const QString &p : std::as_const(parts))
                titleLike = titleLike || titleWords().contains(p) || isAcronym(p) || monthNumber(p) > 0;
            const qsizetype length = w.capturedEnd(int(parts.size()));
            if (!titleLike && boundaryAfter(length)) {
                const int index = personFor(QString(), parts.join(QLatin1Char(' ')), absolute, length);
                if (index >= 0)
                    return { index, length };
            }
        }
    }
    return {};
}

// "Dr. A, Director of X, Mr. B, Dean of Y, and Ms. C" -> the people with their offices.
QList<std::pair<int, Parse::Office>> Parse::readPersonList(const QString &list, qsizetype at)
{
    static const RX separator(QStringLiteral(",\\s*and\\s+|,\\s*|\\s+and\\s+|;\\s*"));
    struct Piece
    {
        QString text;
        qsizetype at;
    };
    QList<Piece> pieces;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = separator.globalMatch(list);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString before = list.left(m.capturedStart());
        if (before.count(QLatin1Char('(')) > before.count(QLatin1Char(')')))
            continue;
        // A plain "and" parts two people only: "... of Air Quality and Noise Management".
        if (m.captured(0).trimmed() == QLatin1String("and")) {
            static const RX nextPerson(QStringLiteral("^(?:%1)\\s").arg(honorificPattern()));
            const QString next = list.mid(m.capturedEnd());
            bool known = false;
            for (auto it = m_mentionForms.cbegin(); it != m_mentionForms.cend() && !known; ++it)
                for (const QString &form : it.value())
                    known = known || next.startsWith(form);
            if (!nextPerson.match(next).hasMatch() && !known)
                continue;
        }
        pieces.append({ list.mid(last, m.capturedStart() - last), last });
        last = m.capturedEnd();
    }
    pieces.append({ list.mid(last), last });
    QList<std::pair<int, std::pair<QString, qsizetype>>> entries; // person, office text and where
    for (const Piece &p : std::as_const(pieces)) {
        const QString trimmed = p.text.trimmed();
        if (trimmed.isEmpty())
            continue;
        const qsizetype lead = p.text.indexOf(trimmed);
        const bool canBeBare = entries.isEmpty() || !entries.last().second.first.isEmpty();
        const PersonHit hit = personAt(trimmed, 0, at + p.at + lead, canBeBare);
        if (hit.person >= 0 && hit.length >= trimmed.size() - 1) {
            entries.append({ hit.person, { QString(), -1 } });
            continue;
        }
        if (hit.person >= 0) {
            // "Dr. A (张玉军)" or a name followed by its title without a comma.
            entries.append(
                { hit.person, { trimmed.mid(hit.length).trimmed(), at + p.at + lead + hit.length } });
            continue;
        }
        if (entries.isEmpty())
            continue;
        auto &office = entries.last().second;
        // Pieces that were cut at "and" inside the office are joined back as written.
        if (office.first.isEmpty()) {
            office = { trimmed, at + p.at + lead };
        } else {
            office.first = list.mid(office.second - at, p.at + lead + trimmed.size() - (office.second - at));
        }
    }
    QList<std::pair<int, Office>> out;
    for (const auto &[person, office] : entries)
        out.append({ person, officeOf(office.first, office.second) });
    return out;
}

void Parse::addSpeech(int person, const Office &office, const QString &role, const QString &verb,
    const QString &summary, qsizetype at, qsizetype length, double confidence)
{
    // What someone introduced as presiding or giving the opening remarks then said is that
    // same speech: "The webinar was moderated by Dr. X." ... "Dr. X stated that ...".
    if (!summary.isEmpty()) {
        for (ProposedSpeech &earlier : r.speeches) {
            if (earlier.person == person && earlier.summary.isEmpty()) {
                earlier.verb = verb;
                earlier.summary = summary;
                if (earlier.title.isEmpty())
                    earlier.title = office.title;
                if (earlier.organization < 0)
                    earlier.organization = office.organization;
                return;
            }
        }
    }
    ProposedSpeech s;
    s.person = person;
    s.organization = office.organization;
    s.title = office.title;
    s.role = role;
    s.verb = verb;
    s.summary = summary;
    s.span = span(at, length);
    s.confidence = confidence;
    // Title and organisation as introduced earlier, when this sentence gives none.
    for (const auto &pending : std::as_const(m_pendingSpeakers)) {
        if (pending.first == person) {
            if (s.title.isEmpty())
                s.title = pending.second.first.title;
            if (s.organization < 0)
                s.organization = pending.second.first.organization;
        }
    }
    r.speeches.append(s);
}

void Parse::readPeopleAndSpeeches()
{
    if (m_lead < 0)
        return;
    static const RX participants(
        QStringLiteral("^(.+?)\\s+(?:participated in|took part in)\\s+(?:this|the)\\s+[\\p{L}\\-]+\\."));
    static const RX crowd(
        QStringLiteral("^((?:(?:More "
                       "than|Over|Nearly|About|Around|Some)\\s+)?(?:\\d[\\d,]*|[A-Za-z\\-]+)?\\s*(?:[\\p{L}"
                       "\\-]+\\s+){0,6}?"
                       "(?:participants|representatives|delegates|experts|officials|stakeholders|people|"
                       "guests|researchers|members)\\b[^.]*?)"
                       "\\s+(?:attended|took part|participated|joined|gathered|came together)\\b"),
        CI);
    static const RX attended(QStringLiteral("^(.+?),?\\s+(?:attended|addressed|joined|spoke "
                                            "at|delivered|gave|made|were present at)\\b\\s*(.*)$"));
    static const RX byList(
        QStringLiteral(
            "\\b((?:opening|welcome|welcoming|closing|concluding|keynote)?\\s*(?:remarks|speeches|addresses|"
            "statements|presentations|keynote speeches|keynote addresses)?)\\s*"
            "(?:was|were)\\s+(?:jointly\\s+)?(?:delivered|given|made|presented)\\s+by\\s+(.+?)\\.?$"),
        CI);
    static const RX chairedBy(
        QStringLiteral("\\b(?:was|were)\\s+(?:jointly\\s+)?(chaired|co-chaired|moderated|presided "
                       "over|facilitated|hosted)\\s+by\\s+(.+?)\\.?$"),
        CI);
    static const RX presided(QStringLiteral(
        "^(.+?),?\\s+(presided (?:at|over)|chaired|co-chaired|moderated|facilitated)\\s+(.+?)$"));
    static const RX listed(
        QStringLiteral("^(?:(opening|welcome|closing|keynote)\\s+)?(?:speakers|panelists|panellists|"
                       "presenters|speakers and panelists|speakers included)\\b[^:]*:\\s*(.*)$"),
        CI);
    static const RX bullet(QStringLiteral("^(?:[-•*·–]|\\d+[.)])\\s+"));
    static const RX opener(
        QStringLiteral("^(?:In\\s+(?:his|her|their)\\s+((?:opening|welcome|welcoming|closing|concluding|"
                       "keynote)\\s+)?(?:remarks|address|speech|statement|presentation|keynote speech)"
                       "(?:\\s+(?:at|to|on)\\s+[^,]+)?,\\s*|(?:Speaking|Addressing|Delivering)\\s+[^,]{3,80},"
                       "\\s*|(?:Opening|Closing)\\s+the\\s+[^,]+,\\s*)"));
    static const RX afterPerson(QStringLiteral("^(?:\\s*\\([^)]*\\))?(?:,\\s*(.+?),)?\\s+(?:also\\s+|"
                                               "further\\s+|then\\s+)?%1\\b(?:\\s+that\\b)?\\s*")
                                    .arg(verbPattern()));
    static const RX quoteFirst(
        QStringLiteral("^[“\"](.+?)[,.]?[”\"]\\s*,?\\s+(said|says|added|noted|stressed|explained|emphasized|"
                       "emphasised|remarked|observed)\\s+"));
    static const RX pronoun(
        QStringLiteral("^(?:He|She|They)\\s+(?:also\\s+|further\\s+)?%1\\b(?:\\s+that\\b)?\\s*")
            .arg(verbPattern()));

    bool speechesBegun = false;
    for (int pi = m_lead; pi < m_bodyEnd; ++pi) {
        if (consumed(pi) && pi != m_lead)
            continue;
        const Paragraph &para = m_paragraphs.at(pi);
        qsizetype skip = pi == m_lead ? m_leadOffset : 0;
        // Participants: "Representatives of ... participated in this dialogue."
        const QString paraText = para.text.mid(skip);
        const QRegularExpressionMatch pm = participants.match(paraText);
        bool usedParticipants = false;
        if (pm.hasMatch() && personAt(paraText, 0, para.start + skip, false).person < 0
            && r.value(QStringLiteral("participants")).isEmpty()) {
            r.setValue(QStringLiteral("participants"), pm.captured(1),
                span(para.start + skip + pm.capturedStart(1), pm.capturedLength(1)), 0.85);
            skip += pm.capturedEnd();
            usedParticipants = true;
            if (pi != m_lead)
                m_consumed.insert(pi);
        }
        // A bulleted list of speakers after "Speakers:".
        if (listed.match(para.text).hasMatch()) {
            const QRegularExpressionMatch lm = listed.match(para.text);
            const QString role
                = lm.captured(1).isEmpty() ? QStringLiteral("speech") : roleFromWords(lm.captured(1));
            m_consumed.insert(pi);
            if (!lm.captured(2).trimmed().isEmpty()) {
                for (const auto &[person, office] :
                    readPersonList(lm.captured(2), para.start + lm.capturedStart(2)))
                    m_pendingSpeakers.append({ person, { office, para.start } });
            }
            for (int bi = pi + 1; bi < m_bodyEnd && bullet.match(m_paragraphs.at(bi).text).hasMatch(); ++bi) {
                const Paragraph &b = m_paragraphs.at(bi);
                const QRegularExpressionMatch bm = bullet.match(b.text);
                for (const auto &[person, office] :
                    readPersonList(b.text.mid(bm.capturedEnd()), b.start + bm.capturedEnd())) {
                    m_pendingSpeakers.append({ person, { office, b.start } });
                    Q_UNUSED(role);
                }
                m_consumed.insert(bi);
                pi = bi;
            }
            continue;
        }
        const QList<Sentence> sentences = sentencesOf({ para.start + skip, para.text.mid(skip) });
        int open = -1; // the speech this paragraph continues
        for (const Sentence &s : sentences) {
            if (s.text.isEmpty())
                continue;
            // Who presided: "Ms. X, the ... of Y, presided at the opening ceremony."
            const QRegularExpressionMatch cb = chairedBy.match(s.text);
            if (cb.hasMatch()
                && personAt(cb.captured(2), 0, s.start + cb.capturedStart(2), true).person >= 0) {
                const QString role = roleFromWords(cb.captured(1));
                for (const auto &[person, office] :
                    readPersonList(cb.captured(2), s.start + cb.capturedStart(2)))
                    addSpeech(person, office, role, cb.captured(1).toLower(), QString(), s.start,
                        s.text.size(), 0.8);
                if (pi != m_lead)
                    m_consumed.insert(pi);
                continue;
            }
            const QRegularExpressionMatch by = byList.match(s.text);
            if (by.hasMatch()
                && personAt(by.captured(2), 0, s.start + by.capturedStart(2), true).person >= 0) {
                const QString role = roleFromWords(by.captured(1));
                for (const auto &[person, office] :
                    readPersonList(by.captured(2), s.start + by.capturedStart(2)))
                    m_pendingSpeakers.append({ person, { office, s.start } });
                for (auto &pending : m_pendingSpeakers)
                    if (pending.second.second == s.start)
                        pending.second.first.title = pending.second.first.title; // keep
                if (role != QLatin1String("speech")) {
                    // Remarks named by kind are speeches of that kind, even with no summary.
                    for (const auto &pending : std::as_const(m_pendingSpeakers))
                        if (pending.second.second == s.start)
                            addSpeech(pending.first, pending.second.first, role, QString(), QString(),
                                s.start, s.text.size(), 0.7);
                }
                if (pi != m_lead)
                    m_consumed.insert(pi);
                continue;
            }
            // A sentence that opens with a person (after "In her opening remarks, ").
            QString role = QStringLiteral("speech");
            qsizetype pos = 0;
            const QRegularExpressionMatch op = opener.match(s.text);
            if (op.hasMatch()) {
                pos = op.capturedEnd();
                if (!op.captured(1).isEmpty())
                    role = roleFromWords(op.captured(1));
                else if (op.captured(0).contains(QLatin1String("Opening")))
                    role = QStringLiteral("opening_remarks");
                else if (op.captured(0).contains(QLatin1String("Closing")))
                    role = QStringLiteral("closing");
            }
            // A quotation first: "“...,” said Dr. X, Director of Y."
            const QRegularExpressionMatch q = quoteFirst.match(s.text);
            if (q.hasMatch()) {
                const PersonHit who = personAt(s.text, q.capturedEnd(), s.start + q.capturedEnd(), true);
                if (who.person >= 0) {
                    QString after = s.text.mid(q.capturedEnd() + who.length);
                    Office office;
                    static const RX officeTail(QStringLiteral("^,\\s*(.+?)\\.?$"));
                    const QRegularExpressionMatch ot = officeTail.match(after);
                    if (ot.hasMatch())
                        office = officeOf(
                            ot.captured(1), s.start + q.capturedEnd() + who.length + ot.capturedStart(1));
                    addSpeech(
                        who.person, office, role, q.captured(2), q.captured(1), s.start, s.text.size(), 0.75);
                    open = int(r.speeches.size() - 1);
                    speechesBegun = true;
                    if (pi != m_lead)
                        m_consumed.insert(pi);
                    continue;
                }
            }
            const PersonHit who = personAt(s.text, pos, s.start + pos, true);
            if (who.person >= 0) {
                const QString after = s.text.mid(pos + who.length);
                const qsizetype afterStart = s.start + pos + who.length;
                // A person heading a list: "A, Director of X, and B, ... attended the Dialogue".
                const QRegularExpressionMatch at = attended.match(s.text.mid(pos));
                const QRegularExpressionMatch ps = presided.match(s.text.mid(pos));
                const QRegularExpressionMatch sp = afterPerson.match(after);
                const bool isPresiding = ps.hasMatch()
                    && (!sp.hasMatch() || sp.captured(2).startsWith(QLatin1String("presided"))
                        || sp.captured(2) == QLatin1String("chaired")
                        || sp.captured(2) == QLatin1String("moderated"));
                if (isPresiding) {
                    const auto people = readPersonList(ps.captured(1), s.start + pos + ps.capturedStart(1));
                    const QString verb = ps.captured(2);
                    const QString summary = ps.captured(3);
                    for (const auto &[person, office] : people)
                        addSpeech(
                            person, office, roleFromWords(verb), verb, summary, s.start, s.text.size(), 0.8);
                    if (pi != m_lead)
                        m_consumed.insert(pi);
                    continue;
                }
                static const RX delivered(
                    QStringLiteral("^(?:the |a |an |his |her |their "
                                   ")?((?:opening|welcome|welcoming|closing|concluding|keynote)?\\s*(?:"
                                   "remarks|speech|address|presentation|statement))\\b"),
                    CI);
                if (sp.hasMatch() && sp.captured(2) == QLatin1String("delivered")
                    && delivered.match(s.text.mid(pos + who.length + sp.capturedEnd())).hasMatch()) {
                    Office office;
                    if (!sp.captured(1).isEmpty())
                        office = officeOf(sp.captured(1), afterStart + sp.capturedStart(1));
                    const QString kind
                        = delivered.match(s.text.mid(pos + who.length + sp.capturedEnd())).captured(1);
                    addSpeech(who.person, office, roleFromWords(kind), QString(), QString(), s.start,
                        s.text.size(), 0.8);
                    open = int(r.speeches.size() - 1);
                    speechesBegun = true;
                    if (pi != m_lead)
                        m_consumed.insert(pi);
                    continue;
                }
                if (sp.hasMatch()) {
                    const QString verb = sp.captured(2);
                    Office office;
                    if (!sp.captured(1).isEmpty())
                        office = officeOf(sp.captured(1), afterStart + sp.capturedStart(1));
                    QString summary = s.text.mid(pos + who.length + sp.capturedEnd());
                    // "Dr. An added that ...": more of what the same speaker said.
                    if (verb == QLatin1String("added") && sp.captured(1).isEmpty()) {
                        int previous = -1;
                        for (int k = 0; k < r.speeches.size(); ++k)
                            if (r.speeches.at(k).person == who.person)
                                previous = k;
                        if (previous >= 0) {
                            ProposedSpeech &earlier = r.speeches[previous];
                            earlier.summary += (earlier.summary.isEmpty() ? QString() : QStringLiteral(" "))
                                + capitalizedFirst(summary);
                            open = previous;
                            if (pi != m_lead)
                                m_consumed.insert(pi);
                            continue;
                        }
                    }
                    // The rest of the paragraph goes with it, up to the next speaker.
                    addSpeech(who.person, office, role, verb, capitalizedFirst(summary), s.start,
                        s.text.size(), 0.85);
                    open = int(r.speeches.size() - 1);
                    speechesBegun = true;
                    if (pi != m_lead)
                        m_consumed.insert(pi);
                    continue;
                }
                if (at.hasMatch()) {
                    for (const auto &[person, office] :
                        readPersonList(at.captured(1), s.start + pos + at.capturedStart(1)))
                        m_pendingSpeakers.append({ person, { office, s.start } });
                    if (pi != m_lead)
                        m_consumed.insert(pi);
                    continue;
                }
            }
            // "He added that ..." continues the speech before.
            const QRegularExpressionMatch pr = pronoun.match(s.text);
            const int last = open >= 0
                ? open
                : (speechesBegun && !r.speeches.isEmpty() && pr.hasMatch() ? int(r.speeches.size() - 1) : -1);
            if (last >= 0 && (open >= 0 || pr.hasMatch())) {
                ProposedSpeech &sp = r.speeches[last];
                if (sp.summary.isEmpty() && pr.hasMatch()) {
                    sp.verb = pr.captured(1);
                    sp.summary = capitalizedFirst(s.text.mid(pr.capturedEnd()));
                } else {
                    sp.summary += (sp.summary.isEmpty() ? QString() : QStringLiteral(" ")) + s.text;
                }
                sp.span.length = s.start + s.text.size() - sp.span.start;
                if (pi != m_lead)
                    m_consumed.insert(pi);
                continue;
            }
            if (!usedParticipants && r.value(QStringLiteral("participants")).isEmpty() && pi <= m_lead + 2) {
                const QRegularExpressionMatch cr = crowd.match(s.text);
                if (cr.hasMatch() && personAt(s.text, 0, s.start, false).person < 0) {
                    r.setValue(QStringLiteral("participants"), cr.captured(1),
                        span(s.start + cr.capturedStart(1), cr.capturedLength(1)), 0.6);
                    usedParticipants = true;
                }
            }
        }
    }
    // Speakers listed who gave no remarks the text reports: a speech each, in the order listed,
    // before the ones reported (they were introduced first).
    QList<ProposedSpeech> listedOnly;
    QSet<int> spoke;
    for (const ProposedSpeech &s : std::as_const(r.speeches))
        spoke.insert(s.person);
    for (const auto &pending : std::as_const(m_pendingSpeakers)) {
        if (spoke.contains(pending.first))
            continue;
        spoke.insert(pending.first);
        ProposedSpeech s;
        s.person = pending.first;
        s.title = pending.second.first.title;
        s.organization = pending.second.first.organization;
        s.span = r.people.at(pending.first).span;
        s.confidence = 0.6;
        listedOnly.append(s);
    }
    r.speeches.append(listedOnly);
    std::stable_sort(r.speeches.begin(), r.speeches.end(),
        [](const ProposedSpeech &a, const ProposedSpeech &b) { return a.span.start < b.span.start; });
}

void Parse::readTopics()
{
    static const RX focused(
        QStringLiteral(
            "\\b(?:focused on|focussed on|centred on|centered on|covered|discussed|addressed|featured|was "
            "organized around|consisted of)\\s+"
            "(?:(one|two|three|four|five|six|seven|eight|nine|ten|\\d+)\\s+(?:main\\s+|key\\s+|thematic\\s+)?"
            "(?:topics|themes|sessions|issues|areas|pillars)\\s*(?:[:：]|,\\s*namely|including)\\s*)"
            "(.+?)\\.?$"),
        CI);
    static const RX focusedPlain(QStringLiteral(
        "^(?:The|This)\\s+[\\p{L}\\-]+\\s+(?:focused|focussed|centred|centered)\\s+on\\s+(.+?)\\.?$"));
    static const RX heading(QStringLiteral("(?:topics|themes|sessions|agenda|issues)\\b[^:]*:\\s*$"), CI);
    static const RX bullet(QStringLiteral("^(?:[-•*·–]|\\d+[.)]|\\(\\w\\))\\s+"));
    static const QStringList numbers = { QStringLiteral("one"), QStringLiteral("two"),
        QStringLiteral("three"), QStringLiteral("four"), QStringLiteral("five"), QStringLiteral("six"),
        QStringLiteral("seven"), QStringLiteral("eight"), QStringLiteral("nine"), QStringLiteral("ten") };
    for (int pi = std::max(0, m_lead); pi < m_bodyEnd && r.topics.isEmpty(); ++pi) {
        if (consumed(pi) && pi != m_lead)
            continue;
        const Paragraph &para = m_paragraphs.at(pi);
        // A heading then bullets.
        if (heading.match(para.text).hasMatch() && pi + 1 < m_bodyEnd
            && bullet.match(m_paragraphs.at(pi + 1).text).hasMatch()) {
            m_consumed.insert(pi);
            for (int bi = pi + 1; bi < m_bodyEnd && bullet.match(m_paragraphs.at(bi).text).hasMatch(); ++bi) {
                const Paragraph &b = m_paragraphs.at(bi);
                const QRegularExpressionMatch bm = bullet.match(b.text);
                QString item = withoutFinalStop(b.text.mid(bm.capturedEnd()));
                Topic t;
                // "Title: what was discussed" or "Title – ..."
                static const RX split(QStringLiteral("^([^:–—]{3,120}?)\\s*(?:[:：]|\\s[–—]\\s)\\s*(.+)$"));
                const QRegularExpressionMatch sm = split.match(item);
                if (sm.hasMatch()) {
                    t.title = sm.captured(1).trimmed();
                    t.description = sm.captured(2).trimmed();
                } else {
                    t.title = item;
                }
                r.topics.append({ t, span(b.start + bm.capturedEnd(), item.size()), 0.75 });
                m_consumed.insert(bi);
                m_topicsParagraph = bi;
            }
            break;
        }
        const QList<Sentence> sentences = sentencesOf({ para.start, para.text });
        for (int si = 0; si < sentences.size(); ++si) {
            const Sentence &s = sentences.at(si);
            QRegularExpressionMatch m = focused.match(s.text);
            int expected = 0;
            QString list;
            qsizetype listAt = 0;
            if (m.hasMatch()) {
                const QString n = m.captured(1).toLower();
                expected = n.at(0).isDigit() ? n.toInt() : int(numbers.indexOf(n)) + 1;
                list = m.captured(2);
                listAt = s.start + m.capturedStart(2);
            } else if (pi != m_lead) {
                m = focusedPlain.match(s.text);
                if (!m.hasMatch())
                    continue;
                expected = 1;
                list = m.captured(1);
                listAt = s.start + m.capturedStart(1);
            } else {
                continue;
            }
            // Topics are told apart by commas ("A, B, and C"); "and" splits only the last pair
            // when the count says there are more.
            static const RX comma(QStringLiteral(",\\s*(?:and\\s+)?|;\\s*(?:and\\s+)?"));
            QList<std::pair<QString, qsizetype>> items;
            qsizetype last = 0;
            QRegularExpressionMatchIterator it = comma.globalMatch(list);
            while (it.hasNext()) {
                const QRegularExpressionMatch c = it.next();
                items.append({ list.mid(last, c.capturedStart() - last), last });
                last = c.capturedEnd();
            }
            items.append({ list.mid(last), last });
            if (expected > items.size() && !items.isEmpty()) {
                const auto tail = items.takeLast();
                const qsizetype and_ = tail.first.lastIndexOf(QLatin1String(" and "));
                if (and_ > 0) {
                    items.append({ tail.first.left(and_), tail.second });
                    items.append({ tail.first.mid(and_ + 5), tail.second + and_ + 5 });
                } else {
                    items.append(tail);
                }
            }
            if (expected == 1 && items.size() > 1) {
                items = { { list, 0 } };
            }
            for (const auto &[item, at] : std::as_const(items)) {
                const QString title = withoutFinalStop(item);
                if (title.isEmpty())
                    continue;
                Topic t;
                t.title = title;
                r.topics.append({ t, span(listAt + at, title.size()), m.hasMatch() ? 0.8 : 0.6 });
            }
            m_topicsParagraph = pi;
            if (pi != m_lead)
                m_consumed.insert(pi);
            // "The Dialogue shared ..., communicated ..., and discussed ...": what came under
            // them, in order when there are as many parts as topics.
            if (si + 1 < sentences.size()) {
                Sentence next = sentences.at(si + 1);
                // The rest of the paragraph: descriptions may hold full stops of their own.
                const Paragraph &p = para;
                next.text = p.text.mid(next.start - p.start);
                static const RX subject(QStringLiteral("^(?:The|This)\\s+[\\p{L}\\-]+\\s+"));
                const QRegularExpressionMatch sm = subject.match(next.text);
                if (sm.hasMatch()) {
                    const QString all = next.text.mid(sm.capturedEnd());
                    static const RX parts(QStringLiteral(
                        "(?<=\\.),\\s+(?:and\\s+)?|(?<=\\.)\\s+and\\s+|,\\s+(?:and\\s+)?(?=\\p{Ll}+ed\\b)"));
                    QList<std::pair<QString, qsizetype>> descriptions;
                    qsizetype from = 0;
                    QRegularExpressionMatchIterator pit = parts.globalMatch(all);
                    while (pit.hasNext()) {
                        const QRegularExpressionMatch pm = pit.next();
                        descriptions.append({ all.mid(from, pm.capturedStart() - from), from });
                        from = pm.capturedEnd();
                    }
                    descriptions.append({ all.mid(from), from });
                    const qsizetype base = next.start + sm.capturedEnd();
                    if (descriptions.size() == r.topics.size()) {
                        for (int k = 0; k < descriptions.size(); ++k) {
                            QString d = descriptions.at(k).first.trimmed();
                            r.topics[k].topic.description = d;
                        }
                    } else if (!r.topics.isEmpty()) {
                        r.topics[0].topic.description = all.trimmed();
                    }
                    Q_UNUSED(base);
                }
            }
            break;
        }
    }
}

void Parse::readOutcome()
{
    static const RX outcome(
        QStringLiteral("\\b(agreed|concluded|adopted|consensus|recommendations?|unanimously|committed "
                       "to|outcomes?|declaration|"
                       "resulted in|joint statement|next steps|way forward|action plan)\\b"),
        CI);
    QStringList texts;
    TextSpan where;
    auto take = [&](int pi) {
        const Paragraph &p = m_paragraphs.at(pi);
        texts.append(p.text);
        if (!where.isValid())
            where = span(p.start, p.text.size());
        else
            where.length = p.start + p.text.size() - where.start;
        m_consumed.insert(pi);
    };
    for (int pi = m_lead + 1; pi < m_bodyEnd; ++pi)
        if (!consumed(pi) && outcome.match(m_paragraphs.at(pi).text).hasMatch())
            take(pi);
    if (texts.isEmpty() && m_topicsParagraph >= 0 && m_topicsParagraph + 1 < m_bodyEnd
        && !consumed(m_topicsParagraph + 1))
        take(m_topicsParagraph + 1);
    if (!texts.isEmpty())
        r.setValue(QStringLiteral("outcome"), texts.join(QLatin1Char(' ')), where, 0.6);
}

void Parse::readContact()
{
    if (m_contactStart < 0)
        return;
    const int end = m_aboutStart > m_contactStart ? m_aboutStart : int(m_paragraphs.size());
    QStringList lines;
    for (int i = m_contactStart; i < end; ++i) {
        if (consumed(i) && i != m_contactStart)
            break;
        lines.append(m_paragraphs.at(i).text);
        m_consumed.insert(i);
    }
    const qsizetype blockStart = m_paragraphs.at(m_contactStart).start;
    const QString block = lines.join(QLatin1Char('\n'));
    r.hasContact = true;
    r.contactSpan = span(blockStart, block.size());
    static const RX header(
        QStringLiteral(
            "^(contact(?:s| us| u)?|media contacts?|press contacts?|for (?:more|further) information(?:,? "
            "please contact)?|media enquiries|media inquiries|for media inquiries)\\s*[:：]?\\s*"),
        CI);
    const QRegularExpressionMatch h = header.match(block);
    QString label = h.captured(1);
    if (label.compare(QLatin1String("Contact U"), Qt::CaseInsensitive) == 0)
        label = QStringLiteral("Contact Us");
    r.contact.label = label;
    static const RX field(QStringLiteral("\\b(Address|Add|Tel|Telephone|Phone|Mobile|Mob|Fax|E-?mail|Web|"
                                         "Website|WeChat ID|WeChat)\\s*[.:：]\\s*"),
        CI);
    struct Part
    {
        QString label;
        QString text;
    };
    QList<Part> parts;
    QRegularExpressionMatchIterator it = field.globalMatch(block, h.capturedEnd());
    QList<QRegularExpressionMatch> matches;
    while (it.hasNext())
        matches.append(it.next());
    const QString beforeFields = block.mid(
        h.capturedEnd(), matches.isEmpty() ? -1 : matches.first().capturedStart() - h.capturedEnd());
    for (int k = 0; k < matches.size(); ++k) {
        const qsizetype to = k + 1 < matches.size() ? matches.at(k + 1).capturedStart() : block.size();
        parts.append({ matches.at(k).captured(1).toLower(),
            block.mid(matches.at(k).capturedEnd(), to - matches.at(k).capturedEnd()).trimmed() });
    }
    static const RX email(QStringLiteral("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}"));
    for (const Part &p : std::as_const(parts)) {
        const QString first = p.text.section(QRegularExpression(QStringLiteral("\\s")), 0, 0);
        if (p.label == QLatin1String("address") || p.label == QLatin1String("add"))
            r.contact.address = p.text.simplified();
        else if (p.label.startsWith(QLatin1String("tel")) || p.label == QLatin1String("phone")
            || p.label.startsWith(QLatin1String("mob"))) {
            for (const QString &phone :
                p.text.split(QRegularExpression(QStringLiteral("\\s+/\\s+|\\s*;\\s*|\\n|,\\s+"))))
                if (!phone.trimmed().isEmpty())
                    r.contact.phones.append(phone.trimmed());
        } else if (p.label == QLatin1String("fax"))
            r.contact.fax = p.text.simplified();
        else if (p.label == QLatin1String("web") || p.label == QLatin1String("website"))
            r.contact.website = first;
        else if (p.label.startsWith(QLatin1String("wechat")))
            r.contact.wechat = first;
    }
    QRegularExpressionMatchIterator e = email.globalMatch(block);
    while (e.hasNext()) {
        const QString address = e.next().captured(0);
        if (!r.contact.emails.contains(address))
            r.contact.emails.append(address);
    }
    // Unlabelled lines before the fields: the organisation (and the body it belongs to), or a
    // person's name on a media contact.
    QString organization = beforeFields.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (organization.isEmpty())
        organization = beforeFields.trimmed().section(QLatin1Char('\n'), 0, 0);
    organization = withoutFinalStop(organization);
    if (!organization.isEmpty() && organization.size() < 160 && !email.match(organization).hasMatch()) {
        const qsizetype at = r.text.indexOf(organization, blockStart);
        r.contactOrganization = organizationFor(organization, at);
    }
    // One of the archive's contacts when it shares an email address.
    r.contactMatchedId = ProposedRelease::contactSharingAnEmail(m_contacts, r.contact.emails);
}

void Parse::readAbout()
{
    if (m_aboutStart < 0)
        return;
    static const RX about(QStringLiteral("^About\\s+(?:the\\s+)?(.{1,120}?)\\s*[:：]\\s*(.*)$"), CI);
    static const RX aboutHeading(QStringLiteral("^About\\s+(?:the\\s+)?(.{1,120}?)\\s*$"), CI);
    const Paragraph &p = m_paragraphs.at(m_aboutStart);
    QRegularExpressionMatch m = about.match(p.text);
    QString text;
    qsizetype nameAt = 0;
    QString name;
    int next = m_aboutStart + 1;
    if (m.hasMatch()) {
        name = m.captured(1);
        nameAt = p.start + m.capturedStart(1);
        text = m.captured(2);
    } else {
        m = aboutHeading.match(p.text);
        if (!m.hasMatch())
            return;
        name = m.captured(1);
        nameAt = p.start + m.capturedStart(1);
    }
    m_consumed.insert(m_aboutStart);
    qsizetype endPos = p.start + p.text.size();
    for (; next < m_paragraphs.size() && !consumed(next) && next != m_contactStart; ++next) {
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + m_paragraphs.at(next).text;
        endPos = m_paragraphs.at(next).start + m_paragraphs.at(next).text.size();
        m_consumed.insert(next);
    }
    const int index = organizationFor(name, nameAt);
    if (index < 0)
        return;
    r.aboutOrganization = index;
    r.aboutText = text.trimmed();
    r.aboutSpan = span(p.start, endPos - p.start);
    ProposedOrganization &o = r.organizations[index];
    if (o.matchedId == 0 && o.organization.about.isEmpty())
        o.organization.about = r.aboutText;
}

ProposedRelease Parse::run()
{
    findAbbreviations();
    findBlocks();
    readHeadlineAndLead();
    // The held sentence: in the lead, else the next two paragraphs.
    for (int pi = std::max(0, m_lead); pi >= 0 && pi < std::min(m_bodyEnd, m_lead + 3) && !m_heldFound;
         ++pi) {
        const Paragraph &para = m_paragraphs.at(pi);
        const qsizetype skip = pi == m_lead ? m_leadOffset : 0;
        for (const Sentence &s : sentencesOf({ para.start + skip, para.text.mid(skip) })) {
            readHeldSentence(s);
            if (m_heldFound)
                break;
        }
    }
    readTitle();
    if (m_lead >= 0)
        m_consumed.insert(m_lead);
    // The date: the held sentence's, else the lead's first, else the dateline's.
    if (r.value(QStringLiteral("start_date")).isEmpty() && m_lead >= 0) {
        const Paragraph &lead = m_paragraphs.at(m_lead);
        const FoundDate date = findDate(lead.text, m_leadOffset);
        if (date.start.isValid()) {
            r.setValue(QStringLiteral("start_date"), date.start.toString(Qt::ISODate),
                span(lead.start + date.position, date.length), 0.7);
            if (date.end.isValid())
                r.setValue(QStringLiteral("end_date"), date.end.toString(Qt::ISODate),
                    span(lead.start + date.position, date.length), 0.7);
        } else if (m_datelineDate.isValid()) {
            r.setValue(
                QStringLiteral("start_date"), m_datelineDate.toString(Qt::ISODate), m_datelineCitySpan, 0.5);
        }
    }
    // How it was held.
    {
        static const RX hybrid(QStringLiteral("\\b(?:online and offline|offline and online|hybrid|in[- "
                                              "]person and (?:online|virtual(?:ly)?)|"
                                              "(?:online|virtual(?:ly)?) and in[- ]person|both "
                                              "(?:online|virtually) and|both in person and)\\b"),
            CI);
        static const RX online(
            QStringLiteral("\\b(?:online|virtual(?:ly)?|webinar|video ?conference|videoconference|via "
                           "Zoom|on Zoom|Microsoft Teams|via Teams)\\b"),
            CI);
        QString text;
        qsizetype at = 0;
        if (m_lead >= 0) {
            at = m_paragraphs.at(m_lead).start;
            text = m_paragraphs.at(m_lead).text;
            // The event's own name ("Webinar on ...") is no evidence of how it was held when the
            // text also says where: blanked out, keeping the offsets.
            if (m_eventNameSpan.isValid() && m_eventNameSpan.start >= at)
                text.replace(m_eventNameSpan.start - at, m_eventNameSpan.length,
                    QString(m_eventNameSpan.length, QLatin1Char(' ')));
            // So are the references to it by its kind: "(the Webinar)", "The Webinar was ...".
            const QString noun = m_shortNoun.startsWith(QLatin1String("the "), Qt::CaseInsensitive)
                ? m_shortNoun.mid(4)
                : m_shortNoun;
            if (!noun.isEmpty()) {
                const RX word(QStringLiteral("\\b%1\\b").arg(RX::escape(noun)), CI);
                QRegularExpressionMatchIterator it = word.globalMatch(text);
                while (it.hasNext()) {
                    const QRegularExpressionMatch m = it.next();
                    text.replace(
                        m.capturedStart(), m.capturedLength(), QString(m.capturedLength(), QLatin1Char(' ')));
                }
            }
        }
        const QRegularExpressionMatch hm = hybrid.match(text);
        const QRegularExpressionMatch om = online.match(text);
        QRegularExpressionMatch ht = online.match(r.headline);
        if (!r.value(QStringLiteral("city")).isEmpty())
            ht = QRegularExpressionMatch();
        qsizetype headlineBase = r.headlineSpan.start;
        if (!ht.hasMatch() && r.value(QStringLiteral("city")).isEmpty() && m_datelineCity.isEmpty()) {
            ht = online.match(r.value(QStringLiteral("title")));
            headlineBase
                = r.field(QStringLiteral("title")) ? r.field(QStringLiteral("title"))->span.start : -1;
        }
        if (hm.hasMatch())
            r.setValue(QStringLiteral("format"), QStringLiteral("hybrid"),
                span(at + hm.capturedStart(), hm.capturedLength()), 0.85);
        else if (om.hasMatch())
            r.setValue(QStringLiteral("format"), QStringLiteral("online"),
                span(at + om.capturedStart(), om.capturedLength()), 0.8);
        else if (ht.hasMatch())
            r.setValue(QStringLiteral("format"), QStringLiteral("online"),
                headlineBase >= 0 ? span(headlineBase + ht.capturedStart(), ht.capturedLength())
                                  : TextSpan {},
                0.7);
        else if (!r.value(QStringLiteral("city")).isEmpty() || !m_datelineCity.isEmpty())
            r.setValue(QStringLiteral("format"), QStringLiteral("in_person"), {}, 0.5);
    }
    // Where: the held sentence's city, else the dateline's for an event held in person.
    if (r.value(QStringLiteral("city")).isEmpty() && !m_datelineCity.isEmpty()
        && r.value(QStringLiteral("format")) != QLatin1String("online"))
        r.setValue(QStringLiteral("city"), m_datelineCity, m_datelineCitySpan, 0.6);
    if (r.value(QStringLiteral("country")).isEmpty() && !r.value(QStringLiteral("city")).isEmpty()) {
        const QString code = countryOfCity(r.value(QStringLiteral("city")));
        if (!code.isEmpty())
            r.setValue(QStringLiteral("country"), code, r.field(QStringLiteral("city"))->span, 0.7);
    }
    readRoles();
    readContact();
    readAbout();
    readPeopleAndSpeeches();
    readTopics();
    readOutcome();
    if (!m_heldFound && r.roles.isEmpty() && r.speeches.isEmpty())
        r.setValue(QStringLiteral("title"), QString()); // a headline and nothing held: not a release
    r.dropUnreferenced();
    return r;
}

} // namespace

ReleaseReader::ReleaseReader(Archive *archive)
    : m_archive(archive)
{
}

void ReleaseReader::loadArchive()
{
    if (m_loaded || !m_archive)
        return;
    m_loaded = true;
    m_people = m_archive->people();
    m_organizations = m_archive->organizations();
    m_contacts = m_archive->contacts();
    for (int i = 0; i < m_people.size(); ++i) {
        const Person &p = m_people.at(i);
        QSet<QString> names
            = { foldName(p.fullName()), foldName(p.givenName + QLatin1Char(' ') + p.familyName),
                  foldName(p.familyName + QLatin1Char(' ') + p.givenName) };
        if (!p.localName.isEmpty())
            names.insert(foldName(p.localName));
        for (const QString &n : std::as_const(names))
            if (!n.isEmpty())
                m_peopleByName[n].append(i);
    }
    for (int i = 0; i < m_organizations.size(); ++i) {
        const Organization &o = m_organizations.at(i);
        m_organizationsByName.insert(foldOrganization(o.name), i);
        if (!o.shortName.isEmpty() && !m_organizationsByName.contains(o.shortName))
            m_organizationsByName.insert(o.shortName, i);
        if (!o.localName.isEmpty())
            m_organizationsByName.insert(foldOrganization(o.localName), i);
    }
    // Names with the short names in them written out ("UNEP Regional Office ..." is "United
    // Nations Environment Programme Regional Office ..."): one-word short names only.
    for (const Organization &o : std::as_const(m_organizations))
        if (isAcronym(o.shortName) && !o.shortName.contains(QLatin1Char(' ')) && !o.name.isEmpty())
            m_acronyms.insert(o.shortName.toLower(), foldOrganization(o.name));
    for (int i = 0; i < m_organizations.size(); ++i) {
        const QString key = expandedOrganization(m_organizations.at(i).name, m_acronyms);
        if (!m_organizationsByName.contains(key))
            m_organizationsByName.insert(key, i);
    }
    m_chineseNames.build(m_people, m_organizations);
}

QString ReleaseReader::languageOf(const QString &text)
{
    qsizetype han = 0, letters = 0;
    for (const QChar c : text) {
        if (!c.isLetter())
            continue;
        ++letters;
        if (c.script() == QChar::Script_Han)
            ++han;
    }
    return letters > 0 && han * 2 > letters ? QStringLiteral("zh") : QStringLiteral("en");
}

ProposedRelease ReleaseReader::read(const QString &text)
{
    loadArchive();
    if (languageOf(text) == QLatin1String(Language::Chinese))
        return ChineseReleaseReader::read(text, m_people, m_organizations, m_contacts, m_chineseNames);
    Parse parse(
        text, m_people, m_organizations, m_contacts, m_peopleByName, m_organizationsByName, m_acronyms);
    return parse.run();
}

bool ReleaseReader::readFile(const QString &path, ProposedRelease *proposal, QString *error)
{
    QString text;
    if (!ReleaseText::read(path, &text, error))
        return false;
    *proposal = read(text);
    proposal->source = path;
    if (!proposal->found()) {
        *error = tr("no dialogue found in %1").arg(path);
        return false;
    }
    return true;
}

} // namespace rt
