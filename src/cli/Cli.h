#pragma once

namespace rt::cli {

// True when the arguments name a command (or ask for --help / --version) rather than the window.
bool wantsCommandLine(int argc, char **argv);

// Runs the command named by the arguments headless and returns the process exit status:
// 0 success, 1 failure (one line on stderr), 2 usage error.
int run(int argc, char **argv);

} // namespace rt::cli
