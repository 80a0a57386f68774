#include "models/post/FusionCrossValidation.h"

#include "models/engine/FoldRuns.h"
#include "models/selection/Baselines.h"
#include "models/selection/Folds.h"

#include <algorithm>
#include <chrono>
#include <set>
#include <stdexcept>

namespace candor::models {

namespace {

metrics::ClassificationScores scoresOf(
    const std::vector<int> &gold, const std::vector<int> &answers, const std::vector<int> &rows, int classes)
{
    return metrics::classificationScores(engine::pickRows(gold, rows), engine::pickRows(answers, rows), classes);
}

} // namespace

FusionAblation crossValidateFusion(const std::vector<std::string> &classes, const std::vector<FusionExample> &posts,
    const std::vector<FusionExample> &extraPairs, const std::vector<FusionVariant> &variants,
    const FusionTrainConfig &config, const AlignmentConfig &alignmentConfig, int folds, int bootstrapResamples,
    const engine::RunControl &control)
{
    if (folds < 2)
        throw std::invalid_argument("cross-validation needs at least 2 folds");
    if (variants.empty())
        throw std::invalid_argument("no MMFND variant to cross-validate");
    const int classCount = int(classes.size());
    std::vector<int> gold;
    std::vector<std::string> groups;
    std::vector<int> withImageRows;
    for (size_t i = 0; i < posts.size(); ++i) {
        const FusionExample &post = posts[i];
        if (post.label < 0 || post.label >= classCount)
            throw std::invalid_argument(
                "post " + post.id + " has no class among the task's " + std::to_string(classCount));
        gold.push_back(post.label);
        groups.push_back(post.group.empty() ? "post:" + post.id + "#" + std::to_string(i) : post.group);
        if (!post.image.empty())
            withImageRows.push_back(int(i));
    }
    const int groupCount = int(std::set<std::string>(groups.begin(), groups.end()).size());
    if (groupCount < folds)
        throw std::invalid_argument("the posts form " + std::to_string(groupCount) + " events, fewer than the "
            + std::to_string(folds) + " folds: no event may be on both sides of a fold");
    const selection::FoldPlan plan = selection::groupedFolds(groups, gold, folds, config.seed);

    for (int f = 0; f < folds; ++f) { // before any training: a fold that cannot train fails the run at once
        std::set<int> seen;
        for (const int i : plan.folds[size_t(f)].train)
            seen.insert(gold[size_t(i)]);
        if (seen.size() < 2)
            throw std::invalid_argument("fold " + std::to_string(f + 1) + " of " + std::to_string(folds)
                + ": its training posts hold only one class (the events are too few or too one-sided for "
                + std::to_string(folds) + " folds)");
    }

    FusionAblation result;
    result.folds = folds;
    result.posts = int(posts.size());
    result.withImage = int(withImageRows.size());
    result.groups = groupCount;
    result.classes = classes;
    result.warnings = plan.warnings;

    const selection::MajorityBaseline majority = selection::majorityClassBaseline(gold, classCount, plan);
    result.majority["accuracy"] = selection::meanSd(majority.scores.accuracy);
    result.majority["macro_f1"] = selection::meanSd(majority.scores.macroF1);
    result.majorityPooled = metrics::classificationScores(gold, majority.predictions, classCount);
    result.majorityPooledWithImage = scoresOf(gold, majority.predictions, withImageRows, classCount);
    const selection::StratifiedRandomBaseline random
        = selection::stratifiedRandomBaseline(gold, classCount, plan, 200, config.seed);
    result.random["accuracy"] = selection::meanSd(random.scores.accuracy);
    result.random["macro_f1"] = selection::meanSd(random.scores.macroF1);

    // The aligned encoders of each fold, shared by every variant that uses them (as one CLIP serves all rows of
    // the paper's Table 2).
    std::vector<std::shared_ptr<AlignmentEncoders>> alignments(static_cast<size_t>(folds));
    bool needsAlignment = false;
    for (const FusionVariant variant : variants)
        needsAlignment = needsAlignment || variant != FusionVariant::WithoutAlignment;
    if (needsAlignment) {
        for (int f = 0; f < folds; ++f) {
            std::vector<FusionExample> pairs = engine::pickRows(posts, plan.folds[size_t(f)].train);
            pairs.insert(pairs.end(), extraPairs.begin(), extraPairs.end());
            AlignmentReport report;
            if (alignablePairs(pairs, alignmentConfig) < 2) {
                if (std::none_of(pairs.begin(), pairs.end(), [](const FusionExample &p) { return !p.image.empty(); })) {
                    result.warnings.push_back("fold " + std::to_string(f + 1)
                        + ": no training post has a picture, so there is nothing to align and every variant reads "
                          "the text alone");
                    result.alignment.push_back(report);
                    continue;
                }
                throw std::invalid_argument("fold " + std::to_string(f + 1)
                    + " has pictures but fewer than 2 genuine picture-text pairs to align them on");
            }
            alignments[size_t(f)]
                = AlignmentEncoders::trainCrossFitted(engine::pickRows(posts, plan.folds[size_t(f)].train), extraPairs,
                    alignmentConfig, report, engine::foldRunControl(control, f, folds));
            const std::vector<FusionExample> heldOut = engine::pickRows(posts, plan.folds[size_t(f)].validation);
            report.heldOutRetrievalAtOne = alignments[size_t(f)]->retrievalAtOne(heldOut);
            int pictured = 0;
            for (const FusionExample &post : heldOut)
                pictured += post.image.empty() ? 0 : 1;
            report.heldOutChanceAtOne = pictured > 0 ? 1.0 / pictured : 0;
            result.alignment.push_back(report);
        }
    }

    for (const FusionVariant variant : variants) {
        const auto started = std::chrono::steady_clock::now();
        FusionVariantScores scores;
        scores.variant = fusionVariantName(variant);
        scores.outOfFold.assign(posts.size(), 0);
        std::map<std::string, std::vector<double>> perFold;
        double attention[3] = {0, 0, 0};
        for (int f = 0; f < folds; ++f) {
            const selection::Fold &fold = plan.folds[size_t(f)];
            FusionTrainConfig foldConfig = config;
            foldConfig.variant = variant;
            FusionTrainReport report;
            const std::unique_ptr<FusionModel> model
                = FusionModel::train(classCount, engine::pickRows(posts, fold.train), alignments[size_t(f)], foldConfig,
                    report, engine::foldRunControl(control, f, folds));
            scores.meanBestEpoch += double(report.bestEpoch) / folds;
            const std::vector<FusionPrediction> predictions = model->predict(engine::pickRows(posts, fold.validation));
            std::vector<int> answers;
            for (size_t i = 0; i < predictions.size(); ++i) {
                const int row = fold.validation[i];
                answers.push_back(predictions[i].label);
                scores.outOfFold[size_t(row)] = predictions[i].label;
                if (!posts[size_t(row)].image.empty()) {
                    attention[0] += predictions[i].textAttention;
                    attention[1] += predictions[i].imageAttention;
                    attention[2] += predictions[i].crossAttention;
                }
            }
            const metrics::ClassificationScores foldScores
                = metrics::classificationScores(engine::pickRows(gold, fold.validation), answers, classCount);
            perFold["accuracy"].push_back(foldScores.accuracy);
            perFold["macro_f1"].push_back(foldScores.macroF1);
            for (int c = 0; c < classCount; ++c)
                perFold["f1_" + classes[size_t(c)]].push_back(foldScores.perClass[size_t(c)].f1);
        }
        for (const auto &[name, values] : perFold)
            scores.cv[name] = selection::meanSd(values);
        scores.pooled = metrics::classificationScores(gold, scores.outOfFold, classCount);
        scores.pooledWithImage = scoresOf(gold, scores.outOfFold, withImageRows, classCount);
        std::vector<double> modelRight, constantRight;
        for (size_t i = 0; i < posts.size(); ++i) {
            modelRight.push_back(scores.outOfFold[i] == gold[i] ? 1.0 : 0.0);
            constantRight.push_back(majority.predictions[i] == gold[i] ? 1.0 : 0.0);
        }
        scores.accuracyLead
            = selection::bootstrapMeanDifference(modelRight, constantRight, bootstrapResamples, config.seed);
        if (!withImageRows.empty()) {
            scores.textAttention = attention[0] / double(withImageRows.size());
            scores.imageAttention = attention[1] / double(withImageRows.size());
            scores.crossAttention = attention[2] / double(withImageRows.size());
        }
        scores.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        result.variants.push_back(std::move(scores));
    }
    return result;
}

} // namespace candor::models
