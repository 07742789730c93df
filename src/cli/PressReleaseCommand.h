#pragma once

#include "cli/Command.h"

namespace rt::cli {

// roundtable press-release DIALOGUE --output FILE [--template NAME] [--format pdf|html|odt]
extern const Command pressReleaseCommand;

} // namespace rt::cli
