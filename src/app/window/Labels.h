#pragma once

// The labels of stored codes live in core, where the annual report and the list export use
// them too; the window's code names them as before (rt::Labels).
#include "core/records/Labels.h"
