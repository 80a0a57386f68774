#include "app/jobs/EngineJob.h"

#include "core/store/ProjectStore.h"

namespace candor {

EngineJob::EngineJob(QString projectPath)
    : m_projectPath(std::move(projectPath))
{
}

QString EngineJob::outOfMemory(const QString &where, const std::exception &error)
{
    const QString what = QString::fromUtf8(error.what()).section(QLatin1Char('\n'), 0, 0);
    const QString device = QString::fromStdString(engine::currentCompute().describe());
    const int limit = engine::batchLimit();
    const QString advice = limit > 0
        ? Error::tr("%1 ran out of memory with the batch limit at %2: lower it (Edit > Preferences…, --batch-limit) or "
                    "compute on the CPU")
              .arg(device)
              .arg(limit)
        : Error::tr(
            "%1 ran out of memory: set a batch limit (Edit > Preferences…, --batch-limit) or compute on the CPU")
              .arg(device);
    return Error::tr("%1: %2 (%3)").arg(where, what, advice);
}

void EngineJob::report(const char *phase, long step, long total) const
{
    engine::Progress progress;
    progress.phase = phase;
    progress.step = step;
    progress.total = total;
    m_control.report(progress);
}

void EngineJob::adopt(EngineJob &child) const
{
    child.shareCancelToken(m_control.cancel);
    child.setProgressSink(m_control.sink);
}

void EngineJob::openRecord(ProjectStore &store, const QString &kind, const QJsonObject &parameters)
{
    m_recordId = store.startJob(kind, parameters);
}

void EngineJob::finishRecord(ProjectStore &store, const QJsonObject &result)
{
    if (m_recordId == 0)
        return;
    store.finishJob(m_recordId, QStringLiteral("finished"), result);
}

void EngineJob::closeOpenRecord(const QString &status, const QString &error) noexcept
{
    if (m_recordId == 0)
        return;
    const qint64 id = m_recordId;
    m_recordId = 0;
    try {
        // A connection of this thread: the job's own store object is gone with the stack that threw.
        ProjectStore store(m_projectPath);
        store.finishJob(id, status, error.isEmpty() ? QJsonObject{} : QJsonObject{{QStringLiteral("error"), error}});
    } catch (...) {
        // The log row stays "running"; the next open marks such rows interrupted. The job's own error matters more.
    }
}

} // namespace candor
