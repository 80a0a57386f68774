#include "core/metrics/UnitizingAlpha.h"

#include "core/metrics/ReliabilityData.h"

#include <algorithm>
#include <stdexcept>

namespace candor::metrics {

namespace {

// One stretch of a coder's continuum for one label: a unit of the label, or a gap between units.
struct Section
{
    double begin;
    double end;
    bool unit;
    double length() const { return end - begin; }
};

// A coder's continuum for one label as consecutive sections covering [0, length): the coder's units of the label
// (overlapping ones merged) and the gaps around them.
std::vector<Section> sections(const std::vector<LabeledSpan> &spans, int label, int length)
{
    std::vector<std::pair<int, int>> units;
    for (const LabeledSpan &s : spans) {
        const int begin = std::max(0, s.start), end = std::min(length, s.end);
        if (s.label == label && end > begin)
            units.emplace_back(begin, end);
    }
    std::sort(units.begin(), units.end());
    std::vector<std::pair<int, int>> merged;
    for (const auto &u : units) {
        if (!merged.empty() && u.first < merged.back().second)
            merged.back().second = std::max(merged.back().second, u.second);
        else
            merged.push_back(u);
    }
    std::vector<Section> result;
    int position = 0;
    for (const auto &[begin, end] : merged) {
        if (begin > position)
            result.push_back({double(position), double(begin), false});
        result.push_back({double(begin), double(end), true});
        position = end;
    }
    if (position < length)
        result.push_back({double(position), double(length), false});
    return result;
}

double squaredDistance(const Section &g, const Section &h)
{
    if (g.unit && h.unit) {
        const double begins = g.begin - h.begin, ends = g.end - h.end;
        return begins * begins + ends * ends;
    }
    if (g.unit && h.begin <= g.begin && g.end <= h.end)
        return g.length() * g.length();
    if (h.unit && g.begin <= h.begin && h.end <= g.end)
        return h.length() * h.length();
    return 0;
}

// Σ_g Σ_h δ² over the sections of two coders. Both lists partition [0, length) in order, so walking them together
// meets every pair that overlaps exactly once; pairs that do not overlap have δ² = 0.
double pairDisagreement(const std::vector<Section> &a, const std::vector<Section> &b)
{
    double sum = 0;
    size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        sum += squaredDistance(a[i], b[j]);
        if (a[i].end < b[j].end)
            ++i;
        else if (b[j].end < a[i].end)
            ++j;
        else {
            ++i;
            ++j;
        }
    }
    return sum;
}

} // namespace

UnitizingAlpha unitizingAlpha(const std::vector<std::vector<LabeledSpan>> &coders, int length, int numLabels)
{
    if (coders.size() < 2)
        throw std::invalid_argument("unitizing alpha needs two or more coders");
    if (length < 1)
        throw std::invalid_argument("unitizing alpha needs a continuum of one code point or more");
    for (const auto &spans : coders) {
        for (const LabeledSpan &s : spans) {
            if (s.label < 0 || s.label >= numLabels)
                throw std::out_of_range("span label index outside the label list");
        }
    }
    const double m = double(coders.size()), L = length;
    UnitizingAlpha result;
    double observedSum = 0, expectedSum = 0;
    for (int label = 0; label < numLabels; ++label) {
        std::vector<std::vector<Section>> perCoder;
        for (const auto &spans : coders)
            perCoder.push_back(sections(spans, label, length));
        std::vector<double> unitLengths, gapLengths;
        for (const auto &coder : perCoder) {
            for (const Section &s : coder)
                (s.unit ? unitLengths : gapLengths).push_back(s.length());
        }
        if (unitLengths.empty()) {
            result.perLabel.push_back(undefinedCoefficient());
            result.observed.push_back(0);
            result.expected.push_back(0);
            continue;
        }
        double observed = 0;
        for (size_t i = 0; i < perCoder.size(); ++i) {
            for (size_t j = i + 1; j < perCoder.size(); ++j)
                observed += 2 * pairDisagreement(perCoder[i], perCoder[j]); // δ² is symmetric: i≠j counts both
        }
        observed /= m * (m - 1) * L * L;
        // Σ_{gaps h, l_h ≥ l} (l_h - l + 1) = (sum of those gaps) - count · (l - 1), from the gaps sorted by length.
        std::sort(gapLengths.begin(), gapLengths.end());
        std::vector<double> longerSum(gapLengths.size() + 1, 0);
        for (size_t k = gapLengths.size(); k-- > 0;)
            longerSum[k] = longerSum[k + 1] + gapLengths[k];
        const double units = double(unitLengths.size());
        double numerator = 0, withinUnits = 0;
        for (const double l : unitLengths) {
            const size_t first = size_t(std::lower_bound(gapLengths.begin(), gapLengths.end(), l) - gapLengths.begin());
            const double fits = longerSum[first] - double(gapLengths.size() - first) * (l - 1);
            numerator += (units - 1) * (2 * l * l * l - 3 * l * l + l) / 3 + l * l * fits;
            withinUnits += l * (l - 1);
        }
        const double expected = 2 / L * numerator / (m * L * (m * L - 1) - withinUnits);
        result.observed.push_back(observed);
        result.expected.push_back(expected);
        result.perLabel.push_back(expected > 0 ? 1 - observed / expected : undefinedCoefficient());
        observedSum += observed;
        expectedSum += expected;
    }
    result.alpha = expectedSum > 0 ? 1 - observedSum / expectedSum : undefinedCoefficient();
    return result;
}

} // namespace candor::metrics
