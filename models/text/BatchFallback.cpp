#include "models/text/BatchFallback.h"

#include "models/engine/Compute.h"
#include "models/engine/DataParallel.h"
#include "models/engine/ErrorText.h"

#include <algorithm>
#include <stdexcept>
#include <string>

namespace candor::models {

BatchFallback::BatchFallback(int configured)
    : m_configured(std::max(1, configured))
    , m_batch(std::max(1, engine::boundedBatch(m_configured)))
{
}

std::unique_ptr<RawOutputModel> BatchFallback::train(const TextTrainConfig &config, const EpochWatch &watch,
    const engine::RunControl &control, int smallest, const Run &run)
{
    for (;;) {
        TextTrainConfig sized = config;
        sized.batchSize = m_batch;
        EpochWatch named = watch;
        if (m_batch != m_configured)
            named.phase += " (batch " + std::to_string(m_batch) + ")";
        try {
            return run(sized, named);
        } catch (const std::exception &error) {
            if (!engine::isOutOfMemory(error))
                throw;
            const std::string where = engine::currentCompute().describe() + ": out of memory in " + named.phase
                + " at batch " + std::to_string(m_batch) + (engine::parallelWorld() > 1 ? " per rank" : "");
            if (engine::parallelWorld() > 1)
                throw std::runtime_error(where + "; data-parallel runs do not retry (every rank must take the same "
                    + "steps): lower batchSize in the config or --batch-limit (" + engine::firstLine(error) + ")");
            if (m_batch <= smallest)
                throw std::runtime_error(where + ", the smallest this model trains with: use a smaller model "
                    + "(width, layers, maxLength) or --device cpu (" + engine::firstLine(error) + ")");
            m_batch = std::max(smallest, m_batch / 2);
            engine::Progress retry;
            retry.phase = named.phase;
            retry.metrics["out_of_memory_batch"] = double(sized.batchSize);
            retry.metrics["retry_batch"] = double(m_batch);
            control.report(retry);
        }
    }
}

} // namespace candor::models
