#pragma once

#include "Command.h"

namespace rt::cli {

extern const Command restoreCommand;
extern const Command backupsCommand;

// The automatic backup taken when a command opens the archive for writing, before the
// archive is opened (and perhaps upgraded). Returns a warning for stderr when it failed;
// a failed backup does not stop the command.
QString automaticBackup(const Context &context);

} // namespace rt::cli
