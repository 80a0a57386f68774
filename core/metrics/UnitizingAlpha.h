#pragma once

#include "core/metrics/SpanMetrics.h"

#include <vector>

namespace candor::metrics {

struct UnitizingAlpha
{
    double alpha = 0; // over all labels: 1 - Σ_c D_o,c / Σ_c D_e,c; NaN when no coder marked any unit
    std::vector<double> perLabel; // α_c = 1 - D_o,c / D_e,c; NaN for a label no coder used
    std::vector<double> observed; // D_o,c
    std::vector<double> expected; // D_e,c (0 for a label no coder used)
};

// Krippendorff's unitizing alpha _uα for m coders who each unitized the same continuum [0, length) with labelled
// units (code points, end exclusive): Krippendorff, "On the reliability of unitizing continuous data" (Sociological
// Methodology 25, 1995), in the form of Content Analysis (2nd ed., 2004, section 12.4, worked example p. 254).
// Per label c each coder's continuum is cut into units of c and gaps (the stretches between them), and
//   D_o,c = 1/(m(m-1)L²) · Σ_{i≠j} Σ_g Σ_h δ²(s_icg, s_jch), where δ² of two overlapping units is
//           (b_g - b_h)² + (e_g - e_h)² (begins b, ends e), of a unit inside a gap of the other coder its squared
//           length l², and 0 otherwise (two gaps, or a unit that only partly overlaps a gap);
//   D_e,c = 2/L · Σ_{units g} [ (N_c - 1)(2l_g³ - 3l_g² + l_g)/3 + l_g² Σ_{gaps h, l_h ≥ l_g} (l_h - l_g + 1) ]
//           / [ mL(mL - 1) - Σ_{units g} l_g(l_g - 1) ],
//   with N_c the number of units of c of all coders and the gaps of all coders;
//   α_c = 1 - D_o,c / D_e,c, and over labels α = 1 - Σ_c D_o,c / Σ_c D_e,c (the labels nobody used add nothing).
// The definition needs one coder's units of one label not to overlap; overlapping spans of one coder and label are
// first merged into their union (spans that only touch stay apart). Spans are clipped to [0, length), and empty
// ones are left out. Throws std::out_of_range for a label outside [0, numLabels), std::invalid_argument for fewer
// than two coders or a length < 1.
UnitizingAlpha unitizingAlpha(const std::vector<std::vector<LabeledSpan>> &coders, int length, int numLabels);

} // namespace candor::metrics
