#include "models/text/LeadOverConstant.h"

#include "models/engine/FoldRuns.h"
#include "models/selection/Baselines.h"
#include "models/text/TextEvaluation.h"

#include <map>

namespace candor::models {

namespace {

std::string metricOf(TextTaskKind kind)
{
    switch (kind) {
    case TextTaskKind::MultiLabel: return "micro_f1";
    case TextTaskKind::SpanTagging: return "span_f1";
    case TextTaskKind::Narrative: return "mcc";
    case TextTaskKind::SingleLabel: return "macro_f1";
    }
    return "score";
}

// The constant's out-of-fold answers, and its answer fitted on every example.
std::vector<TextPrediction> constantAnswers(const TextTaskDefinition &task, const std::vector<TextExample> &examples,
    const selection::FoldPlan &folds, std::uint64_t seed, std::vector<std::string> &answer)
{
    std::vector<TextPrediction> out(examples.size());
    if (task.kind == TextTaskKind::MultiLabel) {
        std::vector<std::vector<int>> labels;
        for (const TextExample &e : examples)
            labels.push_back(e.classes);
        const int numLabels = int(task.classLabels.size());
        const auto baseline = selection::constantTopLabelsBaseline(labels, numLabels, folds, 5, 5, seed);
        for (size_t i = 0; i < examples.size(); ++i)
            out[i].classes = baseline.predictions[i];
        for (int label : selection::constantTopLabels(labels, numLabels, 5, 5, seed))
            answer.push_back(task.classLabels[size_t(label)]);
    } else if (isSingleChoice(task.kind)) {
        std::vector<int> classes;
        for (const TextExample &e : examples)
            classes.push_back(e.classes.front());
        const int numClasses = int(task.classLabels.size());
        const auto baseline = selection::majorityClassBaseline(classes, numClasses, folds, positiveClass(task));
        for (size_t i = 0; i < examples.size(); ++i)
            out[i].classes = {baseline.predictions[i]};
        answer.push_back(task.classLabels[size_t(selection::majorityClass(classes, numClasses))]);
    }
    return out; // span tagging: no spans at all
}

// The bootstrap's units: one per group (examples without a group are units of their own), in first-seen order.
std::vector<std::vector<int>> groupClusters(const std::vector<TextExample> &examples)
{
    std::vector<std::vector<int>> clusters;
    std::map<std::string, size_t> indexOfGroup;
    for (size_t i = 0; i < examples.size(); ++i) {
        const std::string &group = examples[i].group;
        if (group.empty()) {
            clusters.push_back({int(i)});
            continue;
        }
        const auto [it, added] = indexOfGroup.emplace(group, clusters.size());
        if (added)
            clusters.emplace_back();
        clusters[it->second].push_back(int(i));
    }
    return clusters;
}

} // namespace

LeadOverConstant leadOverConstant(const TextTaskDefinition &task, const std::vector<TextExample> &examples,
    const selection::FoldPlan &folds, const std::vector<TextPrediction> &outOfFold, int resamples, std::uint64_t seed)
{
    LeadOverConstant out;
    out.metric = metricOf(task.kind);
    const std::vector<TextPrediction> constant = constantAnswers(task, examples, folds, seed, out.answer);
    std::vector<double> perFold;
    for (const selection::Fold &fold : folds.folds)
        perFold.push_back(
            evaluateText(task, engine::pickRows(examples, fold.validation), engine::pickRows(constant, fold.validation))
                .at(out.metric));
    out.constant = selection::meanSd(perFold);
    // Examples of one group (event, thread) are not independent: resampling them one by one would give an interval
    // far narrower than the spread over groups. So the bootstrap draws whole groups (a cluster bootstrap).
    const std::vector<std::vector<int>> clusters = groupClusters(examples);
    out.lead = selection::bootstrapInterval(
        clusters.size(),
        [&](const std::vector<int> &drawn) {
            std::vector<int> units;
            for (int cluster : drawn)
                units.insert(units.end(), clusters[size_t(cluster)].begin(), clusters[size_t(cluster)].end());
            const std::vector<TextExample> gold = engine::pickRows(examples, units);
            return evaluateText(task, gold, engine::pickRows(outOfFold, units)).at(out.metric)
                - evaluateText(task, gold, engine::pickRows(constant, units)).at(out.metric);
        },
        std::max(1, resamples), seed);
    return out;
}

} // namespace candor::models
