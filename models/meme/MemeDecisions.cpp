#include "models/meme/MemeDecisions.h"

#include "core/metrics/MultiLabelF1.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace candor::models {

std::vector<int> decideLabels(const std::vector<float> &scores, double threshold)
{
    std::vector<int> labels;
    for (size_t i = 0; i < scores.size(); ++i)
        if (scores[i] >= threshold)
            labels.push_back(int(i));
    if (labels.empty() && !scores.empty())
        labels.push_back(int(std::max_element(scores.begin(), scores.end()) - scores.begin()));
    return labels;
}

ThresholdChoice bestThreshold(
    const std::vector<std::vector<float>> &scores, const std::vector<std::vector<int>> &gold, int labelCount)
{
    ThresholdChoice best;
    best.microF1 = -1;
    for (int step = 0; step <= 36; ++step) {
        const double threshold = 0.05 + 0.025 * step;
        std::vector<std::vector<int>> predicted;
        predicted.reserve(scores.size());
        for (const std::vector<float> &row : scores)
            predicted.push_back(decideLabels(row, threshold));
        const double f1 = metrics::multiLabelF1(gold, predicted, labelCount).micro.f1;
        const bool better = f1 > best.microF1 + 1e-9
            || (std::abs(f1 - best.microF1) <= 1e-9 && std::abs(threshold - 0.5) < std::abs(best.threshold - 0.5));
        if (better) {
            best.microF1 = f1;
            best.threshold = threshold;
        }
    }
    return best;
}

HoldoutSplit holdoutSplit(int64_t count, double fraction, unsigned long long seed)
{
    HoldoutSplit split;
    std::vector<int64_t> order(size_t(std::max<int64_t>(0, count)));
    std::iota(order.begin(), order.end(), 0);
    const int64_t held = int64_t(std::floor(double(count) * fraction));
    if (held < 1 || held >= count) {
        split.train = order;
        split.holdout = order;
        return split;
    }
    std::mt19937_64 random(seed);
    std::shuffle(order.begin(), order.end(), random);
    split.holdout.assign(order.begin(), order.begin() + held);
    split.train.assign(order.begin() + held, order.end());
    std::sort(split.holdout.begin(), split.holdout.end());
    return split;
}

} // namespace candor::models
