#pragma once

namespace iroi::ui {

// Creates the QApplication, the main window and runs the event loop. setIdentity sets the
// organisation and application names (shared with the headless path).
int runGui(int &argc, char **argv, void (*setIdentity)());

} // namespace iroi::ui
