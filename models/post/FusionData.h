#pragma once

// Internal to models/post: posts as tensors, built once per run. Includes torch.

#include "models/post/FusionNet.h"

#include <cstdint>
#include <vector>

namespace candor::models {

struct FusionTensors
{
    std::vector<std::vector<int64_t>> ngrams; // hashed text n-grams per post
    torch::Tensor image; // N x C, L2-normalised; zeros without a picture
    torch::Tensor hasImage; // N x 1
    torch::Tensor labels; // N, long (-1 unknown)
    int channels = 0;
};

// Validates (every picture the same size, labels in [-1, classes)) and throws std::invalid_argument naming the
// post. `channels` > 0 fixes the picture size (a trained model's); 0 takes it from the first picture (or 1280).
FusionTensors fusionTensors(const std::vector<FusionExample> &posts, int classes, int hashBuckets, int channels = 0);

// The frozen aligned embeddings (t^c, v^c) of each post, N x width each; the picture's are zeros without one.
void alignedEmbeddings(const AlignmentEncoders &alignment, const std::vector<FusionExample> &examples,
    torch::Tensor &text, torch::Tensor &image, int &width);

FusionBatch fusionBatch(const FusionTensors &data, const std::vector<int64_t> &rows, const torch::Device &device);

} // namespace candor::models
