#include "app/jobs/TextJob.h"

#include "core/domain/Error.h"
#include "core/store/ProjectStore.h"

namespace candor {

models::ProgressCallback TextJob::engineProgress() const
{
    return [this](const models::TrainProgress &p) {
        report({QString::fromStdString(p.phase), p.step, p.steps, p.epoch, p.epochs, p.loss, p.devMetric});
    };
}

models::CancelCheck TextJob::engineCancelCheck() const
{
    return [this] { return isCancelled(); };
}

bool TextJob::runEngineTraining(ProjectStore &store, qint64 jobId, const QString &where, const std::function<void()> &train) const
{
    try {
        train();
    } catch (const models::TrainingCancelled &) {
        store.finishJob(jobId, QStringLiteral("cancelled"), {});
        return false;
    } catch (const std::exception &error) {
        // error.what() is the engine's own text (models/ has no Qt): it stays English inside the translated sentence.
        const QString message = Error::tr("%1: training failed: %2").arg(where, QString::fromUtf8(error.what()));
        store.finishJob(jobId, QStringLiteral("failed"), {{QStringLiteral("error"), message}});
        throw Error(message);
    }
    if (isCancelled()) {
        store.finishJob(jobId, QStringLiteral("cancelled"), {});
        return false;
    }
    return true;
}

} // namespace candor
