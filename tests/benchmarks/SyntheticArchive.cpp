#include "SyntheticArchive.h"

#include "core/db/Database.h"
#include "core/db/Transaction.h"
#include "core/records/Archive.h"

#include <random>

namespace rt {

namespace {

QStringList split(const char *words)
{
    return QString::fromUtf8(words).split(QLatin1Char('|'));
}

class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_random(seed)
    {
    }
    int below(int n) { return int(m_random() % quint32(n)); }
    const QString &pick(const QStringList &list) { return list.at(below(int(list.size()))); }
    bool chance(int percent) { return below(100) < percent; }

    // Words by theme: a dialogue speaks mostly of its own theme, as real ones do, so that a
    // topic word is found in some dialogues, not in nearly all of them.
    static const QList<QStringList> &themeWords()
    {
        static const QList<QStringList> words = {
            split(
                "ecosystem|integrated ecosystem management|landscape|watershed|ecosystem services|planning"),
            split("biodiversity|species|habitat|protected areas|wildlife|Kunming-Montreal "
                  "framework|pollinators|corridors"),
            split("climate|adaptation|resilience|heat waves|early warning|loss and damage|vulnerability"),
            split("water|river|basin|dams|hydropower|sediment|flood|drought|groundwater|irrigation"),
            split("air quality|particulate matter|emissions|monitoring stations|vehicles|coal|haze"),
            split("plastic|waste|marine litter|recycling|packaging|landfills|microplastics"),
            split("finance|green bonds|investment|banks|blended finance|taxonomy|insurance"),
            split("infrastructure|roads|railways|belt and road|environmental safeguards|standards"),
            split("wetlands|peatlands|Ramsar sites|migratory birds|restoration|floodplains"),
            split("cities|urban planning|public transport|buildings|energy efficiency|low-carbon"),
            split("mangroves|coastline|blue carbon|fisheries|aquaculture|storms|delta"),
            split("environmental impact assessment|permits|public participation|baselines|compliance"),
            split("nature-based solutions|reforestation|agroforestry|soil|farmers|livelihoods"),
            split("circular economy|industry|supply chains|cleaner production|industrial parks|resources"),
        };
        return words;
    }

    // Common words: frequent ones first, picked with a Zipf-like bias.
    const QString &commonWord()
    {
        static const QStringList words = split(
            "cooperation|policy|region|countries|partners|capacity|knowledge|experience|framework|governance|"
            "data|research|communities|youth|women|education|awareness|innovation|technology|dialogue|"
            "implementation|projects|action plans|targets|progress|challenges|opportunities|solutions|"
            "assessment|training|networks|institutions|sustainable development goals|indigenous peoples|"
            "private sector|civil society|universities|media|tourism|health|energy transition|"
            "green development|digital tools|satellite imagery|traditional knowledge|local governments");
        const double u = double(below(1000000)) / 1000000.0;
        const int index = std::min(int(double(words.size()) * u * u * u), int(words.size()) - 1);
        return words.at(index);
    }

    QString sentence(int words, int theme)
    {
        static const QStringList verbs = split(
            "strengthen|promote|support|share|improve|protect|restore|monitor|finance|integrate|scale up|"
            "mainstream|coordinate|assess|reduce|enhance|build|develop|align|implement");
        static const QStringList adjectives = split("regional|transboundary|sustainable|integrated|inclusive|"
                                                    "local|national|joint|long-term|effective|"
                                                    "green|practical|urgent|shared|innovative|science-based");
        const QStringList &own = themeWords().at(theme % themeWords().size());
        auto noun = [&]() -> QString { return chance(55) ? pick(own) : commonWord(); };
        QString text = pick(adjectives) + QLatin1Char(' ') + noun();
        text[0] = text[0].toUpper();
        for (int i = 2; i < words; i += 3)
            text += QLatin1Char(' ') + pick(verbs) + QLatin1Char(' ') + pick(adjectives) + QLatin1Char(' ')
                + noun();
        return text + QLatin1Char('.');
    }

