#include "models/image/ResNet50.h"

namespace candor::models {

namespace {

torch::nn::Conv2d conv(int in, int out, int kernel, int stride, int padding)
{
    return torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, kernel).stride(stride).padding(padding).bias(false));
}

} // namespace

BottleneckImpl::BottleneckImpl(int inChannels, int width, int stride)
{
    conv1 = register_module("conv1", conv(inChannels, width, /*kernel=*/1, /*stride=*/1, /*padding=*/0));
    bn1 = register_module("bn1", torch::nn::BatchNorm2d(width));
    conv2 = register_module("conv2", conv(width, width, /*kernel=*/3, stride, /*padding=*/1));
    bn2 = register_module("bn2", torch::nn::BatchNorm2d(width));
    conv3 = register_module("conv3", conv(width, width * expansion, /*kernel=*/1, /*stride=*/1, /*padding=*/0));
    bn3 = register_module("bn3", torch::nn::BatchNorm2d(width * expansion));
    if (stride != 1 || inChannels != width * expansion) {
        downsample = register_module("downsample",
            torch::nn::Sequential(conv(inChannels, width * expansion, /*kernel=*/1, stride, /*padding=*/0),
                torch::nn::BatchNorm2d(width * expansion)));
    }
}

torch::Tensor BottleneckImpl::forward(const torch::Tensor &x)
{
    torch::Tensor out = torch::relu(bn1(conv1(x)));
    out = torch::relu(bn2(conv2(out)));
    out = bn3(conv3(out));
    return torch::relu(out + (downsample ? downsample->forward(x) : x));
}

ResNet50Impl::ResNet50Impl(int classes)
{
    conv1 = register_module("conv1", conv(3, 64, /*kernel=*/7, /*stride=*/2, /*padding=*/3));
    bn1 = register_module("bn1", torch::nn::BatchNorm2d(64));
    int channels = 64;
    layer1 = register_module("layer1", makeLayer(channels, /*width=*/64, /*blocks=*/3, /*stride=*/1));
    layer2 = register_module("layer2", makeLayer(channels, /*width=*/128, /*blocks=*/4, /*stride=*/2));
    layer3 = register_module("layer3", makeLayer(channels, /*width=*/256, /*blocks=*/6, /*stride=*/2));
    layer4 = register_module("layer4", makeLayer(channels, /*width=*/512, /*blocks=*/3, /*stride=*/2));
    fc = register_module("fc", torch::nn::Linear(2048, classes));
    initialiseLikeTorchvision(*this);
}

torch::nn::Sequential ResNet50Impl::makeLayer(int &inChannels, int width, int blocks, int stride)
{
    torch::nn::Sequential layer;
    for (int i = 0; i < blocks; ++i) {
        layer->push_back(Bottleneck(inChannels, width, i == 0 ? stride : 1));
        inChannels = width * BottleneckImpl::expansion;
    }
    return layer;
}

torch::Tensor ResNet50Impl::features(const torch::Tensor &images)
{
    torch::Tensor x = torch::relu(bn1(conv1(images)));
    x = torch::max_pool2d(x, /*kernel_size=*/3, /*stride=*/2, /*padding=*/1);
    return layer4->forward(layer3->forward(layer2->forward(layer1->forward(x))));
}

torch::Tensor ResNet50Impl::forward(const torch::Tensor &images)
{
    return fc(torch::adaptive_avg_pool2d(features(images), {1, 1}).flatten(1));
}

std::vector<std::shared_ptr<torch::nn::Module>> ResNet50Impl::stages()
{
    // The stem is two sibling modules; a holder lets freezing treat them as one stage.
    if (!m_stem) {
        auto holder = std::make_shared<torch::nn::Module>();
        holder->register_module("conv1", conv1);
        holder->register_module("bn1", bn1);
        m_stem = holder;
    }
    return {m_stem, layer1.ptr(), layer2.ptr(), layer3.ptr(), layer4.ptr(), fc.ptr()};
}

} // namespace candor::models
