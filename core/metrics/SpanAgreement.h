#pragma once

#include "core/metrics/SpanMetrics.h"

#include <vector>

namespace candor::metrics {

// Span agreement of one label (or of all labels pooled) between two annotators A and B.
struct SpanAgreementFigures
{
    int spansA = 0;
    int spansB = 0;
    double exactF1 = 0; // 2·matches / (|A| + |B|); NaN when neither annotator has a span
    double partialF1 = 0; // SemEval-2021 T6 ST2 F1 with A as gold and B as predicted; NaN when neither has a span
};

struct SpanAgreement
{
    std::vector<SpanAgreementFigures> perLabel;
    SpanAgreementFigures micro; // all labels pooled
};

// Pairwise span F1 between annotators A and B over the same documents (a[d], b[d]: their spans in document d,
// code points, end exclusive). Both figures are symmetric in A and B, so neither annotator is the reference:
//  - exact: a span matches a span of the same label with the same start and end, one-to-one (a multiset
//    intersection), F1 = 2·matches / (|A| + |B|).
//  - partial: semevalSpanF1 (SpanMetrics.h) with A as gold and B as predicted, the SemEval-2021 Task 6 subtask 2
//    scorer's overlap credit; swapping A and B swaps its P and R and leaves its F1 unchanged.
// A label neither annotator used gets NaN for both F1s instead of the scorer's convention of 1, since an agreement
// table should not report perfect agreement on a label nobody applied. Empty spans (end <= start) are left out.
// Labels outside [0, numLabels) throw std::out_of_range; different document counts std::invalid_argument.
SpanAgreement spanAgreement(
    const std::vector<std::vector<LabeledSpan>> &a, const std::vector<std::vector<LabeledSpan>> &b, int numLabels);

} // namespace candor::metrics
