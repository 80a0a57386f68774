#include "app/gui/MemeMapService.h"

#include "widgets/main/MainWindow.h"

namespace candor {

MemeMapTaskJob::MemeMapTaskJob(const QString &projectPath, const MemeMapOptions &options, QObject *parent)
    : Job(options.technique.isEmpty() ? tr("Attention map of item %1").arg(options.itemId)
                                      : tr("Grad-CAM of %1 on item %2").arg(options.technique).arg(options.itemId),
          parent)
    , m_projectPath(projectPath)
    , m_options(options)
{
}

QJsonObject MemeMapTaskJob::run()
{
    MemeMapJob job(m_projectPath, m_options);
    job.setExternalCancelFlag(cancelToken().flag());
    job.setProgressHandler([this](const TextJobProgress &p) {
        if (p.total > 0)
            reportProgress(p.done, p.total);
    });
    const MemeMapResult result = job.run();
    if (result.cancelled)
        return {};
    markCompleted();
    return {{QStringLiteral("item"), m_options.itemId},
            {QStringLiteral("model_version"), result.modelVersionId},
            {QStringLiteral("technique"), m_options.technique},
            {QStringLiteral("score"), result.score}};
}

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
    Job *job = m_window->startJob(std::make_unique<MemeMapTaskJob>(m_window->projectPath(), options));
    if (!job) {
        Q_EMIT mapFailed(key, tr("the job could not start"));
        return;
    }
    connect(job, &Job::finished, this, [this, key] { Q_EMIT mapStored(key); });
    connect(job, &Job::failed, this, [this, key](const QString &message) { Q_EMIT mapFailed(key, message); });
    connect(job, &Job::cancelled, this, [this, key] { Q_EMIT mapFailed(key, tr("cancelled")); });
}

} // namespace candor
