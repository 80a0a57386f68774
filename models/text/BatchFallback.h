#pragma once

// The batch a text training actually uses. It starts at the config's batchSize, capped by the person's batch limit
// (engine::setBatchLimit: --batch-limit, Preferences). When a run runs out of memory (a GPU too small for that
// batch), the run starts again at half the batch, down to the candidate's smallest, and every later run of the same
// training (the other folds, the refit) starts from the batch that fitted. A retried run's progress phase names its
// batch ("transformer fold 2/5 (batch 16)"), which also keeps its checkpoints apart from the failed attempt's.
// Data-parallel runs do not retry: every rank must take the same steps, so the error names the batch instead.

#include "models/engine/RunControl.h"
#include "models/text/EpochWatch.h"
#include "models/text/RawOutputModel.h"
#include "models/text/TextModelConfig.h"

#include <functional>
#include <memory>

namespace candor::models {

class BatchFallback
{
public:
    using Run = std::function<std::unique_ptr<RawOutputModel>(const TextTrainConfig &, const EpochWatch &)>;

    explicit BatchFallback(int configured);

    int batch() const { return m_batch; }
    // Runs `run` with the config's batch set to batch(); on out of memory halves it (not below `smallest`) and runs
    // again. Throws std::runtime_error naming the device, the phase and the batch when no batch fits.
    std::unique_ptr<RawOutputModel> train(const TextTrainConfig &config, const EpochWatch &watch,
        const engine::RunControl &control, int smallest, const Run &run);

private:
    int m_configured;
    int m_batch;
};

} // namespace candor::models
