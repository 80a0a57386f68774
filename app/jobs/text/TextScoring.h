#pragma once

#include "app/jobs/text/TextTask.h"

#include <QJsonObject>

#include <vector>

namespace candor {

// The official metrics of a text task (core/metrics scorers) as the JSON object `candor-cli eval --json` prints
// under "metrics". gold[i] and predicted[i] describe the same item (classes and spans; ids and texts unused).
//  persuasion-labels: micro_f1, macro_f1, micro_precision, micro_recall (SemEval-21 T6 subtask 1).
//  persuasion-spans:  span_f1, span_precision, span_recall (subtask 2 scorer).
//  narrative:         mcc (CONSPIRACY positive), macro_f1, accuracy (PAN subtask 1); the PAN evaluator's span-F1,
//                     span-P, span-R (means over the six labels, its recall quirk kept) as span_f1, span_precision,
//                     span_recall; its micro-span-F1 as span_micro_f1 with the pooled span_micro_precision and
//                     span_micro_recall; span_corrected_recall_f1 is Candor's extra (label mean with gold-side
//                     recall), not an official figure. An item without a predicted class counts as wrong.
// "per_label" holds {precision, recall, f1} per label (and "support" for item labels).
QJsonObject scoreTextTask(const TextTaskSpec &task, const std::vector<models::TextExample> &gold,
    const std::vector<models::TextExample> &predicted);

} // namespace candor
