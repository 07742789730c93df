#pragma once

#include "cli/Command.h"

namespace rt::cli {

extern const Command searchCommand;
extern const Command reindexCommand;

} // namespace rt::cli
