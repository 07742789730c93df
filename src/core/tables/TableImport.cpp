#include "core/tables/TableImport.h"

#include "core/records/Archive.h"
#include "core/records/Countries.h"
#include "core/records/ListQueries.h"
#include "core/records/PersonNameIndex.h"
#include "core/records/PersonNames.h"
#include "core/records/RecordRules.h"
#include "core/safety/InputFile.h"
#include "core/settings/SettingsFile.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

namespace rt {

namespace {

QString section(TableImport::Kind kind)
{
    switch (kind) {
    case TableImport::Kind::People:
        return QStringLiteral("people");
    case TableImport::Kind::Organizations:
        return QStringLiteral("organizations");
    case TableImport::Kind::Contacts:
        return QStringLiteral("contacts");
    case TableImport::Kind::Dialogues:
        return QStringLiteral("dialogues");
    }
    return {};
}

// A header or field name as compared: lower case, letters and digits only.
QString normalized(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

// Words sheets use for a field besides its own name and label, normalized.
QStringList aliases(TableImport::Kind kind, const QString &field)
{
    using K = TableImport::Kind;
    static const QHash<QString, QStringList> common = {
        { QStringLiteral("local_name"),
            { QStringLiteral("chinesename"), QStringLiteral("nativename"), QStringLiteral("nameinownscript"),
                QStringLiteral("localname"), QStringLiteral("中文名"), QStringLiteral("中文名称") } },
        { QStringLiteral("website"),
            { QStringLiteral("url"), QStringLiteral("web"), QStringLiteral("homepage"),
                QStringLiteral("site") } },
        { QStringLiteral("country"), { QStringLiteral("countrycode"), QStringLiteral("nation") } },
        { QStringLiteral("notes"),
            { QStringLiteral("note"), QStringLiteral("remarks"), QStringLiteral("comments") } },
    };
    QStringList words = common.value(field);
    if (kind == K::People) {
        if (field == QLatin1String("name"))
            words << QStringLiteral("fullname") << QStringLiteral("person") << QStringLiteral("speaker")
                  << QStringLiteral("姓名");
        else if (field == QLatin1String("family_name"))
            words << QStringLiteral("surname") << QStringLiteral("lastname") << QStringLiteral("family")
                  << QStringLiteral("姓");
        else if (field == QLatin1String("given_name"))
            words << QStringLiteral("firstname") << QStringLiteral("forename") << QStringLiteral("given")
                  << QStringLiteral("名");
        else if (field == QLatin1String("honorific"))
            words << QStringLiteral("salutation") << QStringLiteral("prefix") << QStringLiteral("title");
    } else if (kind == K::Organizations) {
        if (field == QLatin1String("name"))
            words << QStringLiteral("organisation") << QStringLiteral("organization")
                  << QStringLiteral("fullname");
        else if (field == QLatin1String("short_name"))
            words << QStringLiteral("abbreviation") << QStringLiteral("acronym") << QStringLiteral("short");
        else if (field == QLatin1String("parent"))
            words << QStringLiteral("parentorganisation") << QStringLiteral("parentorganization")
                  << QStringLiteral("under");
        else if (field == QLatin1String("about"))
            words << QStringLiteral("description") << QStringLiteral("boilerplate");
    } else if (kind == K::Contacts) {
        if (field == QLatin1String("organization"))
            words << QStringLiteral("organisation") << QStringLiteral("org") << QStringLiteral("company");
        else if (field == QLatin1String("phones"))
            words << QStringLiteral("phone") << QStringLiteral("telephone") << QStringLiteral("tel")
                  << QStringLiteral("phonenumber");
        else if (field == QLatin1String("emails"))
            words << QStringLiteral("email") << QStringLiteral("mail") << QStringLiteral("emailaddress");
        else if (field == QLatin1String("address"))
            words << QStringLiteral("postaladdress") << QStringLiteral("street");
        else if (field == QLatin1String("wechat"))
            words << QStringLiteral("wechatid") << QStringLiteral("微信");
        else if (field == QLatin1String("label"))
            words << QStringLiteral("name") << QStringLiteral("contact");
    } else if (kind == K::Dialogues) {
        if (field == QLatin1String("start_date"))
            words << QStringLiteral("date") << QStringLiteral("start") << QStringLiteral("from")
                  << QStringLiteral("startdate");
        else if (field == QLatin1String("end_date"))
            words << QStringLiteral("end") << QStringLiteral("to") << QStringLiteral("until");
        else if (field == QLatin1String("venue"))
            words << QStringLiteral("location") << QStringLiteral("place");
        else if (field == QLatin1String("kind"))
            words << QStringLiteral("type");
        else if (field == QLatin1String("title"))
            words << QStringLiteral("name") << QStringLiteral("event") << QStringLiteral("dialogue");
    }
    return words;
}

QString settingsKey(TableImport::Kind kind, const QStringList &headers)
{
    const QByteArray digest
        = QCryptographicHash::hash(headers.join(QChar(0x1F)).toUtf8(), QCryptographicHash::Sha1).toHex();
    return TableImport::kindName(kind) + QLatin1Char('/') + QString::fromLatin1(digest);
}

QString cell(const QStringList &row, int column)
{
    return column >= 0 && column < row.size() ? row.at(column).trimmed() : QString();
}

// "yes", "true", "1", "是" and their opposites; nullopt for anything else.
std::optional<bool> truth(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("y")
        || t == QLatin1String("1") || t == QStringLiteral("是"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("n")
        || t == QLatin1String("0") || t == QStringLiteral("否"))
        return false;
    return std::nullopt;
}

// A stored code from the way a sheet writes it: "In person" -> "in_person".
QString code(const QString &text)
{
    QString t = text.trimmed().toLower();
    t.replace(QLatin1Char(' '), QLatin1Char('_'));
    t.replace(QLatin1Char('-'), QLatin1Char('_'));
    return t;
}

// A date as the interchange format spells it. ISO dates pass; so do spreadsheet serials (a date
// cell read from a CSV that lost its format), 2022/11/23 and English month names. Anything
// else is left as written, for RecordRules to refuse with its own words.
QString isoDate(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return t;
    static const QRegularExpression serial(QStringLiteral("^\\d{4,5}(\\.\\d+)?$"));
    if (serial.match(t).hasMatch() && !t.contains(QLatin1Char('-'))) {
        const int days = int(t.toDouble());
        if (days >= 61 && days < 2958466 && !(days >= 1000 && days <= 2999 && t.size() == 4))
            return QDate(1899, 12, 30).addDays(days).toString(Qt::ISODate);
    }
    const QLocale english(QLocale::English);
    for (const QString &format :
        { QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyy/M/d"), QStringLiteral("yyyy.M.d"),
            QStringLiteral("d MMMM yyyy"), QStringLiteral("d MMM yyyy"), QStringLiteral("MMMM d, yyyy"),
            QStringLiteral("MMM d, yyyy"), QStringLiteral("yyyy年M月d日") }) {
        const QDate d = english.toDate(t, format);
        if (d.isValid())
            return d.toString(Qt::ISODate);
    }
    return t;
}

QStringList splitList(const QString &text, bool commas)
{
    static const QRegularExpression withCommas(QStringLiteral("[;,\\n]"));
    static const QRegularExpression withoutCommas(QStringLiteral("[;\\n]"));
    QStringList out;
    for (const QString &part : text.split(commas ? withCommas : withoutCommas)) {
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    }
    return out;
}

void put(QJsonObject &object, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        object.insert(name, value);
}

// The organisations a row may name, by key, name, short name or name in its own script: the
// archive's and those of the file itself.
class OrganizationNames
{
public:
    void add(const QString &key, const QString &name, const QString &shortName, const QString &localName)
    {
        m_keys.insert(key);
        for (const QString &n : { name, shortName, localName }) {
            const QString f = PersonNames::fold(n);
            if (!f.isEmpty() && !m_byName.contains(f))
                m_byName.insert(f, key);
        }
    }
    // The key, or an empty string.
    QString find(const QString &text) const
    {
        if (m_keys.contains(text))
            return text;
        return m_byName.value(PersonNames::fold(text));
    }

private:
    QSet<QString> m_keys;
    QHash<QString, QString> m_byName;
};

// Keys for rows without one: the archive's uniqueKey rule, kept unique within the file too.
class Keys
{
public:
    Keys(Archive &archive, const QString &table)
        : m_archive(archive)
        , m_table(table)
    {
    }
    void use(const QString &key) { m_used.insert(key); }
    bool used(const QString &key) const { return m_used.contains(key); }
    QString fresh(const QString &text)
    {
        QString key = m_archive.uniqueKey(m_table, text);
        for (int n = 2; m_used.contains(key); ++n)
            key = m_archive.uniqueKey(m_table, text + QLatin1Char(' ') + QString::number(n));
        m_used.insert(key);
        return key;
    }

private:
    Archive &m_archive;
    QString m_table;
    QSet<QString> m_used;
};

} // namespace

QString TableImport::kindName(Kind kind)
{
    return section(kind);
}

std::optional<TableImport::Kind> TableImport::kindFromName(const QString &name)
{
    for (Kind kind : kinds()) {
        if (name == kindName(kind))
            return kind;
    }
    if (name == QLatin1String("organisations"))
        return Kind::Organizations;
    return std::nullopt;
}

QString TableImport::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::People:
        return tr("People");
    case Kind::Organizations:
        return tr("Organisations");
    case Kind::Contacts:
        return tr("Contacts");
    case Kind::Dialogues:
        return tr("Dialogues");
    }
    return {};
}

