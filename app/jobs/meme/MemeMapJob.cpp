#include "app/jobs/meme/MemeMapJob.h"

#include "app/jobs/meme/MemeModelStore.h"
#include "app/jobs/meme/MemeTaskData.h"
#include "core/domain/Error.h"
#include "core/store/MemeStore.h"

namespace candor {

QJsonObject MemeMapResult::toJson() const
{
    return {{QStringLiteral("item"), itemId}, {QStringLiteral("model_version"), modelVersionId},
        {QStringLiteral("technique"), technique}, {QStringLiteral("rows"), rows}, {QStringLiteral("cols"), cols},
        {QStringLiteral("score"), score}};
}

QString MemeMapResult::summary() const
{
    return technique.isEmpty()
        ? MemeMapJob::tr("Attention map of item %1 (model version %2)").arg(itemId).arg(modelVersionId)
        : MemeMapJob::tr("Grad-CAM of %1 on item %2 (model version %3)").arg(technique).arg(itemId).arg(modelVersionId);
}

MemeMapJob::MemeMapJob(QString projectPath, MemeMapOptions options)
    : TypedEngineJob(std::move(projectPath))
    , m_options(std::move(options))
{
}

QString MemeMapJob::title() const
{
    return m_options.technique.isEmpty()
        ? tr("Attention map of item %1").arg(m_options.itemId)
        : tr("Grad-CAM of %1 on item %2").arg(m_options.technique).arg(m_options.itemId);
}

MemeMapResult MemeMapJob::execute()
{
    const QString path = projectPath();
    ProjectStore store(path);
    const MemeTaskData data(store);
    const LoadedMemeModel loaded = loadMemeModel(
        store, m_options.modelVersionId, m_options.modelVersionId ? QString() : QStringLiteral("fused"));
    if (loaded.model->variant() == models::MemeVariant::Text)
        throw Error(
            Error::tr("%1: model version %2 is text-only: it has no image map").arg(path).arg(loaded.version.id));
    const QList<MemeTaskItem> items = data.items({}, {m_options.itemId});
    if (items.isEmpty())
        throw Error(Error::tr("%1: item %2 is not a meme with an image").arg(path).arg(m_options.itemId));
    int label = -1;
    if (!m_options.technique.isEmpty()) {
        const QStringList labels = data.labelNames();
        label = int(labels.indexOf(m_options.technique));
        if (label < 0)
            throw Error(Error::tr("unknown technique '%1' (persuasion-22: %2)")
                            .arg(m_options.technique, labels.join(QStringLiteral(", "))));
    }
    report("features", 0, 2);
    const QString folder
        = m_options.modelsFolder.isEmpty() ? MemeTaskData::defaultModelsFolder() : m_options.modelsFolder;
    const std::vector<models::MemeExample> memes = data.examples(items, folder, control());
    MemeMapResult result;
    result.itemId = m_options.itemId;
    result.technique = m_options.technique;
    report("map", 1, 2);
    const models::MemePrediction prediction = callEngine(path, [&] { return loaded.model->predict(memes).front(); });
    result.modelVersionId = loaded.version.id;
    result.mediaId = items.front().mediaId;
    result.rows = prediction.rows;
    result.cols = prediction.cols;
    result.weights = label < 0 ? prediction.attention
                               : callEngine(path, [&] { return loaded.model->gradCam(memes.front(), label); });
    if (label >= 0)
        result.score = prediction.scores[size_t(label)];
    putImageMap(store,
        {m_options.itemId, loaded.version.id, label < 0 ? QStringLiteral("attention") : QStringLiteral("gradcam"),
            m_options.technique, result.rows, result.cols, result.weights});
    report("map", 2, 2);
    return result;
}

} // namespace candor
