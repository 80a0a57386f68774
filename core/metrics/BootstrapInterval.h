#pragma once

#include <cstdint>
#include <functional>
#include <vector>

namespace candor::metrics {

struct ConfidenceInterval
{
    double low = 0; // NaN when no resample gave a defined statistic
    double high = 0;
    int resamples = 0; // resamples whose statistic was defined (not NaN)
};

// The percentile bootstrap over units (Efron & Tibshirani 1993, ch. 13): `resamples` times, draw `units` unit
// indices with replacement and compute `statistic` on them; the interval is the (1-level)/2 and (1+level)/2
// quantiles of those values (linear interpolation between order statistics, Hyndman & Fan type 7). Resamples on
// which the statistic is undefined (NaN: a kappa of a resample where both coders used one category) are left out
// and `resamples` says how many counted. Deterministic: the draws come from std::mt19937_64 seeded with `seed`
// (whose output the C++ standard fixes), mapped to [0, units) by a 128-bit multiply, not by a distribution whose
// algorithm the standard leaves to each library. units == 0 gives NaN bounds.
ConfidenceInterval bootstrapInterval(size_t units, const std::function<double(const std::vector<size_t> &)> &statistic,
    int resamples = 1000, std::uint64_t seed = 14, double level = 0.95);

// The same for a statistic with several values (every figure of a scorer, from one resample): one interval per
// value, from the same draws, so a report's figures share their resamples and one pass costs one scoring per
// resample. `statistics` returns `count` values for each resample (NaN where undefined).
std::vector<ConfidenceInterval> bootstrapIntervals(size_t units, size_t count,
    const std::function<std::vector<double>(const std::vector<size_t> &)> &statistics, int resamples = 1000,
    std::uint64_t seed = 14, double level = 0.95);

} // namespace candor::metrics
