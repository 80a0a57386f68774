#pragma once

#include "core/metrics/MultiLabelF1.h"

#include <vector>

namespace candor::metrics {

// A labelled character span [start, end) in code points.
struct LabeledSpan
{
    int label = 0;
    int start = 0;
    int end = 0;
};

struct SpanScores
{
    double precision = 0;
    double recall = 0;
    double f1 = 0;
    std::vector<PrecisionRecallF1> perLabel;
};

// SemEval-2021 Task 6 subtask 2 (the official scorer): every predicted span s is compared with every gold span t
// of the same technique in the same document, no one-to-one matching: P = (1/|S|) Σ |s∩t|/|s|,
// R = (1/|T|) Σ |s∩t|/|t|, F1 = 2PR/(P+R), micro over the data set. gold[d]/predicted[d]: spans of document d.
// The scorer's conventions: P (R) is 0 when nothing is predicted (gold); F1 is 1 when a label has neither.
// Spans with end <= start hold no characters and are left out (the official code would divide by zero).
// Labels outside [0, numLabels) throw std::out_of_range; different document counts std::invalid_argument.
SpanScores semevalSpanF1(const std::vector<std::vector<LabeledSpan>> &gold,
    const std::vector<std::vector<LabeledSpan>> &predicted, int numLabels);

struct PanSpanScores
{
    double officialF1 = 0; // mean over labels of the evaluator's per-label F1 (its recall quirk kept)
    double microF1 = 0; // one pooled P/R over all labels, same quirk
    double correctedRecallF1 = 0; // mean over labels with recall computed from gold-side overlaps
    double precision = 0; // pooled
    double recall = 0; // pooled, evaluator's quirk
    std::vector<PrecisionRecallF1> perLabel;
};

// PAN 2024 subtask 2 as its evaluator computes it: spans become [start, end] inclusive (one character longer);
// per label, overlapping or touching predicted spans are merged (gold spans are not); every predicted/gold pair
// of the same label in the same text adds |s∩g|/|s| to one numerator; precision = numerator / #predicted,
// recall = the same numerator / #gold (the evaluator's quirk); F1 per label is 1.0 when a label has neither
// predicted nor gold spans; the official score is the mean over the labels. Invalid spans (start < 0,
// end <= start) are dropped; category X is the caller's to drop (it is not one of the numLabels labels).
// "Overlapping or touching" follows from the conversion, as in the Da San Martino scorer it derives from:
// predicted spans merge when their inclusive character sets intersect, so [0,3) and [3,6) merge, [0,3) and [4,6)
// do not. The quirk lets recall (and F1) exceed 1 when several predictions fall inside one gold span;
// correctedRecallF1 uses Σ|s∩g|/|g| for recall instead.
PanSpanScores panSpanF1(const std::vector<std::vector<LabeledSpan>> &gold,
    const std::vector<std::vector<LabeledSpan>> &predicted, int numLabels);

} // namespace candor::metrics
