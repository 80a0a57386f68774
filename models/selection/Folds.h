#pragma once

#include <cstdint>
#include <string>
#include <vector>

// K-fold splits for honest model selection: every choice (epochs, thresholds, candidate) is made by
// cross-validation inside the training split, so the splitter decides what "unseen" means. All functions are
// deterministic from their seed on every platform, throw std::invalid_argument with a message naming the problem
// when no valid split exists, and report soft problems (a class too rare to appear in every fold) as warnings.
namespace candor::models::selection {

struct Fold
{
    std::vector<int> train; // example indices, ascending
    std::vector<int> validation; // example indices, ascending
};

struct FoldPlan
{
    std::vector<int> foldOf; // fold index of each example (its validation fold)
    std::vector<Fold> folds; // k folds; the validation sets partition 0..n-1
    std::vector<std::string> warnings; // for the caller to show; never fatal
};

// Single-label: each fold holds floor or ceil of (class count / k) examples of every class, so its class
// proportions are those of the whole to within one example. classes[i] >= 0.
FoldPlan stratifiedFolds(const std::vector<int> &classes, int k, std::uint64_t seed);

// Multi-label: iterative stratification (Sechidis, Tsoumakas & Vlahavas 2011). labels[i] holds the label indices
// of example i in [0, numLabels); an example may have none.
FoldPlan multiLabelFolds(const std::vector<std::vector<int>> &labels, int numLabels, int k, std::uint64_t seed);

// Grouped: every group (event, thread, source id) lies entirely in one fold, so no group is ever on both sides
// of a split. Groups are placed largest first on the fold where fold sizes and, when classes is not empty
// (one class per example), per-class counts stay closest to their even shares (stratified group k-fold).
FoldPlan groupedFolds(
    const std::vector<std::string> &groups, const std::vector<int> &classes, int k, std::uint64_t seed);

// Train and validation indices from a fold per example (each in [0, k)); every fold must be non-empty.
FoldPlan foldsFromAssignment(std::vector<int> foldOf, int k);

} // namespace candor::models::selection
