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
    ConfidenceInterval interval{undefinedCoefficient(), undefinedCoefficient(), 0};
    if (units == 0 || resamples <= 0)
        return interval;
    std::mt19937_64 generator(seed);
    std::vector<double> values;
    values.reserve(size_t(resamples));
    std::vector<size_t> drawn(units);
    for (int r = 0; r < resamples; ++r) {
        for (size_t &unit : drawn)
            unit = size_t((static_cast<unsigned __int128>(generator()) * units) >> 64);
        const double value = statistic(drawn);
        if (!std::isnan(value))
            values.push_back(value);
    }
    interval.resamples = int(values.size());
    if (values.empty())
        return interval;
    std::sort(values.begin(), values.end());
    interval.low = quantile(values, (1.0 - level) / 2);
    interval.high = quantile(values, (1.0 + level) / 2);
    return interval;
}

} // namespace candor::metrics
