#pragma once

// The learning engine's edge for post verification with pictures (MMFND, paper 003): plain C++ types only (no torch,
// no Qt), so app/jobs can include it. A post is its text and, when it has a picture, the picture's pooled backbone
// features (MobileNetV2, computed once per picture and cached by the caller).
//
// What differs from the paper, and why:
//  - No CLIP offline. Its role (text and image embeddings in one space, whose cosine says how related a post's text
//    and picture are) is taken by AlignmentEncoders: a hashed n-gram text tower and a projection of the backbone
//    features, trained with CLIP's symmetric contrastive loss on the picture-text pairs at hand (label-free), then
//    frozen, as the paper freezes CLIP.
//  - No BERT or fine-tuned ResNet-101: the text branch is a hashed word and character n-gram encoder trained with
//    the classifier, the image branch a trained projection of the frozen backbone's pooled features.
//  - Posts without a picture (most MediaEval posts as distributed, many Weibo posts): their image and cross-modal
//    features are zero and their similarity weight is 0, so they are classified on the text branch alone.
// Everything else follows section 3: PLE with 3 experts per group (unimodal task, cross-modal task, shared) per
// modality, the similarity weight sigmoid((cos - running mean) / running sd), SE-style modality attention (average
// and max pooling, two 3 x 3 layers with GELU, sigmoid), a classifier of 64 and 2 units, cross-entropy.

#include "models/engine/RunControl.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace candor::models {

// The paper's Table 2 rows.
enum class FusionVariant {
    Full, // MMFND
    TextOnly, // the unimodal text feature f^t alone
    ImageOnly, // the unimodal image feature f^v alone
    MultimodalOnly, // the cross-modal feature f^m alone
    WithoutAttention, // w/o A: f^t, f^v, f^m concatenated, no similarity weighting, no modality attention
    WithoutFusion, // w/o F: f^t and f^v through the attention, no cross-modal feature
    WithoutAlignment, // w/o C: no aligned encoders (so no similarity weighting either)
    WithoutSimilarity, // w/o S: the attention over unweighted features
    WithoutPle, // w/o P: one dense layer per branch; the cross-modal feature from the aligned embeddings alone
};

// "mmfnd", "text-only", "image-only", "multimodal-only", "wo-attention", "wo-fusion", "wo-alignment",
// "wo-similarity", "wo-ple"
std::string fusionVariantName(FusionVariant variant);
FusionVariant fusionVariantFromName(const std::string &name); // throws std::invalid_argument naming it
std::vector<FusionVariant> allFusionVariants(); // Table 2's order, MMFND last

struct FusionExample
{
    std::string id; // caller's id (item id), carried through for reports and errors
    std::string text; // UTF-8: the post's text (and, as in the paper, the picture's OCR text when the caller has it)
    std::vector<float> image; // pooled backbone features; empty: the post has no picture
    int label = -1; // class index (0 or 1); -1 when unknown (prediction)
    std::string group; // event; no group is split by a fold or by the held-out slice
};

struct AlignmentConfig
{
    unsigned long long seed = 7;
    int hashBuckets = 1 << 15;
    int width = 64; // shared embedding size
    int epochs = 60;
    int batchSize = 64;
    double learningRate = 2e-3;
    double initialTemperature = 0.07; // CLIP's; learned (log-parametrised) from here
    // >= 0: pairs labelled with another class are left out. The alignment should learn how genuine posts pair
    // text and picture (as CLIP learns from pairs found together on the web); an out-of-context fake's pairing is
    // exactly what it must not learn as "belongs together". Unlabelled pairs (label -1) always count.
    int genuineClass = -1;
};

struct AlignmentReport
{
    int pairs = 0;
    int epochsRun = 0;
    double finalLoss = 0;
    double retrievalAtOne = 0; // share of its training pairs whose own picture is the nearest to their text
    double chanceAtOne = 0; // 1 / pairs: what unaligned encoders would score
    // Filled by the cross-validation: the same on the fold's held-out posts with a picture (-1: fewer than 2)
    double heldOutRetrievalAtOne = -1;
    double heldOutChanceAtOne = 0;
    bool crossFitted = false; // trainCrossFitted made the two half towers
    double seconds = 0;
};

// How many of the examples the alignment would learn from: text and a picture, and not labelled with a class other
// than the genuine one.
int alignablePairs(const std::vector<FusionExample> &examples, const AlignmentConfig &config);