QList<TableImport::Kind> TableImport::kinds()
{
    return { Kind::People, Kind::Organizations, Kind::Contacts, Kind::Dialogues };
}

QList<TableImport::Field> TableImport::fields(Kind kind)
{
    const auto f = [](const char *name, const QString &label) {
        return Field { QLatin1String(name), label };
    };
    switch (kind) {
    case Kind::People:
        return { f("key", tr("Key")), f("name", tr("Full name")), f("honorific", tr("Honorific")),
            f("family_name", tr("Family name")), f("given_name", tr("Given name")),
            f("family_name_first", tr("Family name first")), f("local_name", tr("Name in own script")),
            f("later_mention", tr("Later mention")), f("notes", tr("Notes")) };
    case Kind::Organizations:
        return { f("key", tr("Key")), f("name", tr("Name")), f("short_name", tr("Short name")),
            f("local_name", tr("Name in own script")), f("parent", tr("Parent organisation")),
            f("country", tr("Country")), f("website", tr("Website")), f("about", tr("About")) };
    case Kind::Contacts:
        return { f("key", tr("Key")), f("organization", tr("Organisation")), f("label", tr("Label")),
            f("address", tr("Address")), f("phones", tr("Phones")), f("fax", tr("Fax")),
            f("emails", tr("E-mails")), f("website", tr("Website")), f("wechat", tr("WeChat ID")) };
    case Kind::Dialogues:
        return { f("key", tr("Key")), f("title", tr("Title")), f("short_title", tr("Short title")),
            f("series", tr("Series")), f("kind", tr("Kind")), f("start_date", tr("Start date")),
            f("end_date", tr("End date")), f("city", tr("City")), f("country", tr("Country")),
            f("venue", tr("Venue")), f("format", tr("Format")), f("occasion", tr("Occasion")),
            f("participants", tr("Participants")), f("outcome", tr("Outcome")), f("status", tr("Status")),
            f("notes", tr("Notes")) };
    }
    return {};
}

