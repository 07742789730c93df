// A record's text in languages other than English: what is kept, what an empty value means,
// the order languages come in, and English read from the plain field.

#include "core/records/FieldTranslations.h"
#include "core/records/Records.h"

#include <QTest>

using namespace rt;

class TestFieldTranslations : public QObject
{
    Q_OBJECT

private slots:
    void setAndRead();
    void emptyValueIsNoValue();
    void languagesInTheRegionsOrder();
    void englishIsThePlainField();
    void recordsCompareTheirTranslations();
};

void TestFieldTranslations::setAndRead()
{
    FieldTranslations t;
    QVERIFY(t.isEmpty());
    t.set(QStringLiteral("zh"), QStringLiteral("title"), QStringLiteral("澜湄环境合作圆桌对话"));
    t.set(QStringLiteral("zh"), QStringLiteral("city"), QStringLiteral("北京"));
    QCOMPARE(t.value(QStringLiteral("zh"), QStringLiteral("title")), QStringLiteral("澜湄环境合作圆桌对话"));
    QCOMPARE(t.value(QStringLiteral("zh"), QStringLiteral("venue")), QString());
    QCOMPARE(t.value(QStringLiteral("th"), QStringLiteral("title")), QString());
    QCOMPARE(t.fields(QStringLiteral("zh")).keys(),
        QStringList({ QStringLiteral("city"), QStringLiteral("title") }));
    t.set(QStringLiteral("zh"), QStringLiteral("city"), QStringLiteral("上海"));
    QCOMPARE(t.value(QStringLiteral("zh"), QStringLiteral("city")), QStringLiteral("上海"));
}

void TestFieldTranslations::emptyValueIsNoValue()
{
    FieldTranslations t;
    t.set(QStringLiteral("lo"), QStringLiteral("title"), QString());
    QVERIFY(t.isEmpty());
    t.set(QStringLiteral("lo"), QStringLiteral("title"), QStringLiteral("ການຮ່ວມມື"));
    t.set(QStringLiteral("lo"), QStringLiteral("title"), QString());
    QVERIFY(t.isEmpty()); // the language goes with its last value
    QVERIFY(t.languages().isEmpty());
    QCOMPARE(t, FieldTranslations());
}

void TestFieldTranslations::languagesInTheRegionsOrder()
{
    FieldTranslations t;
    for (const char *tag : { "vi", "x-unknown", "th", "zh" })
        t.set(QString::fromLatin1(tag), QStringLiteral("title"), QStringLiteral("…"));
    QCOMPARE(t.languages(),
        QStringList({ QStringLiteral("zh"), QStringLiteral("th"), QStringLiteral("vi"),
            QStringLiteral("x-unknown") }));
    QVERIFY(Language::isKnown(QStringLiteral("km")));
    QVERIFY(!Language::isKnown(QStringLiteral("x-unknown")));
    QCOMPARE(Language::all().first(), QStringLiteral("en"));
}

void TestFieldTranslations::englishIsThePlainField()
{
    Dialogue d;
    d.title = QStringLiteral("Lancang-Mekong Roundtable");
    d.translations.set(QStringLiteral("zh"), QStringLiteral("title"), QStringLiteral("澜湄圆桌对话"));
    QCOMPARE(d.translations.text(QStringLiteral("en"), QStringLiteral("title"), d.title), d.title);
    QCOMPARE(d.translations.text(QStringLiteral("zh"), QStringLiteral("title"), d.title),
        QStringLiteral("澜湄圆桌对话"));
    QCOMPARE(d.translations.text(QStringLiteral("th"), QStringLiteral("title"), d.title), QString());
}

void TestFieldTranslations::recordsCompareTheirTranslations()
{
    Speech a;
    a.summary = QStringLiteral("Cooperation matters.");
    Speech b = a;
    QCOMPARE(a, b);
    b.translations.set(QStringLiteral("zh"), QStringLiteral("summary"), QStringLiteral("合作很重要。"));
    QVERIFY(!(a == b)); // a change only in Chinese is a change to the record
}

QTEST_GUILESS_MAIN(TestFieldTranslations)
#include "tst_fieldtranslations.moc"
