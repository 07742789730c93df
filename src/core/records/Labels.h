#pragma once

#include <QString>

namespace rt {

// The words the window, the annual report and the lists show for the codes the archive stores (`guided_by` ->
// "Guided by"), translated; unknown codes are shown as they are.
namespace Labels {
QString organizationRole(const QString &code);
QString speechRole(const QString &code);
QString format(const QString &code);
QString status(const QString &code);
QString releaseStatus(const QString &code); // draft, approved, published
// A press release's status, as a word in running text: "draft", "approved", "published".
QString pressReleaseStatus(const QString &code);
// How a person is named after the first mention (PersonLaterMention).
QString laterMention(const QString &code);
// A country code as a name in English (QLocale has no other), with the code: "China (CN)".
QString country(const QString &code);
} // namespace Labels

} // namespace rt
