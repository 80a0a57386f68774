#include "app/jobs/thread/PredictThreadJob.h"

#include "app/jobs/ModelFiles.h"
#include "app/jobs/meme/MemeTaskData.h"
#include "app/jobs/thread/ThreadImageVectors.h"
#include "app/jobs/thread/ThreadTaskData.h"
#include "core/domain/Error.h"
#include "core/domain/LabelSchema.h"
#include "core/store/ProjectStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <exception>

namespace candor {
namespace {

const QString kAttentionFile = QStringLiteral("attention.json");

QJsonObject storedAttention(const ProjectStore &store, qint64 versionId)
{
    try {
        return QJsonDocument::fromJson(store.modelFile(versionId, kAttentionFile)).object();
    } catch (const Error &) {
        return {}; // no prediction run has written one yet
    }
}

// Targets (post row ids; 0 for the thread) that already carry a row of this version a person reviewed.
QSet<qint64> reviewedTargets(const QList<Annotation> &rows)
{
    QSet<qint64> targets;
    for (const Annotation &row : rows)
        if (row.status != Status::Proposed)
            targets.insert(row.postRowId.value_or(0));
    return targets;
}

} // namespace

QJsonObject PredictThreadResult::toJson() const
{
    return {{QStringLiteral("task"), threadTaskName()}, {QStringLiteral("model_version"), modelVersionId},
        {QStringLiteral("items"), threads}, {QStringLiteral("annotations"), annotations}};
}

QString PredictThreadResult::summary() const
{
    if (threads == 0)
        return PredictThreadJob::tr("No thread to predict");
    return PredictThreadJob::tr("Model version %1 proposed %2 annotation(s) on %3 thread(s)")
        .arg(modelVersionId)
        .arg(annotations)
        .arg(threads);
}

PredictThreadJob::PredictThreadJob(QString projectPath, PredictThreadOptions options)
    : TypedEngineJob(std::move(projectPath))
    , m_options(std::move(options))
{
}

QString PredictThreadJob::title() const
{
    return tr("Predict thread");
}

PredictThreadResult PredictThreadJob::execute()
{
    ProjectStore store(projectPath());
    const ModelVersion version = resolveModelVersion(store, threadTaskName(), m_options.modelVersionId);
    PredictThreadResult result;
    result.modelVersionId = version.id;
    bool nothingListed = false;
    const PredictScope scope = resolvedScope(store, m_options.scope, cancelToken(), nothingListed);
    if (nothingListed)
        return result;
    report("loading");
    const std::unique_ptr<models::ThreadModel> model = loadThreadModel(store, version);
    QList<ThreadTaskItem> items = ThreadTaskData::load(store, scope.splits, /*labelledOnly=*/false, scope.itemIds);
    if (model->config().useImages)
        attachThreadImages(store, items, MemeTaskData::defaultModelsFolder(), [this] { return isCancelled(); });
    throwIfCancelled();
    openRecord(store, QStringLiteral("predict-thread"),
        {{QStringLiteral("model_version"), version.id},
            {QStringLiteral("splits"), QJsonArray::fromStringList(scope.splits)}});

    std::vector<models::ThreadPrediction> predictions;
    const std::vector<models::ThreadExample> examples = ThreadTaskData::examples(items);
    callEngine(Error::tr("%1: thread prediction failed").arg(projectPath()), [&] {
        engine::forEachBatch(examples.size(), 16, control(), "predicting", [&](size_t first, size_t last) {
            const std::vector<models::ThreadExample> part(
                examples.begin() + long(first), examples.begin() + long(last));
            for (models::ThreadPrediction &p : model->predict(part))
                predictions.push_back(std::move(p));
        });
    });

    report("saving");
    auto transaction = store.transaction();
    QJsonObject attention = storedAttention(store, version.id);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto modelRow = [&](qint64 itemId, std::optional<qint64> post, const QString &schema,
                              const std::string &label, double score) {
        Annotation row;
        row.itemId = itemId;
        row.postRowId = post;
        row.schema = schema;
        row.label = QString::fromStdString(label);
        row.origin = Origin::Model;
        row.modelVersionId = version.id;
        row.score = score;
        row.status = Status::Proposed;
        row.createdAt = now;
        row.updatedAt = now;
        store.addAnnotation(row);
        ++result.annotations;
    };
    for (int t = 0; t < items.size(); ++t) {
        const ThreadTaskItem &item = items[t];
        const models::ThreadPrediction &prediction = predictions[size_t(t)];
        AnnotationFilter mine;
        mine.origin = Origin::Model;
        mine.modelVersionId = version.id;
        const QList<Annotation> previous = store.annotations(item.itemId, mine);
        for (const Annotation &row : previous)
            if (row.status == Status::Proposed)
                store.deleteAnnotation(row.id);
        const QSet<qint64> reviewed = reviewedTargets(previous);
        for (int p = 0; p < item.postRowIds.size(); ++p) {
            attention[QString::number(item.postRowIds[p])] = double(prediction.attention[size_t(p)]);
            if (reviewed.contains(item.postRowIds[p]))
                continue;
            const int stance = prediction.stance[size_t(p)];
            modelRow(item.itemId, item.postRowIds[p], Schemas::Stance4, models::stanceLabels()[size_t(stance)],
                prediction.stanceScores[size_t(p)][size_t(stance)]);
        }
        if (!reviewed.contains(0))
            modelRow(item.itemId, std::nullopt, Schemas::Veracity3,
                models::veracityLabels()[size_t(prediction.veracity)], prediction.veracityConfidence);
        ++result.threads;
    }
    store.putModelFile(version.id, kAttentionFile, QJsonDocument(attention).toJson(QJsonDocument::Compact));
    QJsonArray covered;
    for (const ThreadTaskItem &item : items)
        covered.append(item.itemId);
    finishRecord(store,
        {{QStringLiteral("model_version"), version.id}, {QStringLiteral("items"), covered},
            {QStringLiteral("annotations"), result.annotations}});
    transaction.commit();
    return result;
}

} // namespace candor
