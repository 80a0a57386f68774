#pragma once

#include "core/metrics/ReliabilityData.h"

namespace candor::metrics {

struct AlphaResult
{
    double alpha = 0; // NaN when undefined (fewer than two pairable values, or only one category among them)
    double pairableValues = 0; // n: the values in units with two or more values (the coincidence matrix's total)
    int units = 0; // units with two or more values
};

// Krippendorff's alpha for nominal data with missing values, in the coincidence-matrix form of Krippendorff,
// "Computing Krippendorff's Alpha-Reliability" (2011), section C: a unit u with m_u >= 2 values adds
// 1/(m_u - 1) to o_ck for every ordered pair of values (c, k) from different coders of u; units with fewer than
// two values are not pairable and drop out. n_c = Σ_k o_ck, n = Σ_c n_c, and for the nominal metric
// α = 1 - (n - 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k.
AlphaResult krippendorffAlphaNominal(const ReliabilityData &data);

} // namespace candor::metrics