TableImport::Mapping TableImport::proposeMapping(Kind kind, const QStringList &headers)
{
    const QList<Field> all = fields(kind);
    Mapping mapping;
    QSet<QString> taken;
    // Exact names and labels first, then the common words, so "Name" beside "Short name" is
    // still the name.
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < headers.size(); ++i) {
            if (mapping.size() <= i)
                mapping.append(QString());
            if (!mapping.at(i).isEmpty())
                continue;
            const QString h = normalized(headers.at(i));
            if (h.isEmpty())
                continue;
            for (const Field &field : all) {
                if (taken.contains(field.name))
                    continue;
                const bool match = pass == 0 ? (h == normalized(field.name) || h == normalized(field.label))
                                             : aliases(kind, field.name).contains(h);
                if (match) {
                    mapping[i] = field.name;
                    taken.insert(field.name);
                    break;
                }
            }
        }
    }
    return mapping;
}

bool TableImport::exactMapping(Kind kind, const QStringList &headers, Mapping *mapping, QString *error)
{
    QStringList names;
    for (const Field &field : fields(kind))
        names.append(field.name);
    mapping->clear();
    for (int i = 0; i < headers.size(); ++i) {
        QString name = headers.at(i).trimmed().toLower();
        name.replace(QLatin1Char(' '), QLatin1Char('_'));
        if (name.isEmpty()) {
            mapping->append(QString());
            continue;
        }
        if (!names.contains(name)) {
            *error = tr("column %1 (\"%2\") is no field of %3 (fields: %4); name the columns so, or give a "
                        "mapping file")
                         .arg(i + 1)
                         .arg(headers.at(i), kindName(kind), names.join(QLatin1String(", ")));
            return false;
        }
        if (mapping->contains(name)) {
            *error = tr("column %1 (\"%2\"): the field %3 is in two columns")
                         .arg(i + 1)
                         .arg(headers.at(i), name);
            return false;
        }
        mapping->append(name);
    }
    return true;
}

