#include "core/metrics/SpanMetrics.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace candor::metrics {

namespace {

void checkShape(const std::vector<std::vector<LabeledSpan>> &gold,
    const std::vector<std::vector<LabeledSpan>> &predicted, int numLabels)
{
    if (gold.size() != predicted.size())
        throw std::invalid_argument("gold and predicted hold different numbers of documents");
    for (const auto *side : {&gold, &predicted}) {
        for (const auto &document : *side) {
            for (const LabeledSpan &s : document) {
                if (s.label < 0 || s.label >= numLabels)
                    throw std::out_of_range("span label index outside the label list");
            }
        }
    }
}

int overlap(int aStart, int aEnd, int bStart, int bEnd) // half-open ranges
{
    return std::max(0, std::min(aEnd, bEnd) - std::max(aStart, bStart));
}

// The official scorers' compute_prec_rec_f1: P and R are 0 when their denominator is 0, F1 is 1 when both are,
// and 2PR/(P+R) when both P and R are positive.
PrecisionRecallF1 officialScore(
    double precisionNumerator, double predictedCount, double recallNumerator, double goldCount)
{
    PrecisionRecallF1 s;
    if (predictedCount > 0)
        s.precision = precisionNumerator / predictedCount;
    if (goldCount > 0)
        s.recall = recallNumerator / goldCount;
    if (predictedCount == 0 && goldCount == 0)
        s.f1 = 1.0;
    if (s.precision > 0 && s.recall > 0)
        s.f1 = 2 * s.precision * s.recall / (s.precision + s.recall);
    return s;
}

// The PAN evaluator's compute_prec_rec_f1: officialScore's conventions, with its F1 expression 2·(P·R/(P+R)) so
// that the last digit agrees too.
PrecisionRecallF1 panScore(double precisionNumerator, double predictedCount, double recallNumerator, double goldCount)
{
    PrecisionRecallF1 s = officialScore(precisionNumerator, predictedCount, recallNumerator, goldCount);
    if (s.precision > 0 && s.recall > 0)
        s.f1 = 2 * (s.precision * s.recall / (s.precision + s.recall));
    return s;
}

// A PAN span after the evaluator's conversion: characters start..end, end included.
struct InclusiveSpan
{
    int start;
    int end;
    int length() const { return end - start + 1; }
};

// The spans of one label in one document as the evaluator sees them: [start, end) read as start..end inclusive,
// malformed ones (start < 0 or end < start) dropped, stably sorted by start. Predicted spans are then flattened:
// the union of their characters cut into maximal runs of consecutive characters, so spans that overlap, touch or
// leave no character between them (0-3 and 4-6) become one.
std::vector<InclusiveSpan> panSpans(const std::vector<LabeledSpan> &document, int label, bool flatten)
{
    std::vector<InclusiveSpan> spans;
    for (const LabeledSpan &s : document) {
        if (s.label == label && s.start >= 0 && s.end >= s.start)
            spans.push_back({s.start, s.end});
    }
    std::stable_sort(
        spans.begin(), spans.end(), [](const InclusiveSpan &a, const InclusiveSpan &b) { return a.start < b.start; });
    if (!flatten || spans.empty())
        return spans;
    std::vector<InclusiveSpan> runs = {spans.front()};
    for (size_t i = 1; i < spans.size(); ++i) {
        if (spans[i].start <= runs.back().end + 1)
            runs.back().end = std::max(runs.back().end, spans[i].end);
        else
            runs.push_back(spans[i]);
    }
    return runs;
}

// The orders in which the evaluator adds things up, so that the last bit agrees too (floating-point sums depend on
// their order). Within a text it walks the labels sorted by name (its micro sums); its label means run over its
// SPAN_LABELS list. Without names, or for names it does not list, the caller's index order.
struct PanOrders
{
    std::vector<size_t> withinText;
    std::vector<size_t> labelMeans;
};

PanOrders panOrders(int numLabels, const std::vector<std::string> &labelNames)
{
    PanOrders orders;
    orders.withinText.resize(size_t(numLabels));
    std::iota(orders.withinText.begin(), orders.withinText.end(), size_t(0));
    orders.labelMeans = orders.withinText;
    if (labelNames.empty())
        return orders;
    if (labelNames.size() != size_t(numLabels))
        throw std::invalid_argument("the label names do not match the number of labels");
    std::stable_sort(orders.withinText.begin(), orders.withinText.end(),
        [&](size_t a, size_t b) { return labelNames[a] < labelNames[b]; });
    static const std::vector<std::string> kEvaluatorLabels
        = {"OBJECTIVE", "AGENT", "FACILITATOR", "CAMPAIGNER", "VICTIM", "NEGATIVE_EFFECT"};
    const auto rank = [&](size_t k) {
        return size_t(
            std::find(kEvaluatorLabels.begin(), kEvaluatorLabels.end(), labelNames[k]) - kEvaluatorLabels.begin());
    };
    std::stable_sort(
        orders.labelMeans.begin(), orders.labelMeans.end(), [&](size_t a, size_t b) { return rank(a) < rank(b); });
    return orders;
}

} // namespace

