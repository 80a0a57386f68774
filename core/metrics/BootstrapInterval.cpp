#include "core/metrics/BootstrapInterval.h"

#include "core/metrics/ReliabilityData.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace candor::metrics {

namespace {

double quantile(const std::vector<double> &sorted, double p)
{
    const double position = p * double(sorted.size() - 1);
    const size_t below = size_t(std::floor(position));
    const size_t above = std::min(below + 1, sorted.size() - 1);
    return sorted[below] + (position - double(below)) * (sorted[above] - sorted[below]);
}

} // namespace

ConfidenceInterval bootstrapInterval(size_t units, const std::function<double(const std::vector<size_t> &)> &statistic,
    int resamples, std::uint64_t seed, double level)
{
    return bootstrapIntervals(
        units, 1, [&statistic](const std::vector<size_t> &drawn) { return std::vector<double>{statistic(drawn)}; },
        resamples, seed, level)
        .front();
}

std::vector<ConfidenceInterval> bootstrapIntervals(size_t units, size_t count,
    const std::function<std::vector<double>(const std::vector<size_t> &)> &statistics, int resamples,
    std::uint64_t seed, double level)
{
    std::vector<ConfidenceInterval> intervals(count, {undefinedCoefficient(), undefinedCoefficient(), 0});
    if (units == 0 || resamples <= 0 || count == 0)
        return intervals;
    std::mt19937_64 generator(seed);
    std::vector<std::vector<double>> values(count);
    for (std::vector<double> &one : values)
        one.reserve(size_t(resamples));
    std::vector<size_t> drawn(units);
    for (int r = 0; r < resamples; ++r) {
        for (size_t &unit : drawn)
            unit = size_t((static_cast<unsigned __int128>(generator()) * units) >> 64);
        const std::vector<double> figures = statistics(drawn);
        for (size_t i = 0; i < count && i < figures.size(); ++i)
            if (!std::isnan(figures[i]))
                values[i].push_back(figures[i]);
    }
    for (size_t i = 0; i < count; ++i) {
        intervals[i].resamples = int(values[i].size());
        if (values[i].empty())
            continue;
        std::sort(values[i].begin(), values[i].end());
        intervals[i].low = quantile(values[i], (1.0 - level) / 2);
        intervals[i].high = quantile(values[i], (1.0 + level) / 2);
    }
    return intervals;
}

} // namespace candor::metrics
