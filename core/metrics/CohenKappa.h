#pragma once

#include "core/metrics/ReliabilityData.h"

namespace candor::metrics {

struct PairKappa
{
    double kappa = 0; // NaN when undefined (no common unit, or expected agreement 1)
    double observed = 0; // p_o: share of the common units on which the two coders agree
    double expected = 0; // p_e: Σ_k p_a(k)·p_b(k), each coder's own category shares on the common units
    int units = 0; // units that both coders coded
};

// Cohen's (1960) kappa for nominal data between coders `a` and `b` of `data`, over the units both coded (a unit
// either left out is not counted): κ = (p_o - p_e) / (1 - p_e). When p_e is 1 (both coders used one and the same
// category on every common unit) κ is 0/0 and NaN is returned, not 1. Coder indices outside a row throw
// std::out_of_range.
PairKappa cohenKappa(const ReliabilityData &data, size_t a, size_t b);

} // namespace candor::metrics
