#include "models/post/FusionNet.h"

#include <cmath>

namespace candor::models {

namespace F = torch::nn::functional;

namespace {

torch::Tensor l2(const torch::Tensor &x)
{
    return F::normalize(x, F::NormalizeFuncOptions().dim(1).eps(1e-6));
}

// Softmax gate over stacked experts: x -> N x E weights, then the weighted sum of N x E x width.
torch::Tensor gated(torch::nn::Linear &gate, const torch::Tensor &x, const torch::Tensor &experts)
{
    const torch::Tensor weights = torch::softmax(gate(x), 1).unsqueeze(2);
    return (weights * experts).sum(1);
}

bool usesAlignment(FusionVariant variant)
{
    return variant != FusionVariant::WithoutAlignment;
}

bool usesPle(FusionVariant variant)
{
    return variant != FusionVariant::WithoutPle;
}

bool weightsBySimilarity(FusionVariant variant)
{
    return variant == FusionVariant::Full || variant == FusionVariant::WithoutFusion
        || variant == FusionVariant::WithoutPle;
}

bool usesAttention(FusionVariant variant)
{
    return variant == FusionVariant::Full || variant == FusionVariant::WithoutFusion
        || variant == FusionVariant::WithoutAlignment || variant == FusionVariant::WithoutSimilarity
        || variant == FusionVariant::WithoutPle;
}

} // namespace

AlignmentNetImpl::AlignmentNetImpl(int buckets, int imageChannels, int width, double initialTemperature)
    : m_width(width)
{
    textEmbeddings = register_module(
        "text_embeddings", torch::nn::EmbeddingBag(torch::nn::EmbeddingBagOptions(buckets, width).mode(torch::kMean)));
    textProjection = register_module("text_projection", torch::nn::Linear(width, width));
    imageHidden = register_module("image_hidden", torch::nn::Linear(imageChannels, width * 2));
    imageProjection = register_module("image_projection", torch::nn::Linear(width * 2, width));
    logTemperature = register_parameter("log_temperature", torch::tensor({std::log(initialTemperature)}));
    torch::NoGradGuard noGrad;
    textEmbeddings->weight.normal_(0.0, 0.1);
}

torch::Tensor AlignmentNetImpl::text(const torch::Tensor &ids, const torch::Tensor &offsets)
{
    return l2(textProjection(textEmbeddings(ids, offsets)));
}

torch::Tensor AlignmentNetImpl::image(const torch::Tensor &features)
{
    return l2(imageProjection(F::gelu(imageHidden(features))));
}

torch::Tensor AlignmentNetImpl::contrastiveLoss(
    const torch::Tensor &textEmbeddings, const torch::Tensor &imageEmbeddings)
{
    // CLIP clamps the logit scale at 100 so the temperature cannot collapse on a small batch.
    const torch::Tensor scale = torch::clamp(torch::exp(-logTemperature), 1.0, 100.0);
    const torch::Tensor logits = scale * textEmbeddings.matmul(imageEmbeddings.t());
    const torch::Tensor targets = torch::arange(logits.size(0), torch::kLong).to(logits.device());
    return 0.5 * (F::cross_entropy(logits, targets) + F::cross_entropy(logits.t(), targets));
}

ExpertGroupImpl::ExpertGroupImpl(int input, int width, int count, double dropoutRate)
{
    experts = register_module("experts", torch::nn::ModuleList());
    for (int e = 0; e < count; ++e)
        experts->push_back(torch::nn::Linear(input, width));
    dropout = register_module("dropout", torch::nn::Dropout(dropoutRate));
}

torch::Tensor ExpertGroupImpl::forward(const torch::Tensor &x)
{
    std::vector<torch::Tensor> outputs;
    for (const auto &expert : *experts)
        outputs.push_back(dropout(F::gelu(expert->as<torch::nn::Linear>()->forward(x))));
    return torch::stack(outputs, 1);
}

PleLayerImpl::PleLayerImpl(int input, int width, int experts, bool last, double dropout)
{
    unimodalExperts = register_module("unimodal_experts", ExpertGroup(input, width, experts, dropout));
    crossExperts = register_module("cross_experts", ExpertGroup(input, width, experts, dropout));
    sharedExperts = register_module("shared_experts", ExpertGroup(input, width, experts, dropout));
    unimodalGate = register_module("unimodal_gate", torch::nn::Linear(input, 2 * experts));
    crossGate = register_module("cross_gate", torch::nn::Linear(input, 2 * experts));
    if (!last)
        sharedGate = register_module("shared_gate", torch::nn::Linear(input, 3 * experts));
}

PleOutput PleLayerImpl::forward(
    const torch::Tensor &unimodal, const torch::Tensor &crossModal, const torch::Tensor &shared)
{
    const torch::Tensor a = unimodalExperts(unimodal);
    const torch::Tensor b = crossExperts(crossModal);
    const torch::Tensor s = sharedExperts(shared);
    PleOutput out;
    out.unimodal = gated(unimodalGate, unimodal, torch::cat({a, s}, 1));
    out.crossModal = gated(crossGate, crossModal, torch::cat({b, s}, 1));
    if (sharedGate)
        out.shared = gated(sharedGate, shared, torch::cat({a, b, s}, 1));
    return out;
}

PleImpl::PleImpl(int input, int width, int experts, int levels, double dropout)
{
    layers = register_module("layers", torch::nn::ModuleList());
    for (int level = 0; level < levels; ++level)
        layers->push_back(PleLayer(level == 0 ? input : width, width, experts, level == levels - 1, dropout));
}

PleOutput PleImpl::forward(const torch::Tensor &x)
{
    PleOutput state{x, x, x};
    for (const auto &layer : *layers)
        state = layer->as<PleLayer>()->forward(state.unimodal, state.crossModal, state.shared);
    return state;
}

FusionNetImpl::FusionNetImpl(const FusionShape &shape)
    : m_shape(shape)
{
    const int L = shape.expertWidth;
    textEmbeddings = register_module("text_embeddings",
        torch::nn::EmbeddingBag(torch::nn::EmbeddingBagOptions(shape.hashBuckets, shape.textWidth).mode(torch::kMean)));
    {
        torch::NoGradGuard noGrad;
        textEmbeddings->weight.normal_(0.0, 0.1);
    }
    imageProjection = register_module("image_projection", torch::nn::Linear(shape.imageChannels, shape.imageWidth));
    const int aligned = usesAlignment(shape.variant) ? shape.alignedWidth : 0;
    const int textInput = shape.textWidth + aligned; // t^s
    const int imageInput = shape.imageWidth + aligned; // v^s
    if (usesPle(shape.variant)) {
        textPle = register_module("text_ple", Ple(textInput, L, shape.experts, shape.pleLevels, shape.dropout));
        imagePle = register_module("image_ple", Ple(imageInput, L, shape.experts, shape.pleLevels, shape.dropout));
    } else {
        textDense = register_module("text_dense", torch::nn::Linear(textInput, L));
        imageDense = register_module("image_dense", torch::nn::Linear(imageInput, L));
        if (shape.alignedWidth > 0)
            crossDense = register_module("cross_dense", torch::nn::Linear(2 * shape.alignedWidth, L));
    }
    if (usesAttention(shape.variant)) {
        attentionSqueeze = register_module("attention_squeeze", torch::nn::Linear(3, 3));
        attentionExcite = register_module("attention_excite", torch::nn::Linear(3, 3));
    }
    const int headInput = shape.variant == FusionVariant::WithoutAttention ? 3 * L : L;
    hidden = register_module("hidden", torch::nn::Linear(headInput, shape.classifierHidden));
    output = register_module("output", torch::nn::Linear(shape.classifierHidden, shape.classes));
    dropout = register_module("dropout", torch::nn::Dropout(shape.dropout));
    runningMean = register_buffer("similarity_mean", torch::zeros({1}));
    runningVariance = register_buffer("similarity_variance", torch::ones({1}));
}

torch::Tensor FusionNetImpl::similarityWeight(
    const torch::Tensor &alignedText, const torch::Tensor &alignedImage, const torch::Tensor &hasImage)
{
    const torch::Tensor cosine = (alignedText * alignedImage).sum(1, true); // both unit length
    if (is_training()) {
        torch::NoGradGuard noGrad;
        const torch::Tensor mask = hasImage.squeeze(1) > 0.5;
        const torch::Tensor seen = cosine.squeeze(1).masked_select(mask);
        if (seen.numel() >= 2) { // batch norm's momentum 0.1
            runningMean.mul_(0.9).add_(0.1 * seen.mean());
            runningVariance.mul_(0.9).add_(0.1 * seen.var());
        }
    }
    const torch::Tensor normalised = (cosine - runningMean) / torch::sqrt(runningVariance + 1e-5);
    return torch::sigmoid(normalised) * hasImage;
}

FusionNetOutput FusionNetImpl::forward(
    const FusionBatch &batch, const torch::Tensor &alignedText, const torch::Tensor &alignedImage)
{
    const FusionVariant variant = m_shape.variant;
    const torch::Tensor textBase = l2(textEmbeddings(batch.ngramIds, batch.ngramOffsets)); // t^b
    const torch::Tensor imageBase = F::gelu(imageProjection(batch.image)) * batch.hasImage; // v^r
    const bool aligned = usesAlignment(variant) && m_shape.alignedWidth > 0;
    const torch::Tensor textInput = aligned ? torch::cat({textBase, alignedText}, 1) : textBase; // t^s
    const torch::Tensor imageInput = aligned ? torch::cat({imageBase, alignedImage * batch.hasImage}, 1) : imageBase;

    torch::Tensor textFeature, imageFeature, crossFeature; // f^t, f^v, f^m
    if (usesPle(variant)) {
        const PleOutput text = textPle(textInput);
        const PleOutput image = imagePle(imageInput);
        textFeature = text.unimodal;
        imageFeature = image.unimodal * batch.hasImage;
        crossFeature = text.crossModal + image.crossModal * batch.hasImage; // eq. 2
    } else {
        textFeature = F::gelu(textDense(textInput));
        imageFeature = F::gelu(imageDense(imageInput)) * batch.hasImage;
        crossFeature = crossDense ? F::gelu(crossDense(torch::cat({alignedText, alignedImage}, 1))) * batch.hasImage
                                  : torch::zeros_like(textFeature); // nothing aligned, so nothing cross-modal
    }

    FusionNetOutput out;
    if (aligned && weightsBySimilarity(variant)) {
        out.similarityWeight = similarityWeight(alignedText, alignedImage, batch.hasImage);
        crossFeature = out.similarityWeight * crossFeature; // eq. 6
    } else {
        crossFeature = crossFeature * batch.hasImage; // no picture, nothing cross-modal
    }
    if (variant == FusionVariant::WithoutFusion)
        crossFeature = torch::zeros_like(crossFeature);

    torch::Tensor aggregated;
    switch (variant) {
    case FusionVariant::TextOnly: aggregated = textFeature; break;
    case FusionVariant::ImageOnly: aggregated = imageFeature; break;
    case FusionVariant::MultimodalOnly: aggregated = crossFeature; break;
    case FusionVariant::WithoutAttention: aggregated = torch::cat({textFeature, imageFeature, crossFeature}, 1); break;
    default: {
        // SE over the three modality channels: L x 3 -> average + max pooling -> 3 -> FC, GELU, FC -> sigmoid.
        const torch::Tensor stacked = torch::stack({textFeature, imageFeature, crossFeature}, 2); // N x L x 3
        const torch::Tensor squeezed = stacked.mean(1) + std::get<0>(stacked.max(1));
        out.attention = torch::sigmoid(attentionExcite(F::gelu(attentionSqueeze(squeezed)))); // N x 3
        aggregated = (stacked * out.attention.unsqueeze(1)).sum(2); // eq. 7
    }
    }
    out.logits = output(dropout(F::gelu(hidden(aggregated))));
    return out;
}

} // namespace candor::models
