#pragma once

// The learning engine's edge for memes (SemEval-2021 Task 6 subtask 3, seed 000): plain C++ types only
// (no torch, no Qt), so app/jobs can include it. Image features arrive precomputed (ImageEncoder), so a
// backbone runs once per image and never per epoch.

#include "models/image/ImageEncoder.h"
#include "models/text/TextModel.h" // engine::RunControl

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace candor::models {

// Which modalities the classifier sees, for the ablation.
//  Text:  caption features -> dense head.
//  Image: a learned query attends over the grid regions and the global feature -> dense head.
//  Fused: the caption features are the query of that attention; attention output (+) caption -> dense head.
//  Gated: as fused, with the attention output scaled per feature by a sigmoid gate of (caption, attention output)
//         that starts mostly closed, so the image adds to the caption only where training finds it helps.
//  Linear: liblinear logistic regression on the caption's TF-IDF n-grams (LinearMemeModel.h), no network.
enum class MemeVariant { Text, Image, Fused, Gated, Linear };

std::string memeVariantName(MemeVariant variant); // "text", "image", "fused", "gated", "linear"
MemeVariant memeVariantFromName(const std::string &name); // throws std::invalid_argument

struct MemeExample
{
    std::string id; // caller's id (item id), carried through for reports
    std::string text; // caption, UTF-8
    ImageFeatureGrid grid; // backbone 1: region features (7 x 7 cells)
    std::vector<float> global; // backbone 2: pooled features; empty: the grid's own average is used
    std::vector<int> labels; // indices into the label list
};

// The memes as item-label text examples (id, caption, labels): how the text engine's linear learner, constant
// answer and bootstrap see them.
std::vector<TextExample> memesAsTextExamples(const std::vector<MemeExample> &memes);

struct MemeTrainConfig
{
    MemeVariant variant = MemeVariant::Fused;
    unsigned long long seed = 0;
    int threads = 0; // 0: all cores
    int hashBuckets = 1 << 16; // hashed caption n-grams
    int textWidth = 192; // caption feature size
    int attentionWidth = 192;
    int hiddenUnits = 256;
    double dropout = 0.3;
    double focalAlpha = 0.5; // seed 000 (paper): alpha 0.5, gamma 3 via Keras Tuner ranges
    double focalGamma = 2.0;
    int epochs = 60;
    int batchSize = 32;
    double learningRate = 2e-3;
    double weightDecay = 0.01;
    int patience = 12; // early stopping on the held-out micro-F1
    double holdoutFraction = 0.15; // of the training memes: early stopping and the decision threshold
};

struct MemePrediction
{
    std::vector<float> scores; // probability per label
    std::vector<int> labels; // decided labels (threshold; at least the most probable one)
    int rows = 0; // attention grid (0 for the text variant)
    int cols = 0;
    std::vector<float> attention; // rows * cols weights of the grid cells (their share of the attention)
    float globalAttention = 0; // weight of the global image feature
};

struct MemeTrainReport
{
    int epochsRun = 0;
    int bestEpoch = 0;
    double holdoutMicroF1 = 0;
    double threshold = 0.5;
    double seconds = 0;
};

// A trained meme classifier, saved as "model.safetensors" (weights; labels, variant, sizes and threshold in
// its metadata). Loading validates names and shapes and refuses anything else.
class MemeModel
{
public:
    virtual ~MemeModel() = default;

    // Throws std::invalid_argument for inconsistent input (label out of range, grids of different shapes).
    static std::unique_ptr<MemeModel> train(const std::vector<std::string> &labels,
        const std::vector<MemeExample> &train, const MemeTrainConfig &config, MemeTrainReport &report,
        const engine::RunControl &control = {});
    static std::unique_ptr<MemeModel> load(const std::map<std::string, std::string> &files);

    virtual std::vector<MemePrediction> predict(const std::vector<MemeExample> &memes) const = 0;
    // Gradient-weighted class activation of the grid cells for one label (Grad-CAM on the region features):
    // rows * cols values in [0, 1] (largest 1; all 0 when nothing supports the label). Empty for the text variant.
    virtual std::vector<float> gradCam(const MemeExample &meme, int label) const = 0;

    virtual std::map<std::string, std::string> save() const = 0;
    virtual const std::vector<std::string> &labels() const = 0;
    virtual MemeVariant variant() const = 0;
    virtual double threshold() const = 0;
};

} // namespace candor::models
