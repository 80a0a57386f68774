#include "app/gui/MemeMapService.h"

#include "app/jobs/EngineJobRunner.h"
#include "app/jobs/meme/MemeMapJob.h"
#include "widgets/main/MainWindow.h"

namespace candor {

MemeMapService::MemeMapService(MainWindow *window)
    : MemeMapRequests(window)
    , m_window(window)
{
}

void MemeMapService::request(const MemeMapKey &key)
{
    if (!m_window->hasProject()) {
        Q_EMIT mapFailed(key, tr("no project is open"));
        return;
    }
    MemeMapOptions options;
    options.itemId = key.itemId;
    options.modelVersionId = key.modelVersionId;
    options.technique = key.kind == QLatin1String("gradcam") ? key.label : QString();
    Job *job = m_window->startJob(
        std::make_unique<EngineJobRunner>(std::make_unique<MemeMapJob>(m_window->projectPath(), options)));
    if (!job) {
        Q_EMIT mapFailed(key, tr("the job could not start"));
        return;
    }
    connect(job, &Job::finished, this, [this, key] { Q_EMIT mapStored(key); });
    connect(job, &Job::failed, this, [this, key](const QString &message) { Q_EMIT mapFailed(key, message); });
    connect(job, &Job::cancelled, this, [this, key] { Q_EMIT mapFailed(key, tr("cancelled")); });
}

} // namespace candor
