#pragma once

// The n-gram baseline candidate: hashed word/character n-gram features -> one linear layer per output
// (EmbeddingBag, mode sum, per-sample weights), item-level (MultiLabel, Narrative classes) and token-level over
// word windows (span labels). Works for every TextTaskKind; fast and strong on a few hundred texts.

#include "models/text/TextModel.h"
#include "models/text/TextModelConfig.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace candor::models {

std::unique_ptr<TextModel> trainNgramTextModel(const TextTaskDefinition &task, const std::vector<TextExample> &train,
    const std::vector<TextExample> &dev, const TextTrainConfig &config, std::map<std::string, double> &devMetrics,
    const engine::RunControl &control);

// `stored` comes from a validated config.json of kind "ngram"; throws std::runtime_error when the tensors do not fit.
std::unique_ptr<TextModel> loadNgramTextModel(const StoredTextModel &stored, const std::string &safetensors);

} // namespace candor::models
