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

// The same network with item-level weights fitted elsewhere (the liblinear candidate): `classWeights` is buckets x
// classes, row-major, `classBias` one per class; `kind` names it in saved files ("linear"). Tasks with spans are not
// accepted (std::invalid_argument).
std::unique_ptr<RawOutputModel> makeNgramLinearModel(const TextTaskDefinition &task, int hashBits, int minSpanLength,
    const std::string &kind, const std::vector<float> &classWeights, const std::vector<float> &classBias);

// `stored` comes from a validated config.json of kind "ngram" or "linear"; throws std::runtime_error when the tensors
// do not fit.
std::unique_ptr<TextModel> loadNgramTextModel(const StoredTextModel &stored, const std::string &safetensors);

} // namespace candor::models
