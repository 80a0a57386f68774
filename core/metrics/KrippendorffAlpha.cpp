#include "core/metrics/KrippendorffAlpha.h"

#include <map>

namespace candor::metrics {

AlphaResult krippendorffAlphaNominal(const ReliabilityData &data)
{
    AlphaResult result;
    // Only two things of the coincidence matrix matter for the nominal metric: its off-diagonal sum and its
    // marginals n_c. A unit's pairs give, per value c counted n_uc times, n_uc·(m_u - n_uc)/(m_u - 1) off the
    // diagonal and n_uc·(m_u - 1)/(m_u - 1) = n_uc to the marginal n_c.
    double disagreeing = 0;
    std::map<int, double> marginals;
    for (const std::vector<int> &unit : data) {
        std::map<int, int> counts;
        int m = 0;
        for (const int value : unit) {
            if (value == kMissing)
                continue;
            ++counts[value];
            ++m;
        }
        if (m < 2)
            continue;
        ++result.units;
        for (const auto &[category, count] : counts) {
            disagreeing += double(count) * (m - count) / (m - 1);
            marginals[category] += count;
            result.pairableValues += count;
        }
    }
    const double n = result.pairableValues;
    double expectedDisagreeing = n * n; // Σ_{c≠k} n_c·n_k = n² - Σ_c n_c²
    for (const auto &[category, total] : marginals)
        expectedDisagreeing -= total * total;
    if (n < 2 || expectedDisagreeing <= 0) {
        result.alpha = undefinedCoefficient();
        return result;
    }
    result.alpha = 1.0 - (n - 1) * disagreeing / expectedDisagreeing;
    return result;
}

} // namespace candor::metrics
