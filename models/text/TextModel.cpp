#include "models/text/TextModel.h"

#include "models/text/EnsembleTextModel.h"
#include "models/text/NgramTextModel.h"
#include "models/text/TextModelConfig.h"
#include "models/text/TransformerTextModel.h"
#include "models/tokenizer/Tokenizer.h"

#include <chrono>
#include <optional>
#include <stdexcept>

namespace candor::models {

namespace {

struct Candidate
{
    std::string name;
    std::unique_ptr<TextModel> model; // null for the ensemble until it is chosen
    std::map<std::string, double> metrics;
    DecisionRule ensembleRule;
};

void validateExamples(const TextTaskDefinition &task, const std::vector<TextExample> &examples, const char *split)
{
    const int classes = int(task.classLabels.size());
    const int spanLabels = int(task.spanLabels.size());
    for (const TextExample &e : examples) {
        for (int c : e.classes)
            if (c < 0 || c >= classes)
                throw std::runtime_error(std::string(split) + " example '" + e.id + "': class index "
                    + std::to_string(c) + " is outside the task's " + std::to_string(classes) + " labels");
        if (task.kind == TextTaskKind::Narrative && e.classes.size() != 1)
            throw std::runtime_error(
                std::string(split) + " example '" + e.id + "': a narrative example needs exactly one class");
        for (const CharSpan &s : e.spans)
            if (s.label < 0 || s.label >= spanLabels || s.start < 0 || s.end < s.start)
                throw std::runtime_error(std::string(split) + " example '" + e.id + "': invalid span ["
                    + std::to_string(s.start) + ", " + std::to_string(s.end) + ") label " + std::to_string(s.label));
    }
}

// The ensemble of the trained candidates, scored on dev like them; nothing when fewer than two can be averaged.
std::optional<Candidate> ensembleCandidate(const TextTaskDefinition &task, std::vector<Candidate> &candidates,
    const std::vector<TextExample> &dev, const TextTrainConfig &config)
{
    if (candidates.size() < 2 || dev.empty())
        return std::nullopt;
    std::vector<std::string> devTexts;
    for (const TextExample &e : dev)
        devTexts.push_back(e.text);
    std::vector<std::vector<RawTextOutput>> outputs;
    for (const Candidate &c : candidates) {
        const auto *raw = dynamic_cast<const RawOutputModel *>(c.model.get());
        if (!raw)
            return std::nullopt;
        outputs.push_back(raw->rawOutputsFor(devTexts));
    }
    DevScore scored = scoreOnDev(task, averageRawOutputs(outputs, int(task.spanLabels.size())), dev, config);
    return Candidate{"ensemble", nullptr, std::move(scored.metrics), std::move(scored.rule)};
}

} // namespace

std::unique_ptr<TextModel> TextModel::train(const TextTaskDefinition &task, const std::vector<TextExample> &train,
    const std::vector<TextExample> &dev, const std::vector<std::string> &unlabelledTexts, const TextTrainConfig &config,
    TrainReport &report, const engine::RunControl &control)
{
    const auto started = std::chrono::steady_clock::now();
    if (train.empty())
        throw std::runtime_error("no training examples");
    if (task.kind != TextTaskKind::SpanTagging && task.classLabels.empty())
        throw std::runtime_error("the task has no class labels");
    if (task.kind != TextTaskKind::MultiLabel && task.spanLabels.empty())
        throw std::runtime_error("the task has no span labels");
    validateExamples(task, train, "training");
    validateExamples(task, dev, "dev");
    if (!config.trainTransformer && !config.trainNgramBaseline)
        throw std::runtime_error("the configuration enables no candidate model");

    std::vector<Candidate> candidates;
    if (config.trainNgramBaseline) {
        Candidate c{"ngram", nullptr, {}, {}};
        c.model = trainNgramTextModel(task, train, dev, config, c.metrics, control);
        candidates.push_back(std::move(c));
    }
    if (config.trainTransformer) {
        control.report(engine::Progress{"tokenizer"});
        std::shared_ptr<const Tokenizer> tokenizer;
        if (!config.pretrainedTokenizer.empty()) {
            tokenizer = loadTokenizer(config.pretrainedTokenizer);
        } else {
            // All project text, labelled or not: the tokenizer sees no labels, so dev text is fair game.
            std::vector<std::string> corpus = unlabelledTexts;
            for (const auto *split : {&train, &dev})
                for (const TextExample &e : *split)
                    corpus.push_back(e.text);
            TokenizerTrainingOptions options;
            options.vocabSize = config.vocabSize;
            options.seed = unsigned(config.seed);
            tokenizer = trainTokenizer(corpus, options);
        }
        control.throwIfCancelled();
        Candidate c{"transformer", nullptr, {}, {}};
        c.model = trainTransformerTextModel(task, train, dev, unlabelledTexts, config, tokenizer, c.metrics, control);
        candidates.push_back(std::move(c));
    }

    if (config.trainEnsemble)
        if (std::optional<Candidate> ensemble = ensembleCandidate(task, candidates, dev, config))
            candidates.push_back(std::move(*ensemble));

    report = TrainReport{};
    size_t chosen = 0;
    for (size_t i = 0; i < candidates.size(); ++i) {
        report.candidateMetrics[candidates[i].name] = candidates[i].metrics;
        const auto score = [](const Candidate &c) {
            const auto it = c.metrics.find("score");
            return it == c.metrics.end() ? -1e300 : it->second;
        };
        if (score(candidates[i]) > score(candidates[chosen]))
            chosen = i;
    }
    report.chosen = candidates[chosen].name;
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (candidates[chosen].model)
        return std::move(candidates[chosen].model);
    std::vector<std::unique_ptr<RawOutputModel>> members;
    for (Candidate &c : candidates)
        if (c.model)
            members.emplace_back(static_cast<RawOutputModel *>(c.model.release())); // checked in ensembleCandidate
    return makeEnsembleTextModel(std::move(members), std::move(candidates[chosen].ensembleRule));
}

std::unique_ptr<TextModel> TextModel::load(const std::map<std::string, std::string> &files)
{
    const auto config = files.find("config.json");
    if (config == files.end())
        throw std::runtime_error("text model: config.json is required");
    const StoredTextModel stored = readTextModelConfig(config->second);
    if (stored.kind == "ensemble")
        return loadEnsembleTextModel(stored, files, &TextModel::load);
    for (const auto &[name, bytes] : files)
        if (name != "model.safetensors" && name != "config.json" && name != "tokenizer.model")
            throw std::runtime_error("text model: unexpected file '" + name
                + "' (expected model.safetensors, config.json, tokenizer.model)");
    const auto weights = files.find("model.safetensors");
    if (weights == files.end())
        throw std::runtime_error("text model: config.json and model.safetensors are both required");
    if (stored.kind == "ngram") {
        if (files.count("tokenizer.model"))
            throw std::runtime_error("text model: an n-gram model has no tokenizer.model");
        return loadNgramTextModel(stored, weights->second);
    }
    const auto tokenizer = files.find("tokenizer.model");
    if (tokenizer == files.end())
        throw std::runtime_error("text model: a transformer model needs tokenizer.model");
    return loadTransformerTextModel(stored, weights->second, loadTokenizer(tokenizer->second));
}

} // namespace candor::models
