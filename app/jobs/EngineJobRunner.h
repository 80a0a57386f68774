#pragma once

#include "app/jobs/EngineJob.h"
#include "core/jobs/Job.h"

#include <memory>

namespace candor {

// The window's runner for every engine job: runs it on the Job's worker thread, turns its progress into the Job's
// progress bar and, for training, into points of the live chart, and makes the Job's Cancel the engine job's
// cancel. A job's phase changes ("ngram", "transformer", "predicting") go to the log.
class EngineJobRunner final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineJobRunner)

public:
    explicit EngineJobRunner(std::unique_ptr<EngineJob> job, QObject *parent = nullptr);
    ~EngineJobRunner() override;

    const EngineJob &engineJob() const { return *m_job; }

Q_SIGNALS:
    // One point of a training curve: the phase (each candidate gets its own curve), the step within it, the loss
    // (< 0: none at this point) and the selection score (< 0: not evaluated at this point).
    void trainingPoint(const QString &phase, double step, double loss, double devMetric);

protected:
    QJsonObject run() override;

private:
    void onProgress(const engine::Progress &progress);

    std::unique_ptr<EngineJob> m_job;
    std::string m_phase; // worker thread only
    qint64 m_lastPointMs = -1;
};

} // namespace candor
