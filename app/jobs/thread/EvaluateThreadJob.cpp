#include "app/jobs/thread/EvaluateThreadJob.h"

#include "app/jobs/ModelFiles.h"
#include "app/jobs/ScoreIntervals.h"
#include "app/jobs/meme/MemeTaskData.h"
#include "app/jobs/thread/ThreadImageVectors.h"
#include "app/jobs/thread/ThreadScoring.h"
#include "app/jobs/thread/ThreadTaskData.h"
#include "core/domain/Error.h"
#include "core/domain/MetricsText.h"
#include "core/store/ProjectStore.h"

#include <exception>
#include <string>

namespace candor {

QJsonObject EvaluateThreadResult::toJson() const
{
    return {{QStringLiteral("task"), threadTaskName()}, {QStringLiteral("split"), split},
        {QStringLiteral("model_version"), modelVersionId}, {QStringLiteral("n_items"), items},
        {QStringLiteral("metrics"), metrics}};
}

QString EvaluateThreadResult::summary() const
{
    return EvaluateThreadJob::tr("Evaluation of thread (version %1) on %2, %3 threads: %4")
        .arg(modelVersionId)
        .arg(split)
        .arg(items)
        .arg(metricsSummary(metrics));
}

EvaluateThreadJob::EvaluateThreadJob(QString projectPath, EvaluateThreadOptions options)
    : TypedEngineJob(std::move(projectPath))
    , m_options(std::move(options))
{
}

QString EvaluateThreadJob::title() const
{
    return tr("Evaluate thread on %1").arg(m_options.split);
}

EvaluateThreadResult EvaluateThreadJob::execute()
{
    ProjectStore store(projectPath());
    report("loading");
    const ModelVersion version = resolveModelVersion(store, threadTaskName(), m_options.modelVersionId);
    const std::unique_ptr<models::ThreadModel> model = loadThreadModel(store, version);
    QList<ThreadTaskItem> items = ThreadTaskData::load(store, {m_options.split}, /*labelledOnly=*/true);
    if (model->config().useImages)
        attachThreadImages(store, items, MemeTaskData::defaultModelsFolder(), [this] { return isCancelled(); });
    throwIfCancelled();
    if (items.isEmpty())
        throw Error(Error::tr("%1: no labelled thread items in split '%2'").arg(projectPath(), m_options.split));
    openRecord(store, QStringLiteral("evaluate-thread"),
        {{QStringLiteral("model_version"), version.id}, {QStringLiteral("split"), m_options.split}});
    EvaluateThreadResult result;
    result.modelVersionId = version.id;
    result.split = m_options.split;
    result.items = int(items.size());
    report("predicting", 0, long(items.size()));
    const auto predictions = callEngine(Error::tr("%1: thread evaluation failed").arg(projectPath()),
        [&] { return model->predict(ThreadTaskData::examples(items)); });
    // Threads are the unit resampled: a thread's posts and its veracity stay together. The scorers key answers by
    // thread id, so each drawn copy gets an id of its own (a thread drawn twice counts twice, as a bootstrap needs).
    result.metrics = withBootstrapIntervals(threadMetrics(items, predictions), size_t(items.size()),
        QStringLiteral("thread"), [&](const std::vector<size_t> &drawn) {
            QList<ThreadTaskItem> drawnItems;
            std::vector<models::ThreadPrediction> drawnPredictions;
            drawnItems.reserve(qsizetype(drawn.size()));
            drawnPredictions.reserve(drawn.size());
            for (size_t index : drawn) {
                drawnItems.append(items.at(qsizetype(index)));
                drawnItems.last().example.id += '#' + std::to_string(drawnItems.size());
                drawnPredictions.push_back(predictions[index]);
            }
            return threadMetrics(drawnItems, drawnPredictions);
        });
    finishRecord(store, result.toJson());
    return result;
}

} // namespace candor
