#include "models/text/CrossValidatedSelection.h"

#include "models/text/Calibration.h"
#include "models/text/EnsembleTextModel.h"
#include "models/text/TextEvaluation.h"

#include <algorithm>
#include <limits>
#include <map>
#include <set>
#include <stdexcept>

namespace candor::models {

namespace {

std::vector<TextExample> subset(const std::vector<TextExample> &all, const std::vector<int> &indices)
{
    std::vector<TextExample> out;
    out.reserve(indices.size());
    for (int i : indices)
        out.push_back(all[size_t(i)]);
    return out;
}

// One candidate on one fold: the held-out score and outputs after every epoch it ran.
struct FoldRun
{
    std::vector<double> scores;
    std::vector<std::vector<RawTextOutput>> outputs;

    double best() const { return *std::max_element(scores.begin(), scores.end()); }
    // A fold that stopped early keeps its last epoch for the later ones: what it would have answered.
    size_t at(int epoch) const { return std::min(size_t(epoch), scores.size()) - 1; }
};

FoldRun runFold(const TextTaskDefinition &task, const std::vector<TextExample> &train, const selection::Fold &fold,
    const CandidateSpec &candidate, const TextTrainConfig &config, std::string phase)
{
    const std::vector<TextExample> heldOut = subset(train, fold.validation);
    EpochWatch watch;
    for (const TextExample &e : heldOut)
        watch.texts.push_back(e.text);
    watch.phase = std::move(phase);
    FoldRun run;
    double best = -std::numeric_limits<double>::infinity();
    int bestEpoch = 0;
    watch.afterEpoch = [&](int epoch, std::vector<RawTextOutput> outputs) {
        const double score = scoreHeldOut(task, outputs, heldOut, config).score;
        run.scores.push_back(score);
        run.outputs.push_back(std::move(outputs));
        if (score > best) {
            best = score;
            bestEpoch = epoch;
        }
        return EpochVerdict{epoch - bestEpoch >= std::max(1, config.patience), score};
    };
    candidate.train(subset(train, fold.train), watch);
    if (run.scores.empty())
        throw std::runtime_error("candidate '" + candidate.name + "' finished a fold without one epoch");
    return run;
}

// Mean held-out score over the folds after each epoch, and the first epoch where it is highest.
int chooseEpoch(const std::vector<FoldRun> &runs, std::vector<double> &curve)
{
    size_t longest = 0;
    for (const FoldRun &run : runs)
        longest = std::max(longest, run.scores.size());
    curve.assign(longest, 0.0);
    for (size_t e = 0; e < longest; ++e) {
        for (const FoldRun &run : runs)
            curve[e] += run.scores[run.at(int(e) + 1)];
        curve[e] /= double(runs.size());
    }
    return int(std::max_element(curve.begin(), curve.end()) - curve.begin()) + 1;
}

std::vector<RawTextOutput> outOfFold(
    const std::vector<FoldRun> &runs, const selection::FoldPlan &plan, int epoch, size_t examples)
{
    std::vector<RawTextOutput> out(examples);
    for (size_t f = 0; f < plan.folds.size(); ++f) {
        const std::vector<RawTextOutput> &outputs = runs[f].outputs[runs[f].at(epoch)];
        const std::vector<int> &members = plan.folds[f].validation;
        for (size_t j = 0; j < members.size(); ++j)
            out[size_t(members[j])] = outputs[j];
    }
    return out;
}

// The rule fitted on held-out outputs: Platt scaling of the class probabilities, then the thresholds on the
// calibrated values.
DecisionRule selectDecisionRule(const TextTaskDefinition &task, const std::vector<RawTextOutput> &outputs,
    const std::vector<TextExample> &gold, const TextTrainConfig &config)
{
    DecisionRule rule = DecisionRule::defaults(task, config.minSpanLength);
    rule.calibration = fitPlattScaling(task, outputs, gold);
    if (config.tuneThresholds)
        tuneDecisionRule(rule, task, calibrated(task, outputs, rule.calibration), gold);
    return rule;
}

// Scores every fold with the rule tuned on the other folds' out-of-fold outputs: the estimate of how the
// procedure (thresholds included) does on examples it never saw.
void scoreFolds(const TextTaskDefinition &task, const std::vector<TextExample> &train, const selection::FoldPlan &plan,
    const TextTrainConfig &config, CandidateSelection &candidate)
{
    std::map<std::string, std::vector<double>> perMetric;
    candidate.outOfFoldDecided.assign(train.size(), TextPrediction{});
    for (const selection::Fold &fold : plan.folds) {
        std::vector<RawTextOutput> others;
        for (int i : fold.train)
            others.push_back(candidate.outOfFold[size_t(i)]);
        const DecisionRule rule = selectDecisionRule(task, others, subset(train, fold.train), config);
        std::vector<RawTextOutput> heldOut;
        for (int i : fold.validation)
            heldOut.push_back(candidate.outOfFold[size_t(i)]);
        const std::vector<TextPrediction> decided = rule.decideAll(task, heldOut);
        const std::vector<TextExample> gold = subset(train, fold.validation);
        for (const auto &[name, value] : evaluateText(task, gold, decided))
            perMetric[name].push_back(value);
        if (calibratesClasses(task)) {
            DecisionRule uncalibrated = rule;
            uncalibrated.calibration = PlattScaling{};
            perMetric["ece_uncalibrated"].push_back(
                expectedCalibrationError(gold, uncalibrated.decideAll(task, heldOut), int(task.classLabels.size())));
        }
        for (size_t j = 0; j < decided.size(); ++j)
            candidate.outOfFoldDecided[size_t(fold.validation[j])] = decided[j];
    }
    for (const auto &[name, values] : perMetric)
        candidate.report.cv[name] = selection::meanSd(values);
}

// Item-label tasks: the epoch whose honest CV score (each fold decided by the rule fitted on the other folds, as
// reported) is best, and that score per epoch as the curve. The per-fold curve of chooseEpoch tunes each fold's
// thresholds on that fold itself, which cannot see that the fold models' probabilities stop being comparable: on
// SemEval subtask 1 (seed 1) the liblinear candidate's self-tuned fold scores were best at C = 30 while the
// procedure scored 0.48 ± 0.04 there (calibration error 0.10) against 0.51 at C = 3. Span tasks keep the per-fold
// curve: re-deciding every span of every fold for every epoch and threshold would cost minutes per candidate.
int chooseEpochHonestly(const TextTaskDefinition &task, const std::vector<TextExample> &train,
    const selection::FoldPlan &plan, const TextTrainConfig &config, const std::vector<FoldRun> &runs,
    std::vector<double> &curve)
{
    int best = 1;
    for (size_t e = 0; e < curve.size(); ++e) {
        CandidateSelection atEpoch;
        atEpoch.outOfFold = outOfFold(runs, plan, int(e) + 1, train.size());
        scoreFolds(task, train, plan, config, atEpoch);
        curve[e] = atEpoch.report.cv.at("score").mean;
        if (curve[e] > curve[size_t(best - 1)] + 1e-12)
            best = int(e) + 1;
    }
    return best;
}

double cvScore(const CandidateSelection &candidate)
{
    const auto it = candidate.report.cv.find("score");
    return candidate.report.dropped.empty() && it != candidate.report.cv.end()
        ? it->second.mean
        : -std::numeric_limits<double>::infinity();
}

std::string figure(double value)
{
    std::string text = std::to_string(value);
    return text.substr(0, text.find('.') + 4);
}

} // namespace

selection::FoldPlan textFolds(
    const TextTaskDefinition &task, const std::vector<TextExample> &examples, int k, std::uint64_t seed)
{
    const bool grouped
        = std::any_of(examples.begin(), examples.end(), [](const TextExample &e) { return !e.group.empty(); });
    if (grouped) {
        std::vector<std::string> groups;
        std::vector<int> classes;
        for (size_t i = 0; i < examples.size(); ++i) {
            // An example without a group is a group of its own.
            groups.push_back(examples[i].group.empty() ? "\x1f" + std::to_string(i) : examples[i].group);
            if (isSingleChoice(task.kind))
                classes.push_back(examples[i].classes.front());
        }
        return selection::groupedFolds(groups, classes, k, seed);
    }
    switch (task.kind) {
    case TextTaskKind::MultiLabel: {
        std::vector<std::vector<int>> labels;
        for (const TextExample &e : examples)
            labels.push_back(e.classes);
        return selection::multiLabelFolds(labels, int(task.classLabels.size()), k, seed);
    }
    case TextTaskKind::SpanTagging: {
        std::vector<std::vector<int>> labels;
        for (const TextExample &e : examples) {
            std::set<int> present;
            for (const CharSpan &s : e.spans)
                present.insert(s.label);
            labels.emplace_back(present.begin(), present.end());
        }
        return selection::multiLabelFolds(labels, int(task.spanLabels.size()), k, seed);
    }
    case TextTaskKind::Narrative: {
        std::map<std::string, int> languages;
        for (const TextExample &e : examples)
            languages.emplace(e.language, 0);
        int index = 0;
        for (auto &[language, value] : languages)
            value = index++;
        std::vector<int> strata;
        for (const TextExample &e : examples)
            strata.push_back(e.classes.front() * int(languages.size()) + languages.at(e.language));
        return selection::stratifiedFolds(strata, k, seed);
    }
    case TextTaskKind::SingleLabel: {
        std::vector<int> strata;
        for (const TextExample &e : examples)
            strata.push_back(e.classes.front());
        return selection::stratifiedFolds(strata, k, seed);
    }
    }
    throw std::logic_error("unknown text task kind");
}

SelectionResult crossValidateCandidates(const TextTaskDefinition &task, const std::vector<TextExample> &train,
    const std::vector<CandidateSpec> &candidates, const TextTrainConfig &config, const engine::RunControl &control)
{
    SelectionResult result;
    result.folds = textFolds(task, train, config.cvFolds, config.seed);
    const size_t k = result.folds.folds.size();
    double leaderFirstFold = -std::numeric_limits<double>::infinity();
    std::string leader;
    for (const CandidateSpec &spec : candidates) {
        CandidateSelection candidate;
        candidate.name = spec.name;
        std::vector<FoldRun> runs;
        for (size_t f = 0; f < k; ++f) {
            control.throwIfCancelled();
            const std::string phase = spec.name + " fold " + std::to_string(f + 1) + "/" + std::to_string(k);
            runs.push_back(runFold(task, train, result.folds.folds[f], spec, config, phase));
            // A later candidate that already trails on the first fold is not worth k - 1 more trainings.
            if (f == 0 && config.dropTrailingCandidates && !leader.empty() && runs.front().best() < leaderFirstFold) {
                candidate.report.dropped = "its first fold's best held-out score " + figure(runs.front().best())
                    + " is below " + leader + "'s " + figure(leaderFirstFold);
                break;
            }
        }
        if (candidate.report.dropped.empty()) {
            candidate.report.epoch = chooseEpoch(runs, candidate.curve);
            if (!hasSpanLabels(task.kind))
                candidate.report.epoch = chooseEpochHonestly(task, train, result.folds, config, runs, candidate.curve);
            candidate.outOfFold = outOfFold(runs, result.folds, candidate.report.epoch, train.size());
            scoreFolds(task, train, result.folds, config, candidate);
            if (runs.front().best() > leaderFirstFold) {
                leaderFirstFold = runs.front().best();
                leader = spec.name;
            }
        }
        result.candidates.push_back(std::move(candidate));
    }

    std::vector<std::vector<RawTextOutput>> members;
    std::vector<std::string> memberNames;
    for (const CandidateSelection &c : result.candidates)
        if (c.report.dropped.empty()) {
            members.push_back(c.outOfFold);
            memberNames.push_back(c.name);
        }
    if (config.trainEnsemble && members.size() >= 2) {
        // The members' weights by CV on their out-of-fold outputs: equal first, then the first member at a quarter
        // and three quarters (two members); a weighting replaces the equal one only when its CV score is higher.
        std::vector<std::vector<int>> weightings{std::vector<int>(members.size(), 1000 / int(members.size()))};
        if (members.size() == 2)
            weightings.insert(weightings.end(), {{250, 750}, {750, 250}});
        CandidateSelection best;
        for (const std::vector<int> &permille : weightings) {
            CandidateSelection ensemble;
            ensemble.name = "ensemble";
            const std::vector<float> weights(permille.begin(), permille.end());
            ensemble.outOfFold = averageRawOutputs(members, int(task.spanLabels.size()), weights);
            scoreFolds(task, train, result.folds, config, ensemble);
            for (size_t m = 0; m < members.size(); ++m)
                ensemble.report.weights[memberNames[m]] = permille[m];
            if (best.name.empty() || cvScore(ensemble) > cvScore(best))
                best = std::move(ensemble);
        }
        result.candidates.push_back(std::move(best));
    }

    for (size_t i = 1; i < result.candidates.size(); ++i)
        if (cvScore(result.candidates[i]) > cvScore(result.candidates[result.chosen]))
            result.chosen = i;
    result.rule = selectDecisionRule(task, result.candidates[result.chosen].outOfFold, train, config);
    return result;
}

} // namespace candor::models
