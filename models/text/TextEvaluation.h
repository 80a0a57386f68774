#pragma once

// Dev-set scores with the official scorers (candor_metrics), so model selection, early stopping and threshold
// tuning optimise exactly what `candor-cli eval` reports.

#include "models/text/TextModel.h"

#include <map>
#include <string>
#include <vector>

namespace candor::models {

// Keys: MultiLabel micro_f1, macro_f1, ece (expected calibration error of the class scores, Calibration.h); SpanTagging
// span_f1, span_precision, span_recall; Narrative mcc, macro_f1, accuracy, span_f1 (the PAN evaluator's span-F1),
// span_micro_f1 (its micro-span-F1); SingleLabel accuracy, macro_f1, mcc, f1_<class> per class, ece. "score" is the
// selection criterion: micro_f1, span_f1, the mean of mcc and span_f1, or macro_f1 (SingleLabel: MediaEval's classes
// are unbalanced and both verdicts matter to a fact-checker).
std::map<std::string, double> evaluateText(
    const TextTaskDefinition &task, const std::vector<TextExample> &gold, const std::vector<TextPrediction> &predicted);

// Index of the class counted as positive for the MCC and for a binary SingleLabel threshold: "CONSPIRACY" or "fake"
// when present, else 0.
int positiveClass(const TextTaskDefinition &task);

} // namespace candor::models
