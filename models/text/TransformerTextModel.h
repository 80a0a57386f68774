#pragma once

// The transformer candidate: a sentencepiece tokenizer, the encoder and the task heads (TextNetworks.h), trained
// with focal loss, AdamW, warm-up + decay for the epochs cross-validation chose, optionally after masked-LM
// pre-training.

#include "models/text/EpochWatch.h"
#include "models/text/RawOutputModel.h"
#include "models/tokenizer/Tokenizer.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace candor::models {

// `tokenizer` was trained on (or loaded for) this project; the model keeps it and saves it as tokenizer.model.
// Trains for config.epochs epochs (the schedule spans them all) unless `watch` stops it earlier; the model keeps the
// default decision rule: the caller sets the one it selected.
std::unique_ptr<RawOutputModel> trainTransformerTextModel(const TextTaskDefinition &task,
    const std::vector<TextExample> &train, const std::vector<std::string> &unlabelledTexts,
    const TextTrainConfig &config, std::shared_ptr<const Tokenizer> tokenizer, const EpochWatch &watch,
    const engine::RunControl &control);

// `stored` comes from a validated config.json of kind "transformer". Throws std::runtime_error when the tokenizer or
// the tensors do not fit it.
std::unique_ptr<TextModel> loadTransformerTextModel(
    const StoredTextModel &stored, const std::string &safetensors, std::shared_ptr<const Tokenizer> tokenizer);

} // namespace candor::models
