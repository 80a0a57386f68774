#pragma once

#include "models/selection/Folds.h"

#include <cstdint>
#include <vector>

// The trivial answers a model must beat, scored on the same folds as the model: each is fitted on a fold's
// training examples only and scored on its validation examples with the official metrics (candor_metrics).
// A model whose cross-validated lead over these is not above zero is worse for annotators than no model.
namespace candor::models::selection {

// Multi-label items: always answer the k most frequent training labels. k in 0..maxK is itself chosen by an
// inner cross-validation on the training fold (iterative stratification, mean micro-F1 over the inner folds,
// ties to the smaller k), so the baseline gets the same honest selection the model does.
struct ConstantLabelsBaseline
{
    std::vector<int> chosenK; // per outer fold
    std::vector<std::vector<int>> answer; // per outer fold: the labels answered, most frequent first
    std::vector<double> microF1; // per outer fold, on its validation examples
    std::vector<double> macroF1;
    std::vector<std::vector<int>> predictions; // per example: its out-of-fold answer
};
// The constant answer fitted on these examples: their k most frequent labels, k in 0..maxK chosen by innerK-fold
// iterative-stratified CV (mean micro-F1, ties to the smaller k). What constantTopLabelsBaseline fits on each
// training fold, and what a model version stores after fitting it on the whole training split.
std::vector<int> constantTopLabels(
    const std::vector<std::vector<int>> &labels, int numLabels, int innerK = 5, int maxK = 5, std::uint64_t seed = 1);

ConstantLabelsBaseline constantTopLabelsBaseline(const std::vector<std::vector<int>> &labels, int numLabels,
    const FoldPlan &folds, int innerK = 5, int maxK = 5, std::uint64_t seed = 1);

// Labels ordered by how many of the given examples carry them, most first; ties by label index.
std::vector<int> labelsByFrequency(
    const std::vector<std::vector<int>> &labels, const std::vector<int> &examples, int numLabels);

// Single-label items: always answer the training fold's most frequent class (ties: the smaller index).
struct SingleLabelScores
{
    std::vector<double> accuracy; // per fold
    std::vector<double> macroF1;
    std::vector<double> mcc; // binary MCC with class `positive` when numClasses == 2, else multi-class
};
struct MajorityBaseline
{
    std::vector<int> majorityClass; // per fold
    SingleLabelScores scores;
    std::vector<int> predictions; // per example: its out-of-fold answer
};
// The most frequent class of the given examples (ties: the smaller index): the constant answer fitted on them.
int majorityClass(const std::vector<int> &classes, int numClasses);

MajorityBaseline majorityClassBaseline(
    const std::vector<int> &classes, int numClasses, const FoldPlan &folds, int positive = 0);

// Stratified random: answer class c with the training fold's frequency of c. Scores are the mean over `draws`
// seeded draws (expected macro-F1 and MCC have no simple closed form); expectedAccuracy is the closed form
// sum_c p_train(c) * p_validation(c), which the averaged accuracy approaches as draws grow.
struct StratifiedRandomBaseline
{
    SingleLabelScores scores;
    std::vector<double> expectedAccuracy; // per fold, analytic
};
StratifiedRandomBaseline stratifiedRandomBaseline(const std::vector<int> &classes, int numClasses,
    const FoldPlan &folds, int draws = 200, std::uint64_t seed = 1, int positive = 0);

// Multi-label stratified random: each label independently with its training frequency; mean over seeded draws.
struct MultiLabelRandomBaseline
{
    std::vector<double> microF1; // per fold
    std::vector<double> macroF1;
};
MultiLabelRandomBaseline stratifiedRandomLabelsBaseline(const std::vector<std::vector<int>> &labels, int numLabels,
    const FoldPlan &folds, int draws = 200, std::uint64_t seed = 1);

} // namespace candor::models::selection
