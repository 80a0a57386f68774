#pragma once

// Internal to models/image: moving image buffers and feature grids between plain vectors and tensors.

#include "models/image/ImageEncoder.h"

#include <torch/torch.h>

namespace candor::models {

// images[begin, end) (each 3 x size x size floats) -> N x 3 x size x size CPU tensor; throws on a wrong length.
torch::Tensor imagesToTensor(const std::vector<std::vector<float>> &images, size_t begin, size_t end, int size);
// N x C x H x W -> one ImageFeatureGrid per image (cell-major values), appended to `out`.
void appendGrids(const torch::Tensor &grid, std::vector<ImageFeatureGrid> &out);

} // namespace candor::models
