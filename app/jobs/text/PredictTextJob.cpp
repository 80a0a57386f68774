#include "app/jobs/text/PredictTextJob.h"

#include "core/domain/Error.h"
#include "app/jobs/ModelFiles.h"
#include "app/jobs/text/TextTaskData.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"

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
QList<Annotation> rowsOf(const TextTaskSpec &task, qint64 itemId, qint64 versionId, const models::TextPrediction &prediction)
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

PredictTextJob::PredictTextJob(QString projectPath, PredictTextOptions options)
    : m_projectPath(std::move(projectPath))
    , m_options(std::move(options))
{
}

PredictTextResult PredictTextJob::run()
{
    ProjectStore store(m_projectPath);
    const TextTaskSpec task = textTaskSpec(store, m_options.task);
    const ModelVersion version = resolveModelVersion(store, task.name, m_options.modelVersionId);
    report({QStringLiteral("loading")});
    const std::unique_ptr<models::TextModel> model = loadTextModel(store, version);

    TextTaskSelection selection;
    selection.splits = m_options.splits;
    selection.itemIds = m_options.itemIds;
    selection.language = modelLanguage(version);
    selection.labelledOnly = false;
    const QList<TextTaskItem> items = TextTaskData::load(store, task, selection);

    PredictTextResult result;
    result.modelVersionId = version.id;
    const qint64 jobId = store.startJob(QStringLiteral("predict-text"),
        {{QStringLiteral("task"), task.name}, {QStringLiteral("model_version"), version.id},
         {QStringLiteral("splits"), QJsonArray::fromStringList(m_options.splits)}});

    // Predict everything first, then write: the write transaction stays short and a cancel writes nothing.
    std::vector<models::TextPrediction> predictions;
    predictions.reserve(size_t(items.size()));
    const int batch = std::max(1, m_options.batchSize);
    try {
        for (qsizetype first = 0; first < items.size(); first += batch) {
            if (isCancelled()) {
                store.finishJob(jobId, QStringLiteral("cancelled"), {});
                result.cancelled = true;
                return result;
            }
            std::vector<std::string> texts;
            for (qsizetype i = first; i < std::min(items.size(), first + batch); ++i)
                texts.push_back(items[i].example.text);
            for (models::TextPrediction &prediction : model->predict(texts))
                predictions.push_back(std::move(prediction));
            report({QStringLiteral("predicting"), qint64(predictions.size()), qint64(items.size())});
        }
        if (predictions.size() != size_t(items.size()))
            throw Error(Error::tr("the model returned %1 predictions for %2 texts").arg(predictions.size()).arg(items.size()));
    } catch (const std::exception &error) {
        // error.what() is the engine's own text (models/ has no Qt): it stays English inside the translated sentence.
        const QString message = Error::tr("%1: prediction with model version %2 failed: %3")
                                    .arg(m_projectPath).arg(version.id).arg(QString::fromUtf8(error.what()));
        store.finishJob(jobId, QStringLiteral("failed"), {{QStringLiteral("error"), message}});
        throw Error(message);
    }

    report({QStringLiteral("saving"), qint64(items.size()), qint64(items.size())});
    AnnotationFilter ownRows;
    ownRows.origin = Origin::Model;
    ownRows.modelVersionId = version.id;
    QJsonArray itemIds;
    sql::Transaction transaction(store.db());
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
            if (std::none_of(reviewed.begin(), reviewed.end(), [&row](const Annotation &r) { return sameTarget(r, row); }))
                store.addAnnotation(row);
            ++result.annotations;
        }
        itemIds.append(itemId);
    }
    result.items = int(items.size());
    store.finishJob(jobId, QStringLiteral("finished"), {{QStringLiteral("model_version"), version.id},
                                                         {QStringLiteral("items"), result.items},
                                                         {QStringLiteral("annotations"), result.annotations},
                                                         {QStringLiteral("item_ids"), itemIds}});
    transaction.commit();
    return result;
}

} // namespace candor
