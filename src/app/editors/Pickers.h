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

// A country picker: an editable combo listing every country by its name in the interface
// language (Countries), completing what is typed; it stores the ISO code. A name typed in
// English, Chinese or the country's own language picks its country ("China", "中国": CN).
void makeCountryPicker(QComboBox *combo);
// The code the combo's text names; the text itself when it names no country (validation
// then says so), empty when it is empty.
QString countryCode(const QComboBox *combo);
void setCountryCode(QComboBox *combo, const QString &code);
// Why the combo's text is not a country, in the picker's words (RecordRules decides that it
// is not).
QString notACountry(const QComboBox *combo);
} // namespace Pickers

} // namespace rt::app
