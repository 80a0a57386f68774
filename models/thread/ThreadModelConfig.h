#pragma once

// The hyper-parameters that rebuild a saved thread model's network and inputs, as JSON: written to config.json
// (for people) and to the "config" metadata of model.safetensors (what loading reads). No torch, so it is
// testable on its own; optimisation settings are recorded by the caller.

#include "models/thread/ThreadModel.h"

#include <string>

namespace candor::models::thread {

std::string configToJson(const ThreadTrainConfig &config);
// Throws std::runtime_error naming the key for anything missing, mistyped or out of range.
ThreadTrainConfig configFromJson(const std::string &json);

} // namespace candor::models::thread
