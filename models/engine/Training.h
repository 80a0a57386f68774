#pragma once

// Shared training pieces for every network of the engine: focal loss, AdamW with decoupled weight decay (none on
// biases and norms), linear warm-up + linear decay, early stopping and best-state snapshots. Includes torch:
// internal to models/.

#include <torch/torch.h>

#include <map>
#include <memory>
#include <string>

namespace candor::engine {

// Binary focal loss on logits (Lin et al.): alpha_t (1 - p_t)^gamma * BCE. `mask` (same shape, 0/1) selects the
// elements that count; the result is their mean (0 when none count).
torch::Tensor sigmoidFocalLoss(const torch::Tensor &logits, const torch::Tensor &targets, double alpha, double gamma,
    const torch::Tensor &mask = {});

// AdamW over the module's trainable parameters; biases and 1-d weights (norms) get no weight decay.
std::unique_ptr<torch::optim::AdamW> makeAdamW(torch::nn::Module &module, double learningRate, double weightDecay);

class WarmupLinearSchedule
{
public:
    WarmupLinearSchedule(torch::optim::Optimizer &optimizer, double baseRate, long totalSteps, double warmupFraction);
    // Sets the learning rate for the next step and advances.
    void step();
    double currentRate() const { return m_rate; }
    // The schedule after `steps` steps (a run resumed from its checkpoint).
    void resumeAt(long steps) { m_step = steps; }
    long steps() const { return m_step; }

private:
    torch::optim::Optimizer &m_optimizer;
    double m_base;
    long m_total;
    long m_warmup;
    long m_step = 0;
    double m_rate = 0;
};

// Parameters and buffers by name, detached copies: the best epoch's state, restored after early stopping.
using ModuleState = std::map<std::string, torch::Tensor>;
ModuleState snapshot(const torch::nn::Module &module);
void restore(torch::nn::Module &module, const ModuleState &state);

struct EarlyStopping
{
    int patience = 5;
    double best = -1e300;
    int bestEpoch = -1;
    int sinceBest = 0;

    // True when `score` is a new best (strictly better).
    bool improved(double score, int epoch)
    {
        if (score > best + 1e-9) {
            best = score;
            bestEpoch = epoch;
            sinceBest = 0;
            return true;
        }
        ++sinceBest;
        return false;
    }
    bool shouldStop() const { return sinceBest >= patience; }
};

} // namespace candor::engine
