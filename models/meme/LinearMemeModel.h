#pragma once

// The "linear" meme variant: the text engine's linear candidate (models/text/LinearTextModel.h: liblinear logistic
// regression on TF-IDF hashed word and character n-grams, one-vs-rest, C and one shared decision threshold chosen
// by its own cross-validation inside the training memes) on the captions alone. On SemEval subtask 3 a scikit-learn
// check of the same learner (docs/results.md) was the only one above the constant answer, where the meme networks
// trailed it; adding the pooled image vector raised macro-F1 but not micro-F1, so the image stays out for now.
// Plain C++ types only, like MemeModel.h.

#include "models/meme/MemeModel.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace candor::models {

std::unique_ptr<MemeModel> trainLinearMemeModel(const std::vector<std::string> &labels,
    const std::vector<MemeExample> &train, const MemeTrainConfig &config, MemeTrainReport &report,
    const engine::RunControl &control);

// A linear meme model's files are the text model's plus this marker, which MemeModel::load dispatches on.
const std::string &linearMemeMarkerFile();
std::unique_ptr<MemeModel> loadLinearMemeModel(const std::map<std::string, std::string> &files);

} // namespace candor::models