bool TableImport::mappingFromJson(
    Kind kind, const QStringList &headers, const QByteArray &json, Mapping *mapping, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = tr("the mapping is not a JSON object of column header to field name");
        return false;
    }
    QStringList names;
    for (const Field &field : fields(kind))
        names.append(field.name);
    const QJsonObject object = document.object();
    *mapping = Mapping(headers.size());
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!it.value().isString()) {
            *error = tr("mapping of \"%1\": expected a field name").arg(it.key());
            return false;
        }
        const QString field = it.value().toString();
        if (!field.isEmpty() && !names.contains(field)) {
            *error = tr("mapping of \"%1\": \"%2\" is no field of %3 (fields: %4)")
                         .arg(it.key(), field, kindName(kind), names.join(QLatin1String(", ")));
            return false;
        }
        const qsizetype column = headers.indexOf(it.key());
        if (column < 0) {
            *error = tr("the mapping names the column \"%1\", which the sheet does not have").arg(it.key());
            return false;
        }
        if (!field.isEmpty() && mapping->contains(field)) {
            *error = tr("mapping of \"%1\": the field %2 is mapped twice").arg(it.key(), field);
            return false;
        }
        (*mapping)[column] = field;
    }
    return true;
}

bool TableImport::mappingFromFile(
    Kind kind, const QStringList &headers, const QString &path, Mapping *mapping, QString *error)
{
    QByteArray bytes;
    if (!InputFile::read(path, 1024 * 1024, &bytes, error))
        return false;
    if (!mappingFromJson(kind, headers, bytes, mapping, error)) {
        *error = path + QLatin1String(": ") + *error;
        return false;
    }
    return true;
}

TableImport::Mapping TableImport::rememberedMapping(Kind kind, const QStringList &headers)
{
    auto settings = openSettingsFile(QStringLiteral("tableMappings"));
    const QStringList stored = settings->value(settingsKey(kind, headers)).toStringList();
    if (stored.size() != headers.size())
        return {};
    QStringList names;
    for (const Field &field : fields(kind))
        names.append(field.name);
    for (const QString &field : stored) {
        if (!field.isEmpty() && !names.contains(field))
            return {};
    }
    return stored;
}

void TableImport::rememberMapping(Kind kind, const QStringList &headers, const Mapping &mapping)
{
    auto settings = openSettingsFile(QStringLiteral("tableMappings"));
    // QSettings stores an empty list as nothing; a list of empty strings survives as such.
    settings->setValue(settingsKey(kind, headers), QVariant(mapping));
}

QString TableImport::Plan::summary() const
{
    // One form each: Qt's %n needs a translation to drop the "(s)" (MainWindow does the same).
    QString text = records() == 1 ? tr("1 row to import") : tr("%1 rows to import").arg(records());
    if (!duplicates.isEmpty())
        text += tr(", %1 already in the archive (left out)").arg(duplicates.size());
    if (!problems.isEmpty())
        text += problems.size() == 1 ? tr(", 1 cannot be taken")
                                     : tr(", %1 cannot be taken").arg(problems.size());
    return text;
}

QString TableImport::cancelledMessage()
{
    return tr("the import was cancelled; nothing was imported");
}

