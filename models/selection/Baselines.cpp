#include "models/selection/Baselines.h"

#include "core/metrics/ClassificationMetrics.h"
#include "core/metrics/MultiLabelF1.h"
#include "models/selection/SeededRandom.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>
#include <string>

namespace candor::models::selection {

namespace {

template <typename T>
std::vector<T> pick(const std::vector<T> &all, const std::vector<int> &indices)
{
    std::vector<T> out;
    out.reserve(indices.size());
    for (int i : indices)
        out.push_back(all.at(std::size_t(i)));
    return out;
}

void requirePlanCovers(const FoldPlan &folds, std::size_t n)
{
    if (folds.foldOf.size() != n)
        throw std::invalid_argument("the folds cover " + std::to_string(folds.foldOf.size()) + " examples but "
            + std::to_string(n) + " were given");
}

std::vector<int> topK(const std::vector<int> &ranked, int k)
{
    return {ranked.begin(), ranked.begin() + std::min<std::ptrdiff_t>(k, std::ptrdiff_t(ranked.size()))};
}

// Mean inner-CV micro-F1 of answering the top k training labels, for every k in 0..maxK.
std::vector<double> innerTopKScores(
    const std::vector<std::vector<int>> &labels, int numLabels, int innerK, int maxK, std::uint64_t seed)
{
    const FoldPlan inner = multiLabelFolds(labels, numLabels, std::min<int>(innerK, int(labels.size())), seed);
    std::vector<double> mean(std::size_t(maxK + 1), 0.0);
    for (const Fold &fold : inner.folds) {
        const std::vector<int> ranked = labelsByFrequency(labels, fold.train, numLabels);
        const std::vector<std::vector<int>> gold = pick(labels, fold.validation);
        for (int k = 0; k <= maxK; ++k) {
            const std::vector<std::vector<int>> answer(gold.size(), topK(ranked, k));
            mean[std::size_t(k)]
                += metrics::multiLabelF1(gold, answer, numLabels).micro.f1 / double(inner.folds.size());
        }
    }
    return mean;
}

// How many of the given examples carry each label (a label listed twice counts once).
std::vector<long> labelCounts(
    const std::vector<std::vector<int>> &labels, const std::vector<int> &examples, int numLabels)
{
    std::vector<long> count(std::size_t(numLabels), 0);
    for (int i : examples) {
        std::vector<int> own = labels.at(std::size_t(i));
        std::sort(own.begin(), own.end());
        own.erase(std::unique(own.begin(), own.end()), own.end());
        for (int l : own) {
            if (l < 0 || l >= numLabels)
                throw std::invalid_argument("example " + std::to_string(i) + " has label " + std::to_string(l)
                    + ", outside 0.." + std::to_string(numLabels - 1));
            ++count[std::size_t(l)];
        }
    }
    return count;
}

std::vector<double> classFrequencies(const std::vector<int> &classes, const std::vector<int> &indices, int numClasses)
{
    std::vector<double> freq(std::size_t(numClasses), 0.0);
    for (int i : indices) {
        const int c = classes.at(std::size_t(i));
        if (c < 0 || c >= numClasses)
            throw std::invalid_argument("example " + std::to_string(i) + " has class " + std::to_string(c)
                + ", outside 0.." + std::to_string(numClasses - 1));
        freq[std::size_t(c)] += 1.0 / double(indices.size());
    }
    return freq;
}

} // namespace

std::vector<int> labelsByFrequency(
    const std::vector<std::vector<int>> &labels, const std::vector<int> &examples, int numLabels)
{
    const std::vector<long> count = labelCounts(labels, examples, numLabels);
    std::vector<int> ranked(static_cast<std::size_t>(numLabels));
    std::iota(ranked.begin(), ranked.end(), 0);
    std::stable_sort(
        ranked.begin(), ranked.end(), [&](int a, int b) { return count[std::size_t(a)] > count[std::size_t(b)]; });
    return ranked;
}

std::vector<int> constantTopLabels(
    const std::vector<std::vector<int>> &labels, int numLabels, int innerK, int maxK, std::uint64_t seed)
{
    const std::vector<double> inner = innerTopKScores(labels, numLabels, innerK, maxK, seed);
    const int k = int(std::max_element(inner.begin(), inner.end()) - inner.begin()); // first = smallest k
    std::vector<int> all(labels.size());
    std::iota(all.begin(), all.end(), 0);
    return topK(labelsByFrequency(labels, all, numLabels), k);
}

ConstantLabelsBaseline constantTopLabelsBaseline(const std::vector<std::vector<int>> &labels, int numLabels,
    const FoldPlan &folds, int innerK, int maxK, std::uint64_t seed)
{
    requirePlanCovers(folds, labels.size());
    if (maxK < 0)
        throw std::invalid_argument("the constant-labels baseline needs maxK >= 0, got " + std::to_string(maxK));
    ConstantLabelsBaseline result;
    result.predictions.resize(labels.size());
    for (std::size_t f = 0; f < folds.folds.size(); ++f) {
        const Fold &fold = folds.folds[f];
        const std::vector<int> answer = constantTopLabels(pick(labels, fold.train), numLabels, innerK, maxK, seed + f);
        const int k = int(answer.size());
        const std::vector<std::vector<int>> gold = pick(labels, fold.validation);
        const metrics::MultiLabelScores scores
            = metrics::multiLabelF1(gold, std::vector<std::vector<int>>(gold.size(), answer), numLabels);
        result.chosenK.push_back(k);
        result.answer.push_back(answer);
        result.microF1.push_back(scores.micro.f1);
        result.macroF1.push_back(scores.macroF1);
        for (int i : fold.validation)
            result.predictions[std::size_t(i)] = answer;
    }
    return result;
}

int majorityClass(const std::vector<int> &classes, int numClasses)
{
    std::vector<int> all(classes.size());
    std::iota(all.begin(), all.end(), 0);
    const std::vector<double> freq = classFrequencies(classes, all, numClasses);
    return int(std::max_element(freq.begin(), freq.end()) - freq.begin());
}

MajorityBaseline majorityClassBaseline(
    const std::vector<int> &classes, int numClasses, const FoldPlan &folds, int positive)
{
    requirePlanCovers(folds, classes.size());
    MajorityBaseline result;
    result.predictions.resize(classes.size());
    for (const Fold &fold : folds.folds) {
        const int majority = majorityClass(pick(classes, fold.train), numClasses);
        const std::vector<int> gold = pick(classes, fold.validation);
        const metrics::ClassificationScores s
            = metrics::classificationScores(gold, std::vector<int>(gold.size(), majority), numClasses, positive);
        result.majorityClass.push_back(majority);
        result.scores.accuracy.push_back(s.accuracy);
        result.scores.macroF1.push_back(s.macroF1);
        result.scores.mcc.push_back(s.mcc);
        for (int i : fold.validation)
            result.predictions[std::size_t(i)] = majority;
    }
    return result;
}

StratifiedRandomBaseline stratifiedRandomBaseline(
    const std::vector<int> &classes, int numClasses, const FoldPlan &folds, int draws, std::uint64_t seed, int positive)
{
    requirePlanCovers(folds, classes.size());
    if (draws < 1)
        throw std::invalid_argument("the stratified random baseline needs draws >= 1, got " + std::to_string(draws));
    StratifiedRandomBaseline result;
    for (std::size_t f = 0; f < folds.folds.size(); ++f) {
        const Fold &fold = folds.folds[f];
        const std::vector<double> prior = classFrequencies(classes, fold.train, numClasses);
        const std::vector<double> validation = classFrequencies(classes, fold.validation, numClasses);
        result.expectedAccuracy.push_back(std::inner_product(prior.begin(), prior.end(), validation.begin(), 0.0));
        const std::vector<int> gold = pick(classes, fold.validation);
        SeededRandom random(seed + f);
        double accuracy = 0, macro = 0, mcc = 0;
        std::vector<int> answer(gold.size());
        for (int d = 0; d < draws; ++d) {
            for (int &a : answer) {
                double u = random.unit();
                a = numClasses - 1; // where rounding leaves u above the cumulative sum
                for (int c = 0; c < numClasses; ++c)
                    if ((u -= prior[std::size_t(c)]) < 0) {
                        a = c;
                        break;
                    }
            }
            const metrics::ClassificationScores s = metrics::classificationScores(gold, answer, numClasses, positive);
            accuracy += s.accuracy;
            macro += s.macroF1;
            mcc += s.mcc;
        }
        result.scores.accuracy.push_back(accuracy / draws);
        result.scores.macroF1.push_back(macro / draws);
        result.scores.mcc.push_back(mcc / draws);
    }
    return result;
}

MultiLabelRandomBaseline stratifiedRandomLabelsBaseline(
    const std::vector<std::vector<int>> &labels, int numLabels, const FoldPlan &folds, int draws, std::uint64_t seed)
{
    requirePlanCovers(folds, labels.size());
    if (draws < 1)
        throw std::invalid_argument("the stratified random baseline needs draws >= 1, got " + std::to_string(draws));
    MultiLabelRandomBaseline result;
    for (std::size_t f = 0; f < folds.folds.size(); ++f) {
        const Fold &fold = folds.folds[f];
        const std::vector<long> count = labelCounts(labels, fold.train, numLabels);
        std::vector<double> rate(count.size());
        for (std::size_t l = 0; l < count.size(); ++l)
            rate[l] = double(count[l]) / double(fold.train.size());
        const std::vector<std::vector<int>> gold = pick(labels, fold.validation);
        SeededRandom random(seed + f);
        double micro = 0, macro = 0;
        std::vector<std::vector<int>> answer(gold.size());
        for (int d = 0; d < draws; ++d) {
            for (std::vector<int> &a : answer) {
                a.clear();
                for (int l = 0; l < numLabels; ++l)
                    if (random.unit() < rate[std::size_t(l)])
                        a.push_back(l);
            }
            const metrics::MultiLabelScores s = metrics::multiLabelF1(gold, answer, numLabels);
            micro += s.micro.f1;
            macro += s.macroF1;
        }
        result.microF1.push_back(micro / draws);
        result.macroF1.push_back(macro / draws);
    }
    return result;
}

} // namespace candor::models::selection