    QString localSentence()
    {
        static const QStringList sentences
            = split("澜湄合作为区域生态环境保护提供了重要平台。|生物多样性保护是全球共同的责任。|"
                    "各方同意加强跨境河流的水资源管理与数据共享。|绿色发展和低碳转型需要政策与资金支持。|"
                    "การอนุรักษ์ความหลากหลายทางชีวภาพเป็นความรับผิดชอบร่วมกันของภูมิภาค|"
                    "ป่าชายเลนช่วยปกป้องชายฝั่งจากพายุและการกัดเซาะ|ความร่วมมือด้านสิ่งแวดล้อมในลุ่มแม่น้ำโขง|"
                    "ການປົກປັກຮັກສາສິ່ງແວດລ້ອມແມ່ນໜ້າທີ່ຂອງທຸກຄົນ|ການຮ່ວມມືລ້ານຊ້າງ-ແມ່ຂອງ|"
                    "កិច្ចសហប្រតិបត្តិការការពារបរិស្ថាននៅតំបន់មេគង្គ|ការអភិរក្សធនធានធម្មជាតិ|"
                    "ပတ်ဝန်းကျင်ထိန်းသိမ်းရေးသည်အရေးကြီးသည်|မဲခေါင်ဒေသပူးပေါင်းဆောင်ရွက်မှု|"
                    "Bảo tồn đa dạng sinh học là nhiệm vụ cấp bách của khu vực.|"
                    "Hợp tác Mê Kông - Lan Thương thúc đẩy phát triển xanh.|Quản lý tài nguyên nước xuyên "
                    "biên giới.");
        return pick(sentences);
    }

private:
    std::mt19937 m_random;
};

struct Place
{
    const char *city;
    const char *country;
};

} // namespace

