#include "core/metrics/SpanMetrics.h"

#include <algorithm>
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

// A PAN span after the evaluator's conversion: characters start..end, end included.
struct InclusiveSpan
{
    int start;
    int end;
    int length() const { return end - start + 1; }
};

// Valid spans of one label in one document, end made inclusive; predicted spans are merged where their character
// sets intersect (which, after the conversion, includes spans that merely touch in [start, end) terms).
std::vector<InclusiveSpan> panSpans(const std::vector<LabeledSpan> &document, int label, bool merge)
{
    std::vector<InclusiveSpan> spans;
    for (const LabeledSpan &s : document) {
        if (s.label == label && s.start >= 0 && s.end > s.start)
            spans.push_back({s.start, s.end});
    }
    if (!merge || spans.empty())
        return spans;
    std::sort(
        spans.begin(), spans.end(), [](const InclusiveSpan &a, const InclusiveSpan &b) { return a.start < b.start; });
    std::vector<InclusiveSpan> merged = {spans.front()};
    for (size_t i = 1; i < spans.size(); ++i) {
        if (spans[i].start <= merged.back().end)
            merged.back().end = std::max(merged.back().end, spans[i].end);
        else
            merged.push_back(spans[i]);
    }
    return merged;
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
    const std::vector<std::vector<LabeledSpan>> &predicted, int numLabels)
{
    checkShape(gold, predicted, numLabels);
    PanSpanScores scores;
    double numeratorTotal = 0, predictedTotal = 0, goldTotal = 0;
    double officialSum = 0, correctedSum = 0;
    for (int label = 0; label < numLabels; ++label) {
        double numerator = 0, goldSideNumerator = 0, predictedCount = 0, goldCount = 0;
        for (size_t d = 0; d < gold.size(); ++d) {
            const std::vector<InclusiveSpan> p = panSpans(predicted[d], label, /*merge=*/true);
            const std::vector<InclusiveSpan> g = panSpans(gold[d], label, /*merge=*/false);
            predictedCount += double(p.size());
            goldCount += double(g.size());
            for (const InclusiveSpan &s : p) {
                for (const InclusiveSpan &t : g) {
                    const double common = overlap(s.start, s.end + 1, t.start, t.end + 1);
                    numerator += common / s.length();
                    goldSideNumerator += common / t.length();
                }
            }
        }
        // The evaluator divides the same predicted-side numerator by the gold count for recall.
        PrecisionRecallF1 official = officialScore(numerator, predictedCount, numerator, goldCount);
        const PrecisionRecallF1 corrected = officialScore(numerator, predictedCount, goldSideNumerator, goldCount);
        scores.perLabel.push_back(official);
        officialSum += official.f1;
        correctedSum += corrected.f1;
        numeratorTotal += numerator;
        predictedTotal += predictedCount;
        goldTotal += goldCount;
    }
    if (numLabels > 0) {
        scores.officialF1 = officialSum / numLabels;
        scores.correctedRecallF1 = correctedSum / numLabels;
    }
    const PrecisionRecallF1 micro = officialScore(numeratorTotal, predictedTotal, numeratorTotal, goldTotal);
    scores.precision = micro.precision;
    scores.recall = micro.recall;
    scores.microF1 = micro.f1;
    return scores;
}

} // namespace candor::metrics
