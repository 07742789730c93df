#pragma once

#include "cli/Command.h"

namespace rt::cli {

// roundtable report YEAR --output FILE.pdf, or report --query QUERY --output FILE.pdf
extern const Command reportCommand;

} // namespace rt::cli
