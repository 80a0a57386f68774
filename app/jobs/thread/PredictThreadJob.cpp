#include "app/jobs/thread/ThreadJobs.h"

#include "core/domain/Error.h"
#include "core/domain/LabelSchema.h"
#include "app/jobs/ModelFiles.h"
#include "app/jobs/meme/MemeTaskData.h"
#include "app/jobs/thread/ThreadImageVectors.h"
#include "app/jobs/thread/ThreadTaskData.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"

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
        return {};   // no prediction run has written one yet
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

PredictThreadJob::PredictThreadJob(QString projectPath, PredictThreadOptions options)
    : m_projectPath(std::move(projectPath))
    , m_options(std::move(options))
{
}

PredictThreadResult PredictThreadJob::run()
{
    ProjectStore store(m_projectPath);
    report({QStringLiteral("loading")});
    const ModelVersion version = resolveModelVersion(store, threadTaskName(), m_options.modelVersionId);
    const std::unique_ptr<models::ThreadModel> model = loadThreadModel(store, version);
    QList<ThreadTaskItem> items = ThreadTaskData::load(store, m_options.splits, /*labelledOnly=*/false, m_options.itemIds);
    if (model->config().useImages)
        attachThreadImages(store, items, MemeTaskData::defaultModelsFolder(), [this] { return isCancelled(); });
    const qint64 jobId = store.startJob(QStringLiteral("predict-thread"),
                                        {{QStringLiteral("model_version"), version.id},
                                         {QStringLiteral("splits"), QJsonArray::fromStringList(m_options.splits)}});
    PredictThreadResult result;
    result.modelVersionId = version.id;

    std::vector<models::ThreadPrediction> predictions;
    try {
        const std::vector<models::ThreadExample> examples = ThreadTaskData::examples(items);
        const size_t chunk = 16;
        for (size_t begin = 0; begin < examples.size(); begin += chunk) {
            if (isCancelled()) {
                store.finishJob(jobId, QStringLiteral("cancelled"), {});
                result.cancelled = true;
                return result;
            }
            const std::vector<models::ThreadExample> part(examples.begin() + begin,
                                                          examples.begin() + std::min(examples.size(), begin + chunk));
            for (models::ThreadPrediction &p : model->predict(part))
                predictions.push_back(std::move(p));
            report({QStringLiteral("predicting"), qint64(predictions.size()), qint64(examples.size())});
        }
    } catch (const std::exception &error) {
        // error.what() is the engine's own text (models/ has no Qt): it stays English inside the translated sentence.
        const QString message = Error::tr("%1: thread prediction failed: %2").arg(m_projectPath, QString::fromUtf8(error.what()));
        store.finishJob(jobId, QStringLiteral("failed"), {{QStringLiteral("error"), message}});
        throw Error(message);
    }

    report({QStringLiteral("saving")});
    sql::Transaction transaction(store.db());
    QJsonObject attention = storedAttention(store, version.id);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto modelRow = [&](qint64 itemId, std::optional<qint64> post, const QString &schema, const std::string &label,
                              double score) {
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
            modelRow(item.itemId, std::nullopt, Schemas::Veracity3, models::veracityLabels()[size_t(prediction.veracity)],
                     prediction.veracityConfidence);
        ++result.threads;
    }
    store.putModelFile(version.id, kAttentionFile, QJsonDocument(attention).toJson(QJsonDocument::Compact));
    QJsonArray covered;
    for (const ThreadTaskItem &item : items)
        covered.append(item.itemId);
    store.finishJob(jobId, QStringLiteral("finished"), {{QStringLiteral("model_version"), version.id},
                                                         {QStringLiteral("items"), covered},
                                                         {QStringLiteral("annotations"), result.annotations}});
    transaction.commit();
    return result;
}

} // namespace candor
