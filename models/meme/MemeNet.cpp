#include "models/meme/MemeNet.h"

#include <cmath>

namespace candor::models {

HashedCaptionEncoderImpl::HashedCaptionEncoderImpl(int buckets, int width)
{
    embeddings = register_module(
        "embeddings", torch::nn::EmbeddingBag(torch::nn::EmbeddingBagOptions(buckets, width).mode(torch::kMean)));
    torch::NoGradGuard noGrad;
    embeddings->weight.normal_(0.0, 0.1);
}

torch::Tensor HashedCaptionEncoderImpl::forward(const torch::Tensor &ids, const torch::Tensor &offsets)
{
    return torch::nn::functional::normalize(
        embeddings(ids, offsets), torch::nn::functional::NormalizeFuncOptions().dim(1).eps(1e-6));
}

MemeNetImpl::MemeNetImpl(const MemeNetShape &shape)
    : m_shape(shape)
{
    const int width = shape.attentionWidth;
    int headInput = 0;
    if (shape.variant != MemeVariant::Image) {
        caption = register_module("caption", HashedCaptionEncoder(shape.hashBuckets, shape.textWidth));
        headInput += shape.textWidth;
    }
    if (shape.variant != MemeVariant::Text) {
        if (shape.variant == MemeVariant::Fused || shape.variant == MemeVariant::Gated)
            query = register_module("query", torch::nn::Linear(shape.textWidth, width));
        else
            learnedQuery = register_parameter("learned_query", torch::randn({width}) * 0.1);
        regionKey = register_module("region_key", torch::nn::Linear(shape.gridChannels, width));
        regionValue = register_module("region_value", torch::nn::Linear(shape.gridChannels, width));
        globalKey = register_module("global_key", torch::nn::Linear(shape.globalChannels, width));
        globalValue = register_module("global_value", torch::nn::Linear(shape.globalChannels, width));
        cellPosition = register_parameter("cell_position", torch::randn({shape.regions, width}) * 0.02);
        headInput += width;
    }
    if (shape.variant == MemeVariant::Gated) {
        gate = register_module("gate", torch::nn::Linear(shape.textWidth + width, width));
        torch::NoGradGuard noGrad;
        gate->bias.fill_(-2.0); // sigmoid(-2) = 0.12: the image starts as a small correction of the caption
    }
    hidden = register_module("hidden", torch::nn::Linear(headInput, shape.hiddenUnits));
    norm = register_module("norm", torch::nn::BatchNorm1d(shape.hiddenUnits));
    dropout = register_module("dropout", torch::nn::Dropout(shape.dropout));
    output = register_module("output", torch::nn::Linear(shape.hiddenUnits, shape.labels));
}

MemeNetOutput MemeNetImpl::forward(const MemeBatch &batch)
{
    namespace F = torch::nn::functional;
    const auto l2 = F::NormalizeFuncOptions().dim(-1).eps(1e-6);
    std::vector<torch::Tensor> parts;
    torch::Tensor text;
    if (caption) {
        text = caption(batch.ngramIds, batch.ngramOffsets);
        parts.push_back(text);
    }
    MemeNetOutput out;
    if (regionKey) {
        const torch::Tensor regions = F::normalize(batch.grid, l2); // N x R x C
        const torch::Tensor global = F::normalize(batch.global, l2).unsqueeze(1); // N x 1 x G
        const torch::Tensor keys = torch::cat({regionKey(regions) + cellPosition, globalKey(global)}, 1);
        const torch::Tensor values = torch::cat({regionValue(regions), globalValue(global)}, 1);
        const int64_t n = batch.grid.size(0);
        // The caption steers the attention but the attention's gradient does not reshape the caption features:
        // on a few hundred memes it otherwise pulls them away from what the head needs them for.
        const torch::Tensor q = query ? query(text.detach()) : learnedQuery.unsqueeze(0).expand({n, -1});
        const torch::Tensor scores
            = torch::bmm(keys, q.unsqueeze(2)).squeeze(2) / std::sqrt(double(m_shape.attentionWidth));
        out.attention = torch::softmax(scores, 1); // N x (R + 1)
        torch::Tensor attended = torch::bmm(out.attention.unsqueeze(1), values).squeeze(1);
        if (gate)
            attended = attended * torch::sigmoid(gate(torch::cat({text.detach(), attended}, 1)));
        if (caption && is_training()) {
            // Modality dropout: a fifth of the memes train without their image, so the caption path must stand on
            // its own instead of the image features memorising what the caption already says.
            constexpr double keepImage = 0.8;
            const torch::Tensor keep = torch::empty({n, 1}, attended.options()).bernoulli_(keepImage);
            attended = attended * keep / keepImage;
        }
        parts.push_back(attended);
    }
    const torch::Tensor joined = parts.size() == 1 ? parts.front() : torch::cat(parts, 1);
    out.logits = output(dropout(torch::relu(norm(hidden(joined)))));
    return out;
}

torch::Tensor focalLoss(const torch::Tensor &logits, const torch::Tensor &targets, double alpha, double gamma)
{
    const torch::Tensor bce = torch::binary_cross_entropy_with_logits(logits, targets, {}, {}, at::Reduction::None);
    const torch::Tensor p = torch::sigmoid(logits);
    const torch::Tensor pT = targets * p + (1 - targets) * (1 - p);
    const torch::Tensor alphaT = targets * alpha + (1 - targets) * (1 - alpha);
    return (alphaT * (1 - pT).pow(gamma) * bce).mean();
}

} // namespace candor::models
