#pragma once

namespace rt::app {

// Opens the main window on the archive named by --database (or the default one) and runs
// the event loop; returns the process exit status.
int run(int argc, char **argv);

} // namespace rt::app
