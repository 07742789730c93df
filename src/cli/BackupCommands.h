#pragma once

#include "cli/Command.h"

namespace rt::cli {

extern const Command restoreCommand;
extern const Command backupsCommand;

// The automatic backup taken when a command opens the archive for writing. Returns a
// warning when it failed; the command goes on regardless.
QString automaticBackup(const Context &context);

} // namespace rt::cli
