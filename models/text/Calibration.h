#pragma once

// Platt scaling of item-label probabilities, fitted on out-of-fold outputs, so that the probability bars the window
// draws mean what they say: of the labels shown at 0.7, about 70% are right. One (scale, shift) pair for all labels
// of a task (per-label pairs would overfit a few hundred items), applied to the logit: p' = sigmoid(a * logit(p) + b).
// With a > 0 it is monotonic, so decisions keep their order and thresholds are tuned on calibrated values.
// A binary SingleLabel task (fake / real) is calibrated on its positive class's probability, the other class taking
// the rest. Narratives keep their softmax as it is (their decision is the argmax; calibrating it is not done here).

#include "models/text/TextDecisions.h"

#include <vector>

namespace candor::models {

// PlattScaling itself is in TextDecisions.h: every decision rule carries one.

// Whether the task's class probabilities are calibrated: MultiLabel, and SingleLabel with two classes.
bool calibratesClasses(const TextTaskDefinition &task);

// Maximum-likelihood fit over every (example, label) pair of MultiLabel outputs, or every example's positive-class
// probability of a binary SingleLabel task (Newton's method on the log-loss, with Platt's smoothed targets so a
// separable set does not run to infinity). Identity for other task kinds or when there is nothing to fit.
PlattScaling fitPlattScaling(
    const TextTaskDefinition &task, const std::vector<RawTextOutput> &outputs, const std::vector<TextExample> &gold);

// One output's class probabilities calibrated in place (see calibratesClasses).
void calibrateClassProbs(const TextTaskDefinition &task, std::vector<float> &probs, const PlattScaling &scaling);

// The outputs with their class probabilities calibrated.
std::vector<RawTextOutput> calibrated(
    const TextTaskDefinition &task, std::vector<RawTextOutput> outputs, const PlattScaling &scaling);

// Expected calibration error of item-label probabilities: 10 equal-width bins over all (example, label) pairs,
// sum over bins of (pairs in bin / all pairs) x |mean probability - share of gold labels|.
double expectedCalibrationError(
    const std::vector<TextExample> &gold, const std::vector<TextPrediction> &predicted, int numLabels, int bins = 10);

} // namespace candor::models
