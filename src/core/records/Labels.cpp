#include "core/records/Labels.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace rt {

namespace {

QString lookup(const QHash<QString, const char *> &table, const QString &code)
{
    const auto it = table.constFind(code);
    return it == table.constEnd() ? code : QCoreApplication::translate("Labels", *it);
}

} // namespace

QString Labels::organizationRole(const QString &code)
{
    static const QHash<QString, const char *> table = {
        { QStringLiteral("guided_by"), QT_TRANSLATE_NOOP("Labels", "Guided by") },
        { QStringLiteral("organizer"), QT_TRANSLATE_NOOP("Labels", "Organiser") },
        { QStringLiteral("co_organizer"), QT_TRANSLATE_NOOP("Labels", "Co-organiser") },
        { QStringLiteral("supporter"), QT_TRANSLATE_NOOP("Labels", "Supporter") },
        { QStringLiteral("host"), QT_TRANSLATE_NOOP("Labels", "Host") },
        { QStringLiteral("partner"), QT_TRANSLATE_NOOP("Labels", "Partner") },
    };
    return lookup(table, code);
}

QString Labels::speechRole(const QString &code)
{
    static const QHash<QString, const char *> table = {
        { QStringLiteral("opening_remarks"), QT_TRANSLATE_NOOP("Labels", "Opening remarks") },
        { QStringLiteral("welcome"), QT_TRANSLATE_NOOP("Labels", "Welcome") },
        { QStringLiteral("speech"), QT_TRANSLATE_NOOP("Labels", "Speech") },
        { QStringLiteral("keynote"), QT_TRANSLATE_NOOP("Labels", "Keynote") },
        { QStringLiteral("presentation"), QT_TRANSLATE_NOOP("Labels", "Presentation") },
        { QStringLiteral("presiding"), QT_TRANSLATE_NOOP("Labels", "Presiding") },
        { QStringLiteral("moderator"), QT_TRANSLATE_NOOP("Labels", "Moderator") },
        { QStringLiteral("panelist"), QT_TRANSLATE_NOOP("Labels", "Panellist") },
        { QStringLiteral("closing"), QT_TRANSLATE_NOOP("Labels", "Closing remarks") },
    };
    return lookup(table, code);
}

QString Labels::format(const QString &code)
{
    static const QHash<QString, const char *> table = {
        { QStringLiteral("in_person"), QT_TRANSLATE_NOOP("Labels", "In person") },
        { QStringLiteral("online"), QT_TRANSLATE_NOOP("Labels", "Online") },
        { QStringLiteral("hybrid"), QT_TRANSLATE_NOOP("Labels", "Hybrid") },
    };
    return lookup(table, code);
}

QString Labels::status(const QString &code)
{
    static const QHash<QString, const char *> table = {
        { QStringLiteral("planned"), QT_TRANSLATE_NOOP("Labels", "Planned") },
        { QStringLiteral("held"), QT_TRANSLATE_NOOP("Labels", "Held") },
        { QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("Labels", "Cancelled") },
    };
    return lookup(table, code);
}

QString Labels::country(const QString &code)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    if (code.isEmpty() || territory == QLocale::AnyTerritory)
        return code;
    return QCoreApplication::translate("Labels", "%1 (%2)").arg(QLocale::territoryToString(territory), code);
}

QString Labels::releaseStatus(const QString &code)
{
    static const QHash<QString, const char *> table = {
        { QStringLiteral("draft"), QT_TRANSLATE_NOOP("Labels", "Draft") },
        { QStringLiteral("approved"), QT_TRANSLATE_NOOP("Labels", "Approved") },
        { QStringLiteral("published"), QT_TRANSLATE_NOOP("Labels", "Published") },
    };
    return lookup(table, code);
}

QString Labels::pressReleaseStatus(const QString &code)
{
    static const QHash<QString, const char *> table = {
        { QStringLiteral("draft"), QT_TRANSLATE_NOOP("Labels", "draft") },
        { QStringLiteral("approved"), QT_TRANSLATE_NOOP("Labels", "approved") },
        { QStringLiteral("published"), QT_TRANSLATE_NOOP("Labels", "published") },
    };
    return lookup(table, code);
}

QString Labels::laterMention(const QString &code)
{
    static const QHash<QString, const char *> table = {
        { QStringLiteral("family_name"),
            QT_TRANSLATE_NOOP("Labels", "Honorific and family name (Dr. Zhang)") },
        { QStringLiteral("given_name"),
            QT_TRANSLATE_NOOP("Labels", "Honorific and given name (Mr. Noppadon)") },
        { QStringLiteral("full_name"),
            QT_TRANSLATE_NOOP("Labels", "Honorific and full name (Dr. Dechen Tsering)") },
    };
    return lookup(table, code);
}

} // namespace rt
