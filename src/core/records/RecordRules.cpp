#include "core/records/RecordRules.h"

#include "core/records/Countries.h"

#include <QRegularExpression>
#include <QUrl>

namespace rt {

namespace {

QString indexed(const char *list, qsizetype i)
{
    return QStringLiteral("%1[%2]").arg(QLatin1String(list)).arg(i);
}

void add(QList<RecordRules::Problem> &problems, const QString &field, const QString &message)
{
    if (!message.isEmpty())
        problems.append({ field, message });
}

} // namespace

QStringList RecordRules::translatableFields(Translatable record)
{
    switch (record) {
    case Translatable::Dialogue:
        return { QStringLiteral("title"), QStringLiteral("short_title"), QStringLiteral("series"),
            QStringLiteral("kind"), QStringLiteral("city"), QStringLiteral("venue"),
            QStringLiteral("occasion"), QStringLiteral("participants"), QStringLiteral("outcome") };
    case Translatable::Topic:
        return { QStringLiteral("title"), QStringLiteral("description") };
    case Translatable::Speech:
        return { QStringLiteral("title"), QStringLiteral("summary") };
    case Translatable::Organization:
        return { QStringLiteral("name"), QStringLiteral("short_name"), QStringLiteral("about") };
    case Translatable::Contact:
        return { QStringLiteral("label"), QStringLiteral("address") };
    }
    return {};
}

QList<RecordRules::Problem> RecordRules::translations(
    const FieldTranslations &translations, Translatable record, const QString &prefix)
{
    QList<Problem> problems;
    const QStringList fields = translatableFields(record);
    const QStringList languages = translations.languages();
    for (const QString &language : languages) {
        const QMap<QString, QString> values = translations.fields(language);
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            const QString field = prefix + it.key() + QLatin1Char('.') + language;
            if (!fields.contains(it.key()))
                add(problems, field,
                    tr("“%1” has no translations (those that have: %2)")
                        .arg(it.key(), fields.join(QLatin1String(", "))));
            else if (language == QLatin1String(Language::English))
                add(problems, field,
                    tr("the English text belongs in the field itself, not among its translations"));
            else if (!Language::isKnown(language))
                add(problems, field,
                    tr("“%1” is not a language this program knows (%2)")
                        .arg(language, Language::all().join(QLatin1String(", "))));
        }
    }
    return problems;
}

QString RecordRules::email(const QString &text)
{
    // One @, no spaces, and a domain of dot-separated labels with at least one dot; a
    // trailing dot ("a@b.c.") is refused, as most mail programs do.
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    const QString t = text.trimmed();
    if (!shape.match(t).hasMatch())
        return tr("“%1” is not an e-mail address").arg(t);
    return {};
}

QString RecordRules::webAddress(const QString &text)
{
    // A public site: http or https, and a host name with a dot. "http://localhost" and
    // other single-word hosts are refused, since no reader of a press release can visit them.
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    const QUrl url(t, QUrl::StrictMode);
    const QString host = url.host();
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))
        || host.isEmpty() || !host.contains(QLatin1Char('.')) || host.startsWith(QLatin1Char('.'))
        || host.endsWith(QLatin1Char('.')))
        return tr("“%1” is not a web address: it should start with http:// or https:// and name a site "
                  "such as www.example.org")
            .arg(t);
    return {};
}

QString RecordRules::countryCode(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Z]{2}$"));
    const QString t = text.trimmed();
    if (!t.isEmpty() && !shape.match(t).hasMatch())
        return tr("“%1” is not a two-letter country code (ISO 3166-1, such as CN, TH or VN)").arg(t);
    if (!t.isEmpty() && Countries::name(t, QLocale(QLocale::English)).isEmpty())
        return tr("“%1” names no country (ISO 3166-1 codes are such as CN, TH or VN)").arg(t);
    return {};
}

QString RecordRules::phone(const QString &text)
{
    // Digits with the usual separators: "+86 10 8220 0000", "(021) 555-0100", "+856-21/412 345".
    static const QRegularExpression shape(QStringLiteral("^\\+?[0-9 ()./-]*[0-9][0-9 ()./-]*$"));
    const QString t = text.trimmed();
    if (!t.isEmpty() && !shape.match(t).hasMatch())
        return tr("“%1” is not a telephone number: use digits, spaces and + ( ) - . /").arg(t);
    return {};
}

QString RecordRules::date(const QString &text, bool required, QDate *date)
{
    if (date)
        *date = QDate();
    const QString &t = text;
    if (t.isEmpty())
        return required ? tr("a date is required") : QString();
    // Exactly ten ASCII characters: "$" would let a final newline through, \d other scripts' digits.
    static const QRegularExpression shape(
        QRegularExpression::anchoredPattern(QStringLiteral("[0-9]{4}-[0-9]{2}-[0-9]{2}")));
    const QDate parsed = QDate::fromString(t, Qt::ISODate);
    if (!shape.match(t).hasMatch() || !parsed.isValid())
        return tr("“%1” is not a date: write it as YYYY-MM-DD")
            .arg(QString(t)
                     .replace(QLatin1Char('\n'), QLatin1String("\\n"))
                     .replace(QLatin1Char('\r'), QLatin1String("\\r"))
                     .replace(QLatin1Char('\t'), QLatin1String("\\t")));
    if (date)
        *date = parsed;
    return {};
}

