#pragma once

#include "app/jobs/thread/ThreadTaskData.h"

#include <QJsonArray>
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

// The constant answers stored with a thread model version (metrics "baseline", an array): the majority stance with
// its accuracy by 5-fold CV grouped by thread, and the majority veracity with folds grouped by news event (a
// veracity model that does not beat it is learning event identity), each also scored on dev.
QJsonArray threadConstantAnswers(const QList<ThreadTaskItem> &train, const QList<ThreadTaskItem> &dev);

} // namespace candor
