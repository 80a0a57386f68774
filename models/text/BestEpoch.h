#pragma once

// The end of every training epoch, as each text candidate runs it: score the network's dev outputs with the
// decision rule tuned on dev, keep the network state, rule and metrics of the best epoch (early stopping), and
// hand them back when training ends. Includes torch: for trainer sources only.

#include "models/engine/Training.h"
#include "models/text/TextDecisions.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace candor::models {

class BestEpoch
{
public:
    BestEpoch(const TextTaskDefinition &task, const std::vector<TextExample> &dev, const TextTrainConfig &config,
        DecisionRule initialRule, std::map<std::string, double> &devMetrics);

    // After `epoch`: scores `devOutputs()` (called only when there is a dev split) and remembers the epoch when it
    // is the best so far. Returns the dev score, -1 without dev.
    double score(
        int epoch, const torch::nn::Module &net, const std::function<std::vector<RawTextOutput>()> &devOutputs);
    bool shouldStop() const { return !m_dev.empty() && m_stopping.shouldStop(); }
    // Restores the best epoch's state into `net` (unchanged when no epoch was scored) and returns its rule.
    DecisionRule restoreBest(torch::nn::Module &net) const;

private:
    const TextTaskDefinition &m_task;
    const std::vector<TextExample> &m_dev;
    const TextTrainConfig &m_config;
    std::map<std::string, double> &m_devMetrics;
    engine::EarlyStopping m_stopping;
    engine::ModuleState m_best;
    DecisionRule m_bestRule;
};

} // namespace candor::models
