#include "core/settings/SettingsFile.h"

#include <QCoreApplication>

namespace rt {

std::unique_ptr<QSettings> openSettingsFile(const QString &group)
{
    QString organization = QCoreApplication::organizationName();
    if (organization.isEmpty())
        organization = QCoreApplication::organizationDomain();
    if (organization.isEmpty())
        organization = QStringLiteral("roundtable");
    auto settings = std::make_unique<QSettings>(organization, QCoreApplication::applicationName());
    if (!group.isEmpty())
        settings->beginGroup(group);
    return settings;
}

} // namespace rt
