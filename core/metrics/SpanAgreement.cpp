#include "core/metrics/SpanAgreement.h"

#include "core/metrics/ReliabilityData.h"

#include <algorithm>
#include <map>
#include <stdexcept>
#include <tuple>

namespace candor::metrics {

namespace {

using SpanKey = std::tuple<int, int, int>; // label, start, end

std::map<SpanKey, int> spanCounts(const std::vector<LabeledSpan> &document)
{
    std::map<SpanKey, int> counts;
    for (const LabeledSpan &s : document) {
        if (s.end > s.start)
            ++counts[{s.label, s.start, s.end}];
    }
    return counts;
}

double exactF1(double matches, int spansA, int spansB)
{
    return spansA + spansB == 0 ? undefinedCoefficient() : 2.0 * matches / (spansA + spansB);
}

} // namespace

SpanAgreement spanAgreement(
    const std::vector<std::vector<LabeledSpan>> &a, const std::vector<std::vector<LabeledSpan>> &b, int numLabels)
{
    // semevalSpanF1 checks the shapes and the labels and throws before anything is counted here.
    const SpanScores partial = semevalSpanF1(a, b, numLabels);
    SpanAgreement agreement;
    agreement.perLabel.resize(size_t(numLabels));
    std::vector<double> matches(size_t(numLabels), 0);
    for (size_t d = 0; d < a.size(); ++d) {
        const std::map<SpanKey, int> countsA = spanCounts(a[d]);
        const std::map<SpanKey, int> countsB = spanCounts(b[d]);
        for (const auto &[key, count] : countsA) {
            agreement.perLabel[size_t(std::get<0>(key))].spansA += count;
            const auto other = countsB.find(key);
            if (other != countsB.end())
                matches[size_t(std::get<0>(key))] += std::min(count, other->second);
        }
        for (const auto &[key, count] : countsB)
            agreement.perLabel[size_t(std::get<0>(key))].spansB += count;
    }
    double allMatches = 0;
    for (size_t k = 0; k < size_t(numLabels); ++k) {
        SpanAgreementFigures &figures = agreement.perLabel[k];
        figures.exactF1 = exactF1(matches[k], figures.spansA, figures.spansB);
        figures.partialF1 = figures.spansA + figures.spansB == 0 ? undefinedCoefficient() : partial.perLabel[k].f1;
        agreement.micro.spansA += figures.spansA;
        agreement.micro.spansB += figures.spansB;
        allMatches += matches[k];
    }
    agreement.micro.exactF1 = exactF1(allMatches, agreement.micro.spansA, agreement.micro.spansB);
    agreement.micro.partialF1
        = agreement.micro.spansA + agreement.micro.spansB == 0 ? undefinedCoefficient() : partial.f1;
    return agreement;
}

} // namespace candor::metrics
