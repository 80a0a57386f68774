#pragma once

// Internal to models/meme: memes as tensors, built once per training run or prediction call. Includes torch.

#include "models/meme/MemeNet.h"

#include <cstdint>
#include <vector>

namespace candor::models {

struct MemeTensors
{
    torch::Tensor grid; // N x R x C
    torch::Tensor global; // N x G
    torch::Tensor targets; // N x labels (0/1)
    std::vector<std::vector<int64_t>> ngrams; // hashed caption n-grams per meme
    int rows = 0;
    int cols = 0;
};

// Validates shapes (every grid alike, global sizes alike, labels in range) and throws std::invalid_argument
// naming the offending meme. An empty `global` is replaced by the grid average.
MemeTensors memeTensors(const std::vector<MemeExample> &memes, int labelCount, int hashBuckets);

MemeBatch memeBatch(const MemeTensors &data, const std::vector<int64_t> &rows, const torch::Device &device);

} // namespace candor::models
