#include "models/meme/MemeCrossValidation.h"

#include "core/metrics/MultiLabelF1.h"
#include "models/engine/FoldRuns.h"
#include "models/selection/Folds.h"
#include "models/text/LeadOverConstant.h"

#include <stdexcept>

namespace candor::models {

MemeCrossValidation crossValidateMemeVariants(const std::vector<std::string> &labels,
    const std::vector<MemeExample> &train, const std::vector<MemeVariant> &candidates, const MemeTrainConfig &config,
    int folds, int bootstrapResamples, const engine::RunControl &control, bool dropTrailing)
{
    if (folds < 2)
        throw std::invalid_argument("cross-validation needs at least 2 folds");
    if (candidates.empty())
        throw std::invalid_argument("no meme variant to cross-validate");
    if (train.size() < size_t(folds))
        throw std::invalid_argument(
            "fewer training memes (" + std::to_string(train.size()) + ") than folds (" + std::to_string(folds) + ")");
    const int labelCount = int(labels.size());
    std::vector<std::vector<int>> gold;
    for (const MemeExample &meme : train)
        gold.push_back(meme.labels);
    const selection::FoldPlan plan = selection::multiLabelFolds(gold, labelCount, folds, config.seed);

    MemeCrossValidation result;
    result.folds = folds;
    std::map<std::string, std::vector<TextPrediction>> outOfFold;
    double bestMean = -1;
    double leaderFirstFold = -1;
    for (const MemeVariant variant : candidates) {
        const std::string name = memeVariantName(variant);
        MemeTrainConfig variantConfig = config;
        variantConfig.variant = variant;
        std::vector<TextPrediction> predictions(train.size());
        std::vector<double> micro, macro;
        for (int f = 0; f < folds; ++f) {
            const selection::Fold &fold = plan.folds[size_t(f)];
            const std::vector<MemeExample> validation = engine::pickRows(train, fold.validation);
            MemeTrainReport ignored;
            const auto model = MemeModel::train(labels, engine::pickRows(train, fold.train), variantConfig, ignored,
                engine::foldRunControl(control, f, folds));
            const std::vector<MemePrediction> decided = model->predict(validation);
            std::vector<std::vector<int>> foldGold, foldPredicted;
            for (size_t i = 0; i < validation.size(); ++i) {
                TextPrediction &prediction = predictions[size_t(fold.validation[i])];
                prediction.classScores = decided[i].scores;
                prediction.classes = decided[i].labels;
                foldGold.push_back(validation[i].labels);
                foldPredicted.push_back(decided[i].labels);
            }
            const metrics::MultiLabelScores scores = metrics::multiLabelF1(foldGold, foldPredicted, labelCount);
            micro.push_back(scores.micro.f1);
            macro.push_back(scores.macroF1);
            if (f == 0 && dropTrailing && !result.chosen.empty() && micro.front() < leaderFirstFold)
                break;
        }
        CandidateReport &report = result.candidates[name];
        if (micro.size() < size_t(folds)) {
            report.dropped = "its first fold's micro-F1 " + std::to_string(micro.front()) + " is below " + result.chosen
                + "'s " + std::to_string(leaderFirstFold);
            report.cv["micro_f1"] = selection::meanSd(micro);
            report.cv["macro_f1"] = selection::meanSd(macro);
            continue;
        }
        report.cv["micro_f1"] = selection::meanSd(micro);
        report.cv["macro_f1"] = selection::meanSd(macro);
        if (report.cv["micro_f1"].mean > bestMean) {
            bestMean = report.cv["micro_f1"].mean;
            leaderFirstFold = micro.front();
            result.chosen = name;
        }
        outOfFold[name] = std::move(predictions);
    }

    TextTaskDefinition task;
    task.kind = TextTaskKind::MultiLabel;
    task.classLabels = labels;
    result.constant = leadOverConstant(
        task, memesAsTextExamples(train), plan, outOfFold.at(result.chosen), bootstrapResamples, config.seed);
    return result;
}

} // namespace candor::models
