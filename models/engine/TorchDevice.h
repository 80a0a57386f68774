#pragma once

// Internal to models/: the torch::Device chosen by configureCompute(). Includes torch, so never include it
// from a header seen by core, widgets or moc.
#include <torch/torch.h>

namespace candor::engine {
torch::Device torchDevice();
} // namespace candor::engine
