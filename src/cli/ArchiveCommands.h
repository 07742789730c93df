#pragma once

#include "cli/Command.h"

namespace rt::cli {

extern const Command importCommand;
extern const Command exportCommand;
extern const Command demoCommand;
extern const Command checkCommand;
extern const Command backupCommand;
extern const Command copyCommand;

} // namespace rt::cli
