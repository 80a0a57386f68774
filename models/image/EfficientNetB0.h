#pragma once

// EfficientNet-B0 with torchvision's parameter names (features.0.0, features.1.0.block.1.fc1, ...,
// features.8.1, classifier.1), so torchvision's state_dict exported to safetensors loads strictly.
// Internal to models/: includes torch.

#include "models/image/Backbone.h"

namespace candor::models {

// Conv + BN (+ SiLU): torchvision's Conv2dNormActivation, children "0" (conv) and "1" (bn).
class ConvNormActivationImpl : public torch::nn::Module
{
public:
    ConvNormActivationImpl(int in, int out, int kernel, int stride, int groups, bool activation);
    torch::Tensor forward(const torch::Tensor &x);

private:
    torch::nn::Conv2d m_conv{nullptr};
    torch::nn::BatchNorm2d m_norm{nullptr};
    bool m_activation;
};
TORCH_MODULE(ConvNormActivation);

class SqueezeExcitationImpl : public torch::nn::Module
{
public:
    SqueezeExcitationImpl(int channels, int squeezed);
    torch::Tensor forward(const torch::Tensor &x);

private:
    torch::nn::Conv2d fc1{nullptr}, fc2{nullptr};
};
TORCH_MODULE(SqueezeExcitation);

// Mobile inverted bottleneck: [expand 1x1] -> depthwise kxk -> squeeze-excitation -> project 1x1, as "block".
class MBConvImpl : public torch::nn::Module
{
public:
    MBConvImpl(int in, int out, int expandRatio, int kernel, int stride, double stochasticDepth);
    torch::Tensor forward(const torch::Tensor &x);

private:
    torch::nn::Sequential block{nullptr};
    bool m_residual;
    double m_stochasticDepth;
};
TORCH_MODULE(MBConv);

// One stage of blocks ("features.N"). A plain Sequential cannot nest inside another Sequential in libtorch.
class MBConvStageImpl : public torch::nn::SequentialImpl
{
public:
    torch::Tensor forward(const torch::Tensor &x) { return torch::nn::SequentialImpl::forward(x); }
};
TORCH_MODULE(MBConvStage);

class EfficientNetB0Impl : public BackboneImpl
{
public:
    explicit EfficientNetB0Impl(int classes = 1000);

    torch::Tensor features(const torch::Tensor &images) override;
    torch::Tensor forward(const torch::Tensor &images) override;
    int featureChannels() const override { return 1280; }
    // features.0 ... features.8, classifier
    std::vector<std::shared_ptr<torch::nn::Module>> stages() override;

private:
    torch::nn::Sequential m_features{nullptr};
    torch::nn::Sequential m_classifier{nullptr};
};
TORCH_MODULE(EfficientNetB0);

} // namespace candor::models
