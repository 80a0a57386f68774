#pragma once

// Every choice a text model makes — its epochs, decision thresholds and which candidate to keep — by k-fold
// cross-validation inside the training split, so that dev (and the official test splits Candor never sees) are
// not what the choices were fitted to. Each candidate is trained once per fold on the other folds; after every
// epoch its outputs on the held-out fold are recorded. Each fold is scored with the rule (calibration, thresholds)
// fitted on the other folds' outputs at an epoch, which makes the per-fold scores an honest estimate of the whole
// procedure. The epoch: for item-label tasks the one whose honest score is best; for span tasks the one whose mean
// held-out score (thresholds tuned on each fold itself) is best. Either way the epoch curve is shared by the
// folds, a small optimism stated in docs/results.md. Plain C++: no torch here.

#include "models/engine/RunControl.h"
#include "models/selection/Folds.h"
#include "models/text/EpochWatch.h"
#include "models/text/RawOutputModel.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace candor::models {

using CandidateTrainer
    = std::function<std::unique_ptr<RawOutputModel>(const std::vector<TextExample> &train, const EpochWatch &watch)>;

struct CandidateSpec
{
    std::string name;
    CandidateTrainer train;
};

struct CandidateSelection
{
    std::string name;
    CandidateReport report;
    std::vector<double> curve; // per epoch: the honest CV score (item labels) or mean held-out score (spans)
    std::vector<RawTextOutput> outOfFold; // per training example, at the chosen epoch; empty when dropped
    std::vector<TextPrediction> outOfFoldDecided; // each fold decided by the rule tuned on the other folds
};

struct SelectionResult
{
    selection::FoldPlan folds;
    std::vector<CandidateSelection> candidates; // run order, the ensemble last when there is one
    size_t chosen = 0;
    DecisionRule rule; // tuned on the chosen candidate's pooled out-of-fold outputs: the final model's rule
};

// The folds for these examples: grouped when any example has a group (classes stratified for narratives),
// otherwise iterative stratification over item labels (MultiLabel) or span labels present (SpanTagging), and
// stratified by class x language for narratives. Throws std::invalid_argument when no k-fold split exists.
selection::FoldPlan textFolds(
    const TextTaskDefinition &task, const std::vector<TextExample> &examples, int k, std::uint64_t seed);

SelectionResult crossValidateCandidates(const TextTaskDefinition &task, const std::vector<TextExample> &train,
    const std::vector<CandidateSpec> &candidates, const TextTrainConfig &config, const engine::RunControl &control);

} // namespace candor::models
