#include "models/text/TextModel.h"

#include "models/text/BatchFallback.h"
#include "models/text/CrossValidatedSelection.h"
#include "models/text/EnsembleTextModel.h"
#include "models/text/LeadOverConstant.h"
#include "models/text/LinearTextModel.h"
#include "models/text/NgramTextModel.h"
#include "models/text/TextEvaluation.h"
#include "models/text/TextModelConfig.h"
#include "models/text/TransformerTextModel.h"
#include "models/tokenizer/Tokenizer.h"

#include <chrono>
#include <stdexcept>

namespace candor::models {

namespace {

void validateExamples(const TextTaskDefinition &task, const std::vector<TextExample> &examples, const char *split)
{
    const int classes = int(task.classLabels.size());
    const int spanLabels = int(task.spanLabels.size());
    for (const TextExample &e : examples) {
        for (int c : e.classes)
            if (c < 0 || c >= classes)
                throw std::runtime_error(std::string(split) + " example '" + e.id + "': class index "
                    + std::to_string(c) + " is outside the task's " + std::to_string(classes) + " labels");
        if (isSingleChoice(task.kind) && e.classes.size() != 1)
            throw std::runtime_error(
                std::string(split) + " example '" + e.id + "': this task needs exactly one class per example");
        for (const CharSpan &s : e.spans)
            if (s.label < 0 || s.label >= spanLabels || s.start < 0 || s.end < s.start)
                throw std::runtime_error(std::string(split) + " example '" + e.id + "': invalid span ["
                    + std::to_string(s.start) + ", " + std::to_string(s.end) + ") label " + std::to_string(s.label));
    }
}

// The enabled candidates, cheapest first: a later one is dropped as soon as its first fold trails.
std::vector<CandidateSpec> candidateSpecs(const TextTaskDefinition &task, const std::vector<TextExample> &train,
    const std::vector<TextExample> &dev, const std::vector<std::string> &unlabelledTexts, const TextTrainConfig &config,
    const engine::RunControl &control)
{
    std::vector<CandidateSpec> specs;
    // One batch for every network run of this training: a run that runs out of memory lowers it for the later ones.
    auto batches = std::make_shared<BatchFallback>(config.batchSize);
    // Cheapest first: a later candidate whose first fold trails the leader's is dropped after that fold.
    if (config.trainLinear && supportsLinearCandidate(task.kind))
        specs.push_back(
            {"linear", [&task, &config, &control](const std::vector<TextExample> &examples, const EpochWatch &watch) {
                 return trainLinearTextModel(task, examples, config, watch, control);
             }});
    if (config.trainNgramBaseline)
        specs.push_back({"ngram",
            [&task, &config, &control, batches](const std::vector<TextExample> &examples, const EpochWatch &watch) {
                return batches->train(config, watch, control, 1, [&](const TextTrainConfig &c, const EpochWatch &w) {
                    return trainNgramTextModel(task, examples, c, w, control);
                });
            }});
    if (config.trainTransformer) {
        control.report(engine::Progress{"tokenizer", 0, 0, 0, 0, {}});
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
        specs.push_back({"transformer",
            [&task, &unlabelledTexts, &config, &control, tokenizer, batches](
                const std::vector<TextExample> &examples, const EpochWatch &watch) {
                // Two examples at least: batch normalisation needs them.
                return batches->train(config, watch, control, 2, [&](const TextTrainConfig &c, const EpochWatch &w) {
                    return trainTransformerTextModel(task, examples, unlabelledTexts, c, tokenizer, w, control);
                });
            }});
    }
    return specs;
}

// The chosen candidate refit on every training example, stopping at the epoch(s) the folds chose.
std::unique_ptr<TextModel> refit(
    const std::vector<CandidateSpec> &specs, const SelectionResult &selection, const std::vector<TextExample> &train)
{
    const CandidateSelection &chosen = selection.candidates[selection.chosen];
    std::vector<std::unique_ptr<RawOutputModel>> members;
    for (size_t i = 0; i < specs.size(); ++i) {
        const CandidateSelection &candidate = selection.candidates[i];
        const bool member = chosen.name == "ensemble" && candidate.report.dropped.empty();
        if (candidate.name != chosen.name && !member)
            continue;
        EpochWatch watch;
        watch.stopAfterEpoch = candidate.report.epoch;
        watch.phase = candidate.name + " (all training examples)";
        members.push_back(specs[i].train(train, watch));
    }
    if (chosen.name != "ensemble") {
        members.front()->setDecisionRule(selection.rule);
        return std::move(members.front());
    }
    std::vector<int> permille;
    for (const auto &[member, weight] : chosen.report.weights) // kind order, as the members were refit
        permille.push_back(weight);
    return makeEnsembleTextModel(std::move(members), selection.rule, std::move(permille));
}

} // namespace

std::unique_ptr<TextModel> TextModel::train(const TextTaskDefinition &task, const std::vector<TextExample> &train,
    const std::vector<TextExample> &dev, const std::vector<std::string> &unlabelledTexts, const TextTrainConfig &config,
    TrainReport &report, const engine::RunControl &control)
{
    const auto started = std::chrono::steady_clock::now();
    if (train.empty())
        throw std::runtime_error("no training examples");
    if (hasClassLabels(task.kind) && task.classLabels.empty())
        throw std::runtime_error("the task has no class labels");
    if (hasSpanLabels(task.kind) && task.spanLabels.empty())
        throw std::runtime_error("the task has no span labels");
    validateExamples(task, train, "training");
    validateExamples(task, dev, "dev");
    if (!config.trainTransformer && !config.trainNgramBaseline
        && !(config.trainLinear && supportsLinearCandidate(task.kind)))
        throw std::runtime_error("the configuration enables no candidate model");

    report = TrainReport{};
    const std::vector<CandidateSpec> specs = candidateSpecs(task, train, dev, unlabelledTexts, config, control);
    std::unique_ptr<TextModel> model;
    if (config.cvFolds < 2) {
        // No selection asked for: the first candidate, every configured epoch, default thresholds.
        EpochWatch watch;
        watch.phase = specs.front().name;
        model = specs.front().train(train, watch);
        report.chosen = specs.front().name;
        report.candidates[report.chosen] = CandidateReport{};
    } else {
        SelectionResult selection;
        try {
            selection = crossValidateCandidates(task, train, specs, config, control);
        } catch (const std::invalid_argument &error) {
            throw std::runtime_error(std::to_string(config.cvFolds) + "-fold cross-validation is impossible on these "
                + std::to_string(train.size()) + " training examples: " + error.what());
        }
        report.folds = int(selection.folds.folds.size());
        for (const CandidateSelection &c : selection.candidates)
            report.candidates[c.name] = c.report;
        const CandidateSelection &chosen = selection.candidates[selection.chosen];
        report.chosen = chosen.name;
        report.constant = leadOverConstant(
            task, train, selection.folds, chosen.outOfFoldDecided, config.bootstrapResamples, config.seed);
        model = refit(specs, selection, train);
    }
    if (!dev.empty()) {
        control.report(engine::Progress{"dev", 0, 0, 0, 0, {}});
        std::vector<std::string> texts;
        for (const TextExample &e : dev)
            texts.push_back(e.text);
        report.dev = evaluateText(task, dev, model->predict(texts));
    }
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return model;
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
    if (stored.kind == "ngram" || stored.kind == "linear") {
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
