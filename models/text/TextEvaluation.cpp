#include "models/text/TextEvaluation.h"

#include "core/metrics/ClassificationMetrics.h"
#include "core/metrics/MultiLabelF1.h"
#include "core/metrics/SpanMetrics.h"
#include "models/text/Calibration.h"

#include <algorithm>

namespace candor::models {

namespace {

std::vector<std::vector<metrics::LabeledSpan>> toLabeled(const std::vector<std::vector<CharSpan>> &spans)
{
    std::vector<std::vector<metrics::LabeledSpan>> out(spans.size());
    for (size_t i = 0; i < spans.size(); ++i)
        for (const CharSpan &s : spans[i])
            out[i].push_back(metrics::LabeledSpan{s.label, s.start, s.end});
    return out;
}

} // namespace

int positiveClass(const TextTaskDefinition &task)
{
    for (const char *name : {"CONSPIRACY", "fake"}) {
        const auto it = std::find(task.classLabels.begin(), task.classLabels.end(), name);
        if (it != task.classLabels.end())
            return int(it - task.classLabels.begin());
    }
    return 0;
}

std::map<std::string, double> evaluateText(
    const TextTaskDefinition &task, const std::vector<TextExample> &gold, const std::vector<TextPrediction> &predicted)
{
    std::map<std::string, double> out;
    std::vector<std::vector<CharSpan>> goldSpans, predictedSpans;
    for (size_t i = 0; i < gold.size(); ++i) {
        goldSpans.push_back(gold[i].spans);
        predictedSpans.push_back(predicted[i].spans);
    }
    const int numSpanLabels = int(task.spanLabels.size());
    switch (task.kind) {
    case TextTaskKind::MultiLabel: {
        std::vector<std::vector<int>> goldClasses, predictedClasses;
        for (size_t i = 0; i < gold.size(); ++i) {
            goldClasses.push_back(gold[i].classes);
            predictedClasses.push_back(predicted[i].classes);
        }
        const auto scores = metrics::multiLabelF1(goldClasses, predictedClasses, int(task.classLabels.size()));
        out["micro_f1"] = scores.micro.f1;
        out["macro_f1"] = scores.macroF1;
        out["score"] = scores.micro.f1;
        out["ece"] = expectedCalibrationError(gold, predicted, int(task.classLabels.size()));
        break;
    }
    case TextTaskKind::SpanTagging: {
        const auto scores = metrics::semevalSpanF1(toLabeled(goldSpans), toLabeled(predictedSpans), numSpanLabels);
        out["span_f1"] = scores.f1;
        out["span_precision"] = scores.precision;
        out["span_recall"] = scores.recall;
        out["score"] = scores.f1;
        break;
    }
    case TextTaskKind::Narrative: {
        std::vector<int> goldClass, predictedClass;
        for (size_t i = 0; i < gold.size(); ++i) {
            goldClass.push_back(gold[i].classes.empty() ? 0 : gold[i].classes.front());
            predictedClass.push_back(predicted[i].classes.empty() ? 0 : predicted[i].classes.front());
        }
        const auto classes = metrics::classificationScores(
            goldClass, predictedClass, int(task.classLabels.size()), positiveClass(task));
        const auto spans
            = metrics::panSpanF1(toLabeled(goldSpans), toLabeled(predictedSpans), numSpanLabels, task.spanLabels);
        out["mcc"] = classes.mcc;
        out["macro_f1"] = classes.macroF1;
        out["accuracy"] = classes.accuracy;
        out["span_f1"] = spans.officialF1;
        out["span_micro_f1"] = spans.microF1;
        out["score"] = 0.5 * (classes.mcc + spans.officialF1);
        break;
    }
    case TextTaskKind::SingleLabel: {
        std::vector<int> goldClass, predictedClass;
        for (size_t i = 0; i < gold.size(); ++i) {
            goldClass.push_back(gold[i].classes.empty() ? 0 : gold[i].classes.front());
            predictedClass.push_back(predicted[i].classes.empty() ? 0 : predicted[i].classes.front());
        }
        const auto classes = metrics::classificationScores(
            goldClass, predictedClass, int(task.classLabels.size()), positiveClass(task));
        out["accuracy"] = classes.accuracy;
        out["macro_f1"] = classes.macroF1;
        out["mcc"] = classes.mcc;
        for (size_t c = 0; c < classes.perClass.size() && c < task.classLabels.size(); ++c)
            out["f1_" + task.classLabels[c]] = classes.perClass[c].f1;
        out["ece"] = expectedCalibrationError(gold, predicted, int(task.classLabels.size()));
        out["score"] = classes.macroF1;
        break;
    }
    }
    return out;
}

} // namespace candor::models
