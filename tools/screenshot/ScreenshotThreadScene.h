#pragma once

#include <QString>

namespace candor {

class MainWindow;

// The "thread" screenshot scene: one real RumourEval 2017 thread (the folder named by $CANDOR_RUMOUREVAL_THREAD,
// e.g. ../shared/datasets/rumoureval2017/dev/germanwings-crash/580333763512705025) imported through the
// RumourEval importer into the demo project with its gold stances and veracity, shown in the main window's
// thread view with its stance timeline, the tree from the source post. A person confirms the gold stance of the
// most replied-to reply (a human chip, selected).
// Prints the reason and returns false when the folder is not given or cannot be imported.
bool arrangeThreadScene(MainWindow &window, const QString &projectPath);

} // namespace candor
