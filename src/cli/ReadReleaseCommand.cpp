// The read-release command: a past press release read back into a proposed dialogue, printed
// for checking (or as roundtable/1 JSON to import), with a line saying what it matched.

#include "cli/ReadReleaseCommand.h"

#include "core/db/Database.h"
#include "core/intake/ReleaseReader.h"
#include "core/records/Archive.h"

#include <QFileInfo>

namespace rt::cli {

namespace {

void addOptions(QCommandLineParser &parser)
{
    parser.addOption({ QStringLiteral("json"),
        Text::tr("Print the proposed record as roundtable/1 JSON (for `roundtable import`); the summary "
                 "goes to stderr.") });
}

QString percent(double confidence)
{
    return QStringLiteral("%1%").arg(qRound(confidence * 100));
}

// An organisation as the release names it: in English, else in the release's language.
QString organizationName(const ProposedRelease &p, const Organization &o, bool withShortName)
{
    QString name = o.name;
    QString shortName = o.shortName;
    if (name.isEmpty())
        name = o.translations.value(p.language, QStringLiteral("name"));
    if (shortName.isEmpty())
        shortName = o.translations.value(p.language, QStringLiteral("short_name"));
    if (!withShortName)
        return name.isEmpty() ? shortName : name;
    return name + (shortName.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(shortName));
}

void printReadable(QTextStream &out, const ProposedRelease &p)
{
    for (const QString &name : ProposedRelease::fieldNames()) {
        const ProposedField *f = p.field(name);
        if (!f || f->value.isEmpty())
            continue;
        out << name.leftJustified(13) << f->value << "  [" << percent(f->confidence) << "]";
        if (!p.english.value(name).isEmpty())
            out << "  en: " << p.english.value(name);
        out << '\n';
    }
    for (const ProposedRole &r : p.roles) {
        const ProposedOrganization &o = p.organizations.at(r.organization);
        out << Text::tr("organisation ") << r.role << ": " << organizationName(p, o.organization, true)
            << (o.matchedId > 0 ? Text::tr("  = archive's, by %1").arg(o.matchedBy) : Text::tr("  (new)"))
            << '\n';
    }
    for (const ProposedSpeech &s : p.speeches) {
        const ProposedPerson &who = p.people.at(s.person);
        QString office = s.title;
        if (s.organization >= 0)
            office += (office.isEmpty() ? QString() : QStringLiteral(", "))
                + organizationName(p, p.organizations.at(s.organization).organization, false);
        out << Text::tr("speech ") << s.role << ": "
            << (who.person.honorific.isEmpty() ? QString() : who.person.honorific + QLatin1Char(' '))
            << who.person.fullName()
            << (who.person.localName.isEmpty() || who.person.localName == who.person.fullName()
                       ? QString()
                       : QStringLiteral(" %1").arg(who.person.localName))
            << (office.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(office))
            << (who.matchedId > 0 ? Text::tr("  = archive's") : Text::tr("  (new)"));
        if (!s.verb.isEmpty())
            out << ", " << s.verb << ": " << s.summary.left(70)
                << (s.summary.size() > 70 ? QStringLiteral("…") : QString());
        out << '\n';
    }
    for (const ProposedTopic &t : p.topics)
        out << Text::tr("topic ")
            << (t.topic.title.isEmpty() ? t.topic.translations.value(p.language, QStringLiteral("title"))
                                        : t.topic.title)
            << '\n';
    if (p.hasContact)
        out << Text::tr("contact ") << p.contact.label << ": " << p.contact.emails.join(QStringLiteral(", "))
            << '\n';
    if (p.aboutOrganization >= 0)
        out << Text::tr("about ")
            << organizationName(p, p.organizations.at(p.aboutOrganization).organization, false) << '\n';
}

int run(Context &c)
{
    const QString path = c.arguments.at(0);
    Database db;
    // The archive is only read, to match people and organisations.
    if (!c.open(db, true))
        return Failure;
    Archive archive(db);
    ReleaseReader reader(&archive);
    ProposedRelease proposal;
    QString error;
    if (!reader.readFile(path, &proposal, &error))
        return c.fail(error);
    const QString summary = QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), proposal.summary());
    if (c.parser.isSet(QStringLiteral("json"))) {
        const QByteArray json = proposal.toJson(archive, &error);
        if (json.isEmpty())
            return c.fail(error);
        c.out << QString::fromUtf8(json);
        c.out.flush();
        c.err << summary << Qt::endl;
        return Success;
    }
    printReadable(c.out, proposal);
    c.out << summary << Qt::endl;
    return Success;
}

} // namespace

const Command readReleaseCommand = { "read-release", "FILE",
    QT_TRANSLATE_NOOP(
        "cli", "read a past press release (text, HTML, .docx, PDF) into a proposed dialogue (--json)"),
    1, 1, addOptions, run };

} // namespace rt::cli
