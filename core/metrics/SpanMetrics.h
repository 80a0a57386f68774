#pragma once

#include "core/metrics/MultiLabelF1.h"

#include <string>
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

// What the PAN 2024 evaluator (evaluation/oppositional_evaluator.py, task2) reports, and one honest extra.
struct PanSpanScores
{
    double officialF1 = 0; // "span-F1", the official score: mean over the labels of the per-label F1
    double macroPrecision = 0; // "span-P": mean over the labels of the per-label precision
    double macroRecall = 0; // "span-R": mean over the labels of the per-label recall (its quirk kept)
    double microF1 = 0; // "micro-span-F1": one pooled P and R over all labels, see below
    double microPrecision = 0; // Σ|s∩g|/|s| over all same-label pairs / #predicted spans
    double microRecall = 0; // Σ|s∩g|/|g| over all same-label pairs / #gold spans (no quirk here)
    double correctedRecallF1 = 0; // NOT the evaluator's: mean over labels with recall Σ|s∩g|/|g| / #gold
    std::vector<PrecisionRecallF1> perLabel; // the evaluator's "<LABEL>-P/R/F1"
};

// PAN 2024 subtask 2 exactly as its evaluator computes it (span F1 of Da San Martino et al., adapted):
//  - Span [start, end) becomes the inclusive character range start..end (one character longer), so a span with
//    start == end holds one character. Spans with start < 0 or end < start are dropped (on both sides).
//  - Predicted spans of one label in one text are flattened: the union of their characters is cut into maximal runs
//    of consecutive characters, so [0,3) and [4,6) (characters 0-3 and 4-6) become one span 0-6. Gold spans are
//    kept as they are (duplicates and overlaps all count).
//  - Per label: every predicted/gold pair of that label in the same text adds |s∩g|/|s| to one numerator;
//    precision = numerator / #predicted, recall = the SAME numerator / #gold (the evaluator's quirk, which lets
//    recall and F1 exceed 1 when several predictions fall inside one gold span). The official span-F1 is the mean
//    of the per-label F1 over the numLabels labels.
//  - micro-span-F1 pools all labels and, unlike the per-label scores, divides Σ|s∩g|/|g| by #gold for recall.
//  - Conventions of its compute_prec_rec_f1: P (R) is 0 when nothing is predicted (gold), F1 is 1 when neither
//    side has a span, F1 = 2·(P·R/(P+R)) when both are positive, else 0.
// Category X is the caller's to drop (it is not one of the numLabels labels). Labels outside [0, numLabels) throw
// std::out_of_range; different document counts std::invalid_argument.
// Sums run in the evaluator's order (texts, then labels, then predicted and gold spans by start) so that the
// figures equal its output to the last bit. The label order needs the labelNames (numLabels entries, else
// std::invalid_argument): within a text it takes labels by name, its means follow its list OBJECTIVE, AGENT,
// FACILITATOR, CAMPAIGNER, VICTIM, NEGATIVE_EFFECT. Without names the index order is used, which can move the
// last bit or two (about 1e-16).
PanSpanScores panSpanF1(const std::vector<std::vector<LabeledSpan>> &gold,
    const std::vector<std::vector<LabeledSpan>> &predicted, int numLabels,
    const std::vector<std::string> &labelNames = {});

} // namespace candor::metrics
