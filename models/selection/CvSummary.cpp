#include "models/selection/CvSummary.h"

#include "core/metrics/MultiLabelF1.h"
#include "models/selection/SeededRandom.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace candor::models::selection {

namespace {

// Linear interpolation between order statistics (the "type 7" quantile of R and NumPy's default).
double quantile(const std::vector<double> &sorted, double q)
{
    const double at = q * double(sorted.size() - 1);
    const std::size_t below = std::size_t(std::floor(at));
    const std::size_t above = std::min(below + 1, sorted.size() - 1);
    return sorted[below] + (at - double(below)) * (sorted[above] - sorted[below]);
}

void requirePaired(std::size_t a, std::size_t b, const char *what)
{
    if (a != b)
        throw std::invalid_argument(std::string(what) + ": the model has " + std::to_string(a)
            + " scores but the baseline " + std::to_string(b));
    if (a == 0)
        throw std::invalid_argument(std::string(what) + ": no scores to compare");
}

} // namespace

MeanSd meanSd(const std::vector<double> &values)
{
    MeanSd out;
    out.count = int(values.size());
    if (values.empty())
        return out;
    for (double v : values)
        out.mean += v / double(values.size());
    if (values.size() > 1) {
        double squares = 0;
        for (double v : values)
            squares += (v - out.mean) * (v - out.mean);
        out.sd = std::sqrt(squares / double(values.size() - 1));
    }
    return out;
}

Interval bootstrapInterval(std::size_t units, const std::function<double(const std::vector<int> &)> &statistic,
    int resamples, std::uint64_t seed, double level)
{
    if (units == 0)
        throw std::invalid_argument("bootstrap: no units to resample");
    if (resamples < 1)
        throw std::invalid_argument("bootstrap: needs at least one resample, got " + std::to_string(resamples));
    if (!(level > 0 && level < 1))
        throw std::invalid_argument("bootstrap: the interval level must lie in (0, 1), got " + std::to_string(level));
    std::vector<int> indices(units);
    for (std::size_t i = 0; i < units; ++i)
        indices[i] = int(i);
    Interval out;
    out.level = level;
    out.estimate = statistic(indices);
    SeededRandom random(seed);
    std::vector<double> values;
    values.reserve(std::size_t(resamples));
    for (int r = 0; r < resamples; ++r) {
        for (int &i : indices)
            i = int(random.below(units));
        values.push_back(statistic(indices));
    }
    std::sort(values.begin(), values.end());
    out.low = quantile(values, (1 - level) / 2);
    out.high = quantile(values, (1 + level) / 2);
    return out;
}

Interval bootstrapMeanDifference(const std::vector<double> &model, const std::vector<double> &baseline, int resamples,
    std::uint64_t seed, double level)
{
    requirePaired(model.size(), baseline.size(), "bootstrap of a mean difference");
    return bootstrapInterval(
        model.size(),
        [&](const std::vector<int> &indices) {
            double sum = 0;
            for (int i : indices)
                sum += model[std::size_t(i)] - baseline[std::size_t(i)];
            return sum / double(indices.size());
        },
        resamples, seed, level);
}

Interval bootstrapMicroF1Difference(const std::vector<std::vector<int>> &gold,
    const std::vector<std::vector<int>> &model, const std::vector<std::vector<int>> &baseline, int numLabels,
    int resamples, std::uint64_t seed, double level)
{
    requirePaired(model.size(), baseline.size(), "bootstrap of a micro-F1 difference");
    if (gold.size() != model.size())
        throw std::invalid_argument("bootstrap of a micro-F1 difference: " + std::to_string(gold.size())
            + " gold rows but " + std::to_string(model.size()) + " predictions");
    std::vector<std::vector<int>> g, m, b;
    return bootstrapInterval(
        gold.size(),
        [&](const std::vector<int> &indices) {
            g.clear();
            m.clear();
            b.clear();
            for (int i : indices) {
                g.push_back(gold[std::size_t(i)]);
                m.push_back(model[std::size_t(i)]);
                b.push_back(baseline[std::size_t(i)]);
            }
            return metrics::multiLabelF1(g, m, numLabels).micro.f1 - metrics::multiLabelF1(g, b, numLabels).micro.f1;
        },
        resamples, seed, level);
}

CvSummary summarise(const std::vector<double> &modelPerFold, const std::vector<double> &baselinePerFold, int resamples,
    std::uint64_t seed, double level)
{
    CvSummary out;
    out.model = meanSd(modelPerFold);
    out.baseline = meanSd(baselinePerFold);
    out.lead = bootstrapMeanDifference(modelPerFold, baselinePerFold, resamples, seed, level);
    return out;
}

} // namespace candor::models::selection
