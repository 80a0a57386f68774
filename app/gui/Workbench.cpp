#include "app/gui/Workbench.h"

#include "app/gui/MemeMapService.h"
#include "app/gui/ModelActions.h"
#include "app/gui/ReportActions.h"
#include "models/engine/Compute.h"
#include "widgets/itemview/ItemView.h"
#include "widgets/main/MainWindow.h"
#include "widgets/meme/MemeView.h"

#include <QCoreApplication>

namespace candor {

ModelActions *wireWorkbench(MainWindow &window)
{
    // The engine picks its device once per process (CUDA when torch sees a GPU); the window only shows the line.
    const engine::ComputeInfo compute = engine::configureCompute();
    window.setComputeDeviceText(compute.cuda
            ? QString::fromStdString(compute.deviceName)
            : QCoreApplication::translate("Workbench", "CPU (%n threads)", nullptr, compute.threads));
    auto *actions = new ModelActions(&window);
    new ReportActions(&window); // File > Report… (owned by the window)
    // Missing meme heatmaps are computed by jobs (the widgets never see the engine).
    window.itemView()->memeView()->setMapRequests(new MemeMapService(&window));
    return actions;
}

} // namespace candor
