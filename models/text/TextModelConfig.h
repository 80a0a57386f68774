#pragma once

// config.json of a saved text model: kind, task (labels), decision thresholds and the architecture numbers a
// loader needs to rebuild the network before reading model.safetensors. Strictly validated on load.

#include "models/text/TextDecisions.h"
#include "models/text/TextModel.h"

#include <map>
#include <string>

namespace candor::models {

struct StoredTextModel
{
    std::string kind; // "ngram", "transformer" or "ensemble"
    TextTaskDefinition task;
    DecisionRule rule;
    std::map<std::string, long> architecture; // hash_bits; vocab_size, width, layers, heads, ...; member_<kind>

    long architectureValue(const std::string &key, long minimum, long maximum) const;
};

std::string writeTextModelConfig(const StoredTextModel &model);
// Throws std::runtime_error("config.json: <reason>") for anything malformed, unknown or inconsistent.
StoredTextModel readTextModelConfig(const std::string &json);

const char *taskKindName(TextTaskKind kind);

} // namespace candor::models
