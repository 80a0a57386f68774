#include "app/jobs/meme/PredictMemeJob.h"

#include "app/jobs/meme/MemeRun.h"
#include "core/domain/Error.h"
#include "core/domain/MetricsText.h"

#include <QElapsedTimer>

namespace candor {

QJsonObject PredictMemeResult::toJson() const
{
    return {{QStringLiteral("task"), MemeTask::name}, {QStringLiteral("model_version"), modelVersionId},
        {QStringLiteral("variant"), variant}, {QStringLiteral("items"), items},
        {QStringLiteral("annotations"), annotations}, {QStringLiteral("classifier_ms_per_meme"), classifierMsPerMeme}};
}

QString PredictMemeResult::summary() const
{
    if (items == 0)
        return PredictMemeJob::tr("No meme with an image to predict");
    return PredictMemeJob::tr("Model version %1 (%2) proposed %3 annotation(s) on %4 meme(s)")
        .arg(modelVersionId)
        .arg(variant)
        .arg(annotations)
        .arg(items);
}

PredictMemeJob::PredictMemeJob(QString projectPath, PredictMemeOptions options)
    : TypedEngineJob(std::move(projectPath))
    , m_options(std::move(options))
{
}

QString PredictMemeJob::title() const
{
    return tr("Predict %1").arg(MemeTask::name);
}

PredictMemeResult PredictMemeJob::execute()
{
    ProjectStore store(projectPath());
    bool nothingListed = false;
    const PredictScope scope = resolvedScope(store, m_options.scope, cancelToken(), nothingListed);
    PredictMemeResult result;
    if (nothingListed)
        return result;
    const QList<MemeTaskItem> items = MemeTaskData(store).items(scope.splits, scope.itemIds);
    const MemeRun run
        = prepareMemeRun(store, m_options.modelVersionId, m_options.variant, items, m_options.modelsFolder, control());
    const ModelVersion &version = run.loaded.version;
    if (!m_options.evenIfNoBetterThanConstant && noBetterThanConstant(version.metrics)) {
        throw Error(noBetterThanConstantRefusal(projectPath(), version.id, MemeTask::name, version.metrics));
    }
    result.modelVersionId = version.id;
    result.variant = QString::fromStdString(models::memeVariantName(run.loaded.model->variant()));
    QElapsedTimer clock;
    clock.start();
    const std::vector<models::MemePrediction> predictions = callEngine(
        Error::tr("%1: prediction with model version %2 failed").arg(projectPath()).arg(result.modelVersionId),
        [&] { return run.loaded.model->predict(run.memes); });
    result.classifierMsPerMeme = run.memes.empty() ? 0 : double(clock.nsecsElapsed()) / 1e6 / double(run.memes.size());
    throwIfCancelled();
    report("saving");
    result.annotations = writeMemePredictions(store, run.loaded, run.items, predictions);
    result.items = int(run.items.size());
    return result;
}

} // namespace candor
