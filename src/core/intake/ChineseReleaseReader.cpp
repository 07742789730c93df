#include "core/intake/ChineseReleaseReader.h"

#include "core/press/ChinesePressRelease.h"
#include "core/records/FieldTranslations.h"
#include "core/records/PersonNames.h"

#include <QDate>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace rt {

namespace {

using RX = QRegularExpression;

const QString zh = QString::fromLatin1(Language::Chinese);

// Full-width forms (，：（）０-９) as their ASCII twins and the ideographic space as a space:
// the text the rules below match, one character for one, so positions are the original's.
QString normalized(const QString &text)
{
    QString out = text;
    for (QChar &c : out) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000)
            c = QLatin1Char(' ');
    }
    return out;
}

bool isHan(QChar c)
{
    return c.script() == QChar::Script_Han;
}

bool hasHan(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), isHan);
}

// Cities a centre of the region meets in, as Chinese writes them.
struct City
{
    const char16_t *chinese;
    const char *english;
    const char *country;
};

const QList<City> &cities()
{
    static const QList<City> list = {
        { u"北京", "Beijing", "CN" },
        { u"上海", "Shanghai", "CN" },
        { u"昆明", "Kunming", "CN" },
        { u"南宁", "Nanning", "CN" },
        { u"广州", "Guangzhou", "CN" },
        { u"深圳", "Shenzhen", "CN" },
        { u"厦门", "Xiamen", "CN" },
        { u"成都", "Chengdu", "CN" },
        { u"杭州", "Hangzhou", "CN" },
        { u"南京", "Nanjing", "CN" },
        { u"天津", "Tianjin", "CN" },
        { u"重庆", "Chongqing", "CN" },
        { u"武汉", "Wuhan", "CN" },
        { u"西安", "Xi'an", "CN" },
        { u"海口", "Haikou", "CN" },
        { u"大理", "Dali", "CN" },
        { u"丽江", "Lijiang", "CN" },
        { u"景洪", "Jinghong", "CN" },
        { u"西双版纳", "Xishuangbanna", "CN" },
        { u"香港", "Hong Kong", "HK" },
        { u"万象", "Vientiane", "LA" },
        { u"琅勃拉邦", "Luang Prabang", "LA" },
        { u"金边", "Phnom Penh", "KH" },
        { u"暹粒", "Siem Reap", "KH" },
        { u"曼谷", "Bangkok", "TH" },
        { u"清迈", "Chiang Mai", "TH" },
        { u"河内", "Hanoi", "VN" },
        { u"胡志明市", "Ho Chi Minh City", "VN" },
        { u"芹苴", "Can Tho", "VN" },
        { u"岘港", "Da Nang", "VN" },
        { u"仰光", "Yangon", "MM" },
        { u"内比都", "Nay Pyi Taw", "MM" },
        { u"曼德勒", "Mandalay", "MM" },
        { u"新加坡", "Singapore", "SG" },
        { u"雅加达", "Jakarta", "ID" },
        { u"吉隆坡", "Kuala Lumpur", "MY" },
        { u"马尼拉", "Manila", "PH" },
        { u"东京", "Tokyo", "JP" },
        { u"首尔", "Seoul", "KR" },
        { u"日内瓦", "Geneva", "CH" },
        { u"内罗毕", "Nairobi", "KE" },
        { u"蒙特利尔", "Montreal", "CA" },
        { u"沙姆沙伊赫", "Sharm el-Sheikh", "EG" },
    };
    return list;
}

// Countries named before a city (老挝万象, 中国云南省昆明市).
const QString &countryPrefix()
{
    static const QString pattern = QStringLiteral(
        u"^(?:中国|老挝|柬埔寨|缅甸|泰国|越南|新加坡|马来西亚|印度尼西亚|菲律宾|日本|韩国|瑞士|肯尼亚)?"
        u"(?:[\\p{Han}]{2,3}省|[\\p{Han}]{2,6}自治区)?");
    return pattern;
}

// The kinds of event a title ends with, longest first, with the English a record uses.
struct Kind
{
    const char16_t *chinese;
    const char *english;
};

const QList<Kind> &kinds()
{
    static const QList<Kind> list = {
        { u"高级别圆桌对话", "Senior-level Roundtable Dialogue" },
        { u"圆桌对话会", "Roundtable Dialogue" },
        { u"圆桌对话", "Roundtable Dialogue" },
        { u"圆桌会议", "Roundtable" },
        { u"政策对话会", "Policy Dialogue" },
        { u"政策对话", "Policy Dialogue" },
        { u"网络研讨会", "Webinar" },
        { u"线上研讨会", "Webinar" },
        { u"研讨会", "Seminar" },
        { u"工作坊", "Workshop" },
        { u"培训班", "Training Course" },
        { u"研修班", "Training Course" },
        { u"座谈会", "Symposium" },
        { u"交流会", "Exchange Meeting" },
        { u"对话会", "Dialogue" },
        { u"论坛", "Forum" },
        { u"峰会", "Summit" },
        { u"大会", "Conference" },
        { u"对话", "Dialogue" },
        { u"会议", "Meeting" },
    };
    return list;
}

// What an organisation's name ends with.
bool isOrganizationLike(const QString &name)
{
    const QString n = name.trimmed();
    if (n.size() < 2)
        return false;
    static const RX latin(QStringLiteral("^[A-Z][A-Za-z0-9&\\-. ]{1,80}$"));
    if (latin.match(n).hasMatch())
        return true;
    if (n.endsWith(QLatin1Char(')')))
        return true;
    static const QStringList endings = { QStringLiteral(u"部"), QStringLiteral(u"中心"),
        QStringLiteral(u"署"), QStringLiteral(u"处"), QStringLiteral(u"司"), QStringLiteral(u"局"),
        QStringLiteral(u"会"), QStringLiteral(u"组织"), QStringLiteral(u"银行"), QStringLiteral(u"大学"),
        QStringLiteral(u"院"), QStringLiteral(u"所"), QStringLiteral(u"联盟"), QStringLiteral(u"基金"),
        QStringLiteral(u"社"), QStringLiteral(u"政府"), QStringLiteral(u"厅"), QStringLiteral(u"集团"),
        QStringLiteral(u"公司"), QStringLiteral(u"室"), QStringLiteral(u"站"), QStringLiteral(u"馆"),
        QStringLiteral(u"计划"), QStringLiteral(u"机构"), QStringLiteral(u"网络"), QStringLiteral(u"平台"),
        QStringLiteral(u"委"), QStringLiteral(u"办"), QStringLiteral(u"署") };
    for (const QString &e : endings)
        if (n.endsWith(e))
            return true;
    return false;
}

// Titles as Chinese writes them before a name: 主任, 副司长, 项目管理官员, 首席执行官.
const QString &titlePattern()
{
    static const QString pattern = QStringLiteral(
        u"(?:常务副|副|常务|执行|首席|高级|资深|代理|名誉|区域|国家|项目管理|项目|技术|政策|驻华|特别|常驻|"
        u"中方|外方|总|一级|二级)*"
        u"(?:首席执行官|执行官|总干事|秘书长|理事长|董事长|主任委员|总工程师|总经济师|负责人|科学家|协调员|"
        u"研究员|"
        u"工程师|巡视员|调研员|主任|主席|司长|部长|处长|局长|厅长|署长|院长|所长|校长|会长|行长|干事|代表|"
        u"官员|"
        u"次长|主管|经理|总监|顾问|专家|教授|博士|书记|大使|参赞|总裁|秘书|委员|参事|助理|特使|领事|总理)");
    return pattern;
}

// Whether the text is a person's name: two to four Chinese characters beginning with a
// family name, or a transliterated name with middle dots (德钦·策林).
bool isNameLike(const QString &text)
{
    const QString t = text.trimmed();
    if (t.contains(QChar(0x00B7)) || t.contains(QChar(0x30FB)) || t.contains(QChar(0x2022))) {
        static const RX dotted(QStringLiteral(u"^[\\p{Han}]{1,8}(?:[·・•][\\p{Han}]{1,8}){1,3}$"));
        return dotted.match(t).hasMatch();
    }
    if (t.size() < 2 || t.size() > 4 || !std::all_of(t.cbegin(), t.cend(), isHan))
        return false;
    return PersonNames::isListedFamilyName(t.left(1)) || PersonNames::isListedFamilyName(t.left(2));
}

