#include "core/metrics/ClassificationMetrics.h"

#include <cmath>
#include <stdexcept>

namespace candor::metrics {

namespace {

// scikit-learn's precision_recall_fscore_support with the default zero_division (undefined values are 0).
PrecisionRecallF1 score(long tp, long fp, long fn)
{
    PrecisionRecallF1 s;
    s.precision = tp + fp == 0 ? 0.0 : double(tp) / double(tp + fp);
    s.recall = tp + fn == 0 ? 0.0 : double(tp) / double(tp + fn);
    const long denominator = 2 * tp + fp + fn;
    s.f1 = denominator == 0 ? 0.0 : 2.0 * double(tp) / double(denominator);
    return s;
}

// Confusion counts where a prediction of -1 means "no answer": it is wrong and counts against no class.
struct Confusion
{
    explicit Confusion(int classes)
        : n(size_t(classes))
        , matrix(n * n, 0)
        , missing(n, 0)
    {
    }

    void add(int gold, int predicted)
    {
        if (predicted < 0)
            ++missing[size_t(gold)];
        else
            ++matrix[size_t(gold) * n + size_t(predicted)];
    }
    long truePositives(size_t k) const { return matrix[k * n + k]; }
    long goldCount(size_t k) const
    {
        long sum = missing[k];
        for (size_t j = 0; j < n; ++j)
            sum += matrix[k * n + j];
        return sum;
    }
    long predictedCount(size_t k) const
    {
        long sum = 0;
        for (size_t i = 0; i < n; ++i)
            sum += matrix[i * n + k];
        return sum;
    }
    PrecisionRecallF1 perClass(size_t k) const
    {
        const long tp = truePositives(k);
        return score(tp, predictedCount(k) - tp, goldCount(k) - tp);
    }

    size_t n;
    std::vector<long> matrix; // gold row, predicted column
    std::vector<long> missing; // gold class without an answer
};

// Matthews correlation in scikit-learn's multi-class form (Gorodkin 2004); equals the binary MCC for two classes,
// and is 0 when either the gold or the predicted labels are constant.
double matthews(const Confusion &c)
{
    double samples = 0, correct = 0, goldDotPredicted = 0, goldSquares = 0, predictedSquares = 0;
    for (size_t k = 0; k < c.n; ++k) {
        const double t = double(c.goldCount(k)), p = double(c.predictedCount(k));
        samples += t;
        correct += double(c.truePositives(k));
        goldDotPredicted += t * p;
        goldSquares += t * t;
        predictedSquares += p * p;
    }
    const double covariance = correct * samples - goldDotPredicted;
    const double predictedVariance = samples * samples - predictedSquares;
    const double goldVariance = samples * samples - goldSquares;
    if (predictedVariance * goldVariance == 0)
        return 0.0;
    return covariance / std::sqrt(goldVariance * predictedVariance);
}

int indexOf(const std::vector<std::string> &classes, const std::string &label)
{
    for (size_t i = 0; i < classes.size(); ++i) {
        if (classes[i] == label)
            return int(i);
    }
    return -1;
}

// Fills accuracy, macro-F1 over all classes and per-class scores from gold/answer label maps (RumourEval scorers:
// every gold id counts; a missing or unknown answer is wrong).
template <typename Answer, typename LabelOf>
Confusion confusionOf(const std::map<std::string, std::string> &gold, const std::map<std::string, Answer> &answers,
    const std::vector<std::string> &classes, LabelOf labelOf)
{
    Confusion confusion(int(classes.size()));
    for (const auto &[id, goldLabel] : gold) {
        const int g = indexOf(classes, goldLabel);
        if (g < 0)
            throw std::invalid_argument("gold label \"" + goldLabel + "\" of " + id + " is not a RumourEval class");
        const auto answer = answers.find(id);
        confusion.add(g, answer == answers.end() ? -1 : indexOf(classes, labelOf(answer->second)));
    }
    return confusion;
}

double accuracyOf(const Confusion &c)
{
    long correct = 0, total = 0;
    for (size_t k = 0; k < c.n; ++k) {
        correct += c.truePositives(k);
        total += c.goldCount(k);
    }
    return total == 0 ? 0.0 : double(correct) / double(total);
}

double macroF1Of(const Confusion &c)
{
    double sum = 0;
    for (size_t k = 0; k < c.n; ++k)
        sum += c.perClass(k).f1;
    return c.n == 0 ? 0.0 : sum / double(c.n);
}

} // namespace

ClassificationScores classificationScores(
    const std::vector<int> &gold, const std::vector<int> &predicted, int numClasses, int positive)
{
    if (gold.size() != predicted.size())
        throw std::invalid_argument("gold and predicted hold different numbers of samples");
    if (numClasses < 1 || positive < 0 || positive >= numClasses)
        throw std::invalid_argument("positive class index outside the class list");
    Confusion confusion(numClasses);
    for (size_t i = 0; i < gold.size(); ++i) {
        if (gold[i] < 0 || gold[i] >= numClasses || predicted[i] < 0 || predicted[i] >= numClasses)
            throw std::out_of_range("class index outside the class list");
        confusion.add(gold[i], predicted[i]);
    }
    ClassificationScores scores;
    scores.accuracy = accuracyOf(confusion);
    // scikit-learn's macro average runs over the classes present in gold or predicted labels.
    double f1Sum = 0;
    int present = 0;
    for (size_t k = 0; k < size_t(numClasses); ++k) {
        scores.perClass.push_back(confusion.perClass(k));
        if (confusion.goldCount(k) + confusion.predictedCount(k) > 0) {
            f1Sum += scores.perClass.back().f1;
            ++present;
        }
    }
    scores.macroF1 = present == 0 ? 0.0 : f1Sum / present;
    scores.mcc = matthews(confusion);
    return scores;
}

StanceScores rumourEvalStance(
    const std::map<std::string, std::string> &gold, const std::map<std::string, std::string> &answers)
{
    const std::vector<std::string> classes = {"support", "deny", "query", "comment"};
    const Confusion confusion = confusionOf(gold, answers, classes, [](const std::string &label) { return label; });
    StanceScores scores;
    scores.accuracy = accuracyOf(confusion);
    scores.macroF1 = macroF1Of(confusion);
    for (size_t k = 0; k < classes.size(); ++k)
        scores.perClass.push_back(confusion.perClass(k));
    return scores;
}

VeracityScores rumourEvalVeracity(
    const std::map<std::string, std::string> &gold, const std::map<std::string, VeracityAnswer> &answers)
{
    const std::vector<std::string> classes = {"true", "false", "unverified"};
    const Confusion confusion = confusionOf(gold, answers, classes, [](const VeracityAnswer &a) { return a.label; });
    double squaredErrors = 0;
    for (const auto &[id, goldLabel] : gold) {
        const auto answer = answers.find(id);
        if (answer == answers.end()) {
            squaredErrors += 1.0;
            continue;
        }
        const double confidence = answer->second.confidence;
        if (answer->second.label == goldLabel)
            squaredErrors += (1.0 - confidence) * (1.0 - confidence);
        else if (goldLabel == "unverified")
            squaredErrors += confidence * confidence;
        else
            squaredErrors += 1.0;
    }
    VeracityScores scores;
    scores.accuracy = accuracyOf(confusion);
    scores.macroF1 = macroF1Of(confusion);
    scores.rmse = gold.empty() ? 0.0 : std::sqrt(squaredErrors / double(gold.size()));
    return scores;
}

} // namespace candor::metrics
