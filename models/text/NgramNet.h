#pragma once

// The n-gram baseline's network: a linear layer over hashed sparse features, stored as an EmbeddingBag weight
// (buckets x outputs) plus a bias, once for item-level outputs and once for token-level outputs. Internal to models/.

#include "models/text/NgramFeatures.h"
#include "models/text/TextModel.h"

#include <torch/torch.h>

#include <vector>

namespace candor::models {

struct NgramNetShape
{
    int buckets = 1 << 18;
    int classOutputs = 0; // 0: no item-level layer
    int tokenOutputs = 0; // 0: no token-level layer

    static NgramNetShape forTask(const TextTaskDefinition &task, int buckets);
};

struct NgramOutputs
{
    torch::Tensor classLogits; // [texts, classOutputs] or undefined
    torch::Tensor tokenLogits; // [all tokens of the batch, tokenOutputs] or undefined
};

class NgramNetImpl : public torch::nn::Module
{
public:
    explicit NgramNetImpl(const NgramNetShape &shape);

    NgramOutputs forward(
        const std::vector<const SparseVector *> &documents, const std::vector<const SparseVector *> &tokens);

private:
    torch::Tensor linear(
        const torch::Tensor &weight, const torch::Tensor &bias, const std::vector<const SparseVector *> &rows) const;

    torch::Tensor m_docWeight, m_docBias, m_tokenWeight, m_tokenBias;
};
TORCH_MODULE(NgramNet);

} // namespace candor::models
