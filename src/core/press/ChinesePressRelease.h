#pragma once

#include "core/press/PressRelease.h"
#include "core/records/Records.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantHash>

namespace rt {

class Archive;

// Writes the Mustache context of a press release in Chinese, the way Chinese releases are
// written rather than as a translation of the English sentences: the lead in one sentence
// ("2022年11月23日，由…指导，…联合主办，…支持的…以线上线下相结合的方式在北京举办。"), speakers
// introduced by organisation and title before the name and named by their full name alone
// afterwards, reporting verbs from one table, full-width punctuation. Every piece of text
// comes from the records' Chinese text (FieldTranslations "zh", people's local names); a
// dialogue that lacks some is refused with the list of what is missing, so that a Chinese
// release never holds an English sentence.
class ChinesePressRelease
{
    Q_DECLARE_TR_FUNCTIONS(rt::ChinesePressRelease)

public:
    explicit ChinesePressRelease(Archive &archive);

    // The context for the zh template (resources/templates/README.md, "In Chinese"). False,
    // with one line naming each record and field that lacks Chinese text, when the dialogue
    // cannot be written in Chinese whole.
    bool context(
        const Dialogue &dialogue, const PressRelease *release, QVariantHash *context, QString *error);

    // 2022年11月23日
    static QString date(const QDate &date);
    // 2022年11月23日, 2022年11月23日至24日, 2022年11月30日至12月1日, 2022年12月31日至2023年1月2日
    static QString dateRange(const QDate &start, const QDate &end);
    // "A", "A和B", "A、B和C"
    static QString list(const QStringList &items);

    // The reporting verb for an English one (stated -> 表示, emphasized -> 强调, pointed out ->
    // 指出, presided at -> 主持, ...); 表示 for a verb the table does not know. `takesComma`:
    // whether what was said follows after a comma (张玉军表示，……) or directly (王倩主持开幕式).
    static QString verb(const QString &english, bool *takesComma = nullptr);
    // The English verb a Chinese one is read back as, from the same table (表示 -> stated,
    // 强调 -> emphasized, 指出 -> pointed out, 介绍 -> introduced, 主持 -> presided at); empty
    // for a verb the table does not hold.
    static QString englishVerb(const QString &chinese);

private:
    Archive &m_archive;
};

} // namespace rt
