#include "app/jobs/thread/ThreadJobs.h"

#include "core/domain/Error.h"
#include "app/jobs/ModelFiles.h"
#include "app/jobs/thread/ThreadScoring.h"
#include "app/jobs/meme/MemeTaskData.h"
#include "app/jobs/thread/ThreadImageVectors.h"
#include "app/jobs/thread/ThreadTaskData.h"
#include "core/store/ProjectStore.h"

#include <exception>

namespace candor {

EvaluateThreadJob::EvaluateThreadJob(QString projectPath, EvaluateThreadOptions options)
    : m_projectPath(std::move(projectPath))
    , m_options(std::move(options))
{
}

EvaluateThreadResult EvaluateThreadJob::run()
{
    ProjectStore store(m_projectPath);
    report({QStringLiteral("loading")});
    const ModelVersion version = resolveModelVersion(store, threadTaskName(), m_options.modelVersionId);
    const std::unique_ptr<models::ThreadModel> model = loadThreadModel(store, version);
    QList<ThreadTaskItem> items = ThreadTaskData::load(store, {m_options.split}, /*labelledOnly=*/true);
    if (model->config().useImages)
        attachThreadImages(store, items, MemeTaskData::defaultModelsFolder(), [this] { return isCancelled(); });
    if (items.isEmpty())
        throw Error(Error::tr("%1: no labelled thread items in split '%2'").arg(m_projectPath, m_options.split));
    const qint64 jobId = store.startJob(QStringLiteral("evaluate-thread"), {{QStringLiteral("model_version"), version.id},
                                                                            {QStringLiteral("split"), m_options.split}});
    EvaluateThreadResult result;
    result.modelVersionId = version.id;
    result.split = m_options.split;
    result.items = int(items.size());
    try {
        report({QStringLiteral("predicting"), 0, qint64(items.size())});
        result.metrics = threadMetrics(items, model->predict(ThreadTaskData::examples(items)));
    } catch (const std::exception &error) {
        // error.what() is the engine's own text (models/ has no Qt): it stays English inside the translated sentence.
        const QString message = Error::tr("%1: thread evaluation failed: %2").arg(m_projectPath, QString::fromUtf8(error.what()));
        store.finishJob(jobId, QStringLiteral("failed"), {{QStringLiteral("error"), message}});
        throw Error(message);
    }
    store.finishJob(jobId, QStringLiteral("finished"), {{QStringLiteral("metrics"), result.metrics}});
    return result;
}

} // namespace candor
