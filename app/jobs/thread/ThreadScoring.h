#pragma once

#include "app/jobs/thread/ThreadTaskData.h"

#include <QJsonObject>
#include <QList>

#include <vector>

namespace candor {

// The five thread metrics of predictions against the items' reference labels, through the RumourEval 2017
// scorers: stance keyed by post id, veracity by thread id; keys stance_accuracy, stance_macro_f1,
// veracity_accuracy, veracity_macro_f1, veracity_rmse (a task without reference labels is left out).
QJsonObject threadMetrics(const QList<ThreadTaskItem> &items, const std::vector<models::ThreadPrediction> &predictions);

// The same metrics for answering every post with the most frequent training stance and every thread with the
// most frequent training veracity (confidence: that label's training share): the baseline to beat.
QJsonObject majorityBaselineMetrics(const QList<ThreadTaskItem> &train, const QList<ThreadTaskItem> &items);

} // namespace candor
