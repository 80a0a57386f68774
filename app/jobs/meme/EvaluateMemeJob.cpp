#include "app/jobs/meme/EvaluateMemeJob.h"

#include "app/jobs/ScoreIntervals.h"
#include "app/jobs/meme/MemeRun.h"
#include "core/domain/Error.h"
#include "core/domain/MetricsText.h"

#include <QElapsedTimer>

namespace candor {

QJsonObject EvaluateMemeResult::toJson() const
{
    return {{QStringLiteral("task"), MemeTask::name}, {QStringLiteral("split"), split},
        {QStringLiteral("model_version"), modelVersionId}, {QStringLiteral("variant"), variant},
        {QStringLiteral("n_items"), items}, {QStringLiteral("metrics"), metrics},
        {QStringLiteral("backbone_ms_per_meme"), backboneMsPerMeme},
        {QStringLiteral("classifier_ms_per_meme"), classifierMsPerMeme}};
}

QString EvaluateMemeResult::summary() const
{
    return EvaluateMemeJob::tr("Evaluation of %1 (version %2, %3) on %4, %5 memes: %6")
        .arg(MemeTask::name)
        .arg(modelVersionId)
        .arg(variant, split)
        .arg(items)
        .arg(metricsSummary(metrics));
}

EvaluateMemeJob::EvaluateMemeJob(QString projectPath, EvaluateMemeOptions options)
    : TypedEngineJob(std::move(projectPath))
    , m_options(std::move(options))
{
}

QString EvaluateMemeJob::title() const
{
    return tr("Evaluate %1 on %2").arg(MemeTask::name, m_options.split);
}

EvaluateMemeResult EvaluateMemeJob::execute()
{
    ProjectStore store(projectPath());
    const MemeTaskData data(store);
    const QList<MemeTaskItem> items
        = data.items(m_options.split.isEmpty() ? QStringList() : QStringList{m_options.split});
    if (items.isEmpty())
        throw Error(Error::tr("%1: no memes with images in split '%2'").arg(projectPath(), m_options.split));
    const MemeRun run
        = prepareMemeRun(store, m_options.modelVersionId, m_options.variant, items, m_options.modelsFolder, control());
    EvaluateMemeResult result;
    result.modelVersionId = run.loaded.version.id;
    result.variant = QString::fromStdString(models::memeVariantName(run.loaded.model->variant()));
    result.split = m_options.split;
    QElapsedTimer clock;
    clock.start();
    const std::vector<models::MemePrediction> predictions = callEngine(
        Error::tr("%1: prediction with model version %2 failed").arg(projectPath()).arg(result.modelVersionId),
        [&] { return run.loaded.model->predict(run.memes); });
    result.classifierMsPerMeme = double(clock.nsecsElapsed()) / 1e6 / double(run.memes.size());
    result.backboneMsPerMeme = memeBackboneMilliseconds(store, run.items, m_options.modelsFolder);
    const QStringList labels = data.labelNames();
    result.metrics = withBootstrapIntervals(memeScores(run.memes, predictions, labels), run.memes.size(),
        QStringLiteral("item"), [&](const std::vector<size_t> &drawn) {
            std::vector<models::MemeExample> drawnMemes;
            std::vector<models::MemePrediction> drawnPredictions;
            drawnMemes.reserve(drawn.size());
            drawnPredictions.reserve(drawn.size());
            for (size_t index : drawn) {
                drawnMemes.push_back(run.memes[index]);
                drawnPredictions.push_back(predictions[index]);
            }
            return memeScores(drawnMemes, drawnPredictions, labels);
        });
    result.items = int(run.items.size());
    // The job log keeps the evaluation, so a report shows it beside the version (ModelEvaluations).
    openRecord(store, QStringLiteral("evaluate-meme"),
        {{QStringLiteral("model_version"), result.modelVersionId}, {QStringLiteral("split"), result.split},
            {QStringLiteral("variant"), result.variant}});
    finishRecord(store, result.toJson());
    return result;
}

} // namespace candor
