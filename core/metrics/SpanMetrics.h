#pragma once

#include "metrics/MultiLabelF1.h"

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
SpanScores semevalSpanF1(const std::vector<std::vector<LabeledSpan>> &gold,
                         const std::vector<std::vector<LabeledSpan>> &predicted, int numLabels);

struct PanSpanScores
{
    double officialF1 = 0;            // mean over labels of the evaluator's per-label F1 (its recall quirk kept)
    double microF1 = 0;               // one pooled P/R over all labels, same quirk
    double correctedRecallF1 = 0;     // mean over labels with recall computed from gold-side overlaps
    double precision = 0;             // pooled
    double recall = 0;                // pooled, evaluator's quirk
    std::vector<PrecisionRecallF1> perLabel;
};

// PAN 2024 subtask 2 as its evaluator computes it: spans become [start, end] inclusive (one character longer);
// per label, overlapping or touching predicted spans are merged (gold spans are not); every predicted/gold pair
// of the same label in the same text adds |s∩g|/|s| to one numerator; precision = numerator / #predicted,
// recall = the same numerator / #gold (the evaluator's quirk); F1 per label is 1.0 when a label has neither
// predicted nor gold spans; the official score is the mean over the labels. Invalid spans (start < 0,
// end <= start) are dropped.
PanSpanScores panSpanF1(const std::vector<std::vector<LabeledSpan>> &gold,
                        const std::vector<std::vector<LabeledSpan>> &predicted, int numLabels);

} // namespace candor::metrics
