#pragma once

// Internal to models/post: the MMFND network and the contrastive alignment towers. Includes torch.

#include "models/post/FusionModel.h"

#include <torch/torch.h>

namespace candor::models {

// One batch of posts: hashed n-gram ids as an EmbeddingBag input, pooled picture features (zeros where there is
// none) and a 0/1 column saying which posts have a picture.
struct FusionBatch
{
    torch::Tensor ngramIds;
    torch::Tensor ngramOffsets;
    torch::Tensor image; // N x C, L2-normalised
    torch::Tensor hasImage; // N x 1, float
};

// The CLIP stand-in: a text tower (hashed n-grams -> mean embedding -> linear) and an image tower (linear, GELU,
// linear) into one L2-normalised space, with CLIP's learned temperature.
class AlignmentNetImpl : public torch::nn::Module
{
public:
    AlignmentNetImpl(int buckets, int imageChannels, int width, double initialTemperature);
    torch::Tensor text(const torch::Tensor &ids, const torch::Tensor &offsets);
    torch::Tensor image(const torch::Tensor &features);
    // CLIP's symmetric InfoNCE over the batch: row i's text belongs with row i's picture.
    torch::Tensor contrastiveLoss(const torch::Tensor &textEmbeddings, const torch::Tensor &imageEmbeddings);
    int width() const { return m_width; }

private:
    int m_width;
    torch::nn::EmbeddingBag textEmbeddings{nullptr};
    torch::nn::Linear textProjection{nullptr}, imageHidden{nullptr}, imageProjection{nullptr};
    torch::Tensor logTemperature;
};
TORCH_MODULE(AlignmentNet);

// A group of experts (Linear -> GELU -> dropout each); forward gives N x experts x width.
class ExpertGroupImpl : public torch::nn::Module
{
public:
    ExpertGroupImpl(int input, int width, int experts, double dropout);
    torch::Tensor forward(const torch::Tensor &x);

private:
    torch::nn::ModuleList experts{nullptr};
    torch::nn::Dropout dropout{nullptr};
};
TORCH_MODULE(ExpertGroup);

// One PLE extraction layer (Tang et al. 2020) for two tasks, here unimodal (u) and cross-modal (m): each task's
// gate mixes its own experts and the shared ones; below the last layer a shared gate mixes all three groups into
// the next layer's shared input.
struct PleOutput
{
    torch::Tensor unimodal;
    torch::Tensor crossModal;
    torch::Tensor shared; // undefined after the last layer
};

class PleLayerImpl : public torch::nn::Module
{
public:
    PleLayerImpl(int input, int width, int experts, bool last, double dropout);
    PleOutput forward(const torch::Tensor &unimodal, const torch::Tensor &crossModal, const torch::Tensor &shared);

private:
    ExpertGroup unimodalExperts{nullptr}, crossExperts{nullptr}, sharedExperts{nullptr};
    torch::nn::Linear unimodalGate{nullptr}, crossGate{nullptr}, sharedGate{nullptr};
};
TORCH_MODULE(PleLayer);

// G_u and G_m of one modality: stacked PLE layers over the modality's concatenated features.
class PleImpl : public torch::nn::Module
{
public:
    PleImpl(int input, int width, int experts, int levels, double dropout);
    PleOutput forward(const torch::Tensor &x);

private:
    torch::nn::ModuleList layers{nullptr};
};
TORCH_MODULE(Ple);

struct FusionShape
{
    FusionVariant variant = FusionVariant::Full;
    int hashBuckets = 1 << 16;
    int imageChannels = 1280;
    int textWidth = 128;
    int imageWidth = 128;
    int alignedWidth = 0; // the frozen aligned embeddings' size; 0 without them (w/o C)
    int experts = 3;
    int expertWidth = 64;
    int pleLevels = 2;
    int classifierHidden = 64;
    int classes = 2;
    double dropout = 0.2;
};

struct FusionNetOutput
{
    torch::Tensor logits; // N x classes
    torch::Tensor attention; // N x 3 (text, image, cross); undefined without the attention
    torch::Tensor similarityWeight; // N x 1; undefined without the weighting
};

// MMFND over precomputed aligned embeddings (t^c, v^c: frozen, computed once by the caller).
class FusionNetImpl : public torch::nn::Module
{
public:
    explicit FusionNetImpl(const FusionShape &shape);
    FusionNetOutput forward(
        const FusionBatch &batch, const torch::Tensor &alignedText, const torch::Tensor &alignedImage);
    const FusionShape &shape() const { return m_shape; }

private:
    torch::Tensor similarityWeight(
        const torch::Tensor &alignedText, const torch::Tensor &alignedImage, const torch::Tensor &hasImage);

    FusionShape m_shape;
    torch::nn::EmbeddingBag textEmbeddings{nullptr};
    torch::nn::Linear imageProjection{nullptr};
    Ple textPle{nullptr}, imagePle{nullptr};
    torch::nn::Linear textDense{nullptr}, imageDense{nullptr}, crossDense{nullptr}; // w/o P
    torch::nn::Linear attentionSqueeze{nullptr}, attentionExcite{nullptr};
    torch::nn::Linear hidden{nullptr}, output{nullptr};
    torch::nn::Dropout dropout{nullptr};
    // The similarity's running mean and variance (eq. 5), updated in training from posts with a picture.
    torch::Tensor runningMean, runningVariance;
};
TORCH_MODULE(FusionNet);

} // namespace candor::models