QString roleOfVerb(const QString &verb)
{
    if (verb == QStringLiteral(u"指导"))
        return QString::fromLatin1(OrganizationRole::GuidedBy);
    if (verb.startsWith(QStringLiteral(u"联合")) || verb.startsWith(QStringLiteral(u"共同"))
        || verb == QStringLiteral(u"合办"))
        return QString::fromLatin1(OrganizationRole::CoOrganizer);
    if (verb == QStringLiteral(u"主办") || verb == QStringLiteral(u"举办"))
        return QString::fromLatin1(OrganizationRole::Organizer);
    if (verb == QStringLiteral(u"承办"))
        return QString::fromLatin1(OrganizationRole::Host);
    if (verb == QStringLiteral(u"协办"))
        return QString::fromLatin1(OrganizationRole::Partner);
    return QString::fromLatin1(OrganizationRole::Supporter); // 支持, 资助, 赞助
}

const QString &roleVerbPattern()
{
    static const QString pattern
        = QStringLiteral(u"(?:(?:联合|共同)(?:主办|举办)|主办|承办|协办|支持|指导|合办|资助|赞助)");
    return pattern;
}

QString speechRoleOf(const QString &words)
{
    if (words.contains(QStringLiteral(u"开幕")) || words.contains(QStringLiteral(u"开班")))
        return QStringLiteral("opening_remarks");
    if (words.contains(QStringLiteral(u"欢迎")))
        return QStringLiteral("welcome");
    if (words.contains(QStringLiteral(u"主旨")))
        return QStringLiteral("keynote");
    if (words.contains(QStringLiteral(u"闭幕")) || words.contains(QStringLiteral(u"总结")))
        return QStringLiteral("closing");
    if (words.contains(QStringLiteral(u"报告")) || words.contains(QStringLiteral(u"演示")))
        return QStringLiteral("presentation");
    if (words.contains(QStringLiteral(u"圆桌")) || words.contains(QStringLiteral(u"讨论")))
        return QStringLiteral("panelist");
    return QStringLiteral("speech");
}

// How a paragraph saying what the event achieved begins: 与会代表一致认为, 会议通过,
// 论坛期间，与会各方共同发布.
const RX &outcomeOpening()
{
    static const RX opening(
        QStringLiteral(u"^\\s*(?:[^,。]{0,6}(?:期间|最后|会上),)?(?:与会代表|与会嘉宾|与会专家|与会各方|各方|"
                       u"会议(?:达成|通过|发布|形成|一致|最后)|会上(?:发布|通过|签署)|"
                       u"(?:本次|此次)[^,。]{0,6}(?:达成|通过|发布|形成)|双方)"));
    return opening;
}

struct ChineseDate
{
    QDate start;
    QDate end;
    qsizetype position = -1;
    qsizetype length = 0;
};

// The first date or range of days in text[from, to): 2022年11月23日, 2022年11月23日至25日,
// 2022年11月23-25日, 2022年11月30日至12月2日, and without the year (11月23日至25日) in `year`.
ChineseDate findDate(const QString &text, qsizetype from, qsizetype to, int year)
{
    static const QString range = QStringLiteral(u"(?:\\s*(?:至|到|-|—|–|~)\\s*(?:(\\d{4})\\s*年\\s*)?(?:(\\d{"
                                                u"1,2})\\s*月\\s*)?(\\d{1,2})\\s*(?:日|号))?");
    static const RX full(
        QStringLiteral(u"(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*(日|号)?") + range);
    static const RX bare(QStringLiteral(u"(?<![\\d年])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*(日|号)?") + range);
    ChineseDate best;
    const RX *patterns[] = { &full, &bare };
    for (const RX *pattern : patterns) {
        QRegularExpressionMatchIterator it = pattern->globalMatch(text, from);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (to >= 0 && m.capturedStart() >= to)
                break;
            const bool isFull = pattern == &full;
            const int shift = isFull ? 1 : 0;
            const int y = isFull ? m.captured(1).toInt() : year;
            const int month = m.captured(1 + shift).toInt();
            const int day = m.captured(2 + shift).toInt();
            const bool hasDay = !m.captured(3 + shift).isEmpty();
            const bool hasRange = !m.captured(6 + shift).isEmpty();
            if (!hasDay && !hasRange)
                continue;
            ChineseDate d;
            d.start = QDate(y, month, day);
            if (!d.start.isValid())
                continue;
            if (hasRange) {
                const int endYear = m.captured(4 + shift).isEmpty() ? y : m.captured(4 + shift).toInt();
                const int endMonth = m.captured(5 + shift).isEmpty() ? month : m.captured(5 + shift).toInt();
                d.end = QDate(endYear, endMonth, m.captured(6 + shift).toInt());
                if (!d.end.isValid() || d.end <= d.start)
                    d.end = QDate();
            }
            d.position = m.capturedStart();
            d.length = m.capturedLength();
            if (best.position < 0 || d.position < best.position)
                best = d;
            break;
        }
        if (best.position >= 0)
            break;
    }
    return best;
}

} // namespace

QString ChineseReleaseReader::fold(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : normalized(text)) {
        if (c.isSpace() || c == QChar(0x00B7) || c == QChar(0x30FB) || c == QChar(0x2022)
            || c == QChar(0x2027) || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QChar(0x2014)
            || c == QChar(0x2013) || c == QChar(0x2010) || c == QLatin1Char('\'') || c == QChar(0x2019))
            continue;
        out.append(c.toCaseFolded());
    }
    return out;
}

bool ChineseReleaseReader::city(const QString &chinese, QString *english, QString *country)
{
    QString c = chinese.trimmed();
    if (c.endsWith(QStringLiteral(u"市")) && c.size() > 2 && c != QStringLiteral(u"胡志明市"))
        c.chop(1);
    for (const City &known : cities()) {
        if (c == QString::fromUtf16(known.chinese)) {
            *english = QString::fromUtf8(known.english);
            *country = QString::fromLatin1(known.country);
            return true;
        }
    }
    return false;
}

void ChineseNames::build(const QList<Person> &peopleList, const QList<Organization> &organizationList)
{
    people.clear();
    organizations.clear();
    for (int i = 0; i < peopleList.size(); ++i) {
        const Person &p = peopleList.at(i);
        if (hasHan(p.localName))
            people[ChineseReleaseReader::fold(p.localName)].append(i);
    }
    // The zh name first, then the zh short name, the local name, the English ones: a name one
    // organisation has as its zh name is never taken by another's looser name.
    for (const char *kind : { "zh name", "zh short", "local", "name", "short" }) {
        for (int i = 0; i < organizationList.size(); ++i) {
            const Organization &o = organizationList.at(i);
            QString name;
            if (qstrcmp(kind, "zh name") == 0)
                name = o.translations.value(zh, QStringLiteral("name"));
            else if (qstrcmp(kind, "zh short") == 0)
                name = o.translations.value(zh, QStringLiteral("short_name"));
            else if (qstrcmp(kind, "local") == 0)
                name = o.localName;
            else if (qstrcmp(kind, "name") == 0)
                name = o.name;
            else
                name = o.shortName;
            const QString key = ChineseReleaseReader::fold(name);
            if (!key.isEmpty() && !organizations.contains(key))
                organizations.insert(key, i);
        }
    }
}

namespace {

class ChineseParse
{
public:
    ChineseParse(const QString &text, const QList<Person> &people, const QList<Organization> &organizations,
        const QList<Contact> &contacts, const ChineseNames &names)
        : m_people(people)
        , m_organizations(organizations)
        , m_contacts(contacts)
        , m_names(names)
        , m_text(normalized(text))
    {
        r.text = text;
        r.language = zh;
        qsizetype pos = 0;
        for (const QString &line : m_text.split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                m_paragraphs.append({ pos, line });
            pos += line.size() + 1;
        }
    }

    ProposedRelease run();

private:
    struct Paragraph
    {
        qsizetype start;
        QString text;
    };
    struct Piece
    {
        qsizetype start = 0;
        qsizetype length = 0;
    };
    struct Intro
    {
        int person = -1;
        int organization = -1;
        QString title;
    };

    // The piece without the spaces and commas around it.
    Piece trimmed(qsizetype start, qsizetype length) const
    {
        static const QString strip = QStringLiteral(u" \t,;:、。");
        while (length > 0 && strip.contains(m_text.at(start))) {
            ++start;
            --length;
        }
        while (length > 0 && strip.contains(m_text.at(start + length - 1)))
            --length;
        return { start, length };
    }
    QString text(Piece p) const { return m_text.mid(p.start, p.length); }
    QString original(Piece p) const { return r.text.mid(p.start, p.length); }
    TextSpan span(Piece p) const { return TextSpan { p.start, p.length }; }

