#include "app/jobs/text/EvaluateTextJob.h"

#include "core/domain/Error.h"
#include "app/jobs/text/PredictTextJob.h"
#include "app/jobs/ModelFiles.h"
#include "app/jobs/text/TextScoring.h"
#include "app/jobs/text/TextTaskData.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace candor {

namespace {

// Items that finished "predict-text" jobs of the version covered (their job-log results list the item ids).
QSet<qint64> predictedItems(const ProjectStore &store, qint64 versionId)
{
    QSqlQuery query = sql::prepare(store.db(), QStringLiteral(
        "SELECT result FROM jobs WHERE kind = 'predict-text' AND status = 'finished' ORDER BY id"));
    sql::exec(query);
    QSet<qint64> covered;
    while (query.next()) {
        const QJsonObject result = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        if (result.value(QStringLiteral("model_version")).toInteger() != versionId)
            continue;
        for (const QJsonValue &id : result.value(QStringLiteral("item_ids")).toArray())
            covered.insert(id.toInteger());
    }
    return covered;
}

// The version's prediction for one item, read back from its model rows (every status: it is what the model said).
models::TextExample storedPrediction(const ProjectStore &store, const TextTaskSpec &task, qint64 itemId, qint64 versionId)
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
                prediction.spans.push_back({int(it - labels.begin()), *row.start, *row.end, float(row.score.value_or(1.0))});
        } else if (!row.isSpan() && row.schema == task.classSchema) {
            const auto &labels = task.definition.classLabels;
            const auto it = std::find(labels.begin(), labels.end(), row.label.toStdString());
            if (it == labels.end())
                continue;
            const int index = int(it - labels.begin());
            if (task.isNarrative()) {
                // One class per item: the most confident row, should a version ever have written two.
                if (row.score.value_or(1.0) > bestClassScore) {
                    bestClassScore = row.score.value_or(1.0);
                    prediction.classes = {index};
                }
            } else if (std::find(prediction.classes.begin(), prediction.classes.end(), index) == prediction.classes.end()) {
                prediction.classes.push_back(index);
            }
        }
    }
    return prediction;
}

} // namespace

QJsonObject EvaluateTextResult::toJson(const QString &task, const QString &split) const
{
    return {{QStringLiteral("task"), task}, {QStringLiteral("split"), split}, {QStringLiteral("model_version"), modelVersionId},
            {QStringLiteral("n_items"), items}, {QStringLiteral("metrics"), metrics}};
}

EvaluateTextJob::EvaluateTextJob(QString projectPath, EvaluateTextOptions options)
    : m_projectPath(std::move(projectPath))
    , m_options(std::move(options))
{
}

EvaluateTextResult EvaluateTextJob::run()
{
    ProjectStore store(m_projectPath);
    const TextTaskSpec task = textTaskSpec(store, m_options.task);
    const ModelVersion version = resolveModelVersion(store, task.name, m_options.modelVersionId);
    TextTaskSelection selection;
    selection.splits = QStringList{m_options.split};
    selection.language = modelLanguage(version);
    if (!m_options.language.isEmpty() && m_options.language != selection.language) {
        if (selection.language != QLatin1String("all"))
            throw Error(Error::tr("%1: model version %2 covers language '%3' only, not '%4'")
                            .arg(m_projectPath).arg(version.id).arg(selection.language, m_options.language));
        selection.language = checkedLanguage(m_options.language);
    }
    const QList<TextTaskItem> items = TextTaskData::load(store, task, selection);
    if (items.isEmpty())
        throw Error(Error::tr("%1: task '%2' has no labelled items in split '%3'").arg(m_projectPath, task.name, m_options.split));

    EvaluateTextResult result;
    result.modelVersionId = version.id;
    result.items = int(items.size());
    const QSet<qint64> covered = predictedItems(store, version.id);
    QList<qint64> missing;
    for (const TextTaskItem &item : items)
        if (!covered.contains(item.itemId))
            missing.append(item.itemId);
    if (!missing.isEmpty()) {
        PredictTextOptions predictOptions;
        predictOptions.task = task.name;
        predictOptions.modelVersionId = version.id;
        predictOptions.itemIds = missing;
        PredictTextJob predict(m_projectPath, predictOptions);
        predict.setParentJob(this);
        predict.setProgressHandler([this](const TextJobProgress &progress) { report(progress); });
        if (predict.run().cancelled) {
            result.cancelled = true;
            return result;
        }
        result.predictedNow = int(missing.size());
    }

    report({QStringLiteral("scoring"), 0, qint64(items.size())});
    std::vector<models::TextExample> gold, predicted;
    for (const TextTaskItem &item : items) {
        gold.push_back(item.example);
        predicted.push_back(storedPrediction(store, task, item.itemId, version.id));
    }
    result.metrics = scoreTextTask(task, gold, predicted);
    report({QStringLiteral("scoring"), qint64(items.size()), qint64(items.size())});
    const qint64 jobId = store.startJob(QStringLiteral("evaluate-text"),
        {{QStringLiteral("task"), task.name}, {QStringLiteral("split"), m_options.split}, {QStringLiteral("model_version"), version.id}});
    store.finishJob(jobId, QStringLiteral("finished"), result.toJson(task.name, m_options.split));
    return result;
}

} // namespace candor
