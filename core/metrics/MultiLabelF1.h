#pragma once

#include <vector>

namespace candor::metrics {

struct PrecisionRecallF1
{
    double precision = 0;
    double recall = 0;
    double f1 = 0;
};

struct MultiLabelScores
{
    PrecisionRecallF1 micro;
    double macroF1 = 0;
    std::vector<PrecisionRecallF1> perLabel;
    std::vector<long> support; // gold count per label
};

// SemEval-2021 Task 6 subtasks 1 and 3: scikit-learn f1_score over MultiLabelBinarizer rows with
// zero_division=1 (a label that is neither predicted nor gold scores F1 = 1 in the macro mean).
// gold[i] and predicted[i] hold label indices in [0, numLabels) for sample i; duplicates are ignored.
MultiLabelScores multiLabelF1(
    const std::vector<std::vector<int>> &gold, const std::vector<std::vector<int>> &predicted, int numLabels);

} // namespace candor::metrics
