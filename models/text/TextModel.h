#pragma once

// The learning engine's edge for text tasks: plain C++ types only (no torch, no Qt), so app/jobs can include it.

#include "models/engine/RunControl.h"
#include "models/selection/CvSummary.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace candor::models {

// A labelled character span [start, end) in code points of the example's text.
struct CharSpan
{
    int label = 0;
    int start = 0;
    int end = 0;
    float score = 1.0f; // model confidence (predictions); 1 for gold
};

// What a text task learns.
//  MultiLabel:  item-level multi-label classification (SemEval subtask 1: 20 techniques).
//  SpanTagging: multi-label token tagging turned into character spans (SemEval subtask 2).
//  Narrative:   one shared encoder, a binary head (classLabels: CONSPIRACY, CRITICAL) and one token-tagging
//               head per span label (AGENT ... NEGATIVE_EFFECT), trained jointly (PAN 2024).
//  SingleLabel: one class per item from two or more (post veracity: fake / real), no spans.
enum class TextTaskKind { MultiLabel, SpanTagging, Narrative, SingleLabel };

// Exactly one class per item: a softmax head, decided by the most probable class.
inline bool isSingleChoice(TextTaskKind kind)
{
    return kind == TextTaskKind::Narrative || kind == TextTaskKind::SingleLabel;
}
inline bool hasClassLabels(TextTaskKind kind)
{
    return kind != TextTaskKind::SpanTagging;
}
inline bool hasSpanLabels(TextTaskKind kind)
{
    return kind == TextTaskKind::SpanTagging || kind == TextTaskKind::Narrative;
}

struct TextTaskDefinition
{
    TextTaskKind kind = TextTaskKind::MultiLabel;
    std::vector<std::string> classLabels; // MultiLabel: the labels; Narrative / SingleLabel: the classes
    std::vector<std::string> spanLabels; // SpanTagging / Narrative: span labels
};

struct TextExample
{
    std::string id; // caller's id (item id), carried through for reports
    std::string text; // UTF-8
    std::string language; // "en", "es" or empty
    std::vector<int> classes; // MultiLabel: label indices; Narrative / SingleLabel: exactly one class index
    std::vector<CharSpan> spans; // SpanTagging / Narrative
    std::string group; // event, thread or source; when any example has one, no group is split across CV folds
};

// Every knob has a default that works on a few hundred examples on 2 CPU cores in minutes.
struct TextTrainConfig
{
    unsigned long long seed = 13;
    int threads = 0; // 0: all cores
    // Which candidates to train; the engine keeps the one with the best cross-validated score. With both run on
    // every fold, the ensemble (mean of their probabilities, its own rule) is a third candidate unless
    // trainEnsemble is off. Candidates after the first are dropped when their first fold trails the leader's.
    bool trainTransformer = true;
    bool trainNgramBaseline = true;
    // liblinear logistic regression on TF-IDF n-grams, C by CV (LinearTextModel.h); item-label tasks only
    bool trainLinear = true;
    bool trainEnsemble = true;
    // N-gram baseline (hashed features -> linear layer)
    int ngramHashBits = 18; // 2^bits buckets per output
    double ngramLearningRate = 0.02;
    int ngramEpochs = 30;
    // Tokenizer
    int vocabSize = 8000;
    std::string pretrainedTokenizer; // serialized sentencepiece model to use instead of training one
    // Transformer encoder
    int layers = 4;
    int heads = 4;
    int width = 256;
    int feedForward = 1024;
    int maxLength = 128; // 128 for memes, 256 for Telegram
    double dropout = 0.1;
    int mlmPretrainEpochs = 0; // masked-LM pre-training on all project text before fine-tuning
    int fineTuneLastLayers = -1; // -1: all layers trainable; k: only the last k encoder layers
    // Heads and losses
    int headUnits = 256; // dense layer of the classifier / tagger head
    double focalAlpha = 0.5;
    double focalGamma = 3.0; // span tagger default (paper: alpha 0.5, gamma 3)
    double classFocalGamma = 2.0; // multi-label classifier
    bool oversample = false; // repeat examples of rare labels
    // Narrative: weight the class loss by inverse class frequency (train only). On by default: on PAN dev it
    // raised the n-gram's MCC for EN (0.637 -> 0.657), ES (0.485 -> 0.504) and EN+ES (0.517 -> 0.587).
    bool balanceClasses = true;
    int minSpanLength = 2; // characters; shorter predicted spans are dropped
    // Optimisation
    int epochs = 30;
    int batchSize = 16;
    double learningRate = 5e-4;
    double weightDecay = 0.01;
    double warmupFraction = 0.1;
    int patience = 5; // early stopping on each CV fold's validation score
    bool tuneThresholds = true; // decision thresholds tuned on out-of-fold outputs
    // Selection: k-fold cross-validation inside the training examples chooses epochs, thresholds and candidate;
    // the final model is refit on all of them. cvFolds < 2: no selection at all (the first enabled candidate,
    // all its epochs, default thresholds), for quick runs.
    int cvFolds = 5;
    bool dropTrailingCandidates = true; // stop a later candidate whose first fold trails the leader's
    int bootstrapResamples = 1000; // for the lead over the constant answer
};

