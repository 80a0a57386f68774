#pragma once

// The n-gram baseline candidate: hashed word/character n-gram features -> one linear layer per output
// (EmbeddingBag, mode sum, per-sample weights), item-level (MultiLabel, Narrative classes) and token-level over
// word windows (span labels). Works for every TextTaskKind; fast and strong on a few hundred texts.

#include "models/text/EpochWatch.h"
#include "models/text/RawOutputModel.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace candor::models {

// Trains for config.ngramEpochs epochs (the learning-rate schedule spans them all) unless `watch` stops it earlier;
// the model keeps the default decision rule: the caller sets the one it selected.
std::unique_ptr<RawOutputModel> trainNgramTextModel(const TextTaskDefinition &task,
    const std::vector<TextExample> &train, const TextTrainConfig &config, const EpochWatch &watch,
    const engine::RunControl &control);

// `stored` comes from a validated config.json of kind "ngram"; throws std::runtime_error when the tensors do not fit.
std::unique_ptr<TextModel> loadNgramTextModel(const StoredTextModel &stored, const std::string &safetensors);

} // namespace candor::models
