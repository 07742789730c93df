#pragma once

#include <QString>

namespace rt::app {

// The words the window shows for the codes the archive stores (`guided_by` -> "Guided by"),
// translated; unknown codes are shown as they are.
namespace Labels {
QString organizationRole(const QString &code);
QString speechRole(const QString &code);
QString format(const QString &code);
QString status(const QString &code);
QString releaseStatus(const QString &code); // draft, approved, published
} // namespace Labels

} // namespace rt::app
