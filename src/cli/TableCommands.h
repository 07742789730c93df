#pragma once

#include "cli/Command.h"

namespace rt::cli {

// Spreadsheets, address books and calendars (issue 15): import-table, export-vcard,
// import-vcard, export-ical.
extern const Command importTableCommand;
extern const Command exportVCardCommand;
extern const Command importVCardCommand;
extern const Command exportICalCommand;

} // namespace rt::cli
