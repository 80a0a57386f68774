#include "models/checkpoint/Safetensors.h"
#include "models/engine/TorchDevice.h"
#include "models/image/EfficientNetB0.h"
#include "models/image/GridTensors.h"
#include "models/image/ImageEncoderFactories.h"
#include "models/image/ResNet50.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace candor::models {

torch::Tensor imagesToTensor(const std::vector<std::vector<float>> &images, size_t begin, size_t end, int size)
{
    const size_t expected = size_t(3) * size_t(size) * size_t(size);
    torch::Tensor batch = torch::empty({int64_t(end - begin), 3, size, size}, torch::kFloat);
    for (size_t i = begin; i < end; ++i) {
        if (images[i].size() != expected)
            throw std::runtime_error("image " + std::to_string(i) + " has " + std::to_string(images[i].size())
                + " values; the backbone expects 3 x " + std::to_string(size) + " x " + std::to_string(size));
        std::memcpy(batch[int64_t(i - begin)].data_ptr<float>(), images[i].data(), expected * sizeof(float));
    }
    return batch;
}

void appendGrids(const torch::Tensor &grid, std::vector<ImageFeatureGrid> &out)
{
    const torch::Tensor cellMajor = grid.to(torch::kCPU, torch::kFloat).permute({0, 2, 3, 1}).contiguous();
    for (int64_t n = 0; n < cellMajor.size(0); ++n) {
        ImageFeatureGrid features;
        features.rows = int(cellMajor.size(1));
        features.cols = int(cellMajor.size(2));
        features.channels = int(cellMajor.size(3));
        const float *begin = cellMajor[n].data_ptr<float>();
        features.values.assign(begin, begin + cellMajor[n].numel());
        out.push_back(std::move(features));
    }
}

namespace {

std::string readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + path);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

class NativeImageEncoder final : public ImageEncoder
{
public:
    NativeImageEncoder(BackboneKind kind, const std::string &weightsPath, int inputSize)
        : m_kind(kind)
        , m_inputSize(inputSize)
        , m_pretrained(!weightsPath.empty())
    {
        if (kind == BackboneKind::ResNet50)
            m_backbone = std::make_shared<ResNet50Impl>();
        else
            m_backbone = std::make_shared<EfficientNetB0Impl>();
        if (m_pretrained) {
            try {
                checkpoint::loadInto(*m_backbone, checkpoint::loadSafetensors(readFile(weightsPath)), /*strict=*/true);
            } catch (const std::exception &error) {
                throw std::runtime_error(weightsPath + ": " + error.what());
            }
        }
        m_backbone->to(engine::torchDevice());
        m_backbone->eval();
    }

    std::vector<ImageFeatureGrid> encode(const std::vector<std::vector<float>> &images) const override
    {
        torch::InferenceMode inference;
        std::vector<ImageFeatureGrid> out;
        constexpr size_t batch = 8;
        for (size_t begin = 0; begin < images.size(); begin += batch) {
            const size_t end = std::min(images.size(), begin + batch);
            const torch::Tensor input = imagesToTensor(images, begin, end, m_inputSize).to(engine::torchDevice());
            appendGrids(m_backbone->features(input), out);
        }
        return out;
    }

    std::vector<float> imagenetProbabilities(const std::vector<float> &image) const override
    {
        if (!m_pretrained)
            return {};
        torch::InferenceMode inference;
        const torch::Tensor input = imagesToTensor({image}, 0, 1, m_inputSize).to(engine::torchDevice());
        const torch::Tensor probabilities = torch::softmax(m_backbone->forward(input), 1).to(torch::kCPU).contiguous();
        return std::vector<float>(
            probabilities.data_ptr<float>(), probabilities.data_ptr<float>() + probabilities.numel());
    }

    std::string name() const override { return backboneName(m_kind); }
    bool pretrained() const override { return m_pretrained; }
    int inputSize() const override { return m_inputSize; }

private:
    BackboneKind m_kind;
    int m_inputSize;
    bool m_pretrained;
    std::shared_ptr<BackboneImpl> m_backbone;
};

} // namespace

std::unique_ptr<ImageEncoder> makeNativeEncoder(BackboneKind kind, const std::string &weightsPath, int inputSize)
{
    return std::make_unique<NativeImageEncoder>(kind, weightsPath, inputSize);
}

} // namespace candor::models
