#pragma once

#include "cli/Command.h"

namespace rt::cli {

extern const Command serverInitCommand;

} // namespace rt::cli
