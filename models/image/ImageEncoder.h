#pragma once

// The learning engine's edge for images: plain C++ types only (no torch, no Qt), so app/jobs can include it.
// Images arrive as normalised RGB planes (core/image/NetworkInput.h makes them); features leave as floats.

#include <memory>
#include <string>
#include <vector>

namespace candor::models {

// Region features of one image: rows x cols cells of `channels` values, cell-major
// (values[(row * cols + col) * channels + channel]).
struct ImageFeatureGrid
{
    int rows = 0;
    int cols = 0;
    int channels = 0;
    std::vector<float> values;

    int regions() const { return rows * cols; }
    std::vector<float> pooled() const; // global average over the cells, `channels` values
};

enum class BackboneKind {
    QuantizedMobileNetV2, // the pretrained ImageNet TorchScript file in the models directory (default)
    ResNet50, // native libtorch, torchvision parameter names; pretrained when resnet50.safetensors exists
    EfficientNetB0 // native libtorch, torchvision parameter names; efficientnet_b0.safetensors
};

std::string backboneName(BackboneKind kind); // "mobilenetv2", "resnet50", "efficientnet_b0"
BackboneKind backboneFromName(const std::string &name); // throws std::invalid_argument
std::string backboneFileName(BackboneKind kind); // file looked up in the models directory

// Where pretrained files live: $CANDOR_MODELS_DIR when set, else `fallback` (the app passes its configured folder).
std::string modelsDirectory(const std::string &fallback);

struct ImageEncoderConfig
{
    BackboneKind kind = BackboneKind::QuantizedMobileNetV2;
    std::string modelsDirectory; // folder holding the backbone files
    bool requirePretrained = true; // false: native backbones start from random weights when no file exists
    int inputSize = 224;
};

// A frozen feature extractor (inference only). Not thread-safe: one instance per worker thread.
class ImageEncoder
{
public:
    virtual ~ImageEncoder() = default;

    // Throws std::runtime_error naming the missing or malformed file.
    static std::unique_ptr<ImageEncoder> create(const ImageEncoderConfig &config);

    // Each image is 3 x inputSize x inputSize floats (RGB planes, ImageNet-normalised). Batched internally.
    virtual std::vector<ImageFeatureGrid> encode(const std::vector<std::vector<float>> &images) const = 0;
    // ImageNet class probabilities (1000) when the backbone has its classifier; empty otherwise.
    virtual std::vector<float> imagenetProbabilities(const std::vector<float> &image) const = 0;

    virtual std::string name() const = 0;
    virtual bool pretrained() const = 0;
    virtual int inputSize() const = 0;
};

} // namespace candor::models
