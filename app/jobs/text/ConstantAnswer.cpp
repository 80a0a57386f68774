#include "app/jobs/text/ConstantAnswer.h"

#include "core/metrics/ClassificationMetrics.h"
#include "core/metrics/MultiLabelF1.h"
#include "models/selection/Baselines.h"
#include "models/selection/CvSummary.h"
#include "models/selection/Folds.h"
#include "models/text/CrossValidatedSelection.h"
#include "models/text/TextEvaluation.h"

#include <QJsonArray>

#include <algorithm>

namespace candor {

namespace {

namespace selection = models::selection;

QJsonObject meanSdJson(const std::vector<double> &perFold)
{
    const selection::MeanSd summary = selection::meanSd(perFold);
    return {{QStringLiteral("mean"), summary.mean}, {QStringLiteral("sd"), summary.sd},
        {QStringLiteral("folds"), summary.count}};
}

QJsonArray names(const std::vector<int> &indices, const std::vector<std::string> &labels)
{
    QJsonArray json;
    for (int index : indices)
        json.append(QString::fromStdString(labels.at(size_t(index))));
    return json;
}

QJsonArray warningsJson(const std::vector<std::string> &warnings)
{
    QJsonArray json;
    for (const std::string &warning : warnings)
        json.append(QString::fromStdString(warning));
    return json;
}

// The number of examples the folds can use: k is lowered on a tiny training split rather than failing the training.
int usableFolds(size_t examples, int folds)
{
    return int(std::min<size_t>(size_t(folds), examples));
}

QJsonObject multiLabelBaseline(const models::TextTaskDefinition &task, const std::vector<models::TextExample> &train,
    const std::vector<models::TextExample> &dev, int folds, unsigned long long seed)
{
    const int numLabels = int(task.classLabels.size());
    std::vector<std::vector<int>> labels;
    for (const auto &example : train)
        labels.push_back(example.classes);
    const selection::FoldPlan plan = selection::multiLabelFolds(labels, numLabels, folds, seed);
    // The CV estimate: k chosen again inside each training fold (nested), so the estimate is not tuned on what it
    // scores.
    const selection::ConstantLabelsBaseline nested = selection::constantTopLabelsBaseline(labels, numLabels, plan);
    const selection::MultiLabelRandomBaseline random
        = selection::stratifiedRandomLabelsBaseline(labels, numLabels, plan);

    // The answer used on dev: fitted on the whole training split the same way.
    const std::vector<int> answer = selection::constantTopLabels(labels, numLabels, folds, 5, seed);
    std::vector<std::vector<int>> devGold;
    for (const auto &example : dev)
        devGold.push_back(example.classes);
    const metrics::MultiLabelScores devScores
        = metrics::multiLabelF1(devGold, std::vector<std::vector<int>>(devGold.size(), answer), numLabels);

    return {{QStringLiteral("rule"), QStringLiteral("always the k most frequent training labels, k by 5-fold CV")},
        {QStringLiteral("metric"), QStringLiteral("micro_f1")},
        {QStringLiteral("answer"), names(answer, task.classLabels)}, {QStringLiteral("cv"), meanSdJson(nested.microF1)},
        {QStringLiteral("cv_macro_f1"), meanSdJson(nested.macroF1)}, {QStringLiteral("dev"), devScores.micro.f1},
        {QStringLiteral("dev_macro_f1"), devScores.macroF1}, {QStringLiteral("random_cv"), meanSdJson(random.microF1)},
        {QStringLiteral("warnings"), warningsJson(plan.warnings)}};
}

QJsonObject majorityBaseline(const models::TextTaskDefinition &task, const std::vector<models::TextExample> &train,
    const std::vector<models::TextExample> &dev, int folds, unsigned long long seed)
{
    const int numClasses = int(task.classLabels.size());
    const int positive = models::positiveClass(task);
    std::vector<int> classes;
    for (const auto &example : train)
        classes.push_back(example.classes.empty() ? 0 : example.classes.front());
    // Post veracity is scored by macro-F1 on event-grouped folds (the model's folds); narratives by MCC.
    const bool byMacroF1 = task.kind == models::TextTaskKind::SingleLabel;
    const selection::FoldPlan plan
        = byMacroF1 ? models::textFolds(task, train, folds, seed) : selection::stratifiedFolds(classes, folds, seed);
    const selection::MajorityBaseline majority = selection::majorityClassBaseline(classes, numClasses, plan, positive);
    const selection::StratifiedRandomBaseline random
        = selection::stratifiedRandomBaseline(classes, numClasses, plan, 200, 1, positive);

    const int majorityClass = selection::majorityClass(classes, numClasses);
    std::vector<int> devGold;
    for (const auto &example : dev)
        devGold.push_back(example.classes.empty() ? 0 : example.classes.front());
    const metrics::ClassificationScores devScores
        = metrics::classificationScores(devGold, std::vector<int>(devGold.size(), majorityClass), numClasses, positive);

    const auto &primary = byMacroF1 ? majority.scores.macroF1 : majority.scores.mcc;
    QJsonObject baseline{{QStringLiteral("rule"), QStringLiteral("always the majority training class")},
        {QStringLiteral("metric"), byMacroF1 ? QStringLiteral("macro_f1") : QStringLiteral("mcc")},
        {QStringLiteral("answer"), names({majorityClass}, task.classLabels)},
        {QStringLiteral("cv"), meanSdJson(primary)},
        {QStringLiteral("cv_accuracy"), meanSdJson(majority.scores.accuracy)},
        {QStringLiteral("random_cv"), meanSdJson(byMacroF1 ? random.scores.macroF1 : random.scores.mcc)},
        {QStringLiteral("warnings"), warningsJson(plan.warnings)}};
    if (!dev.empty()) {
        baseline.insert(QStringLiteral("dev"), byMacroF1 ? devScores.macroF1 : devScores.mcc);
        baseline.insert(QStringLiteral("dev_accuracy"), devScores.accuracy);
    }
    return baseline;
}

} // namespace

QJsonObject constantAnswerBaseline(const models::TextTaskDefinition &task,
    const std::vector<models::TextExample> &train, const std::vector<models::TextExample> &dev, int folds,
    unsigned long long seed)
{
    const int k = usableFolds(train.size(), folds);
    if (k < 2)
        return {}; // one training example: there is nothing to cross-validate
    switch (task.kind) {
    case models::TextTaskKind::MultiLabel: return multiLabelBaseline(task, train, dev, k, seed);
    case models::TextTaskKind::Narrative:
    case models::TextTaskKind::SingleLabel: return majorityBaseline(task, train, dev, k, seed);
    case models::TextTaskKind::SpanTagging:
        // The constant answer of span tagging is no span at all: span-F1 0 on every fold and on dev.
        return {{QStringLiteral("rule"), QStringLiteral("no spans")},
            {QStringLiteral("metric"), QStringLiteral("span_f1")}, {QStringLiteral("answer"), QJsonArray()},
            {QStringLiteral("cv"),
                QJsonObject{{QStringLiteral("mean"), 0.0}, {QStringLiteral("sd"), 0.0}, {QStringLiteral("folds"), k}}},
            {QStringLiteral("dev"), 0.0}};
    }
    return {};
}

} // namespace candor
