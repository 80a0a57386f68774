#pragma once

// The engine's one vocabulary for long work: where a run stands (Progress), how a caller hears of it (ProgressSink)
// and how a caller stops it (CancelToken, Cancelled). Every trainer and predictor takes a RunControl. Plain C++ (no
// torch, no Qt): app/jobs and the headless trainer include it.

#include "models/engine/Compute.h"

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <functional>
#include <map>
#include <memory>
#include <string>

namespace candor::engine {

// One report of a run. step/total count within the phase (steps while training, items while predicting); total 0
// means unknown. metrics carries what the phase measured at this point: "loss" (the mean training loss since the
// last report) and "dev" (the score a trainer selects on, on its held-out data) when it evaluated.
struct Progress
{
    std::string phase; // "tokenizer", "ngram", "transformer", "thread", "meme-fused", "predicting", "saving", ...
    long step = 0;
    long total = 0;
    int epoch = 0;
    int epochs = 0;
    std::map<std::string, double> metrics;

    bool has(const std::string &name) const { return metrics.count(name) != 0; }
    double metric(const std::string &name, double fallback = -1) const
    {
        const auto it = metrics.find(name);
        return it == metrics.end() ? fallback : it->second;
    }
};

using ProgressSink = std::function<void(const Progress &)>;

// Thrown by a run that saw its token cancelled: whatever it was building is dropped, nothing is kept.
struct Cancelled : std::exception
{
    const char *what() const noexcept override { return "cancelled"; }
};

// A cancellation flag shared by whoever may stop a run (a window's Cancel button, a SIGINT handler, a parent job)
// and the run itself, which checks it every step. Copies share the flag.
class CancelToken
{
public:
    CancelToken()
        : m_flag(std::make_shared<std::atomic_bool>(false))
    {
    }
    // Shares a flag owned elsewhere (the GUI job's own flag, so one Cancel stops both).
    explicit CancelToken(std::shared_ptr<std::atomic_bool> flag)
        : m_flag(std::move(flag))
    {
    }

    void cancel() const { m_flag->store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_flag->load(std::memory_order_relaxed); }
    void throwIfCancelled() const
    {
        if (isCancelled())
            throw Cancelled();
    }
    const std::shared_ptr<std::atomic_bool> &flag() const { return m_flag; }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

// What a trainer or predictor is handed: where to report, and the token to check.
struct RunControl
{
    ProgressSink sink;
    CancelToken cancel;
    // Not empty (candor-train --checkpoint): trainers save every epoch under this folder and resume from it
    // (models/text/EpochCheckpoint.h).
    std::string checkpointFolder;
    int checkpointEvery = 1; // the network's state is saved every this many epochs, and at a run's end

    void report(const Progress &progress) const
    {
        if (sink)
            sink(progress);
    }
    void throwIfCancelled() const { cancel.throwIfCancelled(); }
};

// Where a training run stands, before the metrics of one report are added.
inline Progress epochProgress(std::string phase, int epoch, int epochs, long step, long total)
{
    Progress progress;
    progress.phase = std::move(phase);
    progress.epoch = epoch;
    progress.epochs = epochs;
    progress.step = step;
    progress.total = total;
    return progress;
}

// A training report: the loss of the latest step(s); `heldOut` >= 0 at an epoch's end: the score on held-out data
// (a cross-validation fold, a held-out part of train) that the trainer stops on. Never dev: dev is scored once.
inline Progress trainingProgress(
    std::string phase, int epoch, int epochs, long step, long total, double loss, double heldOut = -1)
{
    Progress progress = epochProgress(std::move(phase), epoch, epochs, step, total);
    progress.metrics["loss"] = loss;
    if (heldOut >= 0)
        progress.metrics["held_out"] = heldOut;
    return progress;
}

// A run resumed from its checkpoint after `epoch` epochs.
inline Progress resumedProgress(std::string phase, int epoch, int epochs, long step, long total)
{
    Progress progress = epochProgress(std::move(phase), epoch, epochs, step, total);
    progress.metrics["resumed"] = epoch;
    return progress;
}

// Runs `work(first, last)` over [0, count) in slices of `batch` (at most the person's batch limit), checking the
// token before each slice and reporting `phase` progress (items done of count) after it. A slice that runs out of
// memory is tried again at half its size (down to one item; reported as metric "retry_batch"); `work` must therefore
// keep nothing of a slice that throws. The one loop every predictor runs its batches in.
template <typename Work>
void forEachBatch(
    std::size_t count, std::size_t batch, const RunControl &control, const std::string &phase, Work &&work)
{
    batch = std::size_t(std::max(1, boundedBatch(int(std::min<std::size_t>(batch, 1u << 30)))));
    for (std::size_t first = 0; first < count;) {
        control.throwIfCancelled();
        const std::size_t last = std::min(count, first + batch);
        try {
            work(first, last);
        } catch (const std::exception &error) {
            if (!isOutOfMemory(error) || last - first <= 1)
                throw;
            batch = (last - first) / 2;
            Progress retry;
            retry.phase = phase;
            retry.step = long(first);
            retry.total = long(count);
            retry.metrics["retry_batch"] = double(batch);
            control.report(retry);
            continue;
        }
        first = last;
        Progress progress;
        progress.phase = phase;
        progress.step = long(last);
        progress.total = long(count);
        control.report(progress);
    }
}

} // namespace candor::engine
