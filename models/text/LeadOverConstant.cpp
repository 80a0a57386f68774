#include "models/text/LeadOverConstant.h"

#include "models/selection/Baselines.h"
#include "models/text/TextEvaluation.h"

namespace candor::models {

namespace {

std::string metricOf(TextTaskKind kind)
{
    switch (kind) {
    case TextTaskKind::MultiLabel: return "micro_f1";
    case TextTaskKind::SpanTagging: return "span_f1";
    case TextTaskKind::Narrative: return "mcc";
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
    } else if (task.kind == TextTaskKind::Narrative) {
        std::vector<int> classes;
        for (const TextExample &e : examples)
            classes.push_back(e.classes.front());
        const int numClasses = int(task.classLabels.size());
        const auto baseline
            = selection::majorityClassBaseline(classes, numClasses, folds, narrativePositiveClass(task));
        for (size_t i = 0; i < examples.size(); ++i)
            out[i].classes = {baseline.predictions[i]};
        answer.push_back(task.classLabels[size_t(selection::majorityClass(classes, numClasses))]);
    }
    return out; // span tagging: no spans at all
}

template <typename T>
std::vector<T> pick(const std::vector<T> &all, const std::vector<int> &indices)
{
    std::vector<T> out;
    out.reserve(indices.size());
    for (int i : indices)
        out.push_back(all[size_t(i)]);
    return out;
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
            evaluateText(task, pick(examples, fold.validation), pick(constant, fold.validation)).at(out.metric));
    out.constant = selection::meanSd(perFold);
    out.lead = selection::bootstrapInterval(
        examples.size(),
        [&](const std::vector<int> &units) {
            const std::vector<TextExample> gold = pick(examples, units);
            return evaluateText(task, gold, pick(outOfFold, units)).at(out.metric)
                - evaluateText(task, gold, pick(constant, units)).at(out.metric);
        },
        std::max(1, resamples), seed);
    return out;
}

} // namespace candor::models