bool SyntheticArchive::generate(Archive &archive, const Size &size, QString *error)
{
    Generator g(20221123);
    Transaction transaction(archive.database());
    if (!transaction.begin(error))
        return false;

    // Organisations.
    static const QStringList countries = split("China|Thailand|Lao PDR|Cambodia|Myanmar|Viet Nam");
    static const QStringList countryCodes = split("CN|TH|LA|KH|MM|VN");
    static const QStringList bodies = split("Ministry of Ecology and Environment|Ministry of Natural "
                                            "Resources and Environment|Department of Water Resources|"
                                            "Institute of Environmental Sciences|Academy of Forestry|Center "
                                            "for Climate Change|Pollution Control Department|"
                                            "Office of Natural Resources and Environmental Policy|National "
                                            "University|River Commission Secretariat");
    static const QStringList agencies = split(
        "United Nations Environment Programme|UNEP Regional Office for Asia and the Pacific|"
        "United Nations Development Programme|Mekong River Commission|Asian Development Bank|World Wildlife "
        "Fund|"
        "International Union for Conservation of Nature|Lancang-Mekong Environmental Cooperation Center|"
        "Foreign Environmental Cooperation Center|Global Environment Facility|Stockholm Environment "
        "Institute");
    static const QStringList agencyShort = split("UNEP|UNEP ROAP|UNDP|MRC|ADB|WWF|IUCN|LMEC|FECO|GEF|SEI");
    static const QStringList localNames
        = split("生态环境部|水利部|中国科学院|กรมควบคุมมลพิษ|Bộ Tài nguyên và Môi trường|"
                "ກະຊວງຊັບພະຍາກອນທຳມະຊາດ|ក្រសួងបរិស្ថាន|သယံဇာတဝန်ကြီးဌာန");
    QList<qint64> organizations;
    for (int i = 0; i < size.organizations; ++i) {
        Organization o;
        if (i < agencies.size()) {
            o.name = agencies.at(i);
            o.shortName = agencyShort.at(i);
        } else {
            const int c = g.below(int(countries.size()));
            o.name = QStringLiteral("%1 of %2 (%3)").arg(g.pick(bodies), countries.at(c)).arg(i);
            o.country = countryCodes.at(c);
            if (g.chance(30))
                o.localName = g.pick(localNames);
        }
        o.key = QStringLiteral("org-%1").arg(i);
        if (!archive.saveOrganization(o, error))
            return false;
        organizations.append(o.id);
    }

    // People, with names as their countries write them.
    static const QStringList chineseFamily
        = split("Zhang|Wang|Li|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Sun|Ma|Zhu|Hu|Guo");
    static const QStringList chineseFamilyHan = split("张|王|李|刘|陈|杨|黄|赵|吴|周|孙|马|朱|胡|郭");
    static const QStringList chineseGiven
        = split("Yujun|Xuefeng|Runqiu|Qian|Wei|Fang|Jing|Lei|Min|Hua|Tao|Yan|Jun|Xia");
    static const QStringList chineseGivenHan = split("玉军|雪峰|润秋|倩|伟|芳|静|磊|敏|华|涛|燕|军|霞");
    static const QStringList vietFamily = split("Nguyễn|Trần|Lê|Phạm|Hoàng|Phan|Vũ|Đặng|Bùi|Đỗ");
    static const QStringList vietGiven
        = split("Hồng Hà|Văn Minh|Thị Lan|Quốc Hùng|Thu Trang|Đức Anh|Ngọc Ánh|Minh Tuấn");
    static const QStringList thaiGiven = split("Somchai|Suda|Anan|Kanya|Prasert|Malee|Niran|Wipa");
    static const QStringList thaiGivenLocal = split("สมชาย|สุดา|อนันต์|กันยา|ประเสริฐ|มาลี|นิรันดร์|วิภา");
    static const QStringList thaiFamily = split("Jaidee|Srisuk|Wongsawat|Chaiyaporn|Rattanakosin|Boonmee");
    static const QStringList thaiFamilyLocal = split("ใจดี|ศรีสุข|วงศ์สวัสดิ์|ชัยพร|รัตนโกสินทร์|บุญมี");
    static const QStringList laoNames = split("Souksavanh|Phonesavanh|Khamphone|Bounmy|Vilayphone");
    static const QStringList laoLocal = split("ສຸກສະຫວັນ|ພອນສະຫວັນ|ຄຳພອນ|ບຸນມີ|ວິໄລພອນ");
    static const QStringList khmerNames = split("Sokha|Dara|Vanna|Sophea|Chenda");
    static const QStringList khmerLocal = split("សុខា|ដារា|វណ្ណា|សុភា|ចិន្តា");
    static const QStringList burmeseNames = split("Aung|Thida|Kyaw|Hnin|Zaw");
    static const QStringList burmeseLocal = split("အောင်|သီတာ|ကျော်|နှင်း|ဇော်");
    static const QStringList westernGiven = split("Anna|James|Maria|David|Sarah|Peter|Elena|Tom|Grace|Lukas");
    static const QStringList westernFamily
        = split("Smith|Müller|García|Johnson|Rossi|Dubois|Andersson|Tanaka|Kim|Okafor");
    static const QStringList honorifics = split("Dr.|Mr.|Ms.|Prof.|H.E.|");
    QList<qint64> people;
    for (int i = 0; i < size.people; ++i) {
        Person p;
        p.key = QStringLiteral("person-%1").arg(i);
        p.honorific = g.pick(honorifics);
        int f, n;
        switch (i % 7) {
        case 0:
        case 1:
            f = g.below(int(chineseFamily.size()));
            n = g.below(int(chineseGiven.size()));
            p.familyName = chineseFamily.at(f);
            p.givenName = chineseGiven.at(n);
            p.localName = chineseFamilyHan.at(f) + chineseGivenHan.at(n);
            p.familyNameFirst = true;
            break;
        case 2:
            p.familyName = g.pick(vietFamily);
            p.givenName = g.pick(vietGiven);
            p.familyNameFirst = true;
            break;
        case 3:
            f = g.below(int(thaiFamily.size()));
            n = g.below(int(thaiGiven.size()));
            p.familyName = thaiFamily.at(f);
            p.givenName = thaiGiven.at(n);
            p.localName = thaiGivenLocal.at(n) + QLatin1Char(' ') + thaiFamilyLocal.at(f);
            break;
        case 4:
            n = g.below(int(laoNames.size()));
            p.familyName = laoNames.at(n);
            p.givenName = g.pick(laoNames);
            p.localName = laoLocal.at(n);
            break;
        case 5:
            n = g.below(int(khmerNames.size()));
            p.familyName = g.chance(50) ? khmerNames.at(n) : burmeseNames.at(n);
            p.localName = g.chance(50) ? khmerLocal.at(n) : burmeseLocal.at(n);
            break;
        default:
            p.familyName = g.pick(westernFamily);
            p.givenName = g.pick(westernGiven);
            break;
        }
        if (!archive.savePerson(p, error))
            return false;
        people.append(p.id);
    }

    static const Place places[] = { { "Beijing", "CN" }, { "Kunming", "CN" }, { "Nanning", "CN" },
        { "Bangkok", "TH" }, { "Chiang Mai", "TH" }, { "Vientiane", "LA" }, { "Luang Prabang", "LA" },
        { "Phnom Penh", "KH" }, { "Siem Reap", "KH" }, { "Yangon", "MM" }, { "Nay Pyi Taw", "MM" },
        { "Hà Nội", "VN" }, { "Thành phố Hồ Chí Minh", "VN" }, { "Cần Thơ", "VN" }, { "Geneva", "CH" },
        { "Nairobi", "KE" } };
    static const QStringList series = split("Green Lancang-Mekong Initiative|Lancang-Mekong Environmental "
                                            "Cooperation Roundtable|Mekong Water Dialogue|"
                                            "Regional Forum on Biodiversity|Towards COP15|Youth for "
                                            "Climate|Clean Air Partnership|Blue Economy Talks||");
    static const QStringList kinds
        = split("Roundtable Dialogue|Forum|Workshop|Seminar|Policy Dialogue|Webinar");
    static const QStringList themes = split(
        "Integrated Ecosystem Management|Biodiversity Conservation|Climate Adaptation|Water Resources|Air "
        "Quality|"
        "Plastic Pollution|Green Finance|Sustainable Infrastructure|Wetland Restoration|Low-carbon Cities|"
        "Mangrove Protection|Environmental Impact Assessment|Nature-based Solutions|Circular Economy");
    static const QStringList localTitles
        = split("澜湄环境合作圆桌对话|生物多样性保护研讨会|การประชุมโต๊ะกลมว่าด้วยความหลากหลายทางชีวภาพ|"
                "ກອງປະຊຸມກ່ຽວກັບການປົກປັກຮັກສາສິ່ງແວດລ້ອມ|កិច្ចប្រជុំស្តីពីការការពារបរិស្ថាន|"
                "ပတ်ဝန်းကျင်ထိန်းသိမ်းရေးဆွေးနွေးပွဲ|Diễn đàn hợp tác môi trường Mê Kông");
    static const QStringList formats = split("in_person|online|hybrid");
    static const QStringList roles = split("speech|keynote|presentation|panelist|speech|speech");
    static const QStringList orgRoles = split("guided_by|organizer|co_organizer|supporter|host|partner");
    static const QStringList verbs
        = split("stated|emphasized|pointed out|noted|highlighted|introduced|suggested");
    static const QStringList titles
        = split("Director-General|Deputy Director|Minister|Professor|Programme Officer|"
                "Senior Advisor|Head of Division|Researcher|Chief Executive");

    for (int i = 0; i < size.dialogues; ++i) {
        Dialogue d;
        d.key = QStringLiteral("dialogue-%1").arg(i);
        const int themeIndex = g.below(int(themes.size()));
        const QString theme = themes.at(themeIndex);
        d.kind = g.pick(kinds);
        d.title = g.chance(12) ? g.pick(localTitles)
                               : QStringLiteral("%1 on %2 in the Lancang-Mekong Region").arg(d.kind, theme);
        d.series = g.pick(series);
        d.startDate = QDate(2005, 1, 1).addDays(g.below(21 * 365));
        const Place &place = places[g.below(int(std::size(places)))];
        d.city = QString::fromUtf8(place.city);
        d.country = QString::fromLatin1(place.country);
        d.format = g.pick(formats);
        d.occasion = QStringLiteral("the %1th anniversary of regional environmental cooperation")
                         .arg(1 + g.below(10));
        d.participants
            = QStringLiteral("Representatives of governments, research institutes and civil society. ")
            + g.sentence(8, themeIndex);
        d.outcome = g.sentence(15, themeIndex) + QLatin1Char(' ') + g.sentence(9, themeIndex);
        const int orgCount = 2 + g.below(3);
        for (int k = 0; k < orgCount; ++k)
            d.organizations.append(
                { organizations.at(g.below(int(organizations.size()))), orgRoles.at(k % orgRoles.size()) });
        const int topicCount = 2 + g.below(2);
        for (int k = 0; k < topicCount; ++k)
            d.topics.append({ k == 0 ? theme : g.pick(themes),
                g.sentence(10, k == 0 ? themeIndex : g.below(int(themes.size()))) });
        for (int k = 0; k < size.speechesPerDialogue; ++k) {
            Speech s;
            s.personId = people.at(g.below(int(people.size())));
            s.role = k == 0 ? QStringLiteral("opening_remarks") : g.pick(roles);
            s.title = g.pick(titles);
            s.organizationId = organizations.at(g.below(int(organizations.size())));
            s.verb = g.pick(verbs);
            s.summary = g.sentence(12, themeIndex) + QLatin1Char(' ') + g.sentence(12, themeIndex);
            if (g.chance(25))
                s.summary += QLatin1Char(' ') + g.localSentence();
            d.speeches.append(s);
        }
        if (!archive.saveDialogue(d, error))
            return false;
    }
    return transaction.commit(error);
}

} // namespace rt
