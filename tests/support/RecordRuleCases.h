#pragma once

// The one table of record-rule cases, run through every path that must obey the rules:
// import (tests/core/records/tst_recordrules.cpp, with the JSON path of the error), the
// Archive's saves (same file) and the editors' reason beside Save (tests/app/editors).
// Each row changes one field of a valid record; `problem` is part of the expected reason,
// empty when the value is acceptable.

#include "core/records/Records.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

namespace rt::test {

inline void recordRuleCases()
{
    QTest::addColumn<QString>("section"); // as in the interchange file: "contacts"
    QTest::addColumn<QString>("field"); // as in the interchange file: "emails[0]"
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problem");

    auto row = [](const char *name, const char *section, const char *field, const QString &value,
                   const QString &problem) {
        QTest::newRow(name) << QString::fromLatin1(section) << QString::fromLatin1(field) << value << problem;
    };
    const QString email = QStringLiteral("is not an e-mail address");
    const QString web = QStringLiteral("is not a web address");
    const QString country = QStringLiteral("is not a two-letter country code");

    row("e-mail ok", "contacts", "emails[0]", QStringLiteral("li.xia@fecomee.org.cn"), {});
    row("e-mail trailing dot", "contacts", "emails[0]", QStringLiteral("a@b.c."), email);
    row("e-mail no dot", "contacts", "emails[0]", QStringLiteral("a@localhost"), email);
    row("e-mail words", "contacts", "emails[0]", QStringLiteral("li.xia at fecomee"), email);
    row("e-mail two @", "contacts", "emails[0]", QStringLiteral("a@b@c.org"), email);
    row("contact website ok", "contacts", "website", QStringLiteral("http://en.lmec.org.cn/"), {});
    row("contact website localhost", "contacts", "website", QStringLiteral("http://localhost"), web);
    row("contact website no scheme", "contacts", "website", QStringLiteral("lmec.org.cn"), web);
    row("contact website ftp", "contacts", "website", QStringLiteral("ftp://lmec.org.cn/"), web);
    row("phone ok", "contacts", "phones[0]", QStringLiteral("+86-10-82268242"), {});
    row("phone words", "contacts", "phones[0]", QStringLiteral("ask at the desk"),
        QStringLiteral("is not a telephone number"));
    row("fax ok", "contacts", "fax", QStringLiteral("+86 (10) 8220 0579"), {});
    row("fax letters", "contacts", "fax", QStringLiteral("fax-me"),
        QStringLiteral("is not a telephone number"));
    row("contact without label", "contacts", "label", QString(), QStringLiteral("needs a label"));
    row("organisation country ok", "organizations", "country", QStringLiteral("LA"), {});
    row("organisation country name", "organizations", "country", QStringLiteral("Laos"), country);
    row("organisation country lower", "organizations", "country", QStringLiteral("la"), country);
    row("organisation country unknown code", "organizations", "country", QStringLiteral("XX"),
        QStringLiteral("names no country"));
    row("organisation website https", "organizations", "website",
        QStringLiteral("https://www.mrcmekong.org/"), {});
    row("organisation website localhost", "organizations", "website", QStringLiteral("http://localhost"),
        web);
    row("organisation without name", "organizations", "name", QString(), QStringLiteral("needs a name"));
    row("person without family name", "people", "family_name", QStringLiteral("  "),
        QStringLiteral("needs a family name"));
    row("person with family name", "people", "family_name", QStringLiteral("Zhang"), {});
    row("dialogue ends after start", "dialogues", "end_date", QStringLiteral("2022-11-24"), {});
    row("dialogue ends same day", "dialogues", "end_date", QStringLiteral("2022-11-23"), {});
    row("dialogue ends before start", "dialogues", "end_date", QStringLiteral("2022-11-22"),
        QStringLiteral("before it starts"));
    row("dialogue without title", "dialogues", "title", QString(), QStringLiteral("needs a title"));
    row("dialogue country", "dialogues", "country", QStringLiteral("Lao PDR"), country);
}

// A valid record of `section` as an interchange object, with `field` set to `value`.
inline QJsonObject recordRuleJson(const QString &section, const QString &field, const QString &value)
{
    QJsonObject o;
    if (section == QLatin1String("contacts"))
        o = { { QStringLiteral("key"), QStringLiteral("rule-contact") },
            { QStringLiteral("label"), QStringLiteral("Contact Us") } };
    else if (section == QLatin1String("organizations"))
        o = { { QStringLiteral("key"), QStringLiteral("rule-org") },
            { QStringLiteral("name"), QStringLiteral("Mekong River Commission") } };
    else if (section == QLatin1String("people"))
        o = { { QStringLiteral("key"), QStringLiteral("rule-person") },
            { QStringLiteral("family_name"), QStringLiteral("Zhang") } };
    else
        o = { { QStringLiteral("key"), QStringLiteral("rule-dialogue") },
            { QStringLiteral("title"), QStringLiteral("Rules Dialogue") },
            { QStringLiteral("start_date"), QStringLiteral("2022-11-23") } };
    if (field.endsWith(QLatin1String("[0]")))
        o.insert(field.chopped(3), QJsonArray { value });
    else
        o.insert(field, value);
    return o;
}

// The same valid record as a value, with `field` set to `value`.
inline Contact ruleContact(const QString &field, const QString &value)
{
    Contact c;
    c.label = QStringLiteral("Contact Us");
    if (field == QLatin1String("emails[0]"))
        c.emails = { value };
    else if (field == QLatin1String("phones[0]"))
        c.phones = { value };
    else if (field == QLatin1String("fax"))
        c.fax = value;
    else if (field == QLatin1String("website"))
        c.website = value;
    else if (field == QLatin1String("label"))
        c.label = value;
    return c;
}

inline Organization ruleOrganization(const QString &field, const QString &value)
{
    Organization o;
    o.name = QStringLiteral("Mekong River Commission");
    if (field == QLatin1String("country"))
        o.country = value;
    else if (field == QLatin1String("website"))
        o.website = value;
    else if (field == QLatin1String("name"))
        o.name = value;
    return o;
}

inline Person rulePerson(const QString &field, const QString &value)
{
    Person p;
    p.familyName = field == QLatin1String("family_name") ? value : QStringLiteral("Zhang");
    return p;
}

inline Dialogue ruleDialogue(const QString &field, const QString &value)
{
    Dialogue d;
    d.title = QStringLiteral("Rules Dialogue");
    d.startDate = QDate(2022, 11, 23);
    if (field == QLatin1String("end_date"))
        d.endDate = QDate::fromString(value, Qt::ISODate);
    else if (field == QLatin1String("title"))
        d.title = value;
    else if (field == QLatin1String("country"))
        d.country = value;
    return d;
}

} // namespace rt::test
