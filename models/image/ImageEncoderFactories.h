#pragma once

// Internal to models/image: the concrete encoders behind ImageEncoder::create. No torch here.

#include "models/image/ImageEncoder.h"

namespace candor::models {

// The traced torchvision quantized MobileNetV2: its forward graph is cut after `features` (the input is still
// quantised by the graph's own quantize_per_tensor) and the quantised 1280 x 7 x 7 output is dequantised.
std::unique_ptr<ImageEncoder> makeQuantizedMobileNetV2(const std::string &path, int inputSize);
// ResNet50 / EfficientNet-B0; `weightsPath` empty: random torchvision-style initialisation (pretrained() false).
std::unique_ptr<ImageEncoder> makeNativeEncoder(BackboneKind kind, const std::string &weightsPath, int inputSize);

} // namespace candor::models
