#pragma once

// The training bundle: everything `candor-train` needs to train a text task's model away from the project (on a GPU
// server with libtorch and no Qt), as a folder of plain files that `candor-cli export-training` writes. Documented
// in docs/bundles.md. Plain C++ types: app/jobs and the headless trainer include it.
//
//   bundle.json        format, format_version, task, kind, labels, language, splits, config, where it came from,
//                      and each file's size, SHA-256 and example count
//   train.jsonl        one example per line: id, text, language, group, classes and spans by label name
//   dev.jsonl          the same for the dev split (may be empty)
//   unlabelled.jsonl   one JSON string per line: the project's texts, for the tokenizer and masked-LM pre-training
//   tokenizer.model    only when the config names a pretrained sentencepiece tokenizer
//
// Reading checks the format and version, every file's size and SHA-256, and every example (labels of the task, spans
// inside their text); any failure throws std::runtime_error naming the file and, for an example, its id.

#include "models/text/TextModel.h"

#include <string>
#include <vector>

namespace candor::models {

inline constexpr int kTrainingBundleVersion = 1;

struct TrainingBundle
{
    std::string task; // the project's task name: persuasion-labels, persuasion-spans, narrative, post-veracity
    TextTaskDefinition definition;
    std::string language = "all";
    std::vector<std::string> trainSplits;
    std::string devSplit; // empty: no dev score
    TextTrainConfig config;
    std::vector<TextExample> train;
    std::vector<TextExample> dev;
    std::vector<std::string> unlabelled;
    std::string source; // the project it came from
    std::string exportedAt; // ISO 8601, UTC
};

// Throws std::runtime_error when the folder exists or cannot be written; never leaves a half-written bundle.
void writeTrainingBundle(const TrainingBundle &bundle, const std::string &folder);
TrainingBundle readTrainingBundle(const std::string &folder);

// SHA-256 of the examples exactly as a bundle writes them: what a model bundle records, so importing the model can
// check that the project still holds the examples it was trained on.
std::string examplesFingerprint(const TextTaskDefinition &task, const std::vector<TextExample> &examples);
// SHA-256 of what decides a training: the task, its examples, the unlabelled texts and the config (threads aside,
// which never change a result). Data-parallel ranks compare it before they start.
std::string trainingFingerprint(const TrainingBundle &bundle);

} // namespace candor::models
