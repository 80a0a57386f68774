#include "models/bundle/ModelBundle.h"

#include "models/bundle/BundleFiles.h"
#include "models/bundle/BundleJson.h"
#include "models/engine/Compute.h"
#include "models/engine/DataParallel.h"

#include <chrono>
#include <ctime>
#include <filesystem>
#include <stdexcept>

namespace candor::models {

namespace fs = std::filesystem;
namespace sj = candor::json;
using Json = nlohmann::json;

namespace {

constexpr const char *kFormat = "candor-model-bundle";

std::string utcNow()
{
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

} // namespace

void writeModelBundle(const ModelBundle &b, const std::string &folder)
{
    std::map<std::string, std::string> files;
    Json entries = Json::object();
    for (const auto &[name, bytes] : b.files) {
        bundle::checkFileName(name, "model file");
        files["files/" + name] = bytes;
        entries[name] = bundle::fileEntry(bytes);
    }
    Json manifest
        = {{"format", kFormat}, {"format_version", kModelBundleVersion}, {"task", b.task}, {"language", b.language},
            {"train_splits", b.trainSplits}, {"dev_split", b.devSplit}, {"config", bundle::configToJson(b.config)},
            {"train_fingerprint", b.trainFingerprint}, {"dev_fingerprint", b.devFingerprint},
            {"engine_kind", b.engineKind}, {"report", bundle::reportToJson(b.report)}, {"device", b.device},
            {"processes", b.processes}, {"trained_at", b.trainedAt}, {"files", entries}};
    bundle::putDefinition(manifest, b.definition);
    files["model.json"] = sj::serialize(manifest, 2) + '\n';
    bundle::writeFolderAtomically(folder, files);
}

ModelBundle readModelBundle(const std::string &folderName)
{
    const fs::path folder(folderName);
    try {
        const Json manifest = sj::parse(bundle::readFile(folder / "model.json"));
        bundle::checkFormat(manifest, kFormat, kModelBundleVersion, "model bundle",
            "a training bundle goes to candor-train, which writes the model bundle");
        ModelBundle b;
        b.task = sj::asString(sj::at(manifest, "task"), "task");
        b.definition = bundle::definitionFromJson(manifest);
        b.language = sj::asString(sj::at(manifest, "language"), "language");
        b.trainSplits = bundle::stringsFromJson(sj::at(manifest, "train_splits"), "train_splits");
        b.devSplit = sj::asString(sj::at(manifest, "dev_split"), "dev_split");
        b.config = bundle::configFromJson(sj::at(manifest, "config"));
        b.trainFingerprint = sj::asString(sj::at(manifest, "train_fingerprint"), "train_fingerprint");
        b.devFingerprint = sj::asString(sj::at(manifest, "dev_fingerprint"), "dev_fingerprint");
        b.engineKind = sj::asString(sj::at(manifest, "engine_kind"), "engine_kind");
        b.report = bundle::reportFromJson(sj::at(manifest, "report"));
        b.device = sj::asString(sj::at(manifest, "device"), "device");
        b.processes = int(sj::asInteger(sj::at(manifest, "processes"), "processes"));
        b.trainedAt = sj::asString(sj::at(manifest, "trained_at"), "trained_at");
        for (const auto &[name, entry] : sj::asObject(sj::at(manifest, "files"), "files")) {
            bundle::checkFileName(name, "files");
            const std::string bytes = bundle::checkedFile((folder / "files" / name).string(), entry, "model.json");
            b.files[name] = bytes;
        }
        if (b.files.empty())
            throw std::runtime_error("model.json lists no model file");
        return b;
    } catch (const std::runtime_error &e) {
        const std::string what = e.what();
        throw std::runtime_error(what.rfind(folderName, 0) == 0 ? what : folderName + ": " + what);
    }
}

ModelBundle trainModelBundle(const TrainingBundle &training, const engine::RunControl &control)
{
    ModelBundle b;
    b.task = training.task;
    b.definition = training.definition;
    b.language = training.language;
    b.trainSplits = training.trainSplits;
    b.devSplit = training.devSplit;
    b.config = training.config;
    b.trainFingerprint = examplesFingerprint(training.definition, training.train);
    b.devFingerprint = examplesFingerprint(training.definition, training.dev);
    const std::unique_ptr<TextModel> model = TextModel::train(
        training.definition, training.train, training.dev, training.unlabelled, training.config, b.report, control);
    b.config.pretrainedTokenizer.clear();
    b.engineKind = model->kind();
    b.files = model->save();
    b.device = engine::currentCompute().describe();
    b.processes = engine::parallelWorld();
    b.trainedAt = utcNow();
    return b;
}

} // namespace candor::models
