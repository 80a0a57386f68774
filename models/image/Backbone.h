#pragma once

// Internal to models/: native trainable backbones share this shape so the fusion model can freeze, unfreeze
// and read their grid features the same way. Includes torch.

#include <torch/torch.h>

#include <string>
#include <vector>

namespace candor::models {

class BackboneImpl : public torch::nn::Module
{
public:
    // N x 3 x H x W normalised RGB -> N x C x H/32 x W/32 (7 x 7 for 224 input).
    virtual torch::Tensor features(const torch::Tensor &images) = 0;
    // ImageNet logits (N x 1000) through the backbone's own classifier head.
    virtual torch::Tensor forward(const torch::Tensor &images) = 0;
    virtual int featureChannels() const = 0;
    // The network's stages from input to output; freezing works on whole stages.
    virtual std::vector<std::shared_ptr<torch::nn::Module>> stages() = 0;

    // Only the last `count` stages keep gradients (and train-mode batch norm); count < 0: everything trains.
    // Frozen stages stay in eval mode so their batch-norm statistics are not disturbed by small batches.
    void trainLastStages(int count);
    int trainableStages() const { return m_trainableStages; }
    // Re-applies the freezing after a train()/eval() switch of the whole module.
    void train(bool on = true) override;

private:
    int m_trainableStages = -1;
};

// Progressive unfreezing: `initial` stages trainable at epoch 0, one more every `every` epochs, up to `maximum`.
struct ProgressiveUnfreezing
{
    int initial = 0;
    int every = 2;
    int maximum = 3;

    int stagesAt(int epoch) const;
};

// Kaiming-normal (fan_out) convolutions, unit batch-norm scales, zero biases: torchvision's initialisation,
// so a backbone trained from scratch starts where torchvision's would.
void initialiseLikeTorchvision(torch::nn::Module &module);

} // namespace candor::models