    void findBlocks();
    QList<Piece> sentencesOf(const Paragraph &p) const;
    bool readLead();
    void readTitle(Piece title);
    void readPlace(Piece place);
    void readRoles(Piece list, double confidence);
    enum class ListOf { Organizations, People, Things };
    QList<Piece> splitList(Piece list, ListOf kind) const;
    int organizationFor(Piece mention, bool allowNew = true);
    int knownOrganization(const QString &mention) const;
    bool readIntro(Piece piece, Intro *intro);
    int personFor(Piece name);
    int mentionedPerson(const QString &mention) const;
    int addSpeech(const Intro &intro, const QString &role, const QString &verb, Piece summary, Piece whole,
        double confidence);
    void readPeople();
    bool readSpeakerList(Piece sentence);
    bool readPresiding(Piece sentence);
    bool readParticipants(Piece sentence);
    bool readSpeechParagraph(const Paragraph &p);
    void readTopics();
    void readOutcome();
    void readContact();
    void readAbout();

    ProposedRelease r;
    const QList<Person> &m_people;
    const QList<Organization> &m_organizations;
    const QList<Contact> &m_contacts;
    const ChineseNames &m_names;
    const QString m_text; // normalized: the rules match this, values come from r.text
    QList<Paragraph> m_paragraphs;
    QSet<int> m_consumed;
    int m_lead = -1;
    int m_bodyEnd = 0;
    int m_contactStart = -1;
    int m_aboutStart = -1;
    int m_year = 0;
    bool m_heldFound = false;
    QString m_datelineCity;
    Piece m_datelineCityPiece;
    QDate m_datelineDate;
};

QList<ChineseParse::Piece> ChineseParse::sentencesOf(const Paragraph &p) const
{
    QList<Piece> out;
    qsizetype begin = 0;
    int quote = 0;
    for (qsizetype i = 0; i < p.text.size(); ++i) {
        const QChar c = p.text.at(i);
        if (c == QChar(0x201C))
            ++quote;
        else if (c == QChar(0x201D) && quote > 0)
            --quote;
        if (quote == 0 && (c == QChar(0x3002) || c == QLatin1Char('!') || c == QLatin1Char('?'))) {
            out.append({ p.start + begin, i + 1 - begin });
            begin = i + 1;
        }
    }
    if (begin < p.text.size() && !p.text.mid(begin).trimmed().isEmpty())
        out.append({ p.start + begin, p.text.size() - begin });
    return out;
}

void ChineseParse::findBlocks()
{
    static const RX label(
        QStringLiteral(u"^\\s*(?:新闻稿|新闻通稿|新闻发布|新闻公报|媒体通稿|通讯稿|新闻|press release|"
                       u"\\(完\\)|【完】|\\[完\\]|-+完-+|—+完—+|完|###)\\s*$"),
        RX::CaseInsensitiveOption);
    static const RX end(QStringLiteral(u"^\\s*(?:\\(完\\)|【完】|\\[完\\]|-+完-+|—+完—+|完|###)\\s*$"));
    static const RX contact(
        QStringLiteral(u"^\\s*(?:联系我们|联系方式|媒体联系人?|新闻联系人?|媒体垂询|媒体咨询|"
                       u"新闻联络|联系人|更多信息请联系)\\s*(?::|$)"));
    static const RX about(QStringLiteral(u"^\\s*关于[^,，。]{2,40}?(?::|$)"));
    m_bodyEnd = int(m_paragraphs.size());
    for (int i = 0; i < m_paragraphs.size(); ++i) {
        const QString &t = m_paragraphs.at(i).text;
        static const RX meta(
            QStringLiteral(u"^\\s*(?:发布时间|发布日期|日期|来源|作者|编辑|责任编辑|浏览次数|点击数)\\s*:"));
        if (meta.match(t).hasMatch()) {
            m_consumed.insert(i);
            continue;
        }
        if (label.match(t).hasMatch()) {
            m_consumed.insert(i);
            if (end.match(t).hasMatch())
                m_bodyEnd = std::min(m_bodyEnd, i);
            continue;
        }
        if (m_contactStart < 0 && contact.match(t).hasMatch() && t.size() < 200) {
            m_contactStart = i;
            m_bodyEnd = std::min(m_bodyEnd, i);
        }
        if (m_aboutStart < 0 && about.match(t).hasMatch()) {
            m_aboutStart = i;
            m_bodyEnd = std::min(m_bodyEnd, i);
        }
    }
}

// The held sentence: "DATE，由…指导，…主办的TITLE以…方式在CITY举办。", "TITLE于DATE在CITY召开。".
bool ChineseParse::readLead()
{
    static const RX held(QStringLiteral(
        u"(?:隆重|成功|顺利|正式|圆满)?(?:举办|举行|召开|开幕|启动|开展|闭幕|落幕)(?:了)?(?!的)"));
    static const RX dateline(QStringLiteral(u"^\\s*\\(?\\s*([\\p{Han}]{2,6})\\s*,\\s*(?=\\d{4}\\s*年)"));
    static const RX agency(
        QStringLiteral(u"^\\s*[\\p{Han}]{0,8}?([\\p{Han}]{2,4})(\\d{1,2})月(\\d{1,2})日电\\s*"
                       u"(?:\\([^)]{0,30}\\))?\\s*"));
    // A year for dates written without one: the first full date of the text.
    static const RX anyYear(QStringLiteral(u"(\\d{4})\\s*年"));
    m_year = anyYear.match(m_text).captured(1).toInt();
    if (m_year == 0)
        m_year = QDate::currentDate().year();
    for (int pi = 0; pi < m_bodyEnd; ++pi) {
        if (m_consumed.contains(pi))
            continue;
        const Paragraph &para = m_paragraphs.at(pi);
        for (const Piece sentence : sentencesOf(para)) {
            const QString s = text(sentence);
            // The last held verb of the sentence.
            QRegularExpressionMatch verb;
            QRegularExpressionMatchIterator it = held.globalMatch(s);
            while (it.hasNext())
                verb = it.next();
            if (!verb.hasMatch())
                continue;
            qsizetype begin = 0;
            // A dateline before the date: （北京，2022年11月25日）, 新华社北京11月23日电.
            if (const QRegularExpressionMatch d = dateline.match(s); d.hasMatch()) {
                m_datelineCity = d.captured(1);
                m_datelineCityPiece = { sentence.start + d.capturedStart(1), d.capturedLength(1) };
                begin = d.capturedEnd();
            } else if (const QRegularExpressionMatch a = agency.match(s); a.hasMatch()) {
                m_datelineDate = QDate(m_year, a.captured(2).toInt(), a.captured(3).toInt());
                m_datelineCity = a.captured(1);
                m_datelineCityPiece = { sentence.start + a.capturedStart(1), a.capturedLength(1) };
                begin = a.capturedEnd();
            }
            ChineseDate date = findDate(s, begin, verb.capturedStart(), m_year);
            if (date.position < 0 && m_datelineDate.isValid()) {
                // 新华社昆明9月5日电 …论坛5日在昆明开幕: the dateline's date.
                date.start = m_datelineDate;
                date.position = begin;
                date.length = 0;
            }
            if (date.position < 0)
                continue;
            m_lead = pi;
            m_heldFound = true;
            const Piece datePiece { sentence.start + date.position, date.length };
            r.setValue(QStringLiteral("start_date"), date.start.toString(Qt::ISODate),
                date.length > 0 ? span(datePiece) : span(m_datelineCityPiece), date.length > 0 ? 0.9 : 0.6);
            if (date.end.isValid())
                r.setValue(QStringLiteral("end_date"), date.end.toString(Qt::ISODate), span(datePiece), 0.9);
            // The words before the held verb: the roles and the title, and how and where.
            qsizetype bodyStart = begin;
            qsizetype bodyEnd = verb.capturedStart();
            const bool dateFirst
                = s.mid(begin, date.position - begin).trimmed().remove(QLatin1Char(')')).isEmpty();
            if (dateFirst)
                bodyStart = date.position + date.length;
            QString body = s.mid(bodyStart, bodyEnd - bodyStart);
            // 由A指导，B主办的TITLE...: the roles end at the last role verb followed by 的.
            static const RX rolesEnd(roleVerbPattern() + QStringLiteral(u"的"));
            qsizetype titleStart = bodyStart;
            {
                QRegularExpressionMatch last;
                QRegularExpressionMatchIterator r2 = rolesEnd.globalMatch(body);
                while (r2.hasNext())
                    last = r2.next();
                const qsizetype by = body.indexOf(QStringLiteral(u"由"));
                if (last.hasMatch() && by >= 0 && by < last.capturedStart() && by < 4) {
                    readRoles({ sentence.start + bodyStart + by + 1, last.capturedEnd() - 1 - by - 1 }, 0.9);
                    titleStart = bodyStart + last.capturedEnd();
                }
            }
            // How and where, from the end: 以线上线下相结合的方式, 在北京, 于2022年…
            QString rest = s.mid(titleStart, bodyEnd - titleStart);
            qsizetype cut = rest.size();
            static const RX how(QStringLiteral(u"以([^以]{1,16}?)(?:的)?(?:方式|形式)"));
            QRegularExpressionMatch howMatch;
            {
                QRegularExpressionMatchIterator h = how.globalMatch(rest);
                while (h.hasNext())
                    howMatch = h.next();
            }
            if (howMatch.hasMatch()) {
                const QString way = howMatch.captured(1);
                const Piece wayPiece { sentence.start + titleStart + howMatch.capturedStart(),
                    howMatch.capturedLength() };
                if (way.contains(QStringLiteral(u"线上"))
                    && (way.contains(QStringLiteral(u"线下")) || way.contains(QStringLiteral(u"现场"))
                        || way.contains(QStringLiteral(u"结合")) || way.contains(QStringLiteral(u"混合"))))
                    r.setValue(QStringLiteral("format"), QStringLiteral("hybrid"), span(wayPiece), 0.9);
                else if (way.contains(QStringLiteral(u"线上")) || way.contains(QStringLiteral(u"视频"))
                    || way.contains(QStringLiteral(u"网络")) || way.contains(QStringLiteral(u"云")))
                    r.setValue(QStringLiteral("format"), QStringLiteral("online"), span(wayPiece), 0.9);
                else if (way.contains(QStringLiteral(u"线下")) || way.contains(QStringLiteral(u"现场")))
                    r.setValue(QStringLiteral("format"), QStringLiteral("in_person"), span(wayPiece), 0.8);
                cut = std::min(cut, howMatch.capturedStart());
            }
            // 在PLACE: the last 在 after the title with a short place after it.
            const qsizetype placeFrom = howMatch.hasMatch() ? howMatch.capturedEnd() : 0;
            qsizetype at = rest.lastIndexOf(QStringLiteral(u"在"));
            if (at < placeFrom && howMatch.hasMatch()) {
                // 在CITY以…方式举办: the place before how.
                at = rest.lastIndexOf(QStringLiteral(u"在"), howMatch.capturedStart());
                if (at >= 0 && howMatch.capturedStart() - at - 1 > 20)
                    at = -1;
                if (at >= 0) {
                    readPlace(
                        trimmed(sentence.start + titleStart + at + 1, howMatch.capturedStart() - at - 1));
                    cut = std::min(cut, at);
                }
            } else if (at >= 0 && rest.size() - at - 1 <= 24
                && !rest.mid(at).contains(QStringLiteral(u"的"))) {
                readPlace(trimmed(sentence.start + titleStart + at + 1, rest.size() - at - 1));
                cut = std::min(cut, at);
            }
            // 于DATE: the date after the title.
            if (!dateFirst) {
                const qsizetype yu = rest.lastIndexOf(QStringLiteral(u"于"), date.position - titleStart);
                if (yu >= 0 && yu < cut)
                    cut = yu;
                else if (date.position - titleStart >= 0 && date.position - titleStart < cut)
                    cut = date.position - titleStart;
            }
            Piece title = trimmed(sentence.start + titleStart, cut);
            static const RX dayAtEnd(QStringLiteral(u"\\d{1,2}日$"));
            if (const QRegularExpressionMatch d = dayAtEnd.match(text(title)); d.hasMatch())
                title.length = d.capturedStart();
            // The roles in the same sentence after the title: "…，由A主办" is rare; see readRoles.
            readTitle(title);
            if (r.value(QStringLiteral("format")).isEmpty() && !r.value(QStringLiteral("city")).isEmpty())
                r.setValue(QStringLiteral("format"), QStringLiteral("in_person"), {}, 0.6);
            return true;
        }
    }
    return false;
}

void ChineseParse::readTitle(Piece title)
{
    QString t = text(title);
    if (t.isEmpty())
        return;
    // “SERIES”——TITLE
    static const RX series(QStringLiteral(u"^[“\"《]([^”\"》]{2,60})[”\"》]\\s*(?:——|—|-|:)?\\s*(.+)$"));
    const QRegularExpressionMatch m = series.match(t);
    if (m.hasMatch() && m.captured(2).size() >= 4) {
        r.setValue(QStringLiteral("series"),
            original({ title.start + m.capturedStart(1), m.capturedLength(1) }),
            span({ title.start + m.capturedStart(1), m.capturedLength(1) }), 0.85);
        title = { title.start + m.capturedStart(2), m.capturedLength(2) };
        t = text(title);
    }
    r.setValue(QStringLiteral("title"), original(title), span(title), 0.85);
    for (const Kind &k : kinds()) {
        const QString kind = QString::fromUtf16(k.chinese);
        if (t.endsWith(kind)) {
            r.setValue(QStringLiteral("kind"), kind,
                span({ title.start + title.length - kind.size(), kind.size() }), 0.7);
            r.english.insert(QStringLiteral("kind"), QString::fromUtf8(k.english));
            break;
        }
    }
}

void ChineseParse::readPlace(Piece place)
{
    QString p = text(place);
    if (p.isEmpty() || p.size() > 30)
        return;
    static const RX prefix(countryPrefix());
    const QRegularExpressionMatch c = prefix.match(p);
    qsizetype from = c.capturedLength();
    // The longest known city at the start of what is left.
    QString english, country;
    for (const City &known : cities()) {
        const QString name = QString::fromUtf16(known.chinese);
        if (p.mid(from).startsWith(name)) {
            qsizetype length = name.size();
            const Piece cityPiece { place.start + from, length };
            if (p.mid(from + length).startsWith(QStringLiteral(u"市")))
                ++length;
            r.setValue(QStringLiteral("city"), original(cityPiece), span(cityPiece), 0.9);
            r.english.insert(QStringLiteral("city"), QString::fromUtf8(known.english));
            r.setValue(QStringLiteral("country"), QString::fromLatin1(known.country), span(cityPiece), 0.8);
            const Piece venue = trimmed(place.start + from + length, place.length - from - length);
            if (venue.length >= 2)
                r.setValue(QStringLiteral("venue"), original(venue), span(venue), 0.7);
            return;
        }
    }
    // An unknown place: a short one is a city, a long one a venue.
    const Piece rest = trimmed(place.start + from, place.length - from);
    if (rest.length >= 2 && rest.length <= 4)
        r.setValue(QStringLiteral("city"), original(rest), span(rest), 0.5);
    else if (rest.length > 4)
        r.setValue(QStringLiteral("venue"), original(rest), span(rest), 0.5);
}

// A list split at 、，；and at 和/与/及/以及 where both sides are organisations (or people).
QList<ChineseParse::Piece> ChineseParse::splitList(Piece list, ListOf kind) const
{
    const bool organizations = kind == ListOf::Organizations;
    QList<Piece> parts;
    const QString t = text(list);
    int depth = 0;
    qsizetype begin = 0;
    for (qsizetype i = 0; i <= t.size(); ++i) {
        const QChar c = i < t.size() ? t.at(i) : QChar();
        if (c == QLatin1Char('(') || c == QChar(0x300A) || c == QChar(0x201C))
            ++depth;
        else if ((c == QLatin1Char(')') || c == QChar(0x300B) || c == QChar(0x201D)) && depth > 0)
            --depth;
        if (i == t.size()
            || (depth == 0 && (c == QChar(0x3001) || c == QLatin1Char(',') || c == QLatin1Char(';')))) {
            const Piece p = trimmed(list.start + begin, i - begin);
            if (p.length > 0)
                parts.append(p);
            begin = i + 1;
        }
    }
    // Things (topics): "A、B和C", the last two joined by 和.
    if (kind == ListOf::Things) {
        if (!parts.isEmpty()) {
            const Piece last = parts.takeLast();
            const QString t = text(last);
            static const RX joined(QStringLiteral(u"^(.{2,}?)(?:以及|和|及)(.{2,})$"));
            const QRegularExpressionMatch m = joined.match(t);
            if (m.hasMatch() && parts.size() >= 1) {
                parts.append(trimmed(last.start, m.capturedLength(1)));
                parts.append(trimmed(last.start + m.capturedStart(2), m.capturedLength(2)));
            } else {
                parts.append(last);
            }
        }
        return parts;
    }
    // Connectors inside a part: split where both sides stand as one.
    static const RX connector(QStringLiteral(u"以及|和|与|及|同"));
    QList<Piece> out;
    for (Piece part : std::as_const(parts)) {
        bool split = true;
        while (split) {
            split = false;
            const QString pt = text(part);
            if (organizations && knownOrganization(pt) >= 0)
                break;
            QRegularExpressionMatchIterator it = connector.globalMatch(pt);
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                const QString before = pt.left(m.capturedStart());
                if (before.count(QLatin1Char('(')) > before.count(QLatin1Char(')')))
                    continue;
                const QString left = before.trimmed();
                const QString right = pt.mid(m.capturedEnd()).trimmed();
                bool ok;
                if (organizations)
                    ok = (knownOrganization(left) >= 0 || isOrganizationLike(left))
                        && (knownOrganization(right) >= 0 || isOrganizationLike(right)
                            || knownOrganization(right.section(QLatin1Char('('), 0, 0)) >= 0);
                else
                    ok = !left.isEmpty() && !right.isEmpty()
                        && (mentionedPerson(left) >= 0 || isNameLike(left.right(3))
                            || isNameLike(left.right(2)) || left.contains(QChar(0x00B7)))
                        && right.size() >= 2;
                if (ok) {
                    out.append(trimmed(part.start, m.capturedStart()));
                    part = trimmed(part.start + m.capturedEnd(), part.length - m.capturedEnd());
                    split = true;
                    break;
                }
            }
        }
        if (part.length > 0)
            out.append(part);
    }
    return out;
}

