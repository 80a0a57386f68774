#pragma once

// The learning engine's edge for conversation threads (seed 002, MM-MTL): reply stance per post and rumour
// veracity per thread, learned jointly. Plain C++ types only (no torch, no Qt), so app/jobs can include it.

#include "models/text/TextModel.h" // engine::RunControl

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace candor::models {

// Class orders are fixed: they are the output columns of the model and the RumourEval label names.
inline const std::vector<std::string> &stanceLabels()
{
    static const std::vector<std::string> labels{"support", "deny", "query", "comment"};
    return labels;
}
inline const std::vector<std::string> &veracityLabels()
{
    static const std::vector<std::string> labels{"true", "false", "unverified"};
    return labels;
}

struct ThreadPostExample
{
    std::string id; // caller's post id, carried through for reports
    std::string text; // UTF-8
    int parent = -1; // index of the replied-to post in ThreadExample::posts; -1 for the source post
    double seconds = 0; // posting time in seconds since the source post (any origin works: only order
                        // and differences matter)
    std::vector<float> image; // image backbone vector, empty when the post has no image
    int stance = -1; // index into stanceLabels(), -1 when unlabelled
};

struct ThreadExample
{
    std::string id; // caller's thread id
    std::vector<ThreadPostExample> posts; // any order; exactly one post has parent -1
    std::string group; // e.g. the news event; holdOutByGroup keeps groups whole
    int veracity = -1; // index into veracityLabels(), -1 when unlabelled
};

// How a thread becomes sequences for the recurrent layers.
//  Chronological: one sequence, all posts by time.
//  Branches:      one sequence per leaf, the reply path source -> leaf; a post on several branches gets the mean
//                 of its stance scores.
enum class PostOrder { Chronological, Branches };
std::string postOrderName(PostOrder order);
PostOrder postOrderFromName(const std::string &name); // throws std::invalid_argument

// The paper's ablations are switches on one architecture.
enum class ThreadTasks { Both, StanceOnly, VeracityOnly };

struct ThreadTrainConfig
{
    unsigned long long seed = 13;
    int threads = 0; // 0: all cores
    PostOrder order = PostOrder::Branches;
    ThreadTasks tasks = ThreadTasks::Both;
    bool useImages = true; // w/o V when false
    bool useMeta = true; // w/o M when false: a plain shared GRU feeds both task GRUs
    bool useAttention = true; // w/o A when false: the claim vector is the last time step
    // Veracity also sees the thread's stance profile: the mean of the stance head's distributions over the
    // replies, appended to the claim vector (gradient stopped, so veracity steps do not bend the stance head).
    bool claimStance = false;
    // Text encoder: hashed word 1-2 grams and character 3-5 grams, summed into a trained dense vector.
    int hashBuckets = 1 << 16;
    int textDim = 128; // d_x
    int imageInputDim = 0; // length of ThreadPostExample::image; 0: taken from the data
    int imageDim = 256; // d_v
    int metaState = 100; // m
    int metaDim = 64; // g
    int taskHidden = 256; // h
    double dropout = 0.3;
    // Optimisation (Adam with L2 on the weights, stepwise exponential decay of the learning rate).
    int epochs = 15;
    int batchSize = 16; // threads per step; 32 stalls on 272 RumourEval threads (held-out picks epoch 1)
    // An epoch is at least this many optimiser steps: with fewer training threads than minStepsPerEpoch batches
    // the shuffled passes repeat within the epoch. Epochs, patience and decay are counted for RumourEval's ~16
    // batches; 23 threads in batches of 16 would give 2 steps an epoch, one for stance, and stance never trains.
    int minStepsPerEpoch = 16;
    double beta = 0.5; // probability that a step trains veracity (else stance)
    double learningRate = 2e-3;
    double weightDecay = 1e-5; // the L2 coefficient lambda
    double decayRate = 0.9; // learning rate *= decayRate every decaySteps steps
    int decaySteps = 10;
    double stanceClassWeightPower = 0.5; // class weight = (n / (k * count))^power; 0 turns weighting off
    double veracityClassWeightPower = 1.0; // the same for veracity (training threads lean "true")
    double validationFraction = 0.1; // share of training threads held out to pick the epoch
    int patience = 6; // epochs without improvement on the held-out threads
    bool selectOnVeracity = false; // choose the epoch by held-out veracity macro-F1 alone (else stance + veracity)
    // Hold out whole groups (events) instead of random threads, so the epoch is chosen on events the model has
    // not seen, as the dev split is. Groups are taken in seeded random order until the validation share is met.
    bool holdOutByGroup = false;
};

struct ThreadPrediction
{
    std::vector<std::vector<float>> stanceScores; // per post (input order), probability per stance label
    std::vector<int> stance; // argmax per post
    std::vector<float> attention; // per post: its share of the claim vector (sums to 1)
    std::vector<float> veracityScores; // probability per veracity label
    int veracity = 0;
    float veracityConfidence = 0; // probability of the chosen label
};

struct ThreadTrainReport
{
    std::map<std::string, double> validationMetrics; // on the held-out training threads at the kept epoch
    int bestEpoch = 0;
    double seconds = 0;
};

// A trained thread model, saved as named files: "model.safetensors" (weights; hyper-parameters in its
// metadata) and "config.json" (the same hyper-parameters, for people). Loading validates names, shapes and
// dtypes and refuses anything else.
class ThreadModel
{
public:
    virtual ~ThreadModel() = default;

    static std::unique_ptr<ThreadModel> train(const std::vector<ThreadExample> &train, const ThreadTrainConfig &config,
        ThreadTrainReport &report, const engine::RunControl &control = {});
    static std::unique_ptr<ThreadModel> load(const std::map<std::string, std::string> &files);

    virtual std::vector<ThreadPrediction> predict(const std::vector<ThreadExample> &threads) const = 0;
    virtual std::map<std::string, std::string> save() const = 0;
    virtual const ThreadTrainConfig &config() const = 0;
};

} // namespace candor::models
