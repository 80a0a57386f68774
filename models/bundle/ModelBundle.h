#pragma once

// The model bundle: what `candor-train` writes and `candor-cli import-model` registers as a model version, exactly
// as a training inside the project would have (docs/bundles.md). A folder:
//
//   model.json         format, format_version, the training bundle's task, labels, language, splits and config,
//                      the fingerprints of the examples it was trained and scored on, the training report (every
//                      candidate's CV figures, the lead over the constant answer, dev), where and how it ran, and
//                      each model file's size and SHA-256
//   files/<name>       the model's files as TextModel::save() names them
//
// Reading checks format, version, every file's size and SHA-256 and every file name; the model itself is validated
// by TextModel::load when it is imported.

#include "models/bundle/TrainingBundle.h"
#include "models/text/TextModel.h"

#include <map>
#include <string>

namespace candor::models {

inline constexpr int kModelBundleVersion = 1;

struct ModelBundle
{
    std::string task;
    TextTaskDefinition definition;
    std::string language = "all";
    std::vector<std::string> trainSplits;
    std::string devSplit;
    TextTrainConfig config; // without the tokenizer bytes (a model that has a tokenizer stores it among its files)
    std::string trainFingerprint; // examplesFingerprint of the examples trained on
    std::string devFingerprint;
    std::string engineKind; // TextModel::kind()
    TrainReport report;
    std::map<std::string, std::string> files; // TextModel::save()
    std::string device; // "CPU (16 threads)", "CUDA: NVIDIA H100"
    int processes = 1; // data-parallel ranks
    std::string trainedAt; // ISO 8601, UTC
};

void writeModelBundle(const ModelBundle &bundle, const std::string &folder);
ModelBundle readModelBundle(const std::string &folder);

// Trains the bundle's model as TextModel::train would inside the project (same examples, config and seed) and
// describes it as a model bundle; `device` and `processes` say where it ran.
ModelBundle trainModelBundle(const TrainingBundle &training, const engine::RunControl &control = {});

} // namespace candor::models
