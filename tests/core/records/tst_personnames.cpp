// The rules for people's names and countries in core/records: how a typed name splits into
// family and given name (PersonNames::parse, a table of the region's names), which people a
// new name may duplicate (PersonNames::possibleDuplicates), and how a country typed by name
// becomes its code (Countries).

#include "core/records/Countries.h"
#include "core/records/PersonNames.h"

#include <QCollator>
#include <QTest>

using namespace rt;

class TestPersonNames : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void archiveKnowledgeDecides();
    void fold_data();
    void fold();
    void duplicates_data();
    void duplicates();
    void duplicateSkipsItself();
    void countryCodes_data();
    void countryCodes();
    void countryNamesInInterfaceLanguage();
};

void TestPersonNames::parse_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("given");
    QTest::addColumn<bool>("familyFirst");
    QTest::addColumn<QString>("local");
    QTest::addColumn<QString>("honorific");

    const QString none;
    QTest::newRow("Chinese, pinyin") << "Li Ming"
                                     << "Li"
                                     << "Ming" << true << none << none;
    QTest::newRow("Chinese, hyphenated given") << "Zhang Yu-jun"
                                               << "Zhang"
                                               << "Yu-jun" << true << none << none;
    QTest::newRow("Chinese, both listed") << "Wang Fang"
                                          << "Wang"
                                          << "Fang" << true << none << none;
    QTest::newRow("compound family name") << "Ouyang Xiu"
                                          << "Ouyang"
                                          << "Xiu" << true << none << none;
    QTest::newRow("Cantonese romanisation") << "Chan Tai Man"
                                            << "Chan"
                                            << "Tai Man" << true << none << none;
    QTest::newRow("Vietnamese") << "Nguyen Van An"
                                << "Nguyen"
                                << "Van An" << true << none << none;
    QTest::newRow("Vietnamese with diacritics") << "Trần Thị Hoa"
                                                << "Trần"
                                                << "Thị Hoa" << true << none << none;
    QTest::newRow("Thai, given name first") << "Noppadon Theppitak"
                                            << "Theppitak"
                                            << "Noppadon" << false << none << none;
    QTest::newRow("Lao") << "Bounkham Vorachit"
                         << "Vorachit"
                         << "Bounkham" << false << none << none;
    QTest::newRow("initial first") << "Y. Zhang"
                                   << "Zhang"
                                   << "Y." << false << none << none;
    QTest::newRow("initial last") << "Zhang Y."
                                  << "Zhang"
                                  << "Y." << true << none << none;
    QTest::newRow("family name in capitals") << "Somchai SRISUK"
                                             << "Srisuk"
                                             << "Somchai" << false << none << none;
    QTest::newRow("capitals first") << "ZHANG Wei"
                                    << "Zhang"
                                    << "Wei" << true << none << none;
    QTest::newRow("honorific") << "Dr. Li Ming"
                               << "Li"
                               << "Ming" << true << none << "Dr.";
    QTest::newRow("honorific without dot") << "prof Noppadon Theppitak"
                                           << "Theppitak"
                                           << "Noppadon" << false << none << "Prof.";
    QTest::newRow("Chinese script") << "张玉军"
                                    << "张"
                                    << "玉军" << true << "张玉军" << none;
    QTest::newRow("Chinese script, two-character given") << "李明"
                                                         << "李"
                                                         << "明" << true << "李明" << none;
    QTest::newRow("Chinese script, compound family") << "欧阳修文"
                                                     << "欧阳"
                                                     << "修文" << true << "欧阳修文" << none;
    QTest::newRow("pinyin and characters") << "Zhang Yujun (张玉军)"
                                           << "Zhang"
                                           << "Yujun" << true << "张玉军" << none;
    QTest::newRow("one word") << "Theppitak"
                              << "Theppitak"
                              << "" << false << none << none;
    QTest::newRow("one listed word") << "Zhang"
                                     << "Zhang"
                                     << "" << true << none << none;
    QTest::newRow("spaces") << "  Li   Ming  "
                            << "Li"
                            << "Ming" << true << none << none;
    QTest::newRow("empty") << ""
                           << ""
                           << "" << false << none << none;
}

void TestPersonNames::parse()
{
    QFETCH(QString, typed);
    const PersonNames::Parsed parsed = PersonNames::parse(typed);
    QTEST(parsed.familyName, "family");
    QTEST(parsed.givenName, "given");
    QTEST(parsed.familyNameFirst, "familyFirst");
    QTEST(parsed.localName, "local");
    QTEST(parsed.honorific, "honorific");
}

void TestPersonNames::archiveKnowledgeDecides()
{
    // "Dechen Tsering": neither word is on a list, so the last is taken for the family name...
    QCOMPARE(PersonNames::parse(QStringLiteral("Dechen Tsering")).familyName, QStringLiteral("Tsering"));
    // ...unless the archive already has a Dechen as a family name.
    Person known;
    known.familyName = QStringLiteral("Dechen");
    known.givenName = QStringLiteral("Pema");
    const Person parsed = PersonNames::person(QStringLiteral("Dechen Tsering"), { known });
    QCOMPARE(parsed.familyName, QStringLiteral("Dechen"));
    QCOMPARE(parsed.givenName, QStringLiteral("Tsering"));
    QVERIFY(parsed.familyNameFirst);
    // The archive outweighs the lists: a Western "Lee" known as a family name.
    known.familyName = QStringLiteral("Lee");
    QCOMPARE(PersonNames::person(QStringLiteral("Ming Lee"), { known }).familyName, QStringLiteral("Lee"));
    QCOMPARE(PersonNames::person(QStringLiteral("Ming Lee"), {}).familyName, QStringLiteral("Lee"));
    known.familyName = QStringLiteral("Ming");
    QCOMPARE(PersonNames::person(QStringLiteral("Ming Lee"), { known }).familyName, QStringLiteral("Ming"));
}

