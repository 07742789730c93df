#pragma once

#include "cli/Command.h"

namespace rt::cli {

extern const Command statsCommand;

} // namespace rt::cli
