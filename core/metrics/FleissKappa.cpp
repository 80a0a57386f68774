#include "core/metrics/FleissKappa.h"

#include <map>

namespace candor::metrics {

namespace {

std::map<int, int> categoryCounts(const std::vector<int> &unit, int &ratings)
{
    std::map<int, int> counts;
    ratings = 0;
    for (const int value : unit) {
        if (value == kMissing)
            continue;
        ++counts[value];
        ++ratings;
    }
    return counts;
}

} // namespace

FleissResult fleissKappa(const ReliabilityData &data)
{
    FleissResult result;
    std::map<int, int> unitsWithRatings; // rating count -> units with that many ratings
    for (const std::vector<int> &unit : data) {
        int ratings = 0;
        categoryCounts(unit, ratings);
        if (ratings >= 2)
            ++unitsWithRatings[ratings];
    }
    int modalUnits = 0;
    for (const auto &[ratings, units] : unitsWithRatings) {
        if (units >= modalUnits) { // ascending keys: a tie goes to the larger rating count
            modalUnits = units;
            result.raters = ratings;
        }
    }
    const int m = result.raters;
    double agreementSum = 0;
    std::map<int, double> categoryTotals;
    for (const std::vector<int> &unit : data) {
        int ratings = 0;
        const std::map<int, int> counts = categoryCounts(unit, ratings);
        if (ratings < 2)
            continue;
        if (ratings != m) {
            ++result.unitsLeftOut;
            continue;
        }
        ++result.units;
        double squares = 0;
        for (const auto &[category, count] : counts) {
            squares += double(count) * count;
            categoryTotals[category] += count;
        }
        agreementSum += (squares - m) / (double(m) * (m - 1));
    }
    if (result.units == 0) {
        result.kappa = undefinedCoefficient();
        return result;
    }
    const double meanAgreement = agreementSum / result.units;
    double chance = 0;
    const double allRatings = double(result.units) * m;
    for (const auto &[category, total] : categoryTotals)
        chance += (total / allRatings) * (total / allRatings);
    result.kappa = chance >= 1.0 ? undefinedCoefficient() : (meanAgreement - chance) / (1.0 - chance);
    return result;
}

} // namespace candor::metrics