void TestPersonNames::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("case") << "ZHANG"
                          << "zhang";
    QTest::newRow("hyphen") << "Yu-jun"
                            << "yujun";
    QTest::newRow("space") << "Yu Jun"
                           << "yujun";
    QTest::newRow("diacritics") << "Nguyễn"
                                << "nguyen";
    QTest::newRow("d with stroke") << "Đặng"
                                   << "dang";
    QTest::newRow("dots and apostrophes") << "H.E. O'Neil"
                                          << "heoneil";
    QTest::newRow("Chinese kept") << "张 玉军"
                                  << "张玉军";
}

void TestPersonNames::fold()
{
    QFETCH(QString, text);
    QTEST(PersonNames::fold(text), "folded");
}

void TestPersonNames::duplicates_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("duplicate");
    // The archive holds Zhang Yujun (张玉军) and Noppadon Theppitak.
    QTest::newRow("same name") << "Zhang Yujun" << true;
    QTest::newRow("hyphen") << "Zhang Yu-jun" << true;
    QTest::newRow("space in given name") << "Zhang Yu Jun" << true;
    QTest::newRow("case") << "zhang yujun" << true;
    QTest::newRow("other order") << "Yujun Zhang" << true;
    QTest::newRow("initial") << "Y. Zhang" << true;
    QTest::newRow("capitals and initial") << "ZHANG Y." << true;
    QTest::newRow("own script") << "张玉军" << true;
    QTest::newRow("diacritics") << "Nöppadon Théppitak" << true;
    QTest::newRow("other given name") << "Zhang Wei" << false;
    QTest::newRow("other initial") << "W. Zhang" << false;
    QTest::newRow("other family name") << "Li Yujun" << false;
    QTest::newRow("other script name") << "张伟" << false;
}

void TestPersonNames::duplicates()
{
    QFETCH(QString, typed);
    QFETCH(bool, duplicate);
    Person zhang;
    zhang.id = 1;
    zhang.familyName = QStringLiteral("Zhang");
    zhang.givenName = QStringLiteral("Yujun");
    zhang.familyNameFirst = true;
    zhang.localName = QStringLiteral("张玉军");
    Person noppadon;
    noppadon.id = 2;
    noppadon.familyName = QStringLiteral("Theppitak");
    noppadon.givenName = QStringLiteral("Noppadon");
    const QList<Person> people = { zhang, noppadon };
    const Person candidate = PersonNames::person(typed, people);
    const QList<Person> found = PersonNames::possibleDuplicates(candidate, people);
    QCOMPARE(!found.isEmpty(), duplicate);
    QVERIFY(found.size() <= 1);
}

void TestPersonNames::duplicateSkipsItself()
{
    Person zhang;
    zhang.id = 1;
    zhang.familyName = QStringLiteral("Zhang");
    zhang.givenName = QStringLiteral("Yujun");
    QVERIFY(PersonNames::possibleDuplicates(zhang, { zhang }).isEmpty());
    Person copy = zhang;
    copy.id = 0; // a new person of the same name
    QCOMPARE(PersonNames::possibleDuplicates(copy, { zhang }).size(), 1);
}

void TestPersonNames::countryCodes_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("code");
    QTest::newRow("English") << "China"
                             << "CN";
    QTest::newRow("English, any case") << "thailand"
                                       << "TH";
    QTest::newRow("Chinese") << "中国"
                             << "CN";
    QTest::newRow("Chinese name of Laos") << "老挝"
                                          << "LA";
    QTest::newRow("own name") << "ไทย"
                              << "TH";
    QTest::newRow("code") << "vn"
                          << "VN";
    QTest::newRow("spaces") << "  Cambodia "
                            << "KH";
    QTest::newRow("unknown") << "Atlantis"
                             << "";
    QTest::newRow("not a code") << "XX"
                                << "";
    QTest::newRow("empty") << ""
                           << "";
}

void TestPersonNames::countryCodes()
{
    QFETCH(QString, typed);
    QTEST(Countries::codeFor(typed), "code");
}

void TestPersonNames::countryNamesInInterfaceLanguage()
{
    const QLocale english(QLocale::English);
    const QLocale chinese(QLocale::Chinese, QLocale::China);
    QCOMPARE(Countries::name(QStringLiteral("CN"), english), QStringLiteral("China"));
    QCOMPARE(Countries::name(QStringLiteral("CN"), chinese), QStringLiteral("中国"));
    QCOMPARE(Countries::name(QStringLiteral("LA"), chinese), QStringLiteral("老挝"));
    QVERIFY(Countries::name(QStringLiteral("XX"), english).isEmpty());
    const QList<Countries::Country> all = Countries::all(english);
    QVERIFY(all.size() > 200);
    // Sorted by name, each code once.
    QSet<QString> codes;
    const QCollator collator(english);
    for (qsizetype i = 0; i < all.size(); ++i) {
        QVERIFY(!codes.contains(all.at(i).code));
        codes.insert(all.at(i).code);
        if (i > 0)
            QVERIFY2(collator.compare(all.at(i - 1).name, all.at(i).name) <= 0, qPrintable(all.at(i).name));
    }
}

QTEST_GUILESS_MAIN(TestPersonNames)
#include "tst_personnames.moc"
