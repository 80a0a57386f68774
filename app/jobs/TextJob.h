#pragma once

#include "models/text/TextModel.h"

#include <QString>

#include <atomic>
#include <functional>

namespace candor {

class ProjectStore;

// Where a text job stands. done/total count steps (training) or items (prediction); loss and devMetric are
// set while training (devMetric < 0 when not evaluated at that point), for a live loss curve.
struct TextJobProgress
{
    QString phase;     // "loading", "tokenizer", "pretrain", "transformer", "ngram", "predicting", "saving", ...
    qint64 done = 0;
    qint64 total = 0;
    int epoch = 0;
    int epochs = 0;
    double loss = 0;
    double devMetric = -1;
};

// What train, predict and evaluate jobs share: a progress handler and cancellation. The jobs are plain classes
// (no QObject, no widgets): candor-cli runs them on its main thread, the GUI wraps them in its job runner and
// calls run() on a worker thread. cancel() may be called from any thread; run() checks it every batch or step
// and then returns a result marked cancelled, with nothing written to the project.
class TextJob
{
public:
    using ProgressHandler = std::function<void(const TextJobProgress &)>;

    virtual ~TextJob() = default;

    void setProgressHandler(ProgressHandler handler) { m_progress = std::move(handler); }
    // A flag owned elsewhere that also cancels the job (candor-cli's SIGINT flag); may be null.
    void setExternalCancelFlag(const std::atomic_bool *flag) { m_externalCancel = flag; }
    // A job this one runs as a step of (evaluate runs predict): cancelling the parent cancels this one.
    void setParentJob(const TextJob *parent) { m_parent = parent; }
    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const
    {
        return m_cancelled.load() || (m_externalCancel && m_externalCancel->load()) || (m_parent && m_parent->isCancelled());
    }

protected:
    void report(const TextJobProgress &progress) const
    {
        if (m_progress)
            m_progress(progress);
    }

    // Engine progress forwarded as this job's progress, and the engine's view of this job's cancellation.
    models::ProgressCallback engineProgress() const;
    models::CancelCheck engineCancelCheck() const;

    // Runs `train` (a call into the engine) and keeps the job log straight: a cancelled run (the engine's
    // TrainingCancelled, or a cancel that arrived as training ended) is logged "cancelled" and returns false;
    // any engine failure is logged "failed" and rethrown as candor::Error naming `where`.
    bool runEngineTraining(ProjectStore &store, qint64 jobId, const QString &where, const std::function<void()> &train) const;

private:
    ProgressHandler m_progress;
    const std::atomic_bool *m_externalCancel = nullptr;
    const TextJob *m_parent = nullptr;
    std::atomic_bool m_cancelled{false};
};

} // namespace candor
