#pragma once

// The constant answer a text model must beat, stored with every model version (metrics "baseline") and shown
// beside the model's own figures. A model that does not beat always answering the same thing is worse than no
// model for an annotator: it proposes wrong labels with confidence.
//
// Chosen and estimated inside the training split only (models/selection): for persuasion labels, the k most
// frequent training labels with k picked by 5-fold iterative-stratified CV and its score estimated by nested CV;
// for the narrative task, the majority class with stratified folds; for span tagging, no spans at all. The answer
// refit on the whole training split is then scored once on dev, like the model.
#include "models/text/TextModel.h"

#include <QJsonObject>

#include <vector>

namespace candor {

QJsonObject constantAnswerBaseline(const models::TextTaskDefinition &task,
    const std::vector<models::TextExample> &train, const std::vector<models::TextExample> &dev, int folds = 5,
    unsigned long long seed = 1);

} // namespace candor
