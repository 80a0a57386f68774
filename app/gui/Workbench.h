#pragma once

namespace candor {

class MainWindow;
class ModelActions;

// Joins the window (candor_widgets) to the engine's jobs (candor_appjobs): the compute line of the status bar, the
// Models menu and the meme heatmap service. The candor executable and the screenshot tool wire the window the
// same way, so a screenshot shows what a user gets. Returns the Models menu's actions (owned by the window).
ModelActions *wireWorkbench(MainWindow &window);

} // namespace candor
