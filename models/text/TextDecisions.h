#pragma once

// What a network outputs for one text before decisions, and the rule (thresholds, minimum span length) that turns
// it into a TextPrediction. Thresholds are tuned here on held-out outputs for every candidate alike.

#include "models/text/SpanDecoding.h"
#include "models/text/TextModel.h"

#include <map>
#include <string>
#include <vector>

namespace candor::models {

struct RawTextOutput
{
    std::u32string text;
    std::vector<float> classProbs; // MultiLabel: sigmoid per label; Narrative / SingleLabel: softmax over the classes
    std::vector<TokenRange> tokens; // SpanTagging / Narrative: tokens the tagger saw
    std::vector<float> tokenProbs; // tokens.size() x spanLabels, row-major
};

// p' = sigmoid(scale * logit(p) + shift): Platt scaling of item-label probabilities (models/text/Calibration.h).
struct PlattScaling
{
    float scale = 1.0f;
    float shift = 0.0f;

    float apply(float probability) const; // defined in Calibration.cpp
    bool identity() const { return scale == 1.0f && shift == 0.0f; }
};

struct DecisionRule
{
    PlattScaling calibration; // MultiLabel, binary SingleLabel: applied to the class probabilities before thresholds
    // MultiLabel: one per label, on the calibrated probabilities; binary SingleLabel: the positive class's entry
    // decides (positive when its calibrated probability reaches it); argmax otherwise.
    std::vector<float> classThresholds;
    std::vector<float> spanThresholds; // one per span label
    int minSpanLength = 2;

    static DecisionRule defaults(const TextTaskDefinition &task, int minSpanLength);
    TextPrediction decide(const TextTaskDefinition &task, const RawTextOutput &raw) const;
    std::vector<TextPrediction> decideAll(const TextTaskDefinition &task, const std::vector<RawTextOutput> &raw) const;
};

// A SingleLabel task with two classes: decided by a threshold on the positive class ("fake"), not by the argmax, so
// the verdict follows the calibrated probability the window shows and the cut is chosen by CV.
bool isBinaryThresholded(const TextTaskDefinition &task);

// Tunes the thresholds on held-out outputs (out-of-fold outputs, never the dev split). MultiLabel: one threshold shared
// by all labels maximising micro-F1 (0.5 when the outputs hold no positive at all). Per-label thresholds transfer
// worse: on SemEval subtask 1 (5-fold CV of logistic regression on TF-IDF n-grams, thresholds fitted on the other
// folds, scikit-learn, 3 seeds) each label's own F1-maximising threshold scored micro-F1 0.467 against 0.508 for the
// shared one, as rare labels get low thresholds that add many false positives; per-label refinement of micro-F1
// itself for labels with 50 or more positives scored 0.505 (docs/results.md). Binary SingleLabel: the
// positive class's threshold maximising the task score (macro-F1). Spans: one threshold for all
// span labels maximising the official span score. Grid 0.05..0.95 in steps of 0.05; ties keep the value closest to 0.5.
void tuneDecisionRule(DecisionRule &rule, const TextTaskDefinition &task, const std::vector<RawTextOutput> &heldOut,
    const std::vector<TextExample> &gold);

// One epoch's check on a held-out fold: the default rule, tuned on those outputs when the config asks, and the
// official metrics of its decisions ("score" is the value early stopping and the epoch curve compare).
struct HeldOutScore
{
    DecisionRule rule;
    std::map<std::string, double> metrics;
    double score = -1;
};
HeldOutScore scoreHeldOut(const TextTaskDefinition &task, const std::vector<RawTextOutput> &raw,
    const std::vector<TextExample> &heldOut, const TextTrainConfig &config);

} // namespace candor::models
