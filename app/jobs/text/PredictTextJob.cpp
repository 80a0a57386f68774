#include "app/jobs/text/PredictTextJob.h"

#include "app/jobs/ModelFiles.h"
#include "app/jobs/post/PictureInput.h"
#include "app/jobs/text/TextTaskData.h"
#include "core/domain/Error.h"
#include "core/domain/MetricsText.h"
#include "core/store/ProjectStore.h"

#include <QJsonArray>

#include <algorithm>
#include <exception>

namespace candor {

namespace {

Annotation modelRow(qint64 itemId, qint64 versionId, const QString &schema, const std::string &label, double score)
{
    Annotation row;
    row.itemId = itemId;
    row.schema = schema;
    row.label = QString::fromStdString(label);
    row.origin = Origin::Model;
    row.status = Status::Proposed;
    row.modelVersionId = versionId;
    row.score = score;
    return row;
}

// The rows of one prediction: decided item labels (narrative: the one class) with their probability, and spans.
QList<Annotation> rowsOf(
    const TextTaskSpec &task, qint64 itemId, qint64 versionId, const models::TextPrediction &prediction)
{
    QList<Annotation> rows;
    const auto &classLabels = task.definition.classLabels;
    for (int c : prediction.classes) {
        if (c < 0 || size_t(c) >= classLabels.size())
            continue;
        const double score = size_t(c) < prediction.classScores.size() ? prediction.classScores[size_t(c)] : 1.0;
        rows.append(modelRow(itemId, versionId, task.classSchema, classLabels[size_t(c)], score));
    }
    const auto &spanLabels = task.definition.spanLabels;
    for (const models::CharSpan &span : prediction.spans) {
        if (span.label < 0 || size_t(span.label) >= spanLabels.size() || span.start < 0 || span.end <= span.start)
            continue;
        Annotation row = modelRow(itemId, versionId, task.spanSchema, spanLabels[size_t(span.label)], span.score);
        row.start = span.start;
        row.end = span.end;
        rows.append(row);
    }
    return rows;
}

bool sameTarget(const Annotation &a, const Annotation &b)
{
    return a.schema == b.schema && a.label == b.label && a.start == b.start && a.end == b.end;
}

} // namespace

QJsonObject PredictTextResult::toJson() const
{
    return {{QStringLiteral("task"), task}, {QStringLiteral("model_version"), modelVersionId},
        {QStringLiteral("items"), items}, {QStringLiteral("annotations"), annotations}};
}

QString PredictTextResult::summary() const
{
    if (items == 0)
        return PredictTextJob::tr("No item to predict for %1").arg(task);
    return PredictTextJob::tr("Model version %1 proposed %2 annotation(s) on %3 item(s)")
        .arg(modelVersionId)
        .arg(annotations)
        .arg(items);
}

PredictTextJob::PredictTextJob(QString projectPath, PredictTextOptions options)
    : TypedEngineJob(std::move(projectPath))
    , m_options(std::move(options))
{
}

QString PredictTextJob::title() const
{
    return tr("Predict %1").arg(m_options.task);
}

PredictTextResult PredictTextJob::execute()
{
    ProjectStore store(projectPath());
    TextTaskSpec task = textTaskSpec(store, m_options.task);
    const ModelVersion version = resolveModelVersion(store, task.name, m_options.modelVersionId);
    useTrainedLabels(store, task, version.config, version.id); // the model's columns, under today's names
    if (!m_options.evenIfNoBetterThanConstant && noBetterThanConstant(version.metrics)) {
        throw Error(noBetterThanConstantRefusal(projectPath(), version.id, task.name, version.metrics));
    }
    PredictTextResult result;
    result.task = task.name;
    result.modelVersionId = version.id;
    bool nothingListed = false;
    const PredictScope scope = resolvedScope(store, m_options.scope, cancelToken(), nothingListed);
    if (nothingListed)
        return result;
    report("loading");
    const std::unique_ptr<models::TextModel> model = loadTextModel(store, version);

    TextTaskSelection selection;
    selection.splits = scope.splits;
    selection.itemIds = scope.itemIds;
    selection.language = modelLanguage(version);
    selection.labelledOnly = false;
    QList<TextTaskItem> items = TextTaskData::load(store, task, selection);
    // What the version was trained to read of a post (its text, its picture's description, or both).
    applyVersionPictureInput(
        store, projectPath(), version.config, items, cancelToken().flag().get(), m_options.modelsFolder);
    throwIfCancelled(); // describing pictures can take a while; a cancel there writes nothing
    openRecord(store, QStringLiteral("predict-text"),
        {{QStringLiteral("task"), task.name}, {QStringLiteral("model_version"), version.id},
            {QStringLiteral("splits"), QJsonArray::fromStringList(scope.splits)}});

    // Predict everything first, then write: the write transaction stays short and a cancel writes nothing.
    std::vector<models::TextPrediction> predictions;
    predictions.reserve(size_t(items.size()));
    callEngine(Error::tr("%1: prediction with model version %2 failed").arg(projectPath()).arg(version.id), [&] {
        engine::forEachBatch(
            size_t(items.size()), size_t(m_options.batchSize), control(), "predicting", [&](size_t first, size_t last) {
                std::vector<std::string> texts;
                for (size_t i = first; i < last; ++i)
                    texts.push_back(items[qsizetype(i)].example.text);
                for (models::TextPrediction &prediction : model->predict(texts))
                    predictions.push_back(std::move(prediction));
            });
    });
    if (predictions.size() != size_t(items.size()))
        throw Error(Error::tr("%1: model version %2 returned %3 predictions for %4 texts")
                        .arg(projectPath())
                        .arg(version.id)
                        .arg(predictions.size())
                        .arg(items.size()));

    report("saving", long(items.size()), long(items.size()));
    AnnotationFilter ownRows;
    ownRows.origin = Origin::Model;
    ownRows.modelVersionId = version.id;
    QJsonArray itemIds;
    auto transaction = store.transaction();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const qint64 itemId = items[i].itemId;
        QList<Annotation> reviewed;
        for (const Annotation &old : store.annotations(itemId, ownRows)) {
            if (old.status == Status::Proposed)
                store.deleteAnnotation(old.id);
            else
                reviewed.append(old);
        }
        for (const Annotation &row : rowsOf(task, itemId, version.id, predictions[size_t(i)])) {
            if (std::none_of(
                    reviewed.begin(), reviewed.end(), [&row](const Annotation &r) { return sameTarget(r, row); }))
                store.addAnnotation(row);
            ++result.annotations;
        }
        itemIds.append(itemId);
    }
    result.items = int(items.size());
    finishRecord(store,
        {{QStringLiteral("model_version"), version.id}, {QStringLiteral("items"), result.items},
            {QStringLiteral("annotations"), result.annotations}, {QStringLiteral("item_ids"), itemIds}});
    transaction.commit();
    return result;
}

} // namespace candor
