// rt_generate: writes a synthetic roundtable/1 archive for benchmarks.
//
//   rt_generate OUTPUT.json [--dialogues N] [--speeches-per-dialogue M] [--seed S]
//
// The text is realistic in shape (titles, series, summaries of a few sentences) and mixes
// the scripts of the region — Chinese, Thai, Lao, Khmer, Burmese, Vietnamese — into
// English, so that tokenising, indexing and layout are exercised as in real archives.
// The same seed always gives the same file.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <random>

namespace {

struct Name
{
    const char *family;
    const char *given;
    bool familyFirst;
    const char *local;
};

const Name Names[] = {
    { "Zhang", "Yujun", true, "张玉军" },
    { "Wang", "Qian", true, "王倩" },
    { "Li", "Xia", true, "李霞" },
    { "Huang", "Runqiu", true, "黄润秋" },
    { "Sun", "Xuefeng", true, "孙雪峰" },
    { "Chen", "Haiyan", true, "陈海燕" },
    { "Theppitak", "Noppadon", false, "นพดล เทพพิทักษ์" },
    { "Srisuk", "Kanokwan", false, "กนกวรรณ ศรีสุข" },
    { "Phommachanh", "Khamphet", false, "ຄຳເພັດ ພົມມະຈັນ" },
    { "Sisavath", "Bounmy", false, "ບຸນມີ ສີສະຫວາດ" },
    { "Sok", "Dara", true, "សុខ តារា" },
    { "Chan", "Sophea", true, "ចាន់ សុភា" },
    { "Aung", "Kyaw", false, "ကျော်အောင်" },
    { "Thida", "Hnin", false, "နှင်းသီတာ" },
    { "Nguyễn", "Văn An", true, "" },
    { "Trần", "Thị Hồng Hà", true, "" },
    { "Lê", "Minh Tuấn", true, "" },
    { "Tsering", "Dechen", false, "" },
    { "Smith", "Eleanor", false, "" },
    { "Okafor", "Chidi", false, "" },
};

const char *const Honorifics[] = { "Dr.", "Mr.", "Ms.", "Prof.", "H.E." };
const char *const Titles[] = { "Director-General", "Deputy Director-General", "Director", "Programme Officer",
    "Senior Researcher", "Minister", "Vice Minister", "Head of Unit", "Professor", "Country Representative" };
const char *const Verbs[]
    = { "stated", "emphasized", "pointed out", "noted", "highlighted", "said", "underlined" };
const char *const Cities[][2]
    = { { "Beijing", "CN" }, { "Kunming", "CN" }, { "Bangkok", "TH" }, { "Chiang Mai", "TH" },
          { "Vientiane", "LA" }, { "Luang Prabang", "LA" }, { "Phnom Penh", "KH" }, { "Siem Reap", "KH" },
          { "Nay Pyi Taw", "MM" }, { "Yangon", "MM" }, { "Hà Nội", "VN" }, { "Cần Thơ", "VN" } };
const char *const Series[] = { "Green Lancang-Mekong Initiative",
    "Lancang-Mekong Environmental Cooperation Forum", "Mekong Biodiversity Dialogue Series",
    "Climate Resilience Roundtables", "澜湄环境合作圆桌对话", "Mekong River Health Workshops" };
const char *const Kinds[] = { "Roundtable Dialogue", "Forum", "Workshop", "Policy Dialogue", "Seminar" };
const char *const Subjects[]
    = { "Integrated Ecosystem Management", "Biodiversity Conservation", "Climate Change Adaptation",
          "Green Finance", "Plastic Pollution", "Water Quality Monitoring", "Sustainable Livelihoods",
          "Nature-based Solutions", "Wetland Restoration", "Air Quality", "Circular Economy" };
const char *const Phrases[] = { "the Lancang-Mekong region", "regional cooperation", "biodiversity loss",
    "ecosystem assessment", "sustainable forest use and finance", "green and low-carbon development",
    "the 2030 Agenda for Sustainable Development", "capacity building", "transboundary water management",
    "environmental governance", "public participation", "生物多样性保护", "澜沧江-湄公河环境合作",
    "生态系统管理", "应对气候变化", "การอนุรักษ์ความหลากหลายทางชีวภาพ", "การเปลี่ยนแปลงสภาพภูมิอากาศ",
    "ການປົກປັກຮັກສາສິ່ງແວດລ້ອມ", "ການພັດທະນາແບບຍືນຍົງ", "ការអភិរក្សជីវចម្រុះ", "ការប្រែប្រួលអាកាសធាតុ", "ဇီဝမျိုးစုံမျိုးကွဲထိန်းသိမ်းရေး",
    "ရာသီဥတုပြောင်းလဲမှု", "bảo tồn đa dạng sinh học", "biến đổi khí hậu", "phát triển bền vững" };
const char *const Openers[] = { "cooperation on", "the experience of", "joint research on", "policies for",
    "new financing for", "monitoring of", "the importance of", "pilot projects on" };
const char *const Formats[] = { "in_person", "online", "hybrid" };
const char *const OrgRoles[] = { "guided_by", "organizer", "co_organizer", "supporter", "host", "partner" };
const char *const SpeechRoles[]
    = { "opening_remarks", "speech", "speech", "speech", "keynote", "presentation", "closing" };

template <typename T, std::size_t N> constexpr std::size_t count(const T (&)[N])
{
    return N;
}

class Generator
{
public:
    explicit Generator(unsigned seed)
        : m_random(seed)
    {
    }

