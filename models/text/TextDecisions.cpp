#include "models/text/TextDecisions.h"

#include "core/metrics/MultiLabelF1.h"
#include "models/text/Calibration.h"
#include "models/text/TextEvaluation.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace candor::models {

namespace {

// Grid search keeping the best score; on ties the threshold closest to 0.5 wins (less overfitting to heldOut).
float bestThreshold(const std::function<double(float)> &score)
{
    float best = 0.5f;
    double bestScore = score(0.5f);
    for (int step = 1; step <= 19; ++step) {
        const float t = float(step) / 20.0f;
        const double s = score(t);
        if (s > bestScore + 1e-12 || (std::abs(s - bestScore) <= 1e-12 && std::abs(t - 0.5f) < std::abs(best - 0.5f))) {
            best = t;
            bestScore = s;
        }
    }
    return best;
}

} // namespace

bool isBinaryThresholded(const TextTaskDefinition &task)
{
    return task.kind == TextTaskKind::SingleLabel && task.classLabels.size() == 2;
}

DecisionRule DecisionRule::defaults(const TextTaskDefinition &task, int minSpanLength)
{
    DecisionRule rule;
    rule.classThresholds.assign(task.classLabels.size(), 0.5f);
    rule.spanThresholds.assign(task.spanLabels.size(), 0.5f);
    rule.minSpanLength = minSpanLength;
    return rule;
}

TextPrediction DecisionRule::decide(const TextTaskDefinition &task, const RawTextOutput &raw) const
{
    TextPrediction prediction;
    prediction.classScores = raw.classProbs;
    calibrateClassProbs(task, prediction.classScores, calibration);
    if (task.kind == TextTaskKind::MultiLabel) {
        for (size_t l = 0; l < prediction.classScores.size(); ++l)
            if (prediction.classScores[l] >= (l < classThresholds.size() ? classThresholds[l] : 0.5f))
                prediction.classes.push_back(int(l));
    } else if (isBinaryThresholded(task) && prediction.classScores.size() == 2) {
        const int positive = positiveClass(task);
        const float threshold = size_t(positive) < classThresholds.size() ? classThresholds[size_t(positive)] : 0.5f;
        prediction.classes.push_back(prediction.classScores[size_t(positive)] >= threshold ? positive : 1 - positive);
    } else if (isSingleChoice(task.kind) && !prediction.classScores.empty()) {
        prediction.classes.push_back(int(std::max_element(prediction.classScores.begin(), prediction.classScores.end())
            - prediction.classScores.begin()));
    }
    if (hasSpanLabels(task.kind))
        prediction.spans = decodeTokenSpans(
            raw.text, raw.tokens, raw.tokenProbs, int(task.spanLabels.size()), spanThresholds, minSpanLength);
    return prediction;
}

std::vector<TextPrediction> DecisionRule::decideAll(
    const TextTaskDefinition &task, const std::vector<RawTextOutput> &raw) const
{
    std::vector<TextPrediction> out;
    out.reserve(raw.size());
    for (const RawTextOutput &r : raw)
        out.push_back(decide(task, r));
    return out;
}

void tuneDecisionRule(DecisionRule &rule, const TextTaskDefinition &task, const std::vector<RawTextOutput> &heldOut,
    const std::vector<TextExample> &gold)
{
    if (heldOut.empty())
        return;
    if (task.kind == TextTaskKind::MultiLabel) {
        const int numLabels = int(task.classLabels.size());
        std::vector<std::vector<int>> goldClasses;
        long positives = 0;
        for (const TextExample &e : gold) {
            goldClasses.push_back(e.classes);
            positives += long(e.classes.size());
        }
        const float global = positives == 0 ? 0.5f : bestThreshold([&](float t) {
            std::vector<std::vector<int>> predicted(heldOut.size());
            for (size_t i = 0; i < heldOut.size(); ++i)
                for (int l = 0; l < numLabels; ++l)
                    if (heldOut[i].classProbs[size_t(l)] >= t)
                        predicted[i].push_back(l);
            return metrics::multiLabelF1(goldClasses, predicted, numLabels).micro.f1;
        });
        // One shared threshold: see the header for why not one per label.
        rule.classThresholds.assign(size_t(numLabels), global);
        return;
    }
    if (isBinaryThresholded(task)) {
        const size_t positive = size_t(positiveClass(task));
        rule.classThresholds[positive] = bestThreshold([&](float t) {
            DecisionRule candidate = rule;
            candidate.classThresholds[positive] = t;
            return evaluateText(task, gold, candidate.decideAll(task, heldOut)).at("score");
        });
        return;
    }
    if (!hasSpanLabels(task.kind))
        return;
    const float spanThreshold = bestThreshold([&](float t) {
        DecisionRule candidate = rule;
        candidate.spanThresholds.assign(task.spanLabels.size(), t);
        const auto metrics = evaluateText(task, gold, candidate.decideAll(task, heldOut));
        return metrics.at("span_f1");
    });
    rule.spanThresholds.assign(task.spanLabels.size(), spanThreshold);
}

HeldOutScore scoreHeldOut(const TextTaskDefinition &task, const std::vector<RawTextOutput> &raw,
    const std::vector<TextExample> &heldOut, const TextTrainConfig &config)
{
    HeldOutScore result{DecisionRule::defaults(task, config.minSpanLength), {}, -1};
    if (config.tuneThresholds)
        tuneDecisionRule(result.rule, task, raw, heldOut);
    result.metrics = evaluateText(task, heldOut, result.rule.decideAll(task, raw));
    result.score = result.metrics.at("score");
    return result;
}

} // namespace candor::models