struct TextPrediction
{
    std::vector<float> classScores; // probability per class label
    std::vector<int> classes; // decided labels (thresholds applied; Narrative: the argmax class)
    std::vector<CharSpan> spans; // decided spans with scores
};

// What cross-validation found for one candidate: each metric's mean and sd over the folds, every fold scored with
// the thresholds tuned on the other folds' out-of-fold outputs.
struct CandidateReport
{
    std::map<std::string, selection::MeanSd> cv;
    int epoch = 0; // the epoch the folds chose (0 for the ensemble: each member has its own)
    std::string dropped; // why the candidate was not run on every fold; empty when it was
    std::map<std::string, int> weights; // ensemble: each member's weight in thousandths, chosen by CV
};

// The chosen candidate against the best constant answer on the same folds (models/selection/Baselines.h): always
// the k most frequent labels (k by inner CV), the majority class, or no spans. lead: the model's out-of-fold
// `metric` minus the constant's, with a paired bootstrap 95% interval over training examples.
struct LeadOverConstant
{
    std::string metric; // micro_f1, span_f1 or mcc
    std::vector<std::string> answer; // labels the constant answers on the whole training split
    selection::MeanSd constant; // the constant's metric over the folds
    selection::Interval lead;
};

struct TrainReport
{
    std::string chosen; // "transformer", "ngram" or "ensemble"
    int folds = 0; // 0: no cross-validation (cvFolds < 2)
    std::map<std::string, CandidateReport> candidates;
    LeadOverConstant constant; // metric empty without cross-validation
    std::map<std::string, double> dev; // the final model on dev, scored once after every choice was made
    double seconds = 0;
};

// A trained text model (any candidate), saved as named files: "model.safetensors", "config.json",
// "tokenizer.model" (when it has one); an ensemble saves its config.json and its members' files as "<kind>.<name>".
// Loading validates names, shapes and dtypes and refuses anything else.
class TextModel
{
public:
    virtual ~TextModel() = default;

    // `dev` is only scored, once, when everything is chosen (it may be empty); `unlabelledTexts` feed the tokenizer
    // and masked-LM pre-training.
    static std::unique_ptr<TextModel> train(const TextTaskDefinition &task, const std::vector<TextExample> &train,
        const std::vector<TextExample> &dev, const std::vector<std::string> &unlabelledTexts,
        const TextTrainConfig &config, TrainReport &report, const engine::RunControl &control = {});
    static std::unique_ptr<TextModel> load(const std::map<std::string, std::string> &files);

    virtual std::vector<TextPrediction> predict(const std::vector<std::string> &texts) const = 0;
    virtual std::map<std::string, std::string> save() const = 0;
    virtual const TextTaskDefinition &task() const = 0;
    virtual std::string kind() const = 0; // "transformer", "ngram" or "ensemble"
};

} // namespace candor::models
