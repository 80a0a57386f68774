#pragma once

#include "core/metrics/MultiLabelF1.h"

#include <map>
#include <string>
#include <vector>

namespace candor::metrics {

struct ClassificationScores
{
    double accuracy = 0;
    double macroF1 = 0;
    double mcc = 0; // binary: Matthews correlation with `positive` as the positive class
    std::vector<PrecisionRecallF1> perClass;
};

// Single-label classification. gold and predicted are class indices in [0, numClasses).
// mcc is computed when numClasses == 2 (positive class index `positive`), else the multi-class MCC (Gorodkin).
// scikit-learn semantics: undefined precision/recall/F1 are 0, macroF1 averages the classes that occur in gold or
// predicted labels, MCC is 0 when gold or predictions are constant (both MCC forms agree for two classes).
ClassificationScores classificationScores(
    const std::vector<int> &gold, const std::vector<int> &predicted, int numClasses, int positive = 0);

// RumourEval 2017 subtask A as its scorer: accuracy over gold ids, an id missing from the answers counts as wrong.
// Answers for ids not in the gold are ignored; macroF1 averages all four classes. A gold label outside the
// classes throws std::invalid_argument.
struct StanceScores
{
    double accuracy = 0;
    double macroF1 = 0;
    std::vector<PrecisionRecallF1> perClass; // support, deny, query, comment
};
StanceScores rumourEvalStance(
    const std::map<std::string, std::string> &gold, const std::map<std::string, std::string> &answers);

// RumourEval 2017 subtask B as its scorer: accuracy, and the confidence RMSE over gold threads where a thread's
// squared error is (1 - conf)^2 when the answer is right, conf^2 when the gold label is "unverified" and the
// answer wrong, else 1 (a missing answer counts as wrong with error 1).
struct VeracityAnswer
{
    std::string label; // true | false | unverified
    double confidence = 0;
};
struct VeracityScores
{
    double accuracy = 0;
    double macroF1 = 0;
    double rmse = 0;
};
VeracityScores rumourEvalVeracity(
    const std::map<std::string, std::string> &gold, const std::map<std::string, VeracityAnswer> &answers);

} // namespace candor::metrics
