#include "core/metrics/MultiLabelF1.h"

#include <algorithm>
#include <stdexcept>

namespace candor::metrics {

namespace {

// scikit-learn's _prf_divide with zero_division=1, and F = 2·tp / (2·tp + fp + fn) (the same value as 2PR/(P+R)
// in every case where P + R > 0, and zero_division when tp = fp = fn = 0).
PrecisionRecallF1 score(long tp, long fp, long fn)
{
    PrecisionRecallF1 s;
    s.precision = tp + fp == 0 ? 1.0 : double(tp) / double(tp + fp);
    s.recall = tp + fn == 0 ? 1.0 : double(tp) / double(tp + fn);
    const long denominator = 2 * tp + fp + fn;
    s.f1 = denominator == 0 ? 1.0 : 2.0 * double(tp) / double(denominator);
    return s;
}

std::vector<char> asRow(const std::vector<int> &labels, int numLabels)
{
    std::vector<char> row(size_t(numLabels), 0);
    for (int label : labels) {
        if (label < 0 || label >= numLabels)
            throw std::out_of_range("label index outside the label list");
        row[size_t(label)] = 1;
    }
    return row;
}

} // namespace

MultiLabelScores multiLabelF1(
    const std::vector<std::vector<int>> &gold, const std::vector<std::vector<int>> &predicted, int numLabels)
{
    if (gold.size() != predicted.size())
        throw std::invalid_argument("gold and predicted hold different numbers of samples");
    std::vector<long> tp(size_t(numLabels), 0), fp(size_t(numLabels), 0), fn(size_t(numLabels), 0);
    for (size_t i = 0; i < gold.size(); ++i) {
        const std::vector<char> g = asRow(gold[i], numLabels);
        const std::vector<char> p = asRow(predicted[i], numLabels);
        for (size_t k = 0; k < size_t(numLabels); ++k) {
            tp[k] += g[k] && p[k];
            fp[k] += !g[k] && p[k];
            fn[k] += g[k] && !p[k];
        }
    }
    MultiLabelScores scores;
    long tpSum = 0, fpSum = 0, fnSum = 0;
    double macro = 0;
    for (size_t k = 0; k < size_t(numLabels); ++k) {
        scores.perLabel.push_back(score(tp[k], fp[k], fn[k]));
        scores.support.push_back(tp[k] + fn[k]);
        macro += scores.perLabel.back().f1;
        tpSum += tp[k];
        fpSum += fp[k];
        fnSum += fn[k];
    }
    scores.micro = score(tpSum, fpSum, fnSum);
    scores.macroF1 = numLabels > 0 ? macro / numLabels : 0.0;
    return scores;
}

} // namespace candor::metrics
