#pragma once

// Internal to models/meme: the seed-000 fusion network. Includes torch.

#include "models/meme/MemeModel.h"

#include <torch/torch.h>

namespace candor::models {

struct MemeNetShape
{
    MemeVariant variant = MemeVariant::Fused;
    int labels = 22;
    int hashBuckets = 1 << 16;
    int textWidth = 192;
    int regions = 49;
    int gridChannels = 1280;
    int globalChannels = 1280;
    int attentionWidth = 192;
    int hiddenUnits = 256;
    double dropout = 0.3;
};

// One batch: caption n-gram ids as an EmbeddingBag input (flat ids + offsets), region features N x R x C and
// global features N x G, both raw (the network L2-normalises them).
struct MemeBatch
{
    torch::Tensor ngramIds;
    torch::Tensor ngramOffsets;
    torch::Tensor grid;
    torch::Tensor global;
};

struct MemeNetOutput
{
    torch::Tensor logits; // N x labels
    torch::Tensor attention; // N x (R + 1): grid cells, then the global feature; undefined for the text variant
};

// The caption encoder: hashed word and character n-grams -> mean of learned embeddings -> L2 norm. The
// transformer caption encoder of the text engine can replace it behind the same forward().
class HashedCaptionEncoderImpl : public torch::nn::Module
{
public:
    HashedCaptionEncoderImpl(int buckets, int width);
    torch::Tensor forward(const torch::Tensor &ids, const torch::Tensor &offsets);

private:
    torch::nn::EmbeddingBag embeddings{nullptr};
};
TORCH_MODULE(HashedCaptionEncoder);

class MemeNetImpl : public torch::nn::Module
{
public:
    explicit MemeNetImpl(const MemeNetShape &shape);
    MemeNetOutput forward(const MemeBatch &batch);
    const MemeNetShape &shape() const { return m_shape; }

private:
    MemeNetShape m_shape;
    HashedCaptionEncoder caption{nullptr};
    torch::nn::Linear gate{nullptr}; // gated variant: (caption, attention output) -> per-feature weight in (0, 1)
    torch::nn::Linear query{nullptr}, regionKey{nullptr}, regionValue{nullptr}, globalKey{nullptr},
        globalValue{nullptr};
    torch::Tensor learnedQuery; // image variant: the query when there is no caption
    torch::Tensor cellPosition; // R x attentionWidth, added to the region keys
    torch::nn::Linear hidden{nullptr}, output{nullptr};
    torch::nn::BatchNorm1d norm{nullptr};
    torch::nn::Dropout dropout{nullptr};
};
TORCH_MODULE(MemeNet);

// Binary focal loss on logits (Lin et al.): mean of alpha_t (1 - p_t)^gamma BCE.
torch::Tensor focalLoss(const torch::Tensor &logits, const torch::Tensor &targets, double alpha, double gamma);

} // namespace candor::models
