#include "models/image/GridTensors.h"
#include "models/image/ImageEncoderFactories.h"

#include <torch/csrc/jit/api/function_impl.h>
#include <torch/csrc/jit/ir/ir.h>
#include <torch/csrc/jit/passes/dead_code_elimination.h>
#include <torch/script.h>

#include <stdexcept>

namespace candor::models {

namespace {

// libtorch packs quantised weights for one engine when loading; QNNPACK is what torchvision's quantised
// MobileNetV2 was calibrated for, FBGEMM the x86 fallback.
void chooseQuantizedEngine()
{
    const std::vector<at::QEngine> engines = at::globalContext().supportedQEngines();
    for (at::QEngine wanted : {at::QEngine::QNNPACK, at::QEngine::FBGEMM}) {
        if (std::find(engines.begin(), engines.end(), wanted) != engines.end()) {
            at::globalContext().setQEngine(wanted);
            return;
        }
    }
    throw std::runtime_error("this libtorch has no quantised engine (QNNPACK or FBGEMM) for the MobileNetV2 backbone");
}

class QuantizedMobileNetV2 final : public ImageEncoder
{
public:
    QuantizedMobileNetV2(const std::string &path, int inputSize)
        : m_inputSize(inputSize)
    {
        chooseQuantizedEngine();
        try {
            m_module = torch::jit::load(path, torch::kCPU);
        } catch (const c10::Error &error) {
            throw std::runtime_error(
                "cannot load TorchScript backbone " + path + ": " + error.what_without_backtrace());
        }
        m_module.eval();
        m_features = cutAfterFeatures(path);
    }

    std::vector<ImageFeatureGrid> encode(const std::vector<std::vector<float>> &images) const override
    {
        torch::InferenceMode inference;
        std::vector<ImageFeatureGrid> out;
        constexpr size_t batch = 16;
        for (size_t begin = 0; begin < images.size(); begin += batch) {
            const size_t end = std::min(images.size(), begin + batch);
            const torch::Tensor input = imagesToTensor(images, begin, end, m_inputSize);
            const torch::Tensor grid = (*m_features)({m_module._ivalue(), input}).toTensor();
            appendGrids(grid, out);
        }
        return out;
    }

    std::vector<float> imagenetProbabilities(const std::vector<float> &image) const override
    {
        torch::InferenceMode inference;
        const torch::Tensor input = imagesToTensor({image}, 0, 1, m_inputSize);
        // The traced forward reshapes to a batch of one, so images go through it singly.
        const torch::Tensor logits = const_cast<torch::jit::Module &>(m_module).forward({input}).toTensor();
        const torch::Tensor probabilities = torch::softmax(logits.to(torch::kFloat), 1).contiguous();
        return std::vector<float>(
            probabilities.data_ptr<float>(), probabilities.data_ptr<float>() + probabilities.numel());
    }

    std::string name() const override { return "mobilenetv2"; }
    bool pretrained() const override { return true; }
    int inputSize() const override { return m_inputSize; }

private:
    std::unique_ptr<torch::jit::GraphFunction> cutAfterFeatures(const std::string &path)
    {
        std::shared_ptr<torch::jit::Graph> graph = m_module.get_method("forward").graph()->copy();
        const c10::Symbol quantize = c10::Symbol::fromQualString("aten::quantize_per_tensor");
        const c10::Symbol pool = c10::Symbol::fromQualString("aten::adaptive_avg_pool2d");
        bool quantisesInput = false;
        torch::jit::Value *features = nullptr;
        for (torch::jit::Node *node : graph->nodes()) {
            if (node->kind() == quantize && node->input(0) == graph->inputs().at(1))
                quantisesInput = true;
            if (node->kind() == pool && !features)
                features = node->input(0);
        }
        if (!quantisesInput || !features)
            throw std::runtime_error(path
                + ": not a quantised MobileNetV2 graph (no input quantize_per_tensor "
                  "followed by the features and an adaptive average pool)");
        torch::jit::WithInsertPoint insertBeforeReturn(graph->return_node());
        torch::jit::Value *dequantised = graph->insert(c10::Symbol::fromQualString("aten::dequantize"), {features});
        graph->eraseOutput(0);
        graph->registerOutput(dequantised);
        torch::jit::EliminateDeadCode(graph);
        return std::make_unique<torch::jit::GraphFunction>("features_grid", graph, nullptr);
    }

    int m_inputSize;
    torch::jit::Module m_module;
    std::unique_ptr<torch::jit::GraphFunction> m_features;
};

} // namespace

std::unique_ptr<ImageEncoder> makeQuantizedMobileNetV2(const std::string &path, int inputSize)
{
    return std::make_unique<QuantizedMobileNetV2>(path, inputSize);
}

} // namespace candor::models
