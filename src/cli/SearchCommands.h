#pragma once

#include "Command.h"

namespace rt::cli {

extern const Command searchCommand;
extern const Command reindexCommand;

} // namespace rt::cli