// "A指导，B和C联合主办，D支持": each part ends with its role verb.
void ChineseParse::readRoles(Piece list, double confidence)
{
    static const RX verbAtEnd(QStringLiteral(u"(%1)$").arg(roleVerbPattern()));
    QList<Piece> segments;
    {
        const QString t = text(list);
        int depth = 0;
        qsizetype begin = 0;
        for (qsizetype i = 0; i <= t.size(); ++i) {
            const QChar c = i < t.size() ? t.at(i) : QChar();
            if (c == QLatin1Char('('))
                ++depth;
            else if (c == QLatin1Char(')') && depth > 0)
                --depth;
            // A part ends at a comma, or at 、 after a role verb (A主办、B支持).
            const bool atComma = c == QLatin1Char(',') || c == QLatin1Char(';');
            const bool atVerb = c == QChar(0x3001) && verbAtEnd.match(t.left(i)).hasMatch();
            if (i == t.size() || (depth == 0 && (atComma || atVerb))) {
                const Piece p = trimmed(list.start + begin, i - begin);
                if (p.length > 0)
                    segments.append(p);
                begin = i + 1;
            }
        }
    }
    for (Piece segment : std::as_const(segments)) {
        QString t = text(segment);
        if (t.startsWith(QStringLiteral(u"由"))) {
            segment = { segment.start + 1, segment.length - 1 };
            t = t.mid(1);
        }
        const QRegularExpressionMatch v = verbAtEnd.match(t);
        if (!v.hasMatch())
            continue;
        const QString role = roleOfVerb(v.captured(1));
        Piece names { segment.start, v.capturedStart() };
        QString n = text(names);
        if (n.endsWith(QStringLiteral(u"共同")) || n.endsWith(QStringLiteral(u"联合"))) {
            names.length -= 2;
            n.chop(2);
        }
        for (const Piece mention : splitList(trimmed(names.start, names.length), ListOf::Organizations)) {
            // A unit with the body it belongs to in brackets: both take the role.
            static const RX bracket(QStringLiteral("^(.+?)\\s*\\(([^()]+)\\)$"));
            const QString mt = text(mention);
            const QRegularExpressionMatch b = bracket.match(mt);
            QList<Piece> each { mention };
            if (b.hasMatch()
                && !QRegularExpression(QStringLiteral("^[A-Z][A-Za-z0-9&\\- ]*$"))
                        .match(b.captured(2))
                        .hasMatch()
                && (knownOrganization(b.captured(2)) >= 0
                    || (isOrganizationLike(b.captured(2)) && b.captured(2).size() >= 4)))
                each = { { mention.start, b.capturedLength(1) },
                    { mention.start + b.capturedStart(2), b.capturedLength(2) } };
            for (const Piece one : each) {
                const int index = organizationFor(one);
                if (index < 0)
                    continue;
                bool seen = false;
                for (const ProposedRole &existing : std::as_const(r.roles))
                    seen = seen || (existing.organization == index && existing.role == role);
                if (!seen)
                    r.roles.append({ index, role, span(one), confidence });
            }
        }
    }
}

