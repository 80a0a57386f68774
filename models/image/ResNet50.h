#pragma once

// ResNet-50 (v1.5: stride on the 3x3 convolution) with torchvision's parameter names (conv1, bn1,
// layer1.0.conv1, layer1.0.downsample.0, ..., fc), so torchvision's state_dict exported to safetensors loads
// strictly. Internal to models/: includes torch.

#include "models/image/Backbone.h"

namespace candor::models {

class BottleneckImpl : public torch::nn::Module
{
public:
    BottleneckImpl(int inChannels, int width, int stride);
    torch::Tensor forward(const torch::Tensor &x);

    static constexpr int expansion = 4;

private:
    torch::nn::Conv2d conv1{nullptr}, conv2{nullptr}, conv3{nullptr};
    torch::nn::BatchNorm2d bn1{nullptr}, bn2{nullptr}, bn3{nullptr};
    torch::nn::Sequential downsample{nullptr};
};
TORCH_MODULE(Bottleneck);

class ResNet50Impl : public BackboneImpl
{
public:
    explicit ResNet50Impl(int classes = 1000);

    torch::Tensor features(const torch::Tensor &images) override;
    torch::Tensor forward(const torch::Tensor &images) override;
    int featureChannels() const override { return 2048; }
    // stem (conv1 + bn1), layer1, layer2, layer3, layer4, fc
    std::vector<std::shared_ptr<torch::nn::Module>> stages() override;

private:
    torch::nn::Sequential makeLayer(int &inChannels, int width, int blocks, int stride);

    torch::nn::Conv2d conv1{nullptr};
    torch::nn::BatchNorm2d bn1{nullptr};
    torch::nn::Sequential layer1{nullptr}, layer2{nullptr}, layer3{nullptr}, layer4{nullptr};
    torch::nn::Linear fc{nullptr};
    std::shared_ptr<torch::nn::Module> m_stem;
};
TORCH_MODULE(ResNet50);

} // namespace candor::models
