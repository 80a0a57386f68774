#pragma once

#include <cstddef>
#include <limits>
#include <vector>

namespace candor::metrics {

// Nominal reliability data in Krippendorff's layout turned on its side: one row per unit (an item, a post), one
// cell per coder (annotator), each cell a category index >= 0 or kMissing when that coder did not code the unit.
constexpr int kMissing = -1;
using ReliabilityData = std::vector<std::vector<int>>;

// An agreement coefficient that its definition leaves undefined (no pairable values, or chance agreement of 1 so
// that the formula divides 0 by 0) is NaN: a number that looks like "perfect" or "none" would be a lie.
inline double undefinedCoefficient()
{
    return std::numeric_limits<double>::quiet_NaN();
}

// The rows of `data` at `units` (repeats allowed): what a bootstrap resample over units feeds a coefficient.
inline ReliabilityData selectUnits(const ReliabilityData &data, const std::vector<size_t> &units)
{
    ReliabilityData selected;
    selected.reserve(units.size());
    for (const size_t u : units)
        selected.push_back(data.at(u));
    return selected;
}

} // namespace candor::metrics
