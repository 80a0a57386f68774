#include "app/gui/Workbench.h"

#include "app/gui/ComputeActions.h"
#include "app/gui/MemeMapService.h"
#include "app/gui/ModelActions.h"
#include "app/gui/ReportActions.h"
#include "widgets/itemview/ItemView.h"
#include "widgets/main/MainWindow.h"
#include "widgets/meme/MemeView.h"

namespace candor {

ModelActions *wireWorkbench(MainWindow &window)
{
    // Edit > Preferences…: the saved device and threads go to the engine now; the status bar shows them.
    new ComputeActions(&window);
    auto *actions = new ModelActions(&window);
    new ReportActions(&window); // File > Report… (owned by the window)
    // Missing meme heatmaps are computed by jobs (the widgets never see the engine).
    window.itemView()->memeView()->setMapRequests(new MemeMapService(&window));
    return actions;
}

} // namespace candor