int ChineseParse::knownOrganization(const QString &mention) const
{
    const QString key = ChineseReleaseReader::fold(mention);
    if (key.isEmpty())
        return -1;
    for (int i = 0; i < r.organizations.size(); ++i) {
        const Organization &o = r.organizations.at(i).organization;
        for (const QString &name : { o.translations.value(zh, QStringLiteral("name")),
                 o.translations.value(zh, QStringLiteral("short_name")), o.localName, o.name, o.shortName })
            if (!name.isEmpty() && ChineseReleaseReader::fold(name) == key)
                return 1000000 + i;
    }
    return m_names.organizations.value(key, -1);
}

int ChineseParse::organizationFor(Piece mention, bool allowNew)
{
    mention = trimmed(mention.start, mention.length);
    QString t = text(mention);
    if (t.endsWith(QStringLiteral(u"的"))) {
        --mention.length;
        t.chop(1);
    }
    if (t.isEmpty() || t.size() > 60 || t.contains(QChar(0x3002)))
        return -1;
    // A short name in brackets: 联合国环境规划署(UNEP).
    QString shortName;
    static const RX withShort(QStringLiteral("^(.+?)\\s*\\(([^()]{1,20})\\)$"));
    if (const QRegularExpressionMatch s = withShort.match(t); s.hasMatch()) {
        shortName = original({ mention.start + s.capturedStart(2), s.capturedLength(2) }).trimmed();
        const int byShort = knownOrganization(s.captured(2));
        const int byName = knownOrganization(s.captured(1));
        if (byName < 0 && byShort >= 0) {
            mention = { mention.start + s.capturedStart(2), s.capturedLength(2) };
            t = s.captured(2);
        } else {
            mention = { mention.start, s.capturedLength(1) };
            t = s.captured(1);
        }
    }
    const int known = knownOrganization(t);
    if (known >= 1000000)
        return known - 1000000;
    const QString key = ChineseReleaseReader::fold(t);
    if (known >= 0) {
        const Organization &o = m_organizations.at(known);
        ProposedOrganization p;
        p.organization = o;
        p.matchedId = o.id;
        if (key == ChineseReleaseReader::fold(o.translations.value(zh, QStringLiteral("name")))
            || key == ChineseReleaseReader::fold(o.name))
            p.matchedBy = QStringLiteral("name");
        else if (key == ChineseReleaseReader::fold(o.localName))
            p.matchedBy = QStringLiteral("local name");
        else
            p.matchedBy = QStringLiteral("short name");
        p.span = span(mention);
        p.confidence = 0.9;
        r.organizations.append(p);
        return int(r.organizations.size() - 1);
    }
    if (!allowNew || ChinesePressRelease::englishVerb(t).size() > 0 || isNameLike(t))
        return -1;
    ProposedOrganization p;
    const QString name = original(mention).trimmed();
    if (hasHan(name)) {
        p.organization.translations.set(zh, QStringLiteral("name"), name);
        if (!shortName.isEmpty() && hasHan(shortName))
            p.organization.translations.set(zh, QStringLiteral("short_name"), shortName);
        else
            p.organization.shortName = shortName;
    } else {
        p.organization.name = name;
        p.organization.shortName = shortName;
    }
    p.span = span(mention);
    p.confidence = isOrganizationLike(t) ? 0.7 : 0.5;
    r.organizations.append(p);
    return int(r.organizations.size() - 1);
}

int ChineseParse::mentionedPerson(const QString &mention) const
{
    const QString key = ChineseReleaseReader::fold(mention);
    if (key.isEmpty())
        return -1;
    for (int i = 0; i < r.people.size(); ++i)
        if (ChineseReleaseReader::fold(r.people.at(i).person.localName) == key)
            return i;
    // 张主任, 王教授: a family name and the title of someone named before.
    static const RX familyAndTitle(QStringLiteral("^(\\p{Han}{1,2})(%1)$").arg(titlePattern()));
    const QRegularExpressionMatch m = familyAndTitle.match(mention.trimmed());
    if (m.hasMatch()) {
        for (const ProposedSpeech &s : std::as_const(r.speeches)) {
            const Person &p = r.people.at(s.person).person;
            if (p.localName.startsWith(m.captured(1)) && s.title.endsWith(m.captured(2)))
                return s.person;
        }
    }
    return -1;
}

int ChineseParse::personFor(Piece name)
{
    const QString n = original(name).trimmed();
    if (const int known = mentionedPerson(n); known >= 0)
        return known;
    ProposedPerson p;
    p.span = span(name);
    const QList<int> found = m_names.people.value(ChineseReleaseReader::fold(n));
    if (!found.isEmpty()) {
        p.person = m_people.at(found.first());
        p.matchedId = p.person.id;
        p.matchedBy = QStringLiteral("local name");
        p.confidence = found.size() == 1 ? 0.9 : 0.6;
    } else {
        p.person.localName = n;
        static const RX dots(QStringLiteral(u"[·・•]"));
        if (n.contains(dots)) {
            // A transliterated name: given name first, family name last (德钦·策林).
            const QStringList words = n.split(dots, Qt::SkipEmptyParts);
            p.person.givenName = QStringList(words.mid(0, words.size() - 1)).join(QChar(0x00B7));
            p.person.familyName = words.last();
        } else {
            const PersonNames::Parsed parsed = PersonNames::parse(n);
            p.person.familyName = parsed.familyName;
            p.person.givenName = parsed.givenName;
            p.person.familyNameFirst = true;
        }
        p.confidence = 0.7;
    }
    r.people.append(p);
    return int(r.people.size() - 1);
}