bool TableImport::plan(Archive &archive, Kind kind, const Table &table, const Mapping &mapping, Plan *plan,
    QString *error, const std::function<bool(int done, int total)> &progress)
{
    *plan = Plan();
    plan->kind = kind;
    QHash<QString, int> column; // field -> column
    QHash<QString, QString> header; // field -> the sheet's header, for messages
    for (int i = 0; i < mapping.size() && i < table.headers.size(); ++i) {
        if (!mapping.at(i).isEmpty()) {
            column.insert(mapping.at(i), i);
            header.insert(mapping.at(i), table.headers.at(i));
        }
    }
    const auto has = [&](const char *field) { return column.contains(QLatin1String(field)); };
    QString needed;
    switch (kind) {
    case Kind::People:
        if (!has("name") && !has("family_name"))
            needed = tr("a column for the full name or the family name");
        break;
    case Kind::Organizations:
        if (!has("name"))
            needed = tr("a column for the name");
        break;
    case Kind::Contacts:
        if (!has("label") && !has("organization"))
            needed = tr("a column for the label or the organisation");
        break;
    case Kind::Dialogues:
        if (!has("title") || !has("start_date"))
            needed = tr("columns for the title and the start date");
        break;
    }
    if (!needed.isEmpty()) {
        *error = tr("the mapping has no %1").arg(needed);
        return false;
    }

    const QString table_ = kind == Kind::People ? QStringLiteral("person")
        : kind == Kind::Organizations           ? QStringLiteral("organization")
        : kind == Kind::Contacts                ? QStringLiteral("contact")
                                                : QStringLiteral("dialogue");
    Keys keys(archive, table_);
    const QList<Person> archivePeople = kind == Kind::People ? archive.people() : QList<Person>();
    const QList<Organization> archiveOrganizations = archive.organizations();
    OrganizationNames organizations;
    for (const Organization &o : archiveOrganizations)
        organizations.add(o.key, o.name, o.shortName, o.localName);
    QHash<qint64, QString> organizationKeyById;
    for (const Organization &o : archiveOrganizations)
        organizationKeyById.insert(o.id, o.key);
    const QSet<QString> knownFamilyNames = PersonNames::familyNamesOf(archivePeople);

    // Contacts and dialogues already there, for the duplicate check.
    QHash<QString, QString> archiveContacts; // "organization key|label" and e-mails -> key
    if (kind == Kind::Contacts) {
        for (const Contact &c : archive.contacts()) {
            archiveContacts.insert(
                organizationKeyById.value(c.organizationId) + QLatin1Char('|') + PersonNames::fold(c.label),
                c.label);
            for (const QString &e : c.emails)
                archiveContacts.insert(e.trimmed().toLower(), c.label);
        }
    }
    QHash<QString, QString> archiveDialogues; // "date|title" -> title
    if (kind == Kind::Dialogues) {
        // The list's rows (no speeches read), a page at a time.
        ListQueries queries(archive.database());
        const QList<qint64> ids
            = queries.dialogueIds(QString(), ListQueries::DialogueSort::StartDate, Qt::AscendingOrder, error);
        for (qsizetype i = 0; i < ids.size(); i += ListQueries::PageSize) {
            for (const auto &d : queries.dialogueRows(ids.mid(i, ListQueries::PageSize), error))
                archiveDialogues.insert(
                    d.startDate.toString(Qt::ISODate) + QLatin1Char('|') + PersonNames::fold(d.title),
                    d.title);
        }
    }

    const auto value = [&](const QStringList &row, const char *field) {
        return cell(row, column.value(QLatin1String(field), -1));
    };
    const auto problem = [&](int row, const QString &field, const QString &message) {
        const QString where = header.contains(field) ? header.value(field) : field;
        plan->problems.append({ row, tr("row %1, %2: %3").arg(row).arg(where, message) });
    };
    const auto firstProblem = [&](int row, const QList<RecordRules::Problem> &problems) {
        for (const RecordRules::Problem &p : problems) {
            QString field = p.field;
            field = field.section(QLatin1Char('['), 0, 0); // emails[1] -> emails
            problem(row, field, p.message);
        }
        return !problems.isEmpty();
    };

    // Keys named in the sheet are used first, so that generated ones never take them.
    for (const QStringList &row : table.rows) {
        const QString key = value(row, "key");
        if (!key.isEmpty())
            keys.use(key);
    }

    // Organisations of the file, by name, for parents and for contacts' organisations.
    QList<QString> rowKeys(table.rows.size());
    if (kind == Kind::Organizations) {
        for (int i = 0; i < table.rows.size(); ++i) {
            const QStringList &row = table.rows.at(i);
            if (row.isEmpty())
                continue;
            QString key = value(row, "key");
            if (key.isEmpty()) {
                const QString existing = organizations.find(value(row, "name"));
                const QString existingShort = value(row, "short_name").isEmpty()
                    ? QString()
                    : organizations.find(value(row, "short_name"));
                if (!existing.isEmpty() || !existingShort.isEmpty())
                    continue; // a duplicate, reported below
                key = keys.fresh(
                    value(row, "short_name").isEmpty() ? value(row, "name") : value(row, "short_name"));
            }
            rowKeys[i] = key;
        }
        for (int i = 0; i < table.rows.size(); ++i) {
            if (!rowKeys.at(i).isEmpty())
                organizations.add(rowKeys.at(i), value(table.rows.at(i), "name"),
                    value(table.rows.at(i), "short_name"), value(table.rows.at(i), "local_name"));
        }
    }

    QJsonArray records;
    PersonNameIndex filePeople;
    PersonNameIndex archiveIndex;
    archiveIndex.add(archivePeople);
    QHash<QString, int> fileSeen; // duplicate rows within the sheet, by what identifies them
    const int total = int(table.rows.size());
    for (int i = 0; i < total; ++i) {
        if (progress && i % 64 == 0 && !progress(i, total)) {
            *error = cancelledMessage();
            return false;
        }
        const QStringList &row = table.rows.at(i);
        const int number = i + 2;
        if (row.isEmpty()) {
            ++plan->blank;
            continue;
        }
        QString key = value(row, "key");
        const bool existingKey = !key.isEmpty()
            && (kind == Kind::People                 ? archive.personId(key)
                       : kind == Kind::Organizations ? archive.organizationId(key)
                       : kind == Kind::Contacts      ? archive.contactId(key)
                                                     : archive.dialogueId(key))
                > 0;
        const int problemsBefore = int(plan->problems.size());
        QJsonObject object;

        if (kind == Kind::People) {
            Person p;
            if (!value(row, "name").isEmpty()) {
                const PersonNames::Parsed parsed = PersonNames::parse(value(row, "name"), knownFamilyNames);
                p.honorific = parsed.honorific;
                p.familyName = parsed.familyName;
                p.givenName = parsed.givenName;
                p.familyNameFirst = parsed.familyNameFirst;
                p.localName = parsed.localName;
            }
            const auto override = [&](const char *field, QString *target) {
                if (!value(row, field).isEmpty())
                    *target = value(row, field);
            };
            override("honorific", &p.honorific);
            override("family_name", &p.familyName);
            override("given_name", &p.givenName);
            override("local_name", &p.localName);
            override("notes", &p.notes);
            if (!value(row, "later_mention").isEmpty())
                p.laterMention = code(value(row, "later_mention"));
            if (!value(row, "family_name_first").isEmpty()) {
                const auto first = truth(value(row, "family_name_first"));
                if (first)
                    p.familyNameFirst = *first;
                else
                    problem(number, QStringLiteral("family_name_first"),
                        tr("\"%1\" is neither yes nor no").arg(value(row, "family_name_first")));
            } else if (value(row, "name").isEmpty() && !p.familyName.isEmpty()) {
                p.familyNameFirst = PersonNames::isListedFamilyName(p.familyName);
            }
            firstProblem(number, RecordRules::person(p));
            if (plan->problems.size() == problemsBefore && !existingKey) {
                const QList<Person> same = archiveIndex.possibleDuplicates(p);
                if (!same.isEmpty()) {
                    Person shown = same.first();
                    plan->duplicates.append({ number,
                        tr("row %1: %2 is already in the archive as %3 (%4)")
                            .arg(number)
                            .arg(p.fullName(),
                                (shown.honorific.isEmpty() ? QString() : shown.honorific + QLatin1Char(' '))
                                    + shown.fullName(),
                                shown.key) });
                    continue;
                }
                const QList<Person> sameInFile = filePeople.possibleDuplicates(p);
                if (!sameInFile.isEmpty()) {
                    plan->duplicates.append({ number,
                        tr("row %1: %2 is the same person as row %3")
                            .arg(number)
                            .arg(p.fullName())
                            .arg(sameInFile.first().id) });
                    continue;
                }
            }
            if (key.isEmpty())
                key = keys.fresh(p.familyNameFirst ? p.familyName + QLatin1Char(' ') + p.givenName
                                                   : p.givenName + QLatin1Char(' ') + p.familyName);
            p.id = number; // only for the message about a later row that repeats this one
            filePeople.add(p);
            put(object, QStringLiteral("key"), key);
            put(object, QStringLiteral("honorific"), p.honorific);
            put(object, QStringLiteral("family_name"), p.familyName);
            put(object, QStringLiteral("given_name"), p.givenName);
            object.insert(QStringLiteral("family_name_first"), p.familyNameFirst);
            put(object, QStringLiteral("local_name"), p.localName);
            put(object, QStringLiteral("notes"), p.notes);
            put(object, QStringLiteral("later_mention"), p.laterMention);
        } else if (kind == Kind::Organizations) {
            Organization o;
            o.name = value(row, "name");
            o.shortName = value(row, "short_name");
            o.localName = value(row, "local_name");
            o.website = value(row, "website");
            o.about = value(row, "about");
            const QString country = value(row, "country");
            if (!country.isEmpty()) {
                o.country = Countries::codeFor(country);
                if (o.country.isEmpty())
                    o.country = country; // RecordRules says why it is no country
            }
            QString parentKey;
            if (!value(row, "parent").isEmpty()) {
                parentKey = organizations.find(value(row, "parent"));
                if (parentKey.isEmpty())
                    problem(number, QStringLiteral("parent"),
                        tr("no organisation named \"%1\" in the archive or the sheet")
                            .arg(value(row, "parent")));
            }
            firstProblem(number, RecordRules::organization(o));
            if (plan->problems.size() == problemsBefore && !existingKey && rowKeys.at(i).isEmpty()) {
                QString existing = organizations.find(o.name);
                if (existing.isEmpty() && !o.shortName.isEmpty())
                    existing = organizations.find(o.shortName);
                plan->duplicates.append({ number,
                    tr("row %1: %2 is already in the archive (%3)").arg(number).arg(o.name, existing) });
                continue;
            }
            if (key.isEmpty())
                key = rowKeys.at(i);
            const QString seen = PersonNames::fold(o.name);
            if (fileSeen.contains(seen) && plan->problems.size() == problemsBefore) {
                plan->duplicates.append({ number,
                    tr("row %1: %2 is the same organisation as row %3")
                        .arg(number)
                        .arg(o.name)
                        .arg(fileSeen.value(seen)) });
                continue;
            }
            fileSeen.insert(seen, number);
            if (parentKey == key && !key.isEmpty())
                problem(number, QStringLiteral("parent"), tr("an organisation cannot be its own parent"));
            put(object, QStringLiteral("key"), key);
            put(object, QStringLiteral("name"), o.name);
            put(object, QStringLiteral("short_name"), o.shortName);
            put(object, QStringLiteral("local_name"), o.localName);
            put(object, QStringLiteral("parent"), parentKey);
            put(object, QStringLiteral("country"), o.country);
            put(object, QStringLiteral("website"), o.website);
            put(object, QStringLiteral("about"), o.about);
        } else if (kind == Kind::Contacts) {
            Contact c;
            c.label = value(row, "label");
            c.address = value(row, "address");
            c.phones = splitList(value(row, "phones"), false);
            c.fax = value(row, "fax");
            c.emails = splitList(value(row, "emails"), true);
            c.website = value(row, "website");
            c.wechat = value(row, "wechat");
            QString organizationKey;
            if (!value(row, "organization").isEmpty()) {
                organizationKey = organizations.find(value(row, "organization"));
                if (organizationKey.isEmpty())
                    problem(number, QStringLiteral("organization"),
                        tr("no organisation named \"%1\" in the archive; import the organisations first")
                            .arg(value(row, "organization")));
                else if (c.label.isEmpty())
                    c.label = tr("Contact Us");
            }
            firstProblem(number, RecordRules::contact(c));
            if (plan->problems.size() == problemsBefore && !existingKey) {
                QString existing
                    = archiveContacts.value(organizationKey + QLatin1Char('|') + PersonNames::fold(c.label));
                for (const QString &e : std::as_const(c.emails)) {
                    if (existing.isEmpty())
                        existing = archiveContacts.value(e.toLower());
                }
                if (!existing.isEmpty()) {
                    plan->duplicates.append({ number,
                        tr("row %1: the contact \"%2\" is already in the archive")
                            .arg(number)
                            .arg(existing) });
                    continue;
                }
            }
            if (key.isEmpty())
                key = keys.fresh(
                    organizationKey.isEmpty() ? c.label : organizationKey + QLatin1Char(' ') + c.label);
            put(object, QStringLiteral("key"), key);
            put(object, QStringLiteral("organization"), organizationKey);
            put(object, QStringLiteral("label"), c.label);
            put(object, QStringLiteral("address"), c.address);
            if (!c.phones.isEmpty())
                object.insert(QStringLiteral("phones"), QJsonArray::fromStringList(c.phones));
            put(object, QStringLiteral("fax"), c.fax);
            if (!c.emails.isEmpty())
                object.insert(QStringLiteral("emails"), QJsonArray::fromStringList(c.emails));
            put(object, QStringLiteral("website"), c.website);
            put(object, QStringLiteral("wechat"), c.wechat);
        } else {
            Dialogue d;
            d.title = value(row, "title");
            d.shortTitle = value(row, "short_title");
            d.series = value(row, "series");
            d.kind = value(row, "kind");
            d.city = value(row, "city");
            d.venue = value(row, "venue");
            d.occasion = value(row, "occasion");
            d.participants = value(row, "participants");
            d.outcome = value(row, "outcome");
            d.notes = value(row, "notes");
            d.format = code(value(row, "format"));
            if (!value(row, "status").isEmpty())
                d.status = code(value(row, "status"));
            const QString country = value(row, "country");
            if (!country.isEmpty()) {
                d.country = Countries::codeFor(country);
                if (d.country.isEmpty())
                    d.country = country; // RecordRules says why it is no country
            }
            const QString start = isoDate(value(row, "start_date"));
            const QString end = isoDate(value(row, "end_date"));
            const QString startProblem = RecordRules::date(start, false, &d.startDate);
            const QString endProblem = RecordRules::date(end, false, &d.endDate);
            if (!startProblem.isEmpty())
                problem(number, QStringLiteral("start_date"), startProblem);
            if (!endProblem.isEmpty())
                problem(number, QStringLiteral("end_date"), endProblem);
            if (startProblem.isEmpty() && endProblem.isEmpty())
                firstProblem(number, RecordRules::dialogue(d));
            if (plan->problems.size() == problemsBefore && !existingKey) {
                const QString seen = start + QLatin1Char('|') + PersonNames::fold(d.title);
                const QString existing = archiveDialogues.value(seen);
                if (!existing.isEmpty()) {
                    plan->duplicates.append({ number,
                        tr("row %1: \"%2\" on %3 is already in the archive")
                            .arg(number)
                            .arg(existing, start) });
                    continue;
                }
                if (fileSeen.contains(seen)) {
                    plan->duplicates.append({ number,
                        tr("row %1: the same dialogue as row %2").arg(number).arg(fileSeen.value(seen)) });
                    continue;
                }
                fileSeen.insert(seen, number);
            }
            if (key.isEmpty())
                key = keys.fresh(
                    start + QLatin1Char(' ') + (d.shortTitle.isEmpty() ? d.title : d.shortTitle));
            put(object, QStringLiteral("key"), key);
            put(object, QStringLiteral("title"), d.title);
            put(object, QStringLiteral("short_title"), d.shortTitle);
            put(object, QStringLiteral("series"), d.series);
            put(object, QStringLiteral("kind"), d.kind);
            put(object, QStringLiteral("start_date"), start);
            put(object, QStringLiteral("end_date"), end);
            put(object, QStringLiteral("city"), d.city);
            put(object, QStringLiteral("country"), d.country);
            put(object, QStringLiteral("venue"), d.venue);
            put(object, QStringLiteral("format"), d.format);
            put(object, QStringLiteral("occasion"), d.occasion);
            put(object, QStringLiteral("participants"), d.participants);
            put(object, QStringLiteral("outcome"), d.outcome);
            put(object, QStringLiteral("status"), d.status);
            put(object, QStringLiteral("notes"), d.notes);
        }
        if (plan->problems.size() != problemsBefore)
            continue;
        records.append(object);
        plan->rows.append(number);
    }
    if (progress && !progress(total, total)) {
        *error = cancelledMessage();
        return false;
    }
    plan->document.insert(QStringLiteral("format"), QLatin1String(Interchange::FormatName));
    plan->document.insert(section(kind), records);
    return true;
}

bool TableImport::run(Archive &archive, const Plan &plan, Interchange::Report *report, QString *error,
    const Interchange::Progress &progress)
{
    if (!plan.problems.isEmpty()) {
        *error = plan.problems.size() == 1
            ? tr("1 row cannot be taken; nothing was imported (%1)").arg(plan.problems.first().message)
            : tr("%1 rows cannot be taken; nothing was imported (the first: %2)")
                  .arg(plan.problems.size())
                  .arg(plan.problems.first().message);
        return false;
    }
    const QByteArray json = QJsonDocument(plan.document).toJson(QJsonDocument::Compact);
    if (Interchange::importJson(archive, json, report, error, progress))
        return true;
    // "people[3].family_name: …" names the sheet's row.
    static const QRegularExpression path(QStringLiteral("^[a-z]+\\[(\\d+)\\]\\.?([^:]*): (.*)$"),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = path.match(*error);
    if (m.hasMatch()) {
        const int index = m.captured(1).toInt();
        if (index >= 0 && index < plan.rows.size())
            *error = tr("row %1, %2: %3").arg(plan.rows.at(index)).arg(m.captured(2), m.captured(3));
    }
    return false;
}

} // namespace rt