SpanScores semevalSpanF1(const std::vector<std::vector<LabeledSpan>> &gold,
    const std::vector<std::vector<LabeledSpan>> &predicted, int numLabels)
{
    checkShape(gold, predicted, numLabels);
    const size_t labels = size_t(numLabels);
    std::vector<double> precisionSum(labels, 0), recallSum(labels, 0), predictedCount(labels, 0), goldCount(labels, 0);
    for (size_t d = 0; d < gold.size(); ++d) {
        for (const LabeledSpan &g : gold[d]) {
            if (g.end > g.start)
                goldCount[size_t(g.label)] += 1;
        }
        for (const LabeledSpan &s : predicted[d]) {
            // An empty span is a set of no characters; the official scorer would divide by its length of zero.
            if (s.end <= s.start)
                continue;
            predictedCount[size_t(s.label)] += 1;
            for (const LabeledSpan &g : gold[d]) {
                if (g.label != s.label || g.end <= g.start)
                    continue;
                const double common = overlap(s.start, s.end, g.start, g.end);
                precisionSum[size_t(s.label)] += common / (s.end - s.start);
                recallSum[size_t(s.label)] += common / (g.end - g.start);
            }
        }
    }
    SpanScores scores;
    double precisionTotal = 0, recallTotal = 0, predictedTotal = 0, goldTotal = 0;
    for (size_t k = 0; k < labels; ++k) {
        scores.perLabel.push_back(officialScore(precisionSum[k], predictedCount[k], recallSum[k], goldCount[k]));
        precisionTotal += precisionSum[k];
        recallTotal += recallSum[k];
        predictedTotal += predictedCount[k];
        goldTotal += goldCount[k];
    }
    const PrecisionRecallF1 micro = officialScore(precisionTotal, predictedTotal, recallTotal, goldTotal);
    scores.precision = micro.precision;
    scores.recall = micro.recall;
    scores.f1 = micro.f1;
    return scores;
}

PanSpanScores panSpanF1(const std::vector<std::vector<LabeledSpan>> &gold,
    const std::vector<std::vector<LabeledSpan>> &predicted, int numLabels, const std::vector<std::string> &labelNames)
{
    checkShape(gold, predicted, numLabels);
    const size_t labels = size_t(numLabels);
    const PanOrders orders = panOrders(numLabels, labelNames);
    // Per label: the evaluator's one numerator Σ|s∩g|/|s|, the gold-side Σ|s∩g|/|g| (for the corrected extra),
    // and the span counts. Pooled over labels: the two sums of micro-span-F1.
    std::vector<double> numerator(labels, 0), goldSideNumerator(labels, 0), predictedCount(labels, 0),
        goldCount(labels, 0);
    double microPrecisionSum = 0, microRecallSum = 0, predictedTotal = 0, goldTotal = 0;
    for (size_t d = 0; d < gold.size(); ++d) {
        for (const size_t k : orders.withinText) {
            const std::vector<InclusiveSpan> p = panSpans(predicted[d], int(k), /*flatten=*/true);
            const std::vector<InclusiveSpan> g = panSpans(gold[d], int(k), /*flatten=*/false);
            predictedCount[k] += double(p.size());
            goldCount[k] += double(g.size());
            predictedTotal += double(p.size());
            goldTotal += double(g.size());
            for (const InclusiveSpan &s : p) {
                for (const InclusiveSpan &t : g) {
                    const int common = overlap(s.start, s.end + 1, t.start, t.end + 1);
                    const double predictedSide = double(common) / s.length();
                    const double goldSide = double(common) / t.length();
                    numerator[k] += predictedSide;
                    goldSideNumerator[k] += goldSide;
                    microPrecisionSum += predictedSide;
                    microRecallSum += goldSide;
                }
            }
        }
    }
    PanSpanScores scores;
    double f1Sum = 0, precisionSum = 0, recallSum = 0, correctedSum = 0;
    for (size_t k = 0; k < labels; ++k) {
        // The evaluator divides the same predicted-side numerator by the gold count for recall.
        scores.perLabel.push_back(panScore(numerator[k], predictedCount[k], numerator[k], goldCount[k]));
    }
    for (const size_t k : orders.labelMeans) {
        f1Sum += scores.perLabel[k].f1;
        precisionSum += scores.perLabel[k].precision;
        recallSum += scores.perLabel[k].recall;
        correctedSum += panScore(numerator[k], predictedCount[k], goldSideNumerator[k], goldCount[k]).f1;
    }
    if (numLabels > 0) {
        scores.officialF1 = f1Sum / numLabels;
        scores.macroPrecision = precisionSum / numLabels;
        scores.macroRecall = recallSum / numLabels;
        scores.correctedRecallF1 = correctedSum / numLabels;
    }
    const PrecisionRecallF1 micro = panScore(microPrecisionSum, predictedTotal, microRecallSum, goldTotal);
    scores.microPrecision = micro.precision;
    scores.microRecall = micro.recall;
    scores.microF1 = micro.f1;
    return scores;
}

} // namespace candor::metrics
