#include "models/bundle/TrainingBundle.h"

#include "models/bundle/BundleFiles.h"
#include "models/bundle/BundleJson.h"
#include "models/bundle/Sha256.h"

#include <filesystem>
#include <stdexcept>

namespace candor::models {

namespace fs = std::filesystem;
namespace sj = candor::json;
using Json = nlohmann::json;

namespace {

constexpr const char *kFormat = "candor-training-bundle";
constexpr const char *kTokenizerFile = "tokenizer.model";

std::string examplesFile(const TextTaskDefinition &task, const std::vector<TextExample> &examples)
{
    std::string text;
    for (const TextExample &e : examples)
        text += bundle::exampleLine(task, e) + '\n';
    return text;
}

// The lines of a JSON-lines file, each parsed; errors name the file and line.
std::vector<Json> jsonLines(const std::string &bytes, const std::string &file)
{
    std::vector<Json> lines;
    size_t at = 0;
    int number = 0;
    while (at < bytes.size()) {
        const size_t end = bytes.find('\n', at);
        const std::string line = bytes.substr(at, end == std::string::npos ? std::string::npos : end - at);
        at = end == std::string::npos ? bytes.size() : end + 1;
        ++number;
        if (line.empty())
            continue;
        try {
            lines.push_back(sj::parse(line));
        } catch (const std::runtime_error &e) {
            throw std::runtime_error(file + " line " + std::to_string(number) + ": " + e.what());
        }
    }
    return lines;
}

Json fileEntry(const std::string &bytes, size_t records)
{
    Json entry = bundle::fileEntry(bytes);
    entry["records"] = records;
    return entry;
}

// The file named in bundle.json's "files", checked against its recorded size and SHA-256.
std::string checkedFile(const fs::path &folder, const Json &files, const std::string &name)
{
    return bundle::checkedFile((folder / name).string(), sj::at(files, name), "bundle.json");
}

} // namespace

std::string examplesFingerprint(const TextTaskDefinition &task, const std::vector<TextExample> &examples)
{
    return bundle::sha256Hex(examplesFile(task, examples));
}

std::string trainingFingerprint(const TrainingBundle &b)
{
    TextTrainConfig config = b.config;
    config.threads = 0;
    Json decisive = {{"task", b.task}, {"config", bundle::configToJson(config)},
        {"tokenizer", bundle::sha256Hex(b.config.pretrainedTokenizer)},
        {"train", examplesFingerprint(b.definition, b.train)}, {"dev", examplesFingerprint(b.definition, b.dev)},
        {"unlabelled", b.unlabelled}};
    bundle::putDefinition(decisive, b.definition);
    return bundle::sha256Hex(sj::serialize(decisive));
}

void writeTrainingBundle(const TrainingBundle &b, const std::string &folder)
{
    std::map<std::string, std::string> files;
    files["train.jsonl"] = examplesFile(b.definition, b.train);
    files["dev.jsonl"] = examplesFile(b.definition, b.dev);
    std::string unlabelled;
    for (const std::string &text : b.unlabelled)
        unlabelled += sj::serialize(Json(text)) + '\n';
    files["unlabelled.jsonl"] = unlabelled;
    Json entries = {{"train.jsonl", fileEntry(files["train.jsonl"], b.train.size())},
        {"dev.jsonl", fileEntry(files["dev.jsonl"], b.dev.size())},
        {"unlabelled.jsonl", fileEntry(unlabelled, b.unlabelled.size())}};
    Json config = bundle::configToJson(b.config);
    config["pretrainedTokenizer"] = !b.config.pretrainedTokenizer.empty();
    if (!b.config.pretrainedTokenizer.empty()) {
        files[kTokenizerFile] = b.config.pretrainedTokenizer;
        entries[kTokenizerFile] = fileEntry(b.config.pretrainedTokenizer, 1);
    }
    Json manifest = {{"format", kFormat}, {"format_version", kTrainingBundleVersion}, {"task", b.task},
        {"language", b.language}, {"train_splits", b.trainSplits}, {"dev_split", b.devSplit}, {"config", config},
        {"source", b.source}, {"exported_at", b.exportedAt}, {"files", entries}};
    bundle::putDefinition(manifest, b.definition);
    files["bundle.json"] = sj::serialize(manifest, 2) + '\n';
    bundle::writeFolderAtomically(folder, files);
}

TrainingBundle readTrainingBundle(const std::string &folderName)
{
    const fs::path folder(folderName);
    try {
        const Json manifest = sj::parse(bundle::readFile(folder / "bundle.json"));
        bundle::checkFormat(manifest, kFormat, kTrainingBundleVersion, "training bundle",
            "a model bundle goes to candor-cli import-model");
        TrainingBundle b;
        b.task = sj::asString(sj::at(manifest, "task"), "task");
        b.definition = bundle::definitionFromJson(manifest);
        b.language = sj::asString(sj::at(manifest, "language"), "language");
        b.trainSplits = bundle::stringsFromJson(sj::at(manifest, "train_splits"), "train_splits");
        b.devSplit = sj::asString(sj::at(manifest, "dev_split"), "dev_split");
        b.source = sj::asString(sj::at(manifest, "source"), "source");
        b.exportedAt = sj::asString(sj::at(manifest, "exported_at"), "exported_at");
        Json config = sj::at(manifest, "config");
        const bool tokenizer = sj::asBool(sj::at(config, "pretrainedTokenizer"), "config.pretrainedTokenizer");
        config.erase("pretrainedTokenizer");
        b.config = bundle::configFromJson(config);
        const Json &files = sj::at(manifest, "files");
        if (tokenizer)
            b.config.pretrainedTokenizer = checkedFile(folder, files, kTokenizerFile);
        for (const auto &[name, list] : {std::pair{"train.jsonl", &b.train}, std::pair{"dev.jsonl", &b.dev}}) {
            for (const Json &line : jsonLines(checkedFile(folder, files, name), name)) {
                try {
                    list->push_back(bundle::exampleFromJson(b.definition, line));
                } catch (const std::runtime_error &e) {
                    throw std::runtime_error(std::string(name) + ": " + e.what());
                }
            }
        }
        for (const Json &line : jsonLines(checkedFile(folder, files, "unlabelled.jsonl"), "unlabelled.jsonl"))
            b.unlabelled.push_back(sj::asString(line, "unlabelled.jsonl line"));
        if (b.train.empty())
            throw std::runtime_error("train.jsonl holds no example");
        return b;
    } catch (const std::runtime_error &e) {
        const std::string what = e.what();
        throw std::runtime_error(what.rfind(folderName, 0) == 0 ? what : folderName + ": " + what);
    }
}

} // namespace candor::models
