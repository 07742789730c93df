#include "SyntheticChinese.h"

#include "core/db/Transaction.h"
#include "core/records/Archive.h"

#include <QHash>
#include <QRegularExpression>

namespace rt {

namespace {

const QString zh = QStringLiteral("zh");

QString chineseOf(const QHash<QString, QString> &table, const QString &english)
{
    return table.value(english);
}

const QHash<QString, QString> &themes()
{
    static const QHash<QString, QString> table = {
        { QStringLiteral("Integrated Ecosystem Management"), QStringLiteral(u"生态系统综合管理") },
        { QStringLiteral("Biodiversity Conservation"), QStringLiteral(u"生物多样性保护") },
        { QStringLiteral("Climate Adaptation"), QStringLiteral(u"气候适应") },
        { QStringLiteral("Water Resources"), QStringLiteral(u"水资源管理") },
        { QStringLiteral("Air Quality"), QStringLiteral(u"空气质量改善") },
        { QStringLiteral("Plastic Pollution"), QStringLiteral(u"塑料污染防治") },
        { QStringLiteral("Green Finance"), QStringLiteral(u"绿色金融") },
        { QStringLiteral("Sustainable Infrastructure"), QStringLiteral(u"可持续基础设施") },
        { QStringLiteral("Wetland Restoration"), QStringLiteral(u"湿地修复") },
        { QStringLiteral("Low-carbon Cities"), QStringLiteral(u"低碳城市建设") },
        { QStringLiteral("Mangrove Protection"), QStringLiteral(u"红树林保护") },
        { QStringLiteral("Environmental Impact Assessment"), QStringLiteral(u"环境影响评价") },
        { QStringLiteral("Nature-based Solutions"), QStringLiteral(u"基于自然的解决方案") },
        { QStringLiteral("Circular Economy"), QStringLiteral(u"循环经济") },
    };
    return table;
}

} // namespace

bool SyntheticChinese::add(Archive &archive, QString *error)
{
    Transaction transaction(archive.database());
    if (!transaction.begin(error))
        return false;

    static const QHash<QString, std::pair<QString, QString>> agencies = {
        { QStringLiteral("United Nations Environment Programme"),
            { QStringLiteral(u"联合国环境规划署"), QStringLiteral(u"环境署") } },
        { QStringLiteral("UNEP Regional Office for Asia and the Pacific"),
            { QStringLiteral(u"联合国环境规划署亚洲及太平洋区域办事处"), QStringLiteral(u"环境署亚太办") } },
        { QStringLiteral("United Nations Development Programme"),
            { QStringLiteral(u"联合国开发计划署"), QStringLiteral(u"开发署") } },
        { QStringLiteral("Mekong River Commission"),
            { QStringLiteral(u"湄公河委员会"), QStringLiteral(u"湄委会") } },
        { QStringLiteral("Asian Development Bank"),
            { QStringLiteral(u"亚洲开发银行"), QStringLiteral(u"亚行") } },
        { QStringLiteral("World Wildlife Fund"), { QStringLiteral(u"世界自然基金会"), QString() } },
        { QStringLiteral("International Union for Conservation of Nature"),
            { QStringLiteral(u"世界自然保护联盟"), QString() } },
        { QStringLiteral("Lancang-Mekong Environmental Cooperation Center"),
            { QStringLiteral(u"澜沧江-湄公河环境合作中心"), QStringLiteral(u"澜湄环境合作中心") } },
        { QStringLiteral("Foreign Environmental Cooperation Center"),
            { QStringLiteral(u"生态环境部对外合作与交流中心"), QStringLiteral(u"对外合作中心") } },
        { QStringLiteral("Global Environment Facility"), { QStringLiteral(u"全球环境基金"), QString() } },
        { QStringLiteral("Stockholm Environment Institute"),
            { QStringLiteral(u"斯德哥尔摩环境研究所"), QString() } },
    };
    static const QHash<QString, QString> bodies = {
        { QStringLiteral("Ministry of Ecology and Environment"), QStringLiteral(u"生态环境部") },
        { QStringLiteral("Ministry of Natural Resources and Environment"),
            QStringLiteral(u"自然资源与环境部") },
        { QStringLiteral("Department of Water Resources"), QStringLiteral(u"水资源司") },
        { QStringLiteral("Institute of Environmental Sciences"), QStringLiteral(u"环境科学研究院") },
        { QStringLiteral("Academy of Forestry"), QStringLiteral(u"林业科学院") },
        { QStringLiteral("Center for Climate Change"), QStringLiteral(u"气候变化中心") },
        { QStringLiteral("Pollution Control Department"), QStringLiteral(u"污染控制厅") },
        { QStringLiteral("Office of Natural Resources and Environmental Policy"),
            QStringLiteral(u"自然资源与环境政策办公室") },
        { QStringLiteral("National University"), QStringLiteral(u"国立大学") },
        { QStringLiteral("River Commission Secretariat"), QStringLiteral(u"河流委员会秘书处") },
    };
    static const QHash<QString, QString> countries = {
        { QStringLiteral("China"), QStringLiteral(u"中国") },
        { QStringLiteral("Thailand"), QStringLiteral(u"泰国") },
        { QStringLiteral("Lao PDR"), QStringLiteral(u"老挝") },
        { QStringLiteral("Cambodia"), QStringLiteral(u"柬埔寨") },
        { QStringLiteral("Myanmar"), QStringLiteral(u"缅甸") },
        { QStringLiteral("Viet Nam"), QStringLiteral(u"越南") },
    };
    static const QRegularExpression numbered(QStringLiteral("^(.+) of (.+) \\((\\d+)\\)$"));
    for (Organization o : archive.organizations()) {
        if (agencies.contains(o.name)) {
            o.translations.set(zh, QStringLiteral("name"), agencies.value(o.name).first);
            o.translations.set(zh, QStringLiteral("short_name"), agencies.value(o.name).second);
        } else if (const QRegularExpressionMatch m = numbered.match(o.name); m.hasMatch()) {
            o.translations.set(zh, QStringLiteral("name"),
                countries.value(m.captured(2)) + bodies.value(m.captured(1))
                    + QStringLiteral(u"第%1分部").arg(m.captured(3)));
        }
        if (!archive.saveOrganization(o, error))
            return false;
    }

    // People whose own script is not Chinese get a transliteration, given name first.
    static const QStringList syllables = QStringLiteral(
        u"颂 猜 苏 达 阿 南 坎 蓬 西 塔 本 米 维 莱 索 帕 沙 万 通 拉 玛 丽 安 娜 詹 姆 彼 得 汤 格")
                                             .split(QLatin1Char(' '));
    for (Person p : archive.people()) {
        bool han = false;
        for (const QChar c : p.localName)
            han = han || c.script() == QChar::Script_Han;
        if (han)
            continue;
        qint64 n = p.id * 7919;
        QString name[4];
        for (QString &syllable : name) {
            syllable = syllables.at(int(n % 30));
            n /= 30;
        }
        p.localName = name[0] + name[1] + QChar(0x00B7) + name[2] + name[3];
        if (!archive.savePerson(p, error))
            return false;
    }

    static const QHash<QString, QString> kinds = {
        { QStringLiteral("Roundtable Dialogue"), QStringLiteral(u"圆桌对话") },
        { QStringLiteral("Forum"), QStringLiteral(u"论坛") },
        { QStringLiteral("Workshop"), QStringLiteral(u"工作坊") },
        { QStringLiteral("Seminar"), QStringLiteral(u"研讨会") },
        { QStringLiteral("Policy Dialogue"), QStringLiteral(u"政策对话") },
        { QStringLiteral("Webinar"), QStringLiteral(u"网络研讨会") },
    };
    static const QHash<QString, QString> series = {
        { QStringLiteral("Green Lancang-Mekong Initiative"), QStringLiteral(u"绿色澜湄倡议") },
        { QStringLiteral("Lancang-Mekong Environmental Cooperation Roundtable"),
            QStringLiteral(u"澜湄环境合作圆桌") },
        { QStringLiteral("Mekong Water Dialogue"), QStringLiteral(u"湄公河水对话") },
        { QStringLiteral("Regional Forum on Biodiversity"), QStringLiteral(u"区域生物多样性论坛") },
        { QStringLiteral("Towards COP15"), QStringLiteral(u"迈向COP15") },
        { QStringLiteral("Youth for Climate"), QStringLiteral(u"青年气候行动") },
        { QStringLiteral("Clean Air Partnership"), QStringLiteral(u"清洁空气伙伴关系") },
        { QStringLiteral("Blue Economy Talks"), QStringLiteral(u"蓝色经济对话") },
    };
    static const QHash<QString, QString> cities = {
        { QStringLiteral("Beijing"), QStringLiteral(u"北京") },
        { QStringLiteral("Kunming"), QStringLiteral(u"昆明") },
        { QStringLiteral("Nanning"), QStringLiteral(u"南宁") },
        { QStringLiteral("Bangkok"), QStringLiteral(u"曼谷") },
        { QStringLiteral("Chiang Mai"), QStringLiteral(u"清迈") },
        { QStringLiteral("Vientiane"), QStringLiteral(u"万象") },
        { QStringLiteral("Luang Prabang"), QStringLiteral(u"琅勃拉邦") },
        { QStringLiteral("Phnom Penh"), QStringLiteral(u"金边") },
        { QStringLiteral("Siem Reap"), QStringLiteral(u"暹粒") },
        { QStringLiteral("Yangon"), QStringLiteral(u"仰光") },
        { QStringLiteral("Nay Pyi Taw"), QStringLiteral(u"内比都") },
        { QStringLiteral("Hà Nội"), QStringLiteral(u"河内") },
        { QStringLiteral("Thành phố Hồ Chí Minh"), QStringLiteral(u"胡志明市") },
        { QStringLiteral("Cần Thơ"), QStringLiteral(u"芹苴") },
        { QStringLiteral("Geneva"), QStringLiteral(u"日内瓦") },
        { QStringLiteral("Nairobi"), QStringLiteral(u"内罗毕") },
    };
    static const QHash<QString, QString> titles = {
        { QStringLiteral("Director-General"), QStringLiteral(u"司长") },
        { QStringLiteral("Deputy Director"), QStringLiteral(u"副主任") },
        { QStringLiteral("Minister"), QStringLiteral(u"部长") },
        { QStringLiteral("Professor"), QStringLiteral(u"教授") },
        { QStringLiteral("Programme Officer"), QStringLiteral(u"项目官员") },
        { QStringLiteral("Senior Advisor"), QStringLiteral(u"高级顾问") },
        { QStringLiteral("Head of Division"), QStringLiteral(u"处长") },
        { QStringLiteral("Researcher"), QStringLiteral(u"研究员") },
        { QStringLiteral("Chief Executive"), QStringLiteral(u"首席执行官") },
    };
    // Sentences of a speech or an outcome: {theme} is the dialogue's theme.
    static const QStringList sentences = {
        QStringLiteral(u"{theme}是澜湄区域合作的重要领域，各方应加强政策沟通与经验分享。"),
        QStringLiteral(u"近年来，湄公河国家在{theme}方面取得了积极进展，但仍面临资金和技术不足的挑战。"),
        QStringLiteral(u"未来将继续推动{theme}领域的务实合作，助力区域实现可持续发展目标。"),
        QStringLiteral(u"希望通过本次交流，进一步凝聚共识，携手应对共同的环境挑战。"),
        QStringLiteral(u"建立长效合作机制，有助于把{theme}的理念转化为具体行动。"),
    };
    static const QRegularExpression titled(QStringLiteral("^(.+) on (.+) in the Lancang-Mekong Region$"));
    static const QRegularExpression anniversary(QStringLiteral("(\\d+)th anniversary"));
    int n = 0;
    for (const qint64 id : archive.dialogueIds()) {
        Dialogue d = *archive.dialogue(id);
        const QRegularExpressionMatch t = titled.match(d.title);
        const QString theme = t.hasMatch() ? chineseOf(themes(), t.captured(2)) : QStringLiteral(u"环境合作");
        const QString kind = kinds.value(d.kind);
        auto said = [&](int k) {
            return QString(sentences.at(k % sentences.size())).replace(QStringLiteral("{theme}"), theme);
        };
        d.translations.set(zh, QStringLiteral("title"), QStringLiteral(u"澜湄区域") + theme + kind);
        d.translations.set(zh, QStringLiteral("kind"), kind);
        d.translations.set(zh, QStringLiteral("series"), series.value(d.series));
        d.translations.set(zh, QStringLiteral("city"), cities.value(d.city));
        d.translations.set(zh, QStringLiteral("occasion"),
            QStringLiteral(u"区域环境合作%1周年").arg(anniversary.match(d.occasion).captured(1)));
        d.translations.set(zh, QStringLiteral("participants"),
            QStringLiteral(u"来自各国政府、研究机构和民间社会的%1领域代表").arg(theme));
        d.translations.set(
            zh, QStringLiteral("outcome"), QStringLiteral(u"与会代表一致认为，") + said(n + 4));
        for (int k = 0; k < d.topics.size(); ++k) {
            Topic &topic = d.topics[k];
            topic.translations.set(zh, QStringLiteral("title"), themes().value(topic.title));
            topic.translations.set(zh, QStringLiteral("description"),
                QStringLiteral(u"交流了%1方面的经验").arg(themes().value(topic.title)));
        }
        for (int k = 0; k < d.speeches.size(); ++k) {
            Speech &s = d.speeches[k];
            s.translations.set(zh, QStringLiteral("title"), titles.value(s.title));
            s.translations.set(zh, QStringLiteral("summary"), said(n + k) + said(n + k + 2));
        }
        ++n;
        if (!archive.saveDialogue(d, error))
            return false;
    }
    return transaction.commit(error);
}

} // namespace rt
