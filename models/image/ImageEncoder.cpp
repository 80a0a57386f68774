#include "models/image/ImageEncoder.h"

#include "models/image/ImageEncoderFactories.h"

#include <cstdlib>
#include <fstream>
#include <stdexcept>

namespace candor::models {

std::vector<float> ImageFeatureGrid::pooled() const
{
    std::vector<float> out(size_t(channels), 0.0f);
    const int cells = regions();
    for (int cell = 0; cell < cells; ++cell)
        for (int c = 0; c < channels; ++c)
            out[size_t(c)] += values[size_t(cell) * size_t(channels) + size_t(c)];
    for (float &value : out)
        value /= float(cells > 0 ? cells : 1);
    return out;
}

std::string backboneName(BackboneKind kind)
{
    switch (kind) {
    case BackboneKind::QuantizedMobileNetV2: return "mobilenetv2";
    case BackboneKind::ResNet50: return "resnet50";
    case BackboneKind::EfficientNetB0: return "efficientnet_b0";
    }
    return "mobilenetv2";
}

BackboneKind backboneFromName(const std::string &name)
{
    for (BackboneKind kind : {BackboneKind::QuantizedMobileNetV2, BackboneKind::ResNet50, BackboneKind::EfficientNetB0})
        if (backboneName(kind) == name)
            return kind;
    throw std::invalid_argument("unknown image backbone '" + name + "' (mobilenetv2, resnet50, efficientnet_b0)");
}

std::string backboneFileName(BackboneKind kind)
{
    switch (kind) {
    case BackboneKind::QuantizedMobileNetV2: return "mobilenetv2_quantized_imagenet.pt";
    case BackboneKind::ResNet50: return "resnet50.safetensors";
    case BackboneKind::EfficientNetB0: return "efficientnet_b0.safetensors";
    }
    return {};
}

std::string modelsDirectory(const std::string &fallback)
{
    const char *fromEnvironment = std::getenv("CANDOR_MODELS_DIR");
    return fromEnvironment && *fromEnvironment ? std::string(fromEnvironment) : fallback;
}

std::unique_ptr<ImageEncoder> ImageEncoder::create(const ImageEncoderConfig &config)
{
    const std::string path = config.modelsDirectory + "/" + backboneFileName(config.kind);
    const bool exists = std::ifstream(path, std::ios::binary).good();
    if (config.kind == BackboneKind::QuantizedMobileNetV2) {
        if (!exists)
            throw std::runtime_error(
                "pretrained image backbone not found: " + path + " (set the models folder or CANDOR_MODELS_DIR)");
        return makeQuantizedMobileNetV2(path, config.inputSize);
    }
    if (!exists && config.requirePretrained)
        throw std::runtime_error("pretrained weights not found: " + path);
    return makeNativeEncoder(config.kind, exists ? path : std::string(), config.inputSize);
}

} // namespace candor::models
