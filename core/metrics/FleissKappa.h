#pragma once

#include "core/metrics/ReliabilityData.h"

namespace candor::metrics {

struct FleissResult
{
    double kappa = 0; // NaN when undefined (no unit kept, or chance agreement 1)
    int raters = 0; // m: the ratings per unit that the kept units have
    int units = 0; // units kept
    int unitsLeftOut = 0; // units with two or more ratings but not m of them
};

// Fleiss' (1971) kappa for nominal data: κ = (P̄ - P̄_e) / (1 - P̄_e), P_i = (Σ_j n_ij² - m) / (m(m - 1)),
// P̄_e = Σ_j p_j², p_j the share of all ratings of the kept units in category j.
// Fleiss' formula assumes every unit has the same number m of ratings; annotation campaigns rarely do. Instead of
// a generalisation whose chance term is no longer Fleiss', the units are restricted honestly: units with fewer
// than two ratings say nothing about agreement and are dropped; of the rest, only the units with the most common
// rating count m are kept (on a tie, the larger m), and the others are counted in unitsLeftOut so a report can
// say how much data the figure ignores. Krippendorff's alpha uses every pairable value and is the figure to read
// when many units are left out. Which coder gave a rating does not matter here, only how many of each category.
FleissResult fleissKappa(const ReliabilityData &data);

} // namespace candor::metrics