    template <typename T, std::size_t N> const T &pick(const T (&items)[N])
    {
        return items[std::uniform_int_distribution<std::size_t>(0, N - 1)(m_random)];
    }
    int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_random); }

    QString sentence()
    {
        QString s = QString::fromUtf8(pick(Openers)) + QLatin1Char(' ') + QString::fromUtf8(pick(Phrases));
        const int more = between(1, 3);
        for (int i = 0; i < more; ++i)
            s += (i + 1 == more ? QStringLiteral(" and ") : QStringLiteral(", "))
                + QString::fromUtf8(pick(Phrases));
        return s;
    }

    QString paragraph(int sentences)
    {
        QStringList parts;
        for (int i = 0; i < sentences; ++i) {
            QString s = sentence();
            s[0] = s[0].toUpper();
            parts << s + QLatin1Char('.');
        }
        return parts.join(QLatin1Char(' '));
    }

private:
    std::mt19937 m_random;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes a synthetic roundtable/1 archive."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("output"), QStringLiteral("The JSON file to write."));
    const QCommandLineOption dialoguesOption(QStringLiteral("dialogues"),
        QStringLiteral("Number of dialogues."), QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption speechesOption(QStringLiteral("speeches-per-dialogue"),
        QStringLiteral("Average speeches per dialogue."), QStringLiteral("M"), QStringLiteral("10"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("S"), QStringLiteral("2022"));
    parser.addOption(dialoguesOption);
    parser.addOption(speechesOption);
    parser.addOption(seedOption);
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    const int dialogueCount = parser.value(dialoguesOption).toInt();
    const int speechesPer = parser.value(speechesOption).toInt();
    Generator g(parser.value(seedOption).toUInt());

    QJsonArray organizations;
    const int organizationCount = 300;
    for (int i = 0; i < organizationCount; ++i) {
        QJsonObject o;
        o[QStringLiteral("key")] = QStringLiteral("org-%1").arg(i);
        o[QStringLiteral("name")]
            = QStringLiteral("%1 Centre for %2 %3")
                  .arg(QString::fromUtf8(g.pick(Cities)[0]), QString::fromUtf8(g.pick(Subjects)))
                  .arg(i);
        o[QStringLiteral("short_name")] = QStringLiteral("C%1").arg(i);
        o[QStringLiteral("country")] = QString::fromUtf8(g.pick(Cities)[1]);
        if (i >= 10)
            o[QStringLiteral("parent")] = QStringLiteral("org-%1").arg(i % 10);
        organizations.append(o);
    }

    QJsonArray people;
    const int peopleCount = 5000;
    for (int i = 0; i < peopleCount; ++i) {
        const Name &n = Names[i % count(Names)];
        QJsonObject p;
        p[QStringLiteral("key")] = QStringLiteral("person-%1").arg(i);
        p[QStringLiteral("honorific")] = QString::fromUtf8(g.pick(Honorifics));
        p[QStringLiteral("family_name")] = QString::fromUtf8(n.family);
        p[QStringLiteral("given_name")]
            = QString::fromUtf8(n.given) + QStringLiteral(" %1").arg(i / count(Names));
        p[QStringLiteral("family_name_first")] = n.familyFirst;
        if (n.local[0])
            p[QStringLiteral("local_name")] = QString::fromUtf8(n.local);
        people.append(p);
    }

    QJsonArray contacts;
    for (int i = 0; i < 20; ++i) {
        QJsonObject c;
        c[QStringLiteral("key")] = QStringLiteral("contact-%1").arg(i);
        c[QStringLiteral("organization")] = QStringLiteral("org-%1").arg(i);
        c[QStringLiteral("label")] = QStringLiteral("Contact Us");
        c[QStringLiteral("address")] = QStringLiteral("No. %1 Environmental Road, %2")
                                           .arg(i + 1)
                                           .arg(QString::fromUtf8(g.pick(Cities)[0]));
        c[QStringLiteral("phones")] = QJsonArray { QStringLiteral("+86-10-8226%1").arg(1000 + i) };
        c[QStringLiteral("emails")] = QJsonArray { QStringLiteral("press%1@example.org").arg(i) };
        contacts.append(c);
    }

    QJsonArray dialogues;
    const QDate first(2012, 1, 1);
    for (int i = 0; i < dialogueCount; ++i) {
        QJsonObject d;
        const auto &city = g.pick(Cities);
        const QDate date = first.addDays(g.between(0, 365 * 14));
        d[QStringLiteral("key")] = QStringLiteral("dialogue-%1").arg(i);
        d[QStringLiteral("title")]
            = QStringLiteral("%1 on %2 in the Lancang-Mekong Region")
                  .arg(QString::fromUtf8(g.pick(Kinds)), QString::fromUtf8(g.pick(Subjects)));
        d[QStringLiteral("series")] = QString::fromUtf8(g.pick(Series));
        d[QStringLiteral("kind")] = QString::fromUtf8(g.pick(Kinds));
        d[QStringLiteral("start_date")] = date.toString(Qt::ISODate);
        d[QStringLiteral("city")] = QString::fromUtf8(city[0]);
        d[QStringLiteral("country")] = QString::fromUtf8(city[1]);
        d[QStringLiteral("format")] = QString::fromUtf8(g.pick(Formats));
        d[QStringLiteral("participants")] = QStringLiteral("Representatives of ") + g.sentence();
        d[QStringLiteral("outcome")] = g.paragraph(2);
        d[QStringLiteral("status")] = QStringLiteral("held");
        d[QStringLiteral("contact")] = QStringLiteral("contact-%1").arg(i % 20);
        d[QStringLiteral("about")] = QStringLiteral("org-%1").arg(i % 20);
        QJsonArray orgs;
        const int orgCount = g.between(2, 4);
        for (int j = 0; j < orgCount; ++j) {
            orgs.append(QJsonObject { { QStringLiteral("organization"),
                                          QStringLiteral("org-%1").arg(g.between(0, organizationCount - 1)) },
                { QStringLiteral("role"), QString::fromUtf8(OrgRoles[j % count(OrgRoles)]) } });
        }
        d[QStringLiteral("organizations")] = orgs;
        QJsonArray topics;
        for (int j = 0, n = g.between(2, 4); j < n; ++j) {
            topics.append(QJsonObject { { QStringLiteral("title"), g.sentence() },
                { QStringLiteral("description"), g.paragraph(1) } });
        }
        d[QStringLiteral("topics")] = topics;
        QJsonArray speeches;
        // Exactly `speechesPer` on average: alternate one fewer and one more.
        const int n = speechesPer + (i % 2 == 0 ? -1 : 1) * (i % 3 == 0 ? 0 : 1);
        for (int j = 0; j < n; ++j) {
            QJsonObject s;
            s[QStringLiteral("person")] = QStringLiteral("person-%1").arg(g.between(0, peopleCount - 1));
            s[QStringLiteral("role")] = QString::fromUtf8(g.pick(SpeechRoles));
            s[QStringLiteral("title")] = QString::fromUtf8(g.pick(Titles));
            s[QStringLiteral("organization")]
                = QStringLiteral("org-%1").arg(g.between(0, organizationCount - 1));
            s[QStringLiteral("verb")] = QString::fromUtf8(g.pick(Verbs));
            s[QStringLiteral("summary")] = g.paragraph(g.between(2, 4));
            speeches.append(s);
        }
        d[QStringLiteral("speeches")] = speeches;
        dialogues.append(d);
    }

    QJsonObject root;
    root[QStringLiteral("format")] = QStringLiteral("roundtable/1");
    root[QStringLiteral("organizations")] = organizations;
    root[QStringLiteral("people")] = people;
    root[QStringLiteral("contacts")] = contacts;
    root[QStringLiteral("dialogues")] = dialogues;

    QFile file(parser.positionalArguments().constFirst());
    if (!file.open(QIODevice::WriteOnly)) {
        QTextStream(stderr) << "rt_generate: " << file.errorString() << Qt::endl;
        return 1;
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    return 0;
}
