#pragma once

// Internal to models/meme: turning probabilities into labels, and the held-out slice of the training memes
// that picks the epoch and the decision threshold. Plain C++, no torch.

#include <cstdint>
#include <vector>

namespace candor::models {

// Labels whose probability reaches `threshold`; when none does, the most probable one (every SemEval meme
// but a few carries at least one technique, and an empty answer scores nothing).
std::vector<int> decideLabels(const std::vector<float> &scores, double threshold);

struct ThresholdChoice
{
    double threshold = 0.5;
    double microF1 = 0;
};

// The single threshold in [0.05, 0.95] (steps of 0.025) with the best micro-F1 on these memes; ties go to the
// threshold nearest 0.5. One threshold, not one per label: a few hundred memes cannot tune 22 of them.
ThresholdChoice bestThreshold(
    const std::vector<std::vector<float>> &scores, const std::vector<std::vector<int>> &gold, int labelCount);

struct HoldoutSplit
{
    std::vector<int64_t> train;
    std::vector<int64_t> holdout;
};

// A seeded random `fraction` of [0, count) held out; fewer than one held-out meme: both lists are all memes.
HoldoutSplit holdoutSplit(int64_t count, double fraction, unsigned long long seed);

} // namespace candor::models
