#pragma once

// How far the chosen candidate's out-of-fold decisions are above the best constant answer's on the same folds,
// with a paired bootstrap interval over training examples (both sides recomputed on each resample with the
// official metric). When examples carry groups (events, threads) whole groups are resampled. Plain C++: no torch.

#include "models/selection/Folds.h"
#include "models/text/TextModel.h"

#include <vector>

namespace candor::models {

// The constant is fitted on each fold's training part only (models/selection/Baselines.h); `answer` is the one
// fitted on all the examples.
LeadOverConstant leadOverConstant(const TextTaskDefinition &task, const std::vector<TextExample> &examples,
    const selection::FoldPlan &folds, const std::vector<TextPrediction> &outOfFold, int resamples, std::uint64_t seed);

} // namespace candor::models
