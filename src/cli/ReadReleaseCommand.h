#pragma once

#include "cli/Command.h"

namespace rt::cli {

extern const Command readReleaseCommand;

} // namespace rt::cli
