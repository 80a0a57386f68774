#include "core/metrics/CohenKappa.h"

#include <map>

namespace candor::metrics {

PairKappa cohenKappa(const ReliabilityData &data, size_t a, size_t b)
{
    PairKappa result;
    std::map<int, double> countA, countB;
    double agreements = 0;
    for (const std::vector<int> &unit : data) {
        const int x = unit.at(a);
        const int y = unit.at(b);
        if (x == kMissing || y == kMissing)
            continue;
        ++result.units;
        countA[x] += 1;
        countB[y] += 1;
        if (x == y)
            agreements += 1;
    }
    if (result.units == 0) {
        result.kappa = undefinedCoefficient();
        return result;
    }
    const double n = result.units;
    result.observed = agreements / n;
    for (const auto &[category, count] : countA) {
        const auto other = countB.find(category);
        if (other != countB.end())
            result.expected += (count / n) * (other->second / n);
    }
    result.kappa = result.expected >= 1.0 ? undefinedCoefficient()
                                          : (result.observed - result.expected) / (1.0 - result.expected);
    return result;
}

} // namespace candor::metrics
