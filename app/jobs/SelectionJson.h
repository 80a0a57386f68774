#pragma once

// How a model version stores what cross-validation found (metrics "candidates" and "cv"), the same for the text
// and the meme tasks, so the Models dock, `candor-cli models` and the refusal to propose from a model no better
// than the constant answer (core/domain/MetricsText.h) read one shape.

#include "models/text/TextModel.h"

#include <QJsonArray>
#include <QJsonObject>

#include <map>
#include <string>
#include <vector>

namespace candor {

QJsonArray labelsJson(const std::vector<std::string> &labels);

// {"cv": {metric: {"mean", "sd"}}, "epoch", "dropped", "weights"}: only what the candidate has.
QJsonObject candidateJson(const models::CandidateReport &candidate);
QJsonObject candidatesJson(const std::map<std::string, models::CandidateReport> &candidates);

// {"folds", "model": the chosen candidate's json, "lead": {"metric", "constant", "answer", "estimate", "low",
// "high", "level"}}.
QJsonObject crossValidationJson(int folds, const QJsonObject &chosen, const models::LeadOverConstant &constant);

} // namespace candor