// The aligned text and image encoders (the CLIP stand-in).
class AlignmentEncoders
{
public:
    virtual ~AlignmentEncoders() = default;
    // Trains on the examples that have both text and a picture (and, with genuineClass set, are not labelled with
    // another class). Throws std::invalid_argument for fewer than 2 such pairs or pictures of different sizes.
    static std::shared_ptr<AlignmentEncoders> train(const std::vector<FusionExample> &pairs,
        const AlignmentConfig &config, AlignmentReport &report, const engine::RunControl &control = {});
    // For a classifier trained on the same posts the towers learn from. Towers trained on a small set learn its
    // pairs by heart (Weibo's 69 pictured posts: R@1 0.98 on them, 0.18 on unseen ones), so the similarities of
    // training posts would be ones new posts never show, and the classifier would learn "high similarity = real"
    // from that. Cross-fitted: the posts are split in two halves by event; each half's posts are embedded by towers
    // trained on the other half plus the extra pairs, any other example (a new post) by towers trained on all.
    // Posts are matched by id. Falls back to the towers trained on all when a half has fewer than 2 pairs.
    static std::shared_ptr<AlignmentEncoders> trainCrossFitted(const std::vector<FusionExample> &posts,
        const std::vector<FusionExample> &extraPairs, const AlignmentConfig &config, AlignmentReport &report,
        const engine::RunControl &control = {});
    // Cosine of each example's text and picture embeddings; 0 for an example without a picture.
    virtual std::vector<float> similarities(const std::vector<FusionExample> &examples) const = 0;
    // Text-to-picture retrieval among the examples with a picture: the share whose own picture is the nearest to
    // their text by cosine (-1 for fewer than 2 such examples).
    virtual double retrievalAtOne(const std::vector<FusionExample> &examples) const = 0;
    virtual int imageChannels() const = 0;
};

struct FusionTrainConfig
{
    FusionVariant variant = FusionVariant::Full;
    unsigned long long seed = 11;
    int threads = 0; // 0: all cores
    // 2^15 x 64 text embeddings train 4.5 times faster on 2 cores than 2^16 x 128 (AdamW updates every row each
    // step) for 0.02 less accuracy after one epoch on Weibo, none once early stopping has run.
    int hashBuckets = 1 << 15;
    int textWidth = 64; // t^b
    int imageWidth = 64; // v^r
    int experts = 3; // per group (paper: 3 was best)
    int expertWidth = 64; // L, the width of f^t, f^v, f^m
    int pleLevels = 2; // extraction layers; the last has no shared gate
    int classifierHidden = 64; // paper: 64 and 2
    double dropout = 0.2;
    int epochs = 30;
    int patience = 6; // early stopping on the held-out slice's macro-F1...
    int minimumSteps = 300; // ...once the network has taken this many steps (a small project's epoch is 1-2 steps)
    int batchSize = 32;
    double learningRate = 1e-3;
    double weightDecay = 0.01; // paper: 0.01
    int holdoutFolds = 6; // the held-out slice is one grouped fold of this many of the training examples
};

struct FusionTrainReport
{
    int epochsRun = 0;
    int bestEpoch = 0;
    double holdoutMacroF1 = 0;
    int withImage = 0;
    double seconds = 0;
};

struct FusionPrediction
{
    std::vector<float> probabilities; // per class
    int label = 0; // the most probable class
    // SE modality attention (text, image, cross-modal), each in (0, 1); all 0 for variants without the attention.
    float textAttention = 0;
    float imageAttention = 0;
    float crossAttention = 0;
    float similarityWeight = 0; // sigmoid of the normalised cosine; 0 without a picture or without the weighting
};

class FusionModel
{
public:
    virtual ~FusionModel() = default;
    // `alignment` may be null for the w/o C variant, and for any variant when no training post has a picture (there
    // is nothing to align: the network then reads t^b alone, as w/o C does). Throws std::invalid_argument for fewer
    // than 2 classes in the examples, a label out of range or pictures of different sizes, naming the example.
    static std::unique_ptr<FusionModel> train(int classes, const std::vector<FusionExample> &train,
        std::shared_ptr<AlignmentEncoders> alignment, const FusionTrainConfig &config, FusionTrainReport &report,
        const engine::RunControl &control = {});
    virtual std::vector<FusionPrediction> predict(const std::vector<FusionExample> &examples) const = 0;
    virtual FusionVariant variant() const = 0;
};

} // namespace candor::models
