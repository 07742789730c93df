#pragma once

#include <QDate>
#include <QString>

namespace rt::app {

// The checks forms run as the user types. Each returns an empty string when the value is
// acceptable, else the reason in words the user can act on.
namespace Validation {
// `text` as an ISO date (YYYY-MM-DD); empty allowed unless `required`. `date` gets the value.
QString date(const QString &label, const QString &text, bool required, QDate *date);
QString email(const QString &text);
QString webAddress(const QString &label, const QString &text);
QString countryCode(const QString &text);
} // namespace Validation

} // namespace rt::app