// ORGANISATION + TITLE + NAME as a Chinese release introduces a speaker, or a name alone.
bool ChineseParse::readIntro(Piece piece, Intro *intro)
{
    piece = trimmed(piece.start, piece.length);
    const QString t = text(piece);
    if (t.isEmpty() || t.size() > 80)
        return false;
    if (const int known = mentionedPerson(t); known >= 0) {
        intro->person = known;
        return true;
    }
    // The name at the end: someone the archive or the text knows, the longest first.
    qsizetype nameLength = 0;
    for (qsizetype k = std::min<qsizetype>(t.size(), 16); k >= 2 && nameLength == 0; --k) {
        const QString tail = t.right(k);
        if (m_names.people.contains(ChineseReleaseReader::fold(tail)) || mentionedPerson(tail) >= 0)
            nameLength = k;
    }
    static const RX title(titlePattern());
    if (nameLength == 0) {
        // After the last title that leaves a name.
        QRegularExpressionMatchIterator it = title.globalMatch(t);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const QString rest = t.mid(m.capturedEnd());
            // Not a name: what a sentence goes on with (代表一致认为, 专家们, 官员等).
            static const RX notName(QStringLiteral(u"^(?:一|们|等|共|均|都|也|还|和|及|与|在|对|将|一致)"));
            const bool han = rest.size() >= 2 && rest.size() <= 4
                && std::all_of(rest.cbegin(), rest.cend(), isHan) && !notName.match(rest).hasMatch();
            if (isNameLike(rest) || han)
                nameLength = t.size() - m.capturedEnd();
        }
    }
    if (nameLength == 0 && isNameLike(t))
        nameLength = t.size();
    if (nameLength == 0) {
        static const RX dotted(QStringLiteral(u"([\\p{Han}]{1,8}(?:[·・•][\\p{Han}]{1,8}){1,3})$"));
        const QRegularExpressionMatch m = dotted.match(t);
        if (m.hasMatch())
            nameLength = m.capturedLength(1);
    }
    if (nameLength == 0)
        return false;
    const QString office = t.left(t.size() - nameLength);
    // The title is the end of what comes before the name; the organisation the rest.
    static const RX titleAtEnd(QStringLiteral("(%1)$").arg(titlePattern()));
    const QRegularExpressionMatch tm = titleAtEnd.match(office);
    QString organization = office;
    if (tm.hasMatch()) {
        intro->title = original({ piece.start + tm.capturedStart(1), tm.capturedLength(1) });
        organization = office.left(tm.capturedStart(1));
    }
    // What is not an organisation's name before the title belongs to it: 亚洲开发银行东亚局 +
    // 首席气候变化专家.
    if (tm.hasMatch() && !organization.isEmpty() && knownOrganization(organization) < 0
        && !isOrganizationLike(organization)) {
        for (qsizetype cut = organization.size() - 1; cut >= 2; --cut) {
            const QString head = organization.left(cut);
            if (knownOrganization(head) >= 0 || isOrganizationLike(head)) {
                intro->title = original({ piece.start + cut, tm.capturedEnd(1) - cut });
                organization = head;
                break;
            }
        }
    }
    Piece orgPiece = trimmed(piece.start, organization.size());
    if (orgPiece.length > 0) {
        if (!tm.hasMatch() && !isOrganizationLike(text(orgPiece)) && knownOrganization(text(orgPiece)) < 0) {
            intro->title = original(orgPiece); // a title the table does not know: 生态环境部部长助理…
        } else {
            intro->organization = organizationFor(orgPiece);
        }
    }
    intro->person = personFor({ piece.start + piece.length - nameLength, nameLength });
    return intro->person >= 0;
}

int ChineseParse::addSpeech(const Intro &intro, const QString &role, const QString &verb, Piece summary,
    Piece whole, double confidence)
{
    // A speaker named before (in the list of those who spoke) gets the words now.
    for (int i = 0; i < r.speeches.size(); ++i) {
        ProposedSpeech &s = r.speeches[i];
        if (s.person == intro.person && s.summary.isEmpty() && s.role != QLatin1String("presiding")) {
            s.summary = original(summary);
            s.verb = verb;
            if (role != QLatin1String("speech"))
                s.role = role;
            if (!intro.title.isEmpty())
                s.title = intro.title;
            if (intro.organization >= 0)
                s.organization = intro.organization;
            s.span = span(whole);
            s.confidence = std::max(s.confidence, confidence);
            return i;
        }
    }
    ProposedSpeech s;
    s.person = intro.person;
    s.organization = intro.organization;
    s.title = intro.title;
    s.role = role;
    s.verb = verb;
    s.summary = original(summary);
    s.span = span(whole);
    s.confidence = confidence;
    // Title and organisation of the day: as given when the speaker was introduced.
    if (s.title.isEmpty() || s.organization < 0) {
        for (const ProposedSpeech &earlier : std::as_const(r.speeches)) {
            if (earlier.person != s.person)
                continue;
            if (s.title.isEmpty())
                s.title = earlier.title;
            if (s.organization < 0)
                s.organization = earlier.organization;
        }
    }
    r.speeches.append(s);
    return int(r.speeches.size() - 1);
}

// A.B.C出席本次对话并致辞.
bool ChineseParse::readSpeakerList(Piece sentence)
{
    static const RX list(QStringLiteral(
        u"^(.+?)(?:等(?:人|领导|嘉宾|专家)?)?(?:应邀)?(?:出席|参加)(?:了)?"
        u"[^,。]{0,12}?并(?:分别)?(?:致辞|发言|讲话|作主旨发言|作主旨演讲|致开幕辞|作报告|作主题发言)"));
    const QRegularExpressionMatch m = list.match(text(sentence));
    if (!m.hasMatch())
        return false;
    const QString how = m.captured(0);
    const QString role = how.contains(QStringLiteral(u"主旨")) ? QStringLiteral("keynote")
        : how.contains(QStringLiteral(u"开幕"))                ? QStringLiteral("opening_remarks")
        : how.contains(QStringLiteral(u"报告"))                ? QStringLiteral("presentation")
                                                               : QStringLiteral("speech");
    const QList<Piece> items
        = splitList({ sentence.start + m.capturedStart(1), m.capturedLength(1) }, ListOf::People);
    QList<Intro> intros;
    for (const Piece item : items) {
        Intro intro;
        if (!readIntro(item, &intro))
            return false;
        intros.append(intro);
    }
    for (const Intro &intro : std::as_const(intros)) {
        bool listed = false;
        for (const ProposedSpeech &s : std::as_const(r.speeches))
            listed = listed || s.person == intro.person;
        if (!listed)
            addSpeech(intro, role, QString(), {}, sentence, 0.8);
    }
    return !intros.isEmpty();
}

// X主持开幕式 / 会议由X主持.
bool ChineseParse::readPresiding(Piece sentence)
{
    static const RX presides(QStringLiteral(u"^(.+?)主持(?:了)?([^,。]{0,12}?)\\s*。?$"));
    static const RX by(QStringLiteral(u"^([^,。]{0,8}?)由(.+?)主持\\s*。?$"));
    const QString t = text(sentence);
    Piece who;
    QString what;
    Piece whatPiece;
    if (const QRegularExpressionMatch b = by.match(t); b.hasMatch()) {
        who = { sentence.start + b.capturedStart(2), b.capturedLength(2) };
        what = b.captured(1);
        whatPiece = { sentence.start + b.capturedStart(1), b.capturedLength(1) };
    } else if (const QRegularExpressionMatch p = presides.match(t); p.hasMatch()) {
        who = { sentence.start + p.capturedStart(1), p.capturedLength(1) };
        what = p.captured(2);
        whatPiece = { sentence.start + p.capturedStart(2), p.capturedLength(2) };
    } else {
        return false;
    }
    Intro intro;
    if (!readIntro(who, &intro))
        return false;
    static const RX whole(QStringLiteral(u"^(?:本次|此次)?(?:会议|活动|对话|论坛)?$"));
    ProposedSpeech s;
    s.person = intro.person;
    s.organization = intro.organization;
    s.title = intro.title;
    s.role = QStringLiteral("presiding");
    s.verb = ChinesePressRelease::englishVerb(QStringLiteral(u"主持"));
    static const RX part(QStringLiteral(u"开幕|闭幕|环节|讨论|对话环节|圆桌"));
    const bool byForm = by.match(t).hasMatch();
    if (!whole.match(what.trimmed()).hasMatch() && (!byForm || part.match(what).hasMatch()))
        s.summary = original(trimmed(whatPiece.start, whatPiece.length));
    s.span = span(sentence);
    s.confidence = 0.8;
    r.speeches.append(s);
    return true;
}