QList<RecordRules::Problem> RecordRules::organization(const Organization &o)
{
    QList<Problem> problems;
    if (o.name.trimmed().isEmpty())
        add(problems, QStringLiteral("name"), tr("an organisation needs a name"));
    if (o.id != 0 && o.parentId == o.id)
        add(problems, QStringLiteral("parent"), tr("an organisation cannot be its own parent"));
    add(problems, QStringLiteral("country"), countryCode(o.country));
    add(problems, QStringLiteral("website"), webAddress(o.website));
    problems += translations(o.translations, Translatable::Organization);
    return problems;
}

QList<RecordRules::Problem> RecordRules::person(const Person &p)
{
    QList<Problem> problems;
    if (p.familyName.trimmed().isEmpty())
        add(problems, QStringLiteral("family_name"), tr("a person needs a family name"));
    if (!p.laterMention.isEmpty() && !PersonLaterMention::all().contains(p.laterMention))
        add(problems, QStringLiteral("later_mention"),
            tr("“%1” is not one of %2")
                .arg(p.laterMention, PersonLaterMention::all().join(QLatin1String(", "))));
    return problems;
}

QList<RecordRules::Problem> RecordRules::contact(const Contact &c)
{
    QList<Problem> problems;
    if (c.label.trimmed().isEmpty())
        add(problems, QStringLiteral("label"), tr("a contact needs a label (for example “Contact Us”)"));
    for (qsizetype i = 0; i < c.phones.size(); ++i)
        add(problems, indexed("phones", i), phone(c.phones.at(i)));
    add(problems, QStringLiteral("fax"), phone(c.fax));
    for (qsizetype i = 0; i < c.emails.size(); ++i)
        add(problems, indexed("emails", i), email(c.emails.at(i)));
    add(problems, QStringLiteral("website"), webAddress(c.website));
    problems += translations(c.translations, Translatable::Contact);
    return problems;
}

QList<RecordRules::Problem> RecordRules::dialogue(const Dialogue &d)
{
    QList<Problem> problems;
    if (d.title.trimmed().isEmpty())
        add(problems, QStringLiteral("title"), tr("a dialogue needs a title"));
    if (!d.startDate.isValid())
        add(problems, QStringLiteral("start_date"), tr("a dialogue needs a start date"));
    else if (d.endDate.isValid() && d.endDate < d.startDate)
        add(problems, QStringLiteral("end_date"),
            tr("the dialogue ends (%1) before it starts (%2)")
                .arg(d.endDate.toString(Qt::ISODate), d.startDate.toString(Qt::ISODate)));
    add(problems, QStringLiteral("country"), countryCode(d.country));
    if (!d.format.isEmpty() && !DialogueFormat::all().contains(d.format))
        add(problems, QStringLiteral("format"),
            tr("“%1” is not one of %2").arg(d.format, DialogueFormat::all().join(QLatin1String(", "))));
    if (!DialogueStatus::all().contains(d.status))
        add(problems, QStringLiteral("status"),
            tr("“%1” is not one of %2").arg(d.status, DialogueStatus::all().join(QLatin1String(", "))));
    for (qsizetype i = 0; i < d.organizations.size(); ++i) {
        const QString role = d.organizations.at(i).role;
        if (!OrganizationRole::all().contains(role))
            add(problems, indexed("organizations", i) + QLatin1String(".role"),
                tr("“%1” is not one of %2").arg(role, OrganizationRole::all().join(QLatin1String(", "))));
    }
    for (qsizetype i = 0; i < d.topics.size(); ++i) {
        if (d.topics.at(i).title.trimmed().isEmpty())
            add(problems, indexed("topics", i) + QLatin1String(".title"),
                tr("topic %1 needs a title").arg(i + 1));
        problems += translations(
            d.topics.at(i).translations, Translatable::Topic, indexed("topics", i) + QLatin1Char('.'));
    }
    for (qsizetype i = 0; i < d.speeches.size(); ++i) {
        const Speech &s = d.speeches.at(i);
        if (s.personId == 0)
            add(problems, indexed("speeches", i) + QLatin1String(".person"),
                tr("speech %1 needs a speaker").arg(i + 1));
        if (!SpeechRole::all().contains(s.role))
            add(problems, indexed("speeches", i) + QLatin1String(".role"),
                tr("“%1” is not one of %2").arg(s.role, SpeechRole::all().join(QLatin1String(", "))));
        problems
            += translations(s.translations, Translatable::Speech, indexed("speeches", i) + QLatin1Char('.'));
    }
    problems += translations(d.translations, Translatable::Dialogue);
    return problems;
}

} // namespace rt
