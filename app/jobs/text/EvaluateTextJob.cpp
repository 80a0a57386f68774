#include "app/jobs/text/EvaluateTextJob.h"

#include "app/jobs/ModelFiles.h"
#include "app/jobs/ScoreIntervals.h"
#include "app/jobs/text/PredictTextJob.h"
#include "app/jobs/text/TextScoring.h"
#include "app/jobs/text/TextTaskData.h"
#include "core/domain/Error.h"
#include "core/domain/MetricsText.h"
#include "core/store/ProjectStore.h"

#include <QJsonArray>
#include <QSet>

namespace candor {

namespace {

// The version's prediction for one item, read back from its model rows (every status: it is what the model said).
models::TextExample storedPrediction(
    const ProjectStore &store, const TextTaskSpec &task, qint64 itemId, qint64 versionId)
{
    AnnotationFilter filter;
    filter.origin = Origin::Model;
    filter.modelVersionId = versionId;
    models::TextExample prediction;
    double bestClassScore = -1;
    for (const Annotation &row : store.annotations(itemId, filter)) {
        if (row.isSpan() && row.schema == task.spanSchema) {
            const auto &labels = task.definition.spanLabels;
            const auto it = std::find(labels.begin(), labels.end(), row.label.toStdString());
            if (it != labels.end())
                prediction.spans.push_back(
                    {int(it - labels.begin()), *row.start, *row.end, float(row.score.value_or(1.0))});
        } else if (!row.isSpan() && row.schema == task.classSchema) {
            const auto &labels = task.definition.classLabels;
            const auto it = std::find(labels.begin(), labels.end(), row.label.toStdString());
            if (it == labels.end())
                continue;
            const int index = int(it - labels.begin());
            if (task.isSingleChoice()) {
                // One class per item: the most confident row, should a version ever have written two.
                if (row.score.value_or(1.0) > bestClassScore) {
                    bestClassScore = row.score.value_or(1.0);
                    prediction.classes = {index};
                }
            } else if (std::find(prediction.classes.begin(), prediction.classes.end(), index)
                == prediction.classes.end()) {
                prediction.classes.push_back(index);
            }
        }
    }
    return prediction;
}

} // namespace

QJsonObject EvaluateTextResult::toJson() const
{
    return {{QStringLiteral("task"), task}, {QStringLiteral("split"), split},
        {QStringLiteral("model_version"), modelVersionId}, {QStringLiteral("n_items"), items},
        {QStringLiteral("metrics"), metrics}};
}

QString EvaluateTextResult::summary() const
{
    return EvaluateTextJob::tr("Evaluation of %1 (version %2) on %3, %4 items: %5")
        .arg(task)
        .arg(modelVersionId)
        .arg(split)
        .arg(items)
        .arg(metricsSummary(metrics));
}

EvaluateTextJob::EvaluateTextJob(QString projectPath, EvaluateTextOptions options)
    : TypedEngineJob(std::move(projectPath))
    , m_options(std::move(options))
{
}

QString EvaluateTextJob::title() const
{
    return tr("Evaluate %1 on %2").arg(m_options.task, m_options.split);
}

EvaluateTextResult EvaluateTextJob::execute()
{
    ProjectStore store(projectPath());
    TextTaskSpec task = textTaskSpec(store, m_options.task);
    const ModelVersion version = resolveModelVersion(store, task.name, m_options.modelVersionId);
    useTrainedLabels(store, task, version.config, version.id); // the model's columns, under today's names
    TextTaskSelection selection;
    selection.splits = QStringList{m_options.split};
    selection.language = modelLanguage(version);
    if (!m_options.language.isEmpty() && m_options.language != selection.language) {
        if (selection.language != QLatin1String("all"))
            throw Error(Error::tr("%1: model version %2 covers language '%3' only, not '%4'")
                            .arg(projectPath())
                            .arg(version.id)
                            .arg(selection.language, m_options.language));
        selection.language = checkedLanguage(m_options.language);
    }
    const QList<TextTaskItem> items = TextTaskData::load(store, task, selection);
    // Evaluation reads only ids and reference labels: the missing predictions are made by PredictTextJob below,
    // which gives the model what its version read of a post (text, picture description or both).
    if (items.isEmpty())
        throw Error(Error::tr("%1: task '%2' has no labelled items in split '%3'")
                        .arg(projectPath(), task.name, m_options.split));

    EvaluateTextResult result;
    result.task = task.name;
    result.split = m_options.split;
    result.modelVersionId = version.id;
    result.items = int(items.size());
    const QSet<qint64> covered = store.itemsPredictedBy(QStringLiteral("predict-text"), version.id);
    QList<qint64> missing;
    for (const TextTaskItem &item : items)
        if (!covered.contains(item.itemId))
            missing.append(item.itemId);
    if (!missing.isEmpty()) {
        PredictTextOptions predictOptions;
        predictOptions.task = task.name;
        predictOptions.modelVersionId = version.id;
        predictOptions.scope = PredictScope::ofItems(missing);
        predictOptions.evenIfNoBetterThanConstant = true; // evaluating is how a person finds out how bad it is
        PredictTextJob predict(projectPath(), predictOptions);
        adopt(predict);
        predict.run();
        result.predictedNow = int(missing.size());
    }

    report("scoring", 0, long(items.size()));
    std::vector<models::TextExample> gold, predicted;
    for (const TextTaskItem &item : items) {
        gold.push_back(item.example);
        predicted.push_back(storedPrediction(store, task, item.itemId, version.id));
    }
    result.metrics = withBootstrapIntervals(scoreTextTask(task, gold, predicted), gold.size(), QStringLiteral("item"),
        [&](const std::vector<size_t> &drawn) {
            std::vector<models::TextExample> drawnGold, drawnPredicted;
            drawnGold.reserve(drawn.size());
            drawnPredicted.reserve(drawn.size());
            for (size_t index : drawn) {
                drawnGold.push_back(gold[index]);
                drawnPredicted.push_back(predicted[index]);
            }
            return scoreTextTask(task, drawnGold, drawnPredicted);
        });
    report("scoring", long(items.size()), long(items.size()));
    openRecord(store, QStringLiteral("evaluate-text"),
        {{QStringLiteral("task"), task.name}, {QStringLiteral("split"), m_options.split},
            {QStringLiteral("model_version"), version.id}});
    finishRecord(store, result.toJson());
    return result;
}

} // namespace candor