bool ChineseParse::readParticipants(Piece sentence)
{
    if (!r.value(QStringLiteral("participants")).isEmpty())
        return false;
    static const RX attend(
        QStringLiteral(u"^(.{4,}?)(?:参加|出席|参与|参会)(?:了)?(?:本次|此次|这次|该)?[^,。]{0,6}\\s*。?$"));
    static const RX who(QStringLiteral(u"代表|嘉宾|专家|人员|学者|官员|人士|余人|多人|名"));
    const QRegularExpressionMatch m = attend.match(text(sentence));
    if (!m.hasMatch() || !who.match(m.captured(1)).hasMatch())
        return false;
    const Piece p = trimmed(sentence.start + m.capturedStart(1), m.capturedLength(1));
    r.setValue(QStringLiteral("participants"), original(p), span(p), 0.8);
    return true;
}

// NAME表示，……: one speaker's words, the speaker named by name or introduced there.
bool ChineseParse::readSpeechParagraph(const Paragraph &p)
{
    if (outcomeOpening().match(p.text).hasMatch())
        return false; // 与会代表一致认为，……: what all agreed, not one speaker's words
    static const RX verb(QStringLiteral(u"(还表示|表示|强调|指出|介绍|认为|提到|宣布|建议|呼吁|谈到|说|致辞)("
                                        u"?:道|称)?\\s*[,:]|(介绍|分享|阐述)了"));
    const QRegularExpressionMatch v = verb.match(p.text);
    if (!v.hasMatch() || v.capturedStart() > 90 || v.capturedStart() < 2)
        return false;
    QString before = p.text.left(v.capturedStart());
    qsizetype from = 0;
    static const RX lead(
        QStringLiteral(u"^\\s*(?:会上|会议期间|开幕式上|闭幕式上|随后|此外|同时|最后|另外|其中|"
                       u"在开幕式上|在闭幕式上|在会上|对话中|会议中)\\s*,?\\s*"));
    if (const QRegularExpressionMatch l = lead.match(before); l.hasMatch())
        from = l.capturedEnd();
    QString role = QStringLiteral("speech");
    qsizetype to = before.size();
    static const RX context(QStringLiteral(
        u"(?:在([^,。]{1,14}?)(?:中|上|时)|([^,。在]{0,8}(?:致辞|讲话|发言|演讲))(?:中|时)?)$"));
    if (const QRegularExpressionMatch c = context.match(before.left(to));
        c.hasMatch() && c.capturedStart() > from) {
        role = speechRoleOf(c.captured(0));
        to = c.capturedStart();
    }
    Intro intro;
    const Piece who = trimmed(p.start + from, to - from);
    if (who.length < 2 || !readIntro(who, &intro))
        return false;
    const QString chinese = v.captured(1).isEmpty() ? v.captured(2) : v.captured(1);
    QString english = ChinesePressRelease::englishVerb(chinese);
    if (english.isEmpty())
        english = ChinesePressRelease::englishVerb(QStringLiteral(u"表示"));
    // The words to the end of the paragraph, its closing 。 kept.
    Piece summary { p.start + v.capturedEnd(), p.text.size() - v.capturedEnd() };
    while (summary.length > 0 && m_text.at(summary.start).isSpace()) {
        ++summary.start;
        --summary.length;
    }
    while (summary.length > 0 && m_text.at(summary.start + summary.length - 1).isSpace())
        --summary.length;
    addSpeech(intro, role, english, summary, { p.start, p.text.size() }, 0.85);
    return true;
}

void ChineseParse::readPeople()
{
    if (m_lead < 0)
        return;
    for (int pi = m_lead; pi < m_bodyEnd; ++pi) {
        if (m_consumed.contains(pi) && pi != m_lead)
            continue;
        const Paragraph &para = m_paragraphs.at(pi);
        if (pi != m_lead && readSpeechParagraph(para)) {
            m_consumed.insert(pi);
            continue;
        }
        bool used = false;
        for (const Piece sentence : sentencesOf(para)) {
            const bool isSpeakers = readSpeakerList(sentence);
            const bool isPresider = !isSpeakers && readPresiding(sentence);
            const bool isParticipants = !isSpeakers && !isPresider && readParticipants(sentence);
            used = used || isSpeakers || isPresider || isParticipants;
            // Roles in a sentence of their own: 会议由A主办，B承办，C支持。
            static const RX roles(QStringLiteral(u"^[^,。]{0,10}由(.+?%1)\\s*。?$").arg(roleVerbPattern()));
            if (!isSpeakers && !isPresider) {
                const QRegularExpressionMatch m = roles.match(text(sentence));
                if (m.hasMatch()
                    && m.captured(0).contains(
                        QRegularExpression(roleVerbPattern() + QStringLiteral("\\s*(?:,|。|$)")))) {
                    readRoles({ sentence.start + m.capturedStart(1), m.capturedLength(1) }, 0.85);
                    used = true;
                }
            }
            // What it was part of: 本次对话是……系列活动之一.
            static const RX occasion(
                QStringLiteral(u"^(?:本次|此次|该|这次)[^,。是]{0,8}是(.+?)(?:系列活动)?之一\\s*。?$"));
            if (const QRegularExpressionMatch o = occasion.match(text(sentence)); o.hasMatch()) {
                const Piece part = trimmed(sentence.start + o.capturedStart(1), o.capturedLength(1));
                r.setValue(QStringLiteral("occasion"), original(part), span(part), 0.8);
            }
        }
        if (used && pi != m_lead)
            m_consumed.insert(pi);
    }
}

void ChineseParse::readTopics()
{
    static const RX around(QStringLiteral(
        u"围绕(.+?)(?:[一二三四五六七八九十两\\d]+个)?(?:议题|主题|专题|话题|方面)?(?:展开|进行)"));
    static const RX include(QStringLiteral(u"(?:议题|主题|专题)(?:包括|涵盖|有)[:]?(.+?)(?:等)?(?:。|$)"));
    for (int pi = m_lead + 1; pi < m_bodyEnd && pi >= 0; ++pi) {
        if (m_consumed.contains(pi))
            continue;
        const Paragraph &para = m_paragraphs.at(pi);
        QRegularExpressionMatch m = around.match(para.text);
        if (!m.hasMatch())
            m = include.match(para.text);
        if (!m.hasMatch())
            continue;
        Piece list { para.start + m.capturedStart(1), m.capturedLength(1) };
        // 围绕A、B两个议题 -> A, B; 围绕“A”这一主题 -> A.
        QString t = text(list);
        static const RX thisOne(QStringLiteral(u"这一$|等$"));
        if (const QRegularExpressionMatch e = thisOne.match(t); e.hasMatch())
            list.length = e.capturedStart();
        for (Piece item : splitList(list, ListOf::Things)) {
            QString it = text(item);
            if (it.startsWith(QChar(0x201C)) && it.endsWith(QChar(0x201D)) && it.size() > 2)
                item = { item.start + 1, item.length - 2 };
            if (item.length < 2)
                continue;
            ProposedTopic topic;
            topic.topic.translations.set(zh, QStringLiteral("title"), original(item));
            topic.span = span(item);
            topic.confidence = 0.8;
            r.topics.append(topic);
        }
        m_consumed.insert(pi);
        return;
    }
}

void ChineseParse::readOutcome()
{
    const RX &outcome = outcomeOpening();
    for (int pi = m_bodyEnd - 1; pi > m_lead && m_lead >= 0; --pi) {
        if (m_consumed.contains(pi))
            continue;
        const Paragraph &para = m_paragraphs.at(pi);
        if (!outcome.match(para.text).hasMatch())
            continue;
        // The whole paragraph, its closing 。 kept.
        const qsizetype lead = para.text.size() - para.text.trimmed().size() > 0
            ? para.text.indexOf(para.text.trimmed().left(1))
            : 0;
        const Piece p { para.start + lead, para.text.trimmed().size() };
        r.setValue(QStringLiteral("outcome"), original(p), span(p), 0.7);
        m_consumed.insert(pi);
        return;
    }
}

