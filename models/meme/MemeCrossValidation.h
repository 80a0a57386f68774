#pragma once

// Honest selection for the multimodal meme task (issue 17: "the fused model must beat text-only by CV, or the
// window uses text-only and says why"). Each candidate variant trains once per fold of an iterative-stratified
// k-fold split of the training memes (its own epoch and threshold still come from a held-out slice of the fold's
// training part, never from the fold's validation memes) and is scored on the fold it did not see. The variant
// with the best mean micro-F1 is kept (ties: earlier in the list); its out-of-fold decisions are compared with
// the best constant answer on the same folds, with a paired bootstrap interval. Dev is never read here. With
// dropTrailing, a later candidate whose first fold scores below the leader's first fold is not run on the others
// (its report says so), as in the text engine: the candidates should come cheapest first.
// Plain C++ types only, like MemeModel.h.

#include "models/meme/MemeModel.h"

#include <map>
#include <string>
#include <vector>

namespace candor::models {

struct MemeCrossValidation
{
    int folds = 0;
    std::string chosen; // variant name
    std::map<std::string, CandidateReport> candidates; // "micro_f1" / "macro_f1" mean ± sd over the folds
    LeadOverConstant constant; // of the chosen variant
};

// Throws std::invalid_argument for fewer than 2 folds, no candidates, or fewer memes than folds.
MemeCrossValidation crossValidateMemeVariants(const std::vector<std::string> &labels,
    const std::vector<MemeExample> &train, const std::vector<MemeVariant> &candidates, const MemeTrainConfig &config,
    int folds, int bootstrapResamples, const engine::RunControl &control = {}, bool dropTrailing = true);

} // namespace candor::models
