#pragma once

// Platt scaling of item-label probabilities, fitted on out-of-fold outputs, so that the probability bars the window
// draws mean what they say: of the labels shown at 0.7, about 70% are right. One (scale, shift) pair for all labels
// of a task (per-label pairs would overfit a few hundred items), applied to the logit: p' = sigmoid(a * logit(p) + b).
// With a > 0 it is monotonic, so decisions keep their order and thresholds are tuned on calibrated values.
// Narratives keep their softmax as it is (their decision is the argmax; calibrating it is not done here).

#include "models/text/TextDecisions.h"

#include <vector>

namespace candor::models {

// PlattScaling itself is in TextDecisions.h: every decision rule carries one.

// Maximum-likelihood fit over every (example, label) pair of MultiLabel outputs (Newton's method on the log-loss,
// with Platt's smoothed targets so a separable set does not run to infinity). Identity for other task kinds or
// when there is nothing to fit.
PlattScaling fitPlattScaling(
    const TextTaskDefinition &task, const std::vector<RawTextOutput> &outputs, const std::vector<TextExample> &gold);

// The outputs with every class probability calibrated (MultiLabel only).
std::vector<RawTextOutput> calibrated(
    const TextTaskDefinition &task, std::vector<RawTextOutput> outputs, const PlattScaling &scaling);

// Expected calibration error of item-label probabilities: 10 equal-width bins over all (example, label) pairs,
// sum over bins of (pairs in bin / all pairs) x |mean probability - share of gold labels|.
double expectedCalibrationError(
    const std::vector<TextExample> &gold, const std::vector<TextPrediction> &predicted, int numLabels, int bins = 10);

} // namespace candor::models
