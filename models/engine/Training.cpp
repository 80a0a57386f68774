#include "models/engine/Training.h"

#include <algorithm>

namespace candor::engine {

torch::Tensor sigmoidFocalLoss(
    const torch::Tensor &logits, const torch::Tensor &targets, double alpha, double gamma, const torch::Tensor &mask)
{
    const torch::Tensor ce = torch::binary_cross_entropy_with_logits(logits, targets, /*weight=*/{},
        /*pos_weight=*/{}, at::Reduction::None);
    const torch::Tensor p = torch::sigmoid(logits);
    const torch::Tensor pt = p * targets + (1 - p) * (1 - targets);
    const torch::Tensor alphaT = alpha * targets + (1 - alpha) * (1 - targets);
    torch::Tensor loss = alphaT * torch::pow(1 - pt, gamma) * ce;
    if (!mask.defined())
        return loss.mean();
    return (loss * mask).sum() / torch::clamp_min(mask.sum(), 1.0);
}

std::unique_ptr<torch::optim::AdamW> makeAdamW(torch::nn::Module &module, double learningRate, double weightDecay)
{
    std::vector<torch::Tensor> decayed, plain;
    for (const auto &item : module.named_parameters()) {
        if (!item.value().requires_grad())
            continue;
        (item.value().dim() >= 2 ? decayed : plain).push_back(item.value());
    }
    std::vector<torch::optim::OptimizerParamGroup> groups;
    if (!decayed.empty())
        groups.emplace_back(decayed,
            std::make_unique<torch::optim::AdamWOptions>(
                torch::optim::AdamWOptions(learningRate).weight_decay(weightDecay)));
    if (!plain.empty())
        groups.emplace_back(plain,
            std::make_unique<torch::optim::AdamWOptions>(torch::optim::AdamWOptions(learningRate).weight_decay(0.0)));
    return std::make_unique<torch::optim::AdamW>(groups, torch::optim::AdamWOptions(learningRate));
}

WarmupLinearSchedule::WarmupLinearSchedule(
    torch::optim::Optimizer &optimizer, double baseRate, long totalSteps, double warmupFraction)
    : m_optimizer(optimizer)
    , m_base(baseRate)
    , m_total(std::max(1L, totalSteps))
    , m_warmup(std::max(1L, long(double(totalSteps) * warmupFraction)))
{
}

void WarmupLinearSchedule::step()
{
    const double progress = m_step < m_warmup
        ? double(m_step + 1) / double(m_warmup)
        : std::max(0.0, double(m_total - m_step) / double(std::max(1L, m_total - m_warmup)));
    m_rate = m_base * progress;
    for (auto &group : m_optimizer.param_groups())
        static_cast<torch::optim::AdamWOptions &>(group.options()).lr(m_rate);
    ++m_step;
}

ModuleState snapshot(const torch::nn::Module &module)
{
    ModuleState state;
    for (const auto &item : module.named_parameters())
        state[item.key()] = item.value().detach().clone();
    for (const auto &item : module.named_buffers())
        state[item.key()] = item.value().detach().clone();
    return state;
}

void restore(torch::nn::Module &module, const ModuleState &state)
{
    torch::NoGradGuard noGrad;
    for (auto &item : module.named_parameters())
        item.value().copy_(state.at(item.key()));
    for (auto &item : module.named_buffers())
        item.value().copy_(state.at(item.key()));
}

} // namespace candor::engine
