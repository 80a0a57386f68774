#include "app/jobs/meme/MemeMapJob.h"

#include "core/domain/Error.h"
#include "app/jobs/meme/MemeModelStore.h"
#include "app/jobs/meme/MemeTaskData.h"
#include "core/store/MemeStore.h"

namespace candor {

MemeMapJob::MemeMapJob(QString projectPath, MemeMapOptions options)
    : m_projectPath(std::move(projectPath))
    , m_options(std::move(options))
{
}

MemeMapResult MemeMapJob::run()
{
    ProjectStore store(m_projectPath);
    const MemeTaskData data(store);
    const LoadedMemeModel loaded = loadMemeModel(store, m_options.modelVersionId,
                                                 m_options.modelVersionId ? QString() : QStringLiteral("fused"));
    if (loaded.model->variant() == models::MemeVariant::Text)
        throw Error(Error::tr("%1: model version %2 is text-only: it has no image map").arg(m_projectPath).arg(loaded.version.id));
    QList<MemeTaskItem> items;
    for (const MemeTaskItem &item : data.items({}))
        if (item.itemId == m_options.itemId)
            items.append(item);
    if (items.isEmpty())
        throw Error(Error::tr("%1: item %2 is not a meme with an image").arg(m_projectPath).arg(m_options.itemId));
    int label = -1;
    if (!m_options.technique.isEmpty()) {
        const QStringList labels = data.labelNames();
        label = int(labels.indexOf(m_options.technique));
        if (label < 0)
            throw Error(Error::tr("unknown technique '%1' (persuasion-22: %2)")
                            .arg(m_options.technique, labels.join(QStringLiteral(", "))));
    }
    report({QStringLiteral("features"), 0, 2});
    const QString folder = m_options.modelsFolder.isEmpty() ? MemeTaskData::defaultModelsFolder() : m_options.modelsFolder;
    const std::vector<models::MemeExample> memes = data.examples(items, folder, {}, [this] { return isCancelled(); });
    MemeMapResult result;
    if (isCancelled() || memes.empty()) {
        result.cancelled = true;
        return result;
    }
    report({QStringLiteral("map"), 1, 2});
    const models::MemePrediction prediction = loaded.model->predict(memes).front();
    result.modelVersionId = loaded.version.id;
    result.mediaId = items.front().mediaId;
    result.rows = prediction.rows;
    result.cols = prediction.cols;
    result.weights = label < 0 ? prediction.attention : loaded.model->gradCam(memes.front(), label);
    if (label >= 0)
        result.score = prediction.scores[size_t(label)];
    putImageMap(store, {m_options.itemId, loaded.version.id, label < 0 ? QStringLiteral("attention") : QStringLiteral("gradcam"),
                        m_options.technique, result.rows, result.cols, result.weights});
    report({QStringLiteral("map"), 2, 2});
    return result;
}

} // namespace candor
