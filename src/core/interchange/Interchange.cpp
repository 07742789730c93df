#include "core/interchange/Interchange.h"

#include "core/db/Database.h"
#include "core/db/Transaction.h"
#include "core/interchange/JsonTextCheck.h"
#include "core/records/Archive.h"
#include "core/records/RecordRules.h"
#include "core/safety/InputFile.h"
#include "core/safety/OutputFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <algorithm>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rt {

namespace {

std::function<void()> s_afterCheck; // Interchange::setAfterCheckHook

// Thrown inside this file only, caught by importJson: the first problem ends the check.
struct Problem
{
    QString message;
};

[[noreturn]] void fail(const QString &path, const QString &message)
{
    throw Problem { path.isEmpty() ? message : path + QLatin1String(": ") + message };
}

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// Reads one JSON object, refusing fields it does not know and values of the wrong type.
class ObjectReader
{
    Q_DECLARE_TR_FUNCTIONS(rt::ObjectReader)

public:
    ObjectReader(const QJsonValue &value, const QString &path, const QStringList &allowed)
        : m_path(path)
    {
        if (!value.isObject())
            fail(path, tr("expected an object"));
        m_object = value.toObject();
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!allowed.contains(it.key()))
                fail(field(it.key()), tr("unknown field"));
        }
    }

    QString field(const QString &name) const
    {
        return m_path.isEmpty() ? name : m_path + QLatin1Char('.') + name;
    }
    const QString &path() const { return m_path; }
    bool has(const QString &name) const { return m_object.contains(name) && !m_object.value(name).isNull(); }

    QString string(const QString &name, bool required = false) const
    {
        if (!has(name)) {
            if (required)
                fail(field(name), tr("missing required field"));
            return {};
        }
        const QJsonValue v = m_object.value(name);
        if (!v.isString())
            fail(field(name), tr("expected a string"));
        const QString s = v.toString();
        if (required && s.trimmed().isEmpty())
            fail(field(name), tr("must not be empty"));
        return s;
    }

    QString key(const QString &name = QStringLiteral("key"), bool required = true) const
    {
        const QString k = string(name, required);
        if (!k.isEmpty() && (k.trimmed() != k || k.contains(QLatin1Char('\n'))))
            fail(field(name), tr("a key must not begin or end with spaces"));
        for (const QChar c : k) {
            if (c.category() == QChar::Other_Control)
                fail(field(name),
                    tr("a key must not contain control characters (found U+%1)")
                        .arg(QStringLiteral("%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper()));
        }
        return k;
    }

    bool boolean(const QString &name, bool fallback) const
    {
        if (!has(name))
            return fallback;
        const QJsonValue v = m_object.value(name);
        if (!v.isBool())
            fail(field(name), tr("expected true or false"));
        return v.toBool();
    }

    QStringList strings(const QString &name) const
    {
        QStringList result;
        const QJsonArray a = array(name);
        for (int i = 0; i < a.size(); ++i) {
            const QString p = field(name) + QStringLiteral("[%1]").arg(i);
            if (!a.at(i).isString())
                fail(p, tr("expected a string"));
            if (a.at(i).toString().trimmed().isEmpty())
                fail(p, tr("must not be empty"));
            result.append(a.at(i).toString());
        }
        return result;
    }

    // The list, taken out of the object: with the object its only owner, each item can then
    // be freed as soon as it is read (ReleaseItem).
    QJsonArray takeArray(const QString &name)
    {
        if (!has(name))
            return {};
        if (!m_object.value(name).isArray())
            fail(field(name), tr("expected a list"));
        return m_object.take(name).toArray();
    }

    QJsonArray array(const QString &name) const
    {
        if (!has(name))
            return {};
        const QJsonValue v = m_object.value(name);
        if (!v.isArray())
            fail(field(name), tr("expected a list"));
        return v.toArray();
    }

    // Only the spelling of a date is read here; whether the record needs it is a RecordRules rule.
    QDate date(const QString &name) const
    {
        QDate d;
        const QString problem = RecordRules::date(string(name), false, &d);
        if (!problem.isEmpty())
            fail(field(name), problem);
        return d;
    }

    // A text field that may be in several languages (DESIGN.md, "Languages"): a plain string
    // is the English text; an object {"en": "…", "zh": "…"} gives it in each language it
    // names. The English text is returned, the others go into `translations` under `name`
    // (whether each language and field may be translated is RecordRules' to say).
    // `englishRequired`: the record cannot be without the English text.
    QString text(const QString &name, FieldTranslations &translations, bool englishRequired = false) const
    {
        if (!has(name) || !m_object.value(name).isObject())
            return string(name);
        const QJsonObject languages = m_object.value(name).toObject();
        if (languages.isEmpty())
            fail(field(name),
                tr("an empty object: give the text as a string, or as {\"en\": \"…\", \"zh\": \"…\"}"));
        QString english;
        for (auto it = languages.constBegin(); it != languages.constEnd(); ++it) {
            const QString where = field(name) + QLatin1Char('.') + it.key();
            if (!it.value().isString())
                fail(where, tr("expected a string (the text in this language)"));
            if (it.key() == QLatin1String(Language::English))
                english = it.value().toString();
            else
                translations.set(it.key(), name, it.value().toString());
        }
        if (englishRequired && english.trimmed().isEmpty())
            fail(field(name) + QLatin1String(".en"),
                tr("the English text is required (\"en\"), beside the other languages"));
        return english;
    }

    QString string(const QString &name, const QString &fallback) const
    {
        const QString value = string(name);
        return value.isEmpty() ? fallback : value;
    }

private:
    QJsonObject m_object;
    QString m_path;
};

QString indexed(const QString &section, int i)
{
    return section + QStringLiteral("[%1]").arg(i);
}

struct OrganizationIn
{
    Organization record;
    QString parentKey;
    QString path;
};

struct PersonIn
{
    Person record;
    QString path;
};

struct ContactIn
{
    Contact record;
    QString organizationKey;
    QString path;
};

struct DialogueIn
{
    Dialogue record;
    QString contactKey;
    QString aboutKey;
    QStringList organizationKeys; // one per record.organizations entry
    QStringList speechPersonKeys; // one per record.speeches entry
    QStringList speechOrganizationKeys; // one per record.speeches entry, may be empty
    QString path;
};

struct Parsed
{
    QList<OrganizationIn> organizations;
    QList<PersonIn> people;
    QList<ContactIn> contacts;
    QJsonArray dialogues; // read one at a time by readDialogue()
};

// The record's first problem under the rules every save obeys, with its JSON path.
void obey(const QList<RecordRules::Problem> &problems, const QString &path)
{
    if (!problems.isEmpty())
        fail(path + QLatin1Char('.') + problems.first().field, problems.first().message);
}

// Frees item i of a list once it has been read, so that the parsed records replace the JSON
// tree instead of joining it: a large import's peak of memory is one copy of the records, not two.
class ReleaseItem
{
public:
    ReleaseItem(QJsonArray &array, int index)
        : m_array(array)
        , m_index(index)
    {
    }
    ~ReleaseItem() { m_array.replace(m_index, QJsonValue()); }

private:
    QJsonArray &m_array;
    int m_index;
};

// One dialogue of the file, read and checked as far as the file alone can say.
DialogueIn readDialogue(const QJsonValue &value, const QString &path)
{
    ObjectReader r(value, path,
        { QStringLiteral("key"), QStringLiteral("title"), QStringLiteral("short_title"),
            QStringLiteral("series"), QStringLiteral("kind"), QStringLiteral("start_date"),
            QStringLiteral("end_date"), QStringLiteral("city"), QStringLiteral("country"),
            QStringLiteral("venue"), QStringLiteral("format"), QStringLiteral("occasion"),
            QStringLiteral("participants"), QStringLiteral("outcome"), QStringLiteral("status"),
            QStringLiteral("notes"), QStringLiteral("contact"), QStringLiteral("about"),
            QStringLiteral("organizations"), QStringLiteral("topics"), QStringLiteral("speeches") });
    DialogueIn in;
    in.path = path;
    Dialogue &d = in.record;
    d.key = r.key();
    d.title = r.text(QStringLiteral("title"), d.translations, true);
    d.shortTitle = r.text(QStringLiteral("short_title"), d.translations);
    d.series = r.text(QStringLiteral("series"), d.translations);
    d.kind = r.text(QStringLiteral("kind"), d.translations);
    d.startDate = r.date(QStringLiteral("start_date"));
    d.endDate = r.date(QStringLiteral("end_date"));
    d.city = r.text(QStringLiteral("city"), d.translations);
    d.country = r.string(QStringLiteral("country"));
    d.venue = r.text(QStringLiteral("venue"), d.translations);
    d.format = r.string(QStringLiteral("format"));
    d.occasion = r.text(QStringLiteral("occasion"), d.translations);
    d.participants = r.text(QStringLiteral("participants"), d.translations);
    d.outcome = r.text(QStringLiteral("outcome"), d.translations);
    d.status = r.string(QStringLiteral("status"), QStringLiteral("held"));
    d.notes = r.string(QStringLiteral("notes"));
    in.contactKey = r.key(QStringLiteral("contact"), false);
    in.aboutKey = r.key(QStringLiteral("about"), false);

    const QJsonArray orgs = r.array(QStringLiteral("organizations"));
    for (int j = 0; j < orgs.size(); ++j) {
        ObjectReader o(orgs.at(j), indexed(r.field(QStringLiteral("organizations")), j),
            { QStringLiteral("organization"), QStringLiteral("role") });
        in.organizationKeys.append(o.key(QStringLiteral("organization"), true));
        d.organizations.append({ 0, o.string(QStringLiteral("role")) });
    }
    const QJsonArray topics = r.array(QStringLiteral("topics"));
    for (int j = 0; j < topics.size(); ++j) {
        ObjectReader t(topics.at(j), indexed(r.field(QStringLiteral("topics")), j),
            { QStringLiteral("title"), QStringLiteral("description") });
        Topic topic;
        topic.title = t.text(QStringLiteral("title"), topic.translations, true);
        topic.description = t.text(QStringLiteral("description"), topic.translations);
        d.topics.append(topic);
    }
    const QJsonArray speeches = r.array(QStringLiteral("speeches"));
    for (int j = 0; j < speeches.size(); ++j) {
        ObjectReader s(speeches.at(j), indexed(r.field(QStringLiteral("speeches")), j),
            { QStringLiteral("person"), QStringLiteral("role"), QStringLiteral("title"),
                QStringLiteral("organization"), QStringLiteral("verb"), QStringLiteral("summary") });
        Speech speech;
        in.speechPersonKeys.append(s.key(QStringLiteral("person"), true));
        in.speechOrganizationKeys.append(s.key(QStringLiteral("organization"), false));
        speech.role = s.string(QStringLiteral("role"), QStringLiteral("speech"));
        speech.title = s.text(QStringLiteral("title"), speech.translations);
        speech.verb = s.string(QStringLiteral("verb"));
        speech.summary = s.text(QStringLiteral("summary"), speech.translations);
        d.speeches.append(speech);
    }
    return in;
}

// Takes the only reference to the file's tree, and frees it as it goes; the dialogues are
// left in it, for readDialogue().
Parsed parse(QJsonObject root)
{
    Parsed parsed;
    ObjectReader top(root, QString(),
        { QStringLiteral("format"), QStringLiteral("organizations"), QStringLiteral("people"),
            QStringLiteral("contacts"), QStringLiteral("dialogues") });
    root = QJsonObject(); // `top` is now the tree's only owner
    const QString format = top.string(QStringLiteral("format"), true);
    if (format != QLatin1String(Interchange::FormatName))
        fail(QStringLiteral("format"),
            Interchange::tr("%1 is not a format this program reads (expected \"roundtable/1\")")
                .arg(quoted(format)));

    QJsonArray organizations = top.takeArray(QStringLiteral("organizations"));
    for (int i = 0; i < organizations.size(); ++i) {
        const ReleaseItem release(organizations, i);
        const QString path = indexed(QStringLiteral("organizations"), i);
        ObjectReader r(organizations.at(i), path,
            { QStringLiteral("key"), QStringLiteral("name"), QStringLiteral("short_name"),
                QStringLiteral("local_name"), QStringLiteral("parent"), QStringLiteral("country"),
                QStringLiteral("website"), QStringLiteral("about") });
        OrganizationIn in;
        in.path = path;
        in.record.key = r.key();
        in.record.name = r.text(QStringLiteral("name"), in.record.translations, true);
        in.record.shortName = r.text(QStringLiteral("short_name"), in.record.translations);
        in.record.localName = r.string(QStringLiteral("local_name"));
        in.parentKey = r.key(QStringLiteral("parent"), false);
        in.record.country = r.string(QStringLiteral("country"));
        in.record.website = r.string(QStringLiteral("website"));
        in.record.about = r.text(QStringLiteral("about"), in.record.translations);
        if (in.parentKey == in.record.key)
            fail(r.field(QStringLiteral("parent")),
                Interchange::tr("an organisation cannot be its own parent"));
        parsed.organizations.append(in);
    }

    QJsonArray people = top.takeArray(QStringLiteral("people"));
    for (int i = 0; i < people.size(); ++i) {
        const ReleaseItem release(people, i);
        const QString path = indexed(QStringLiteral("people"), i);
        ObjectReader r(people.at(i), path,
            { QStringLiteral("key"), QStringLiteral("honorific"), QStringLiteral("family_name"),
                QStringLiteral("given_name"), QStringLiteral("family_name_first"),
                QStringLiteral("local_name"), QStringLiteral("notes"), QStringLiteral("later_mention") });
        PersonIn in;
        in.path = path;
        in.record.key = r.key();
        in.record.honorific = r.string(QStringLiteral("honorific"));
        in.record.familyName = r.string(QStringLiteral("family_name"));
        in.record.givenName = r.string(QStringLiteral("given_name"));
        in.record.familyNameFirst = r.boolean(QStringLiteral("family_name_first"), false);
        in.record.localName = r.string(QStringLiteral("local_name"));
        in.record.notes = r.string(QStringLiteral("notes"));
        in.record.laterMention = r.string(QStringLiteral("later_mention"));
        if (in.record.laterMention.isEmpty())
            in.record.laterMention = QString::fromLatin1(PersonLaterMention::FamilyName);
        parsed.people.append(in);
    }

    QJsonArray contacts = top.takeArray(QStringLiteral("contacts"));
    for (int i = 0; i < contacts.size(); ++i) {
        const ReleaseItem release(contacts, i);
        const QString path = indexed(QStringLiteral("contacts"), i);
        ObjectReader r(contacts.at(i), path,
            { QStringLiteral("key"), QStringLiteral("organization"), QStringLiteral("label"),
                QStringLiteral("address"), QStringLiteral("phones"), QStringLiteral("fax"),
                QStringLiteral("emails"), QStringLiteral("website"), QStringLiteral("wechat") });
        ContactIn in;
        in.path = path;
        in.record.key = r.key();
        in.organizationKey = r.key(QStringLiteral("organization"), false);
        in.record.label = r.text(QStringLiteral("label"), in.record.translations, true);
        in.record.address = r.text(QStringLiteral("address"), in.record.translations);
        in.record.phones = r.strings(QStringLiteral("phones"));
        in.record.fax = r.string(QStringLiteral("fax"));
        in.record.emails = r.strings(QStringLiteral("emails"));
        in.record.website = r.string(QStringLiteral("website"));
        in.record.wechat = r.string(QStringLiteral("wechat"));
        parsed.contacts.append(in);
    }

    // The dialogues, nearly all of a large file, stay in the tree: read twice, once to check
    // them all and once to write each (then freed), they are never held twice over.
    parsed.dialogues = top.takeArray(QStringLiteral("dialogues"));
    return parsed;
}

// Resolves keys to ids: first those written by this import, then those already in the archive.
class KeyResolver
{
    Q_DECLARE_TR_FUNCTIONS(rt::KeyResolver)

public:
    KeyResolver(Archive &archive, const QString &table, const QString &noun)
        : m_archive(archive)
        , m_table(table)
        , m_noun(noun)
    {
    }

    void declare(const QString &key, const QString &path)
    {
        const auto it = m_declared.constFind(key);
        if (it != m_declared.constEnd())
            fail(path + QLatin1String(".key"),
                tr("duplicate key %1 (also at %2)").arg(quoted(key), it.value()));
        m_declared.insert(key, path);
    }

    // Phase 1: the key names something in the file or in the archive.
    void check(const QString &key, const QString &path)
    {
        if (key.isEmpty() || m_declared.contains(key))
            return;
        if (lookup(key) == 0)
            fail(path, tr("no %1 with key %2").arg(m_noun, quoted(key)));
    }

    void set(const QString &key, qint64 id) { m_ids.insert(key, id); }

    // Phase 2: the id (0 for an empty key).
    qint64 id(const QString &key)
    {
        if (key.isEmpty())
            return 0;
        return lookup(key);
    }

private:
    qint64 lookup(const QString &key)
    {
        auto it = m_ids.constFind(key);
        if (it != m_ids.constEnd())
            return it.value();
        qint64 id = 0;
        if (m_table == QLatin1String("organization"))
            id = m_archive.organizationId(key);
        else if (m_table == QLatin1String("person"))
            id = m_archive.personId(key);
        else if (m_table == QLatin1String("contact"))
            id = m_archive.contactId(key);
        if (id > 0)
            m_ids.insert(key, id);
        return id;
    }

    Archive &m_archive;
    QString m_table;
    QString m_noun;
    QHash<QString, QString> m_declared; // key -> path where the file declares it
    QHash<QString, qint64> m_ids;
};

// Parents before children, so every parent has an id when its child is written. Walks each
// chain with a loop, not recursion: the file decides how long a chain is.
QList<OrganizationIn> parentsFirst(const QList<OrganizationIn> &organizations)
{
    QHash<QString, int> index;
    for (int i = 0; i < organizations.size(); ++i)
        index.insert(organizations.at(i).record.key, i);
    QList<OrganizationIn> ordered;
    ordered.reserve(organizations.size());
    QList<int> state(organizations.size(), 0); // 0 new, 1 on the current chain, 2 done
    QList<int> chain;
    for (int start = 0; start < organizations.size(); ++start) {
        // Climb from this organisation to the first ancestor already placed (or the root)...
        int i = start;
        while (i >= 0 && state[i] != 2) {
            if (state[i] == 1)
                fail(organizations.at(i).path + QLatin1String(".parent"),
                    Interchange::tr("the parents of this organisation form a cycle"));
            state[i] = 1;
            chain.append(i);
            const auto parent = index.constFind(organizations.at(i).parentKey);
            i = parent != index.constEnd() ? parent.value() : -1;
        }
        // ...then place the chain from the top down.
        for (auto it = chain.crbegin(); it != chain.crend(); ++it) {
            state[*it] = 2;
            ordered.append(organizations.at(*it));
        }
        chain.clear();
    }
    return ordered;
}

void count(Interchange::Report &report, bool existed, bool changed)
{
    if (!existed)
        ++report.added;
    else if (changed)
        ++report.updated;
    else
        ++report.unchanged;
}

// A field the document gives in English only keeps the archive's text of it in other
// languages: an older file, a vCard or a sheet knows nothing of them, and importing it must
// not erase them. (A translation is removed in the editor, not by leaving it out of a file.)
void keepOtherLanguages(FieldTranslations &incoming, const FieldTranslations &held)
{
    const FieldTranslations document = incoming;
    const auto inDocument = [&document](const QString &field) {
        for (const QString &language : document.languages()) {
            if (document.fields(language).contains(field))
                return true;
        }
        return false;
    };
    for (const QString &language : held.languages()) {
        const QMap<QString, QString> fields = held.fields(language);
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (!inDocument(it.key()))
                incoming.set(language, it.key(), it.value());
        }
    }
}

template <typename Record> void keepOtherLanguages(Record &incoming, const Record &held)
{
    if constexpr (requires { incoming.translations; })
        keepOtherLanguages(incoming.translations, held.translations);
    if constexpr (std::is_same_v<Record, Dialogue>) {
        // Topics and speeches are the same ones where they stand at the same place.
        for (qsizetype i = 0; i < incoming.topics.size() && i < held.topics.size(); ++i)
            keepOtherLanguages(incoming.topics[i].translations, held.topics.at(i).translations);
        for (qsizetype i = 0; i < incoming.speeches.size() && i < held.speeches.size(); ++i)
            keepOtherLanguages(incoming.speeches[i].translations, held.speeches.at(i).translations);
    }
}

// The version of every record of the file as the archive held it when the file was checked
// (0: not in the archive), by key. Checking a large file takes seconds, in which another
// window or program may save: what it saved is never written over unseen.
class Seen
{
public:
    Seen(Archive &archive, const QString &table)
        : m_archive(archive)
        , m_table(table)
    {
    }
    void read(const QString &key)
    {
        if (!key.isEmpty())
            m_versions.insert(key, m_archive.storedVersion(m_table, m_archive.idOfKey(m_table, key)));
    }
    qint64 version(const QString &key) const { return m_versions.value(key); }

private:
    Archive &m_archive;
    QString m_table;
    QHash<QString, qint64> m_versions;
};

QString conflictMessage(const QString &key, qint64 seen, qint64 now)
{
    if (seen == 0)
        return Interchange::tr(
            "a record with key %1 was added by someone else during the import; nothing was "
            "imported")
            .arg(quoted(key));
    if (now == 0)
        return Interchange::tr(
            "the record with key %1 was deleted by someone else during the import; nothing "
            "was imported")
            .arg(quoted(key));
    return Interchange::tr(
        "the record with key %1 was changed by someone else during the import (version %2, "
        "now %3); nothing was imported")
        .arg(quoted(key))
        .arg(seen)
        .arg(now);
}

// Adds one record, or updates the one with its key: checked by the rules every save obeys,
// written only when it differs from what the archive holds, and counted. Returns its id.
template <typename Record>
qint64 put(Archive &archive, Record &record, const QString &path, Interchange::Report &report,
    qint64 (Archive::*idOf)(const QString &), std::optional<Record> (Archive::*read)(qint64),
    bool (Archive::*save)(Record &, QString *, SaveConflict *),
    QList<RecordRules::Problem> (*rules)(const Record &), const Seen &seen)
{
    const qint64 existingId = (archive.*idOf)(record.key);
    record.id = existingId;
    const std::optional<Record> held = existingId ? (archive.*read)(existingId) : std::nullopt;
    // The archive as the import found it while checking the file: a record saved, added or
    // deleted by someone else since is a conflict, and the whole import is undone.
    const qint64 seenVersion = seen.version(record.key);
    if (held ? held->version != seenVersion : seenVersion != 0)
        fail(path, conflictMessage(record.key, seenVersion, held ? held->version : 0));
    if (held) {
        keepOtherLanguages(record, *held);
        record.version = held->version;
    }
    obey(rules(record), path);
    const bool changed = !held || *held != record;
    QString failure;
    SaveConflict conflict;
    if (changed && !(archive.*save)(record, &failure, &conflict))
        fail(path, conflict ? conflictMessage(record.key, record.version, conflict.theirVersion) : failure);
    count(report, existingId, changed);
    return record.id;
}

QString lineAndColumn(const QByteArray &json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else if ((json.at(i) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return Interchange::tr("line %1, column %2").arg(line).arg(column);
}

} // namespace

namespace {

// The import itself. Takes the text by value, so that importFile can hand over the only copy
// and the text is freed as soon as QJsonDocument has read it (a lower peak of memory).
bool importText(Archive &archive, QByteArray json, Interchange::Report *report, QString *error,
    const Interchange::Progress &progress = {})
{
    using Report = Interchange::Report;
    Report ignoredReport;
    if (!report)
        report = &ignoredReport;
    *report = Report();
    QString ignoredError;
    if (!error)
        error = &ignoredError;

    // The pages a previous import or search left in SQLite's cache (up to 64 MiB) would sit
    // under the file's tree: handed back first, the tree reuses them.
    if (sqlite3 *db = archive.database().handle())
        sqlite3_db_release_memory(db);

    // Before QJsonDocument, which would merge, replace or drop what this check refuses.
    const QString textProblem = JsonTextCheck::check(json);
    if (!textProblem.isEmpty()) {
        *error = textProblem;
        return false;
    }
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = Interchange::tr("not valid JSON at %1: %2")
                     .arg(lineAndColumn(json, parseError.offset), parseError.errorString());
        return false;
    }
    json = QByteArray();
    if (!document.isObject()) {
        *error = Interchange::tr(
            "not a roundtable/1 file: the top level must be an object with \"format\": \"roundtable/1\"");
        return false;
    }

    Transaction transaction(archive.database());
    try {
        QJsonObject root = document.object();
        document = QJsonDocument(); // `root` alone holds the tree, which parse() frees as it reads
        Parsed parsed = parse(std::move(root));

        KeyResolver organizations(archive, QStringLiteral("organization"), Interchange::tr("organisation"));
        KeyResolver people(archive, QStringLiteral("person"), Interchange::tr("person"));
        KeyResolver contacts(archive, QStringLiteral("contact"), Interchange::tr("contact"));
        for (const auto &o : parsed.organizations)
            organizations.declare(o.record.key, o.path);
        for (const auto &p : parsed.people)
            people.declare(p.record.key, p.path);
        for (const auto &c : parsed.contacts)
            contacts.declare(c.record.key, c.path);
        Seen seenOrganizations(archive, QStringLiteral("organization"));
        Seen seenPeople(archive, QStringLiteral("person"));
        Seen seenContacts(archive, QStringLiteral("contact"));
        Seen seenDialogues(archive, QStringLiteral("dialogue"));
        for (const auto &o : parsed.organizations)
            seenOrganizations.read(o.record.key);
        for (const auto &p : parsed.people)
            seenPeople.read(p.record.key);
        for (const auto &c : parsed.contacts)
            seenContacts.read(c.record.key);
        // Phase 1: every record reads, and every reference names something, before anything
        // is written. Each dialogue is read here only to be checked, then dropped.
        for (const auto &o : parsed.organizations)
            organizations.check(o.parentKey, o.path + QLatin1String(".parent"));
        for (const auto &c : parsed.contacts)
            organizations.check(c.organizationKey, c.path + QLatin1String(".organization"));
        QHash<QString, QString> dialogueKeys;
        const auto dialoguePath = [](int i) { return indexed(QStringLiteral("dialogues"), i); };
        for (int i = 0; i < parsed.dialogues.size(); ++i) {
            const DialogueIn d = readDialogue(parsed.dialogues.at(i), dialoguePath(i));
            const auto it = dialogueKeys.constFind(d.record.key);
            if (it != dialogueKeys.constEnd())
                fail(d.path + QLatin1String(".key"),
                    Interchange::tr("duplicate key %1 (also at %2)").arg(quoted(d.record.key), it.value()));
            dialogueKeys.insert(d.record.key, d.path);
            seenDialogues.read(d.record.key);
            contacts.check(d.contactKey, d.path + QLatin1String(".contact"));
            organizations.check(d.aboutKey, d.path + QLatin1String(".about"));
            for (int j = 0; j < d.organizationKeys.size(); ++j)
                organizations.check(d.organizationKeys.at(j),
                    d.path + QStringLiteral(".organizations[%1].organization").arg(j));
            for (int j = 0; j < d.speechPersonKeys.size(); ++j) {
                people.check(
                    d.speechPersonKeys.at(j), d.path + QStringLiteral(".speeches[%1].person").arg(j));
                organizations.check(d.speechOrganizationKeys.at(j),
                    d.path + QStringLiteral(".speeches[%1].organization").arg(j));
            }
        }
        const QList<OrganizationIn> orderedOrganizations = parentsFirst(parsed.organizations);

        if (s_afterCheck)
            s_afterCheck();

        // Phase 2: write, all in one transaction.
        if (!transaction.begin(error))
            return false;
        const int total = int(orderedOrganizations.size() + parsed.people.size() + parsed.contacts.size()
            + parsed.dialogues.size());
        int done = 0;
        const auto written = [&] {
            ++done;
            if (progress && !progress(done, total))
                throw Problem { Interchange::cancelledMessage() };
        };
        for (OrganizationIn o : orderedOrganizations) {
            o.record.parentId = organizations.id(o.parentKey);
            organizations.set(o.record.key,
                put(archive, o.record, o.path, *report, &Archive::organizationId, &Archive::organization,
                    &Archive::saveOrganization, &RecordRules::organization, seenOrganizations));
            written();
        }
        for (PersonIn p : parsed.people) {
            people.set(p.record.key,
                put(archive, p.record, p.path, *report, &Archive::personId, &Archive::person,
                    &Archive::savePerson, &RecordRules::person, seenPeople));
            written();
        }
        for (ContactIn c : parsed.contacts) {
            c.record.organizationId = organizations.id(c.organizationKey);
            contacts.set(c.record.key,
                put(archive, c.record, c.path, *report, &Archive::contactId, &Archive::contact,
                    &Archive::saveContact, &RecordRules::contact, seenContacts));
            written();
        }
        for (int i = 0; i < parsed.dialogues.size(); ++i) {
            DialogueIn d = readDialogue(parsed.dialogues.at(i), dialoguePath(i));
            parsed.dialogues.replace(i, QJsonValue()); // its JSON is no longer needed
            Dialogue &record = d.record;
            record.contactId = contacts.id(d.contactKey);
            record.aboutOrganizationId = organizations.id(d.aboutKey);
            for (int j = 0; j < record.organizations.size(); ++j)
                record.organizations[j].organizationId = organizations.id(d.organizationKeys.at(j));
            for (int j = 0; j < record.speeches.size(); ++j) {
                record.speeches[j].personId = people.id(d.speechPersonKeys.at(j));
                record.speeches[j].organizationId = organizations.id(d.speechOrganizationKeys.at(j));
            }
            put(archive, record, d.path, *report, &Archive::dialogueId, &Archive::dialogue,
                &Archive::saveDialogue, &RecordRules::dialogue, seenDialogues);
            written();
        }
        return transaction.commit(error);
    } catch (const Problem &problem) {
        *error = problem.message;
        transaction.rollback();
        *report = Report();
        return false;
    }
}

} // namespace

void Interchange::setAfterCheckHook(std::function<void()> hook)
{
    s_afterCheck = std::move(hook);
}

QString Interchange::Report::summary() const
{
    return Interchange::tr("%1 added, %2 updated, %3 unchanged").arg(added).arg(updated).arg(unchanged);
}

bool Interchange::importJson(
    Archive &archive, const QByteArray &json, Report *report, QString *error, const Progress &progress)
{
    return importText(archive, json, report, error, progress);
}

QString Interchange::cancelledMessage()
{
    return tr("the import was cancelled; nothing was imported");
}

bool Interchange::importFile(Archive &archive, const QString &path, Report *report, QString *error)
{
    QString ignoredError;
    if (!error)
        error = &ignoredError;
    QByteArray bytes;
    if (!InputFile::read(path, MaxFileSize, &bytes, error))
        return false;
    if (!importText(archive, std::move(bytes), report, error)) {
        *error = path + QLatin1String(": ") + *error;
        return false;
    }
    return true;
}

namespace {

void put(QJsonObject &object, const char *name, const QString &value)
{
    if (!value.isEmpty())
        object.insert(QLatin1String(name), value);
}

// A text field: a plain string while it has only English, else an object of every language.
void put(QJsonObject &object, const char *name, const QString &english, const FieldTranslations &translations)
{
    const QString field = QLatin1String(name);
    QJsonObject languages;
    const QStringList tags = translations.languages();
    for (const QString &tag : tags) {
        const QString value = translations.value(tag, field);
        if (!value.isEmpty())
            languages.insert(tag, value);
    }
    if (languages.isEmpty()) {
        put(object, name, english);
        return;
    }
    if (!english.isEmpty())
        languages.insert(QLatin1String(Language::English), english);
    object.insert(field, languages);
}

void put(QJsonObject &object, const char *name, const QStringList &values)
{
    if (!values.isEmpty())
        object.insert(QLatin1String(name), QJsonArray::fromStringList(values));
}

} // namespace

QByteArray Interchange::exportJson(Archive &archive, QString *error)
{
    Q_UNUSED(error);
    // One read transaction, so the file is a consistent snapshot even while others write.
    Database &db = archive.database();
    Snapshot snapshot(db);
    snapshot.begin(nullptr);

    QHash<qint64, QString> organizationKeys, personKeys, contactKeys;
    const QList<Organization> organizationList = archive.organizations();
    for (const auto &o : organizationList)
        organizationKeys.insert(o.id, o.key);

    QJsonObject root;
    root.insert(QLatin1String("format"), QLatin1String(FormatName));

    QList<Organization> sortedOrganizations = organizationList;
    std::sort(sortedOrganizations.begin(), sortedOrganizations.end(),
        [](const Organization &a, const Organization &b) { return a.key < b.key; });
    QJsonArray organizations;
    for (const auto &o : std::as_const(sortedOrganizations)) {
        QJsonObject j;
        put(j, "key", o.key);
        put(j, "name", o.name, o.translations);
        put(j, "short_name", o.shortName, o.translations);
        put(j, "local_name", o.localName);
        put(j, "parent", organizationKeys.value(o.parentId));
        put(j, "country", o.country);
        put(j, "website", o.website);
        put(j, "about", o.about, o.translations);
        organizations.append(j);
    }
    root.insert(QLatin1String("organizations"), organizations);

    QJsonArray people;
    const QList<Person> personList = archive.people();
    for (const auto &p : personList) {
        personKeys.insert(p.id, p.key);
        QJsonObject j;
        put(j, "key", p.key);
        put(j, "honorific", p.honorific);
        put(j, "family_name", p.familyName);
        put(j, "given_name", p.givenName);
        j.insert(QLatin1String("family_name_first"), p.familyNameFirst);
        put(j, "local_name", p.localName);
        put(j, "notes", p.notes);
        if (p.laterMention != QLatin1String(PersonLaterMention::FamilyName))
            put(j, "later_mention", p.laterMention);
        people.append(j);
    }
    root.insert(QLatin1String("people"), people);

    QJsonArray contacts;
    const QList<Contact> contactList = archive.contacts();
    for (const auto &c : contactList) {
        contactKeys.insert(c.id, c.key);
        QJsonObject j;
        put(j, "key", c.key);
        put(j, "organization", organizationKeys.value(c.organizationId));
        put(j, "label", c.label, c.translations);
        put(j, "address", c.address, c.translations);
        put(j, "phones", c.phones);
        put(j, "fax", c.fax);
        put(j, "emails", c.emails);
        put(j, "website", c.website);
        put(j, "wechat", c.wechat);
        contacts.append(j);
    }
    root.insert(QLatin1String("contacts"), contacts);

    QJsonArray dialogues;
    const QList<qint64> ids = archive.dialogueIds();
    for (qint64 id : ids) {
        const auto d = archive.dialogue(id);
        if (!d)
            continue;
        QJsonObject j;
        put(j, "key", d->key);
        put(j, "title", d->title, d->translations);
        put(j, "short_title", d->shortTitle, d->translations);
        put(j, "series", d->series, d->translations);
        put(j, "kind", d->kind, d->translations);
        put(j, "start_date", d->startDate.toString(Qt::ISODate));
        if (d->endDate.isValid())
            put(j, "end_date", d->endDate.toString(Qt::ISODate));
        put(j, "city", d->city, d->translations);
        put(j, "country", d->country);
        put(j, "venue", d->venue, d->translations);
        put(j, "format", d->format);
        put(j, "occasion", d->occasion, d->translations);
        put(j, "participants", d->participants, d->translations);
        put(j, "outcome", d->outcome, d->translations);
        put(j, "status", d->status);
        put(j, "notes", d->notes);
        put(j, "contact", contactKeys.value(d->contactId));
        put(j, "about", organizationKeys.value(d->aboutOrganizationId));
        QJsonArray orgs;
        for (const auto &o : d->organizations) {
            QJsonObject oj;
            put(oj, "organization", organizationKeys.value(o.organizationId));
            put(oj, "role", o.role);
            orgs.append(oj);
        }
        if (!orgs.isEmpty())
            j.insert(QLatin1String("organizations"), orgs);
        QJsonArray topics;
        for (const auto &t : d->topics) {
            QJsonObject tj;
            put(tj, "title", t.title, t.translations);
            put(tj, "description", t.description, t.translations);
            topics.append(tj);
        }
        if (!topics.isEmpty())
            j.insert(QLatin1String("topics"), topics);
        QJsonArray speeches;
        for (const auto &s : d->speeches) {
            QJsonObject sj;
            put(sj, "person", personKeys.value(s.personId));
            put(sj, "role", s.role);
            put(sj, "title", s.title, s.translations);
            put(sj, "organization", organizationKeys.value(s.organizationId));
            put(sj, "verb", s.verb);
            put(sj, "summary", s.summary, s.translations);
            speeches.append(sj);
        }
        if (!speeches.isEmpty())
            j.insert(QLatin1String("speeches"), speeches);
        dialogues.append(j);
    }
    root.insert(QLatin1String("dialogues"), dialogues);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool Interchange::exportFile(Archive &archive, const QString &path, QString *error)
{
    QString failure;
    const QByteArray json = exportJson(archive, &failure);
    if (json.isEmpty()) {
        *error = failure;
        return false;
    }
    return OutputFile::write(path, json, archive.database().path(), error);
}

} // namespace rt
