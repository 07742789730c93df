#pragma once

#include "core/intake/ProposedRelease.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace rt {

// The archive's people and organisations by the names a Chinese release calls them: a
// person by the local name (张玉军, 德钦·策林), an organisation by its zh name or zh short
// name (联合国环境规划署亚洲及太平洋区域办事处, 环境署亚太办), its local name, or its English
// name or short name (a Chinese text writes "UNEP" too). Names are compared folded
// (ChineseReleaseReader::fold).
struct ChineseNames
{
    QHash<QString, QList<int>> people; // folded local name -> indexes into the people
    QHash<QString, int> organizations; // folded name of any of the kinds above -> index
    void build(const QList<Person> &people, const QList<Organization> &organizations);
};

// Reads a press release written in Chinese (ReleaseReader::read hands it over when
// languageOf says "zh") into the same ProposedRelease as an English one, its text values in
// Chinese (ProposedRelease::language "zh"). The rules are those of Chinese releases: dates as
// 2022年11月23日, 2022年11月23日至25日, 2022年11月23-25日; the lead in one sentence
// (“2022年11月23日，由A指导，B和C联合主办，D支持的……以线上线下相结合的方式在北京举办。”, or the
// roles in a sentence of their own, “会议由A主办，B承办。”); speakers with organisation and title
// before the name (生态环境部对外合作与交流中心主任张玉军) and by name afterwards (张玉军表示，……);
// the reporting verbs of ChinesePressRelease read back to English; “本次对话围绕……展开” topics; the
// outcome (与会代表一致认为……); the 联系我们 block and 关于……：. Full-width punctuation and
// digits are read as their ASCII twins; every span indexes the text as it was.
class ChineseReleaseReader
{
    Q_DECLARE_TR_FUNCTIONS(rt::ChineseReleaseReader)

public:
    static ProposedRelease read(const QString &text, const QList<Person> &people,
        const QList<Organization> &organizations, const QList<Contact> &contacts, const ChineseNames &names);

    // A name compared as Chinese texts write it differently: without spaces, middle dots,
    // hyphens and dashes, full-width forms as ASCII, Latin letters in lower case.
    static QString fold(const QString &text);

    // The English name and ISO country of a city written in Chinese (北京 -> Beijing, CN);
    // false for a city the reader does not know.
    static bool city(const QString &chinese, QString *english, QString *country);
};

} // namespace rt