void ChineseParse::readContact()
{
    if (m_contactStart < 0)
        return;
    const int end = m_aboutStart > m_contactStart ? m_aboutStart : int(m_paragraphs.size());
    static const RX header(
        QStringLiteral(u"^\\s*(联系我们|联系方式|媒体联系人?|新闻联系人?|媒体垂询|媒体咨询|新闻联络|联系人|"
                       u"更多信息请联系)\\s*:?\\s*"));
    static const RX field(QStringLiteral(u"^\\s*(地址|电话|联系电话|手机|传真|邮箱|电子邮箱|电子邮件|E-?mail|"
                                         u"网址|网站|微信号|微信|公众号)\\s*:\\s*"),
        RX::CaseInsensitiveOption);
    static const RX inner(QStringLiteral(u"\\s{2,}(?=(?:传真|邮箱|网址|微信号|微信|电话)\\s*:)"));
    static const RX email(QStringLiteral("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}"));
    r.hasContact = true;
    const Paragraph &first = m_paragraphs.at(m_contactStart);
    const QRegularExpressionMatch h = header.match(first.text);
    const QString label = h.captured(1);
    static const QHash<QString, QString> englishLabels = {
        { QStringLiteral(u"联系我们"), QStringLiteral("Contact Us") },
        { QStringLiteral(u"联系方式"), QStringLiteral("Contact") },
        { QStringLiteral(u"联系人"), QStringLiteral("Contact") },
        { QStringLiteral(u"媒体联系"), QStringLiteral("Media contact") },
        { QStringLiteral(u"媒体联系人"), QStringLiteral("Media contact") },
        { QStringLiteral(u"新闻联系"), QStringLiteral("Press contact") },
        { QStringLiteral(u"新闻联系人"), QStringLiteral("Press contact") },
        { QStringLiteral(u"新闻联络"), QStringLiteral("Press contact") },
    };
    r.contact.label = englishLabels.value(label);
    if (label != QStringLiteral(u"联系我们"))
        r.contact.translations.set(zh, QStringLiteral("label"), label);
    // Lines of the block, a line holding several fields split before each.
    struct Line
    {
        qsizetype start;
        QString text;
    };
    QList<Line> lines;
    qsizetype blockEnd = first.start + first.text.size();
    for (int i = m_contactStart; i < end; ++i) {
        if (m_consumed.contains(i) && i != m_contactStart)
            break;
        const Paragraph &p = m_paragraphs.at(i);
        m_consumed.insert(i);
        blockEnd = p.start + p.text.size();
        qsizetype from = i == m_contactStart ? h.capturedEnd() : 0;
        QList<qsizetype> cuts { from };
        QRegularExpressionMatchIterator it = inner.globalMatch(p.text, from);
        while (it.hasNext())
            cuts.append(it.next().capturedEnd());
        cuts.append(p.text.size());
        for (int k = 0; k + 1 < cuts.size(); ++k) {
            const QString t = p.text.mid(cuts.at(k), cuts.at(k + 1) - cuts.at(k));
            if (!t.trimmed().isEmpty())
                lines.append({ p.start + cuts.at(k), t });
        }
    }
    r.contactSpan = span({ first.start, blockEnd - first.start });
    bool fieldsStarted = false;
    for (const Line &line : std::as_const(lines)) {
        const QRegularExpressionMatch f = field.match(line.text);
        if (!f.hasMatch()) {
            if (!fieldsStarted && r.contactOrganization < 0 && !email.match(line.text).hasMatch())
                r.contactOrganization = organizationFor(trimmed(line.start, line.text.size()));
            continue;
        }
        fieldsStarted = true;
        const QString name = f.captured(1).toLower();
        const Piece valuePiece = trimmed(line.start + f.capturedEnd(), line.text.size() - f.capturedEnd());
        const QString value = original(valuePiece).trimmed();
        if (name == QStringLiteral(u"地址"))
            r.contact.translations.set(zh, QStringLiteral("address"), value);
        else if (name.contains(QStringLiteral(u"电话")) || name == QStringLiteral(u"手机")) {
            for (const QString &phone :
                normalized(value).split(QRegularExpression(QStringLiteral("\\s+/\\s+|\\s*[;、,]\\s*|/"))))
                if (!phone.trimmed().isEmpty())
                    r.contact.phones.append(phone.trimmed());
        } else if (name == QStringLiteral(u"传真"))
            r.contact.fax = normalized(value).simplified();
        else if (name == QStringLiteral(u"网址") || name == QStringLiteral(u"网站"))
            r.contact.website = normalized(value).section(QLatin1Char(' '), 0, 0);
        else if (name.startsWith(QStringLiteral(u"微信")) || name == QStringLiteral(u"公众号"))
            r.contact.wechat = normalized(value).section(QLatin1Char(' '), 0, 0);
    }
    QRegularExpressionMatchIterator e = email.globalMatch(m_text.mid(first.start, blockEnd - first.start));
    while (e.hasNext()) {
        const QString address = e.next().captured(0);
        if (!r.contact.emails.contains(address))
            r.contact.emails.append(address);
    }
    r.contactMatchedId = ProposedRelease::contactSharingAnEmail(m_contacts, r.contact.emails);
}

void ChineseParse::readAbout()
{
    if (m_aboutStart < 0)
        return;
    static const RX about(QStringLiteral(u"^\\s*关于([^:]{2,40}?)\\s*(?::\\s*(.*))?$"));
    const Paragraph &p = m_paragraphs.at(m_aboutStart);
    const QRegularExpressionMatch m = about.match(p.text);
    if (!m.hasMatch())
        return;
    m_consumed.insert(m_aboutStart);
    QString aboutText = m.captured(2).isNull()
        ? QString()
        : original({ p.start + m.capturedStart(2), m.capturedLength(2) });
    qsizetype endPos = p.start + p.text.size();
    for (int next = m_aboutStart + 1;
         next < m_paragraphs.size() && !m_consumed.contains(next) && next != m_contactStart; ++next) {
        const Paragraph &n = m_paragraphs.at(next);
        aboutText
            += (aboutText.isEmpty() ? QString() : QStringLiteral("\n")) + r.text.mid(n.start, n.text.size());
        endPos = n.start + n.text.size();
        m_consumed.insert(next);
    }
    const int index = organizationFor({ p.start + m.capturedStart(1), m.capturedLength(1) });
    if (index < 0)
        return;
    r.aboutOrganization = index;
    r.aboutText = aboutText.trimmed();
    r.aboutSpan = span({ p.start, endPos - p.start });
    ProposedOrganization &o = r.organizations[index];
    if (o.matchedId == 0 && o.organization.translations.value(zh, QStringLiteral("about")).isEmpty())
        o.organization.translations.set(zh, QStringLiteral("about"), r.aboutText);
}

ProposedRelease ChineseParse::run()
{
    findBlocks();
    if (!readLead())
        return r;
    // The headline: the paragraph before the lead that is not a label or a dateline.
    for (int pi = m_lead - 1; pi >= 0; --pi) {
        if (m_consumed.contains(pi))
            continue;
        const Paragraph &p = m_paragraphs.at(pi);
        static const RX datelineOnly(
            QStringLiteral(u"^\\s*\\(?[\\p{Han}]{2,6}\\s*,\\s*\\d{4}\\s*年[^)]*\\)?\\s*$"));
        if (datelineOnly.match(p.text).hasMatch())
            continue;
        const Piece h = trimmed(p.start, p.text.size());
        r.headline = original(h);
        r.headlineSpan = span(h);
        m_consumed.insert(pi);
        break;
    }
    // A title the lead did not give: the headline's, without where it was held.
    if (r.value(QStringLiteral("title")).isEmpty() && r.headlineSpan.isValid()) {
        static const RX tail(
            QStringLiteral(u"(?:在[^在]{1,12})?(?:隆重|成功|顺利)?(?:举办|举行|召开|开幕)$"));
        const QString h = m_text.mid(r.headlineSpan.start, r.headlineSpan.length);
        const QRegularExpressionMatch t = tail.match(h);
        readTitle(trimmed(r.headlineSpan.start, t.hasMatch() ? t.capturedStart() : h.size()));
    }
    // The dateline's city for an event held in person whose lead named none.
    if (r.value(QStringLiteral("city")).isEmpty() && !m_datelineCity.isEmpty()
        && r.value(QStringLiteral("format")) != QLatin1String("online"))
        readPlace(m_datelineCityPiece);
    m_consumed.insert(m_lead);
    readContact();
    readAbout();
    readPeople();
    readTopics();
    readOutcome();
    if (!m_heldFound && r.roles.isEmpty() && r.speeches.isEmpty())
        r.setValue(QStringLiteral("title"), QString());
    r.dropUnreferenced();
    return r;
}

} // namespace

ProposedRelease ChineseReleaseReader::read(const QString &text, const QList<Person> &people,
    const QList<Organization> &organizations, const QList<Contact> &contacts, const ChineseNames &names)
{
    ChineseParse parse(text, people, organizations, contacts, names);
    return parse.run();
}

} // namespace rt
