#include "models/image/EfficientNetB0.h"

#include <algorithm>

namespace candor::models {

ConvNormActivationImpl::ConvNormActivationImpl(int in, int out, int kernel, int stride, int groups, bool activation)
    : m_activation(activation)
{
    m_conv = register_module("0",
        torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, kernel)
                              .stride(stride)
                              .padding((kernel - 1) / 2)
                              .groups(groups)
                              .bias(false)));
    m_norm = register_module("1", torch::nn::BatchNorm2d(out));
}

torch::Tensor ConvNormActivationImpl::forward(const torch::Tensor &x)
{
    torch::Tensor y = m_norm(m_conv(x));
    return m_activation ? torch::silu(y) : y;
}

SqueezeExcitationImpl::SqueezeExcitationImpl(int channels, int squeezed)
{
    fc1 = register_module("fc1", torch::nn::Conv2d(torch::nn::Conv2dOptions(channels, squeezed, 1)));
    fc2 = register_module("fc2", torch::nn::Conv2d(torch::nn::Conv2dOptions(squeezed, channels, 1)));
}

torch::Tensor SqueezeExcitationImpl::forward(const torch::Tensor &x)
{
    const torch::Tensor scale = torch::sigmoid(fc2(torch::silu(fc1(torch::adaptive_avg_pool2d(x, {1, 1})))));
    return x * scale;
}

MBConvImpl::MBConvImpl(int in, int out, int expandRatio, int kernel, int stride, double stochasticDepth)
    : m_residual(stride == 1 && in == out)
    , m_stochasticDepth(stochasticDepth)
{
    const int expanded = in * expandRatio;
    block = torch::nn::Sequential();
    if (expanded != in)
        block->push_back(
            ConvNormActivation(in, expanded, /*kernel=*/1, /*stride=*/1, /*groups=*/1, /*activation=*/true));
    block->push_back(ConvNormActivation(expanded, expanded, kernel, stride, /*groups=*/expanded, /*activation=*/true));
    block->push_back(SqueezeExcitation(expanded, std::max(1, in / 4)));
    block->push_back(ConvNormActivation(expanded, out, /*kernel=*/1, /*stride=*/1, /*groups=*/1, /*activation=*/false));
    register_module("block", block);
}

torch::Tensor MBConvImpl::forward(const torch::Tensor &x)
{
    torch::Tensor y = block->forward(x);
    if (!m_residual)
        return y;
    if (is_training() && m_stochasticDepth > 0) {
        // Row-mode stochastic depth: drop the whole residual branch per sample.
        const double keep = 1.0 - m_stochasticDepth;
        const torch::Tensor mask = torch::empty({y.size(0), 1, 1, 1}, y.options()).bernoulli_(keep) / keep;
        y = y * mask;
    }
    return y + x;
}

EfficientNetB0Impl::EfficientNetB0Impl(int classes)
{
    struct StageConfig
    {
        int expand, kernel, stride, in, out, layers;
    };
    static const StageConfig config[] = {
        {1, 3, 1, 32, 16, 1},
        {6, 3, 2, 16, 24, 2},
        {6, 5, 2, 24, 40, 2},
        {6, 3, 2, 40, 80, 3},
        {6, 5, 1, 80, 112, 3},
        {6, 5, 2, 112, 192, 4},
        {6, 3, 1, 192, 320, 1},
    };
    int totalBlocks = 0;
    for (const StageConfig &stage : config)
        totalBlocks += stage.layers;

    m_features = torch::nn::Sequential();
    m_features->push_back(ConvNormActivation(3, 32, /*kernel=*/3, /*stride=*/2, /*groups=*/1, /*activation=*/true));
    int blockIndex = 0;
    for (const StageConfig &stage : config) {
        MBConvStage blocks;
        for (int i = 0; i < stage.layers; ++i) {
            // torchvision scales the drop probability linearly with depth, up to 0.2.
            const double drop = 0.2 * double(blockIndex++) / double(totalBlocks);
            blocks->push_back(MBConv(
                i == 0 ? stage.in : stage.out, stage.out, stage.expand, stage.kernel, i == 0 ? stage.stride : 1, drop));
        }
        m_features->push_back(blocks);
    }
    m_features->push_back(ConvNormActivation(320, 1280, /*kernel=*/1, /*stride=*/1, /*groups=*/1, /*activation=*/true));
    register_module("features", m_features);
    m_classifier = register_module("classifier",
        torch::nn::Sequential(torch::nn::Dropout(torch::nn::DropoutOptions(0.2)), torch::nn::Linear(1280, classes)));
    initialiseLikeTorchvision(*this);
}

torch::Tensor EfficientNetB0Impl::features(const torch::Tensor &images)
{
    return m_features->forward(images);
}

torch::Tensor EfficientNetB0Impl::forward(const torch::Tensor &images)
{
    return m_classifier->forward(torch::adaptive_avg_pool2d(features(images), {1, 1}).flatten(1));
}

std::vector<std::shared_ptr<torch::nn::Module>> EfficientNetB0Impl::stages()
{
    std::vector<std::shared_ptr<torch::nn::Module>> out;
    for (const std::shared_ptr<torch::nn::Module> &stage : m_features->children())
        out.push_back(stage);
    out.push_back(m_classifier.ptr());
    return out;
}

} // namespace candor::models
