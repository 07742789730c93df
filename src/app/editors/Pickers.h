#pragma once

#include "core/records/Records.h"

class QComboBox;

namespace rt::app {

// Foreign keys as pickers: combo boxes listing records by name with their id as item data,
// so a form shows names and stores ids. Id 0 is the "none" entry.
namespace Pickers {
void fillOrganizations(QComboBox *combo, const QList<Organization> &organizations, const QString &noneText,
    qint64 excludeId = 0);
void fillContacts(QComboBox *combo, const QList<Contact> &contacts, const QString &noneText);
void fillCodes(
    QComboBox *combo, const QStringList &codes, QString (*label)(const QString &), const QString &noneText);
qint64 currentId(const QComboBox *combo);
void setCurrentId(QComboBox *combo, qint64 id);
QString currentCode(const QComboBox *combo);
void setCurrentCode(QComboBox *combo, const QString &code);
} // namespace Pickers

} // namespace rt::app
