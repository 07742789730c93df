#pragma once

#include <QIcon>

namespace rt::app {

// The program's icon (the hicolor PNGs of packaging/icons, built in as a resource), for
// windows on desktops that do not look it up through the desktop entry.
QIcon applicationIcon();

// Opens the main window on the archive named by --database (or the default one) and runs
// the event loop; returns the process exit status.
int run(int argc, char **argv);

} // namespace rt::app
