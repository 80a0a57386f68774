#include "models/image/Backbone.h"

#include <algorithm>

namespace candor::models {

void BackboneImpl::trainLastStages(int count)
{
    m_trainableStages = count;
    const std::vector<std::shared_ptr<torch::nn::Module>> all = stages();
    const int total = int(all.size());
    const int firstTrainable = count < 0 ? 0 : std::max(0, total - count);
    for (int i = 0; i < total; ++i) {
        const bool trainable = i >= firstTrainable;
        for (torch::Tensor &parameter : all[size_t(i)]->parameters())
            parameter.set_requires_grad(trainable);
    }
    train(is_training());
}

void BackboneImpl::train(bool on)
{
    torch::nn::Module::train(on);
    if (!on || m_trainableStages < 0)
        return;
    const std::vector<std::shared_ptr<torch::nn::Module>> all = stages();
    const int firstTrainable = std::max(0, int(all.size()) - m_trainableStages);
    for (int i = 0; i < firstTrainable; ++i)
        all[size_t(i)]->eval();
}

int ProgressiveUnfreezing::stagesAt(int epoch) const
{
    const int step = std::max(1, every);
    return std::min(maximum, initial + std::max(0, epoch) / step);
}

void initialiseLikeTorchvision(torch::nn::Module &module)
{
    torch::NoGradGuard noGrad;
    for (const std::shared_ptr<torch::nn::Module> &child : module.modules(/*include_self=*/false)) {
        if (auto *conv = child->as<torch::nn::Conv2d>()) {
            torch::nn::init::kaiming_normal_(conv->weight, /*a=*/0.0, torch::kFanOut, torch::kReLU);
            if (conv->bias.defined())
                conv->bias.zero_();
        } else if (auto *norm = child->as<torch::nn::BatchNorm2d>()) {
            norm->weight.fill_(1.0);
            norm->bias.zero_();
        }
    }
}

} // namespace candor::models
