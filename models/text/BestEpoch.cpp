#include "models/text/BestEpoch.h"

namespace candor::models {

BestEpoch::BestEpoch(const TextTaskDefinition &task, const std::vector<TextExample> &dev, const TextTrainConfig &config,
    DecisionRule initialRule, std::map<std::string, double> &devMetrics)
    : m_task(task)
    , m_dev(dev)
    , m_config(config)
    , m_devMetrics(devMetrics)
    , m_stopping{config.patience}
    , m_bestRule(std::move(initialRule))
{
}

double BestEpoch::score(
    int epoch, const torch::nn::Module &net, const std::function<std::vector<RawTextOutput>()> &devOutputs)
{
    if (m_dev.empty())
        return -1;
    DevScore scored = scoreOnDev(m_task, devOutputs(), m_dev, m_config);
    if (m_stopping.improved(scored.score, epoch)) {
        m_best = engine::snapshot(net);
        m_bestRule = scored.rule;
        m_devMetrics = std::move(scored.metrics);
        m_devMetrics["epoch"] = epoch;
    }
    return scored.score;
}

DecisionRule BestEpoch::restoreBest(torch::nn::Module &net) const
{
    if (!m_best.empty())
        engine::restore(net, m_best);
    return m_bestRule;
}

} // namespace candor::models
