#pragma once

#include "Command.h"

namespace rt::cli {

extern const Command restoreCommand;
extern const Command backupsCommand;

// The automatic backup taken when a command opens the archive for writing; a failure is
// reported on stderr as a warning and does not stop the command.
void automaticBackup(Context &context);

} // namespace rt::cli
