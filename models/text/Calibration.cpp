#include "models/text/Calibration.h"

#include "models/text/TextEvaluation.h"

#include <algorithm>
#include <cmath>

namespace candor::models {

namespace {

double logit(double p)
{
    const double clamped = std::clamp(p, 1e-6, 1.0 - 1e-6);
    return std::log(clamped / (1.0 - clamped));
}

double sigmoid(double z)
{
    return 1.0 / (1.0 + std::exp(-z));
}

} // namespace

float PlattScaling::apply(float probability) const
{
    return identity() ? probability : float(sigmoid(scale * logit(probability) + shift));
}

bool calibratesClasses(const TextTaskDefinition &task)
{
    return task.kind == TextTaskKind::MultiLabel
        || (task.kind == TextTaskKind::SingleLabel && task.classLabels.size() == 2);
}

void calibrateClassProbs(const TextTaskDefinition &task, std::vector<float> &probs, const PlattScaling &scaling)
{
    if (!calibratesClasses(task) || scaling.identity())
        return;
    if (task.kind == TextTaskKind::MultiLabel) {
        for (float &p : probs)
            p = scaling.apply(p);
        return;
    }
    const size_t positive = size_t(positiveClass(task));
    if (probs.size() != 2 || positive > 1)
        return;
    probs[positive] = scaling.apply(probs[positive]);
    probs[1 - positive] = 1.0f - probs[positive];
}

PlattScaling fitPlattScaling(
    const TextTaskDefinition &task, const std::vector<RawTextOutput> &outputs, const std::vector<TextExample> &gold)
{
    if (!calibratesClasses(task) || outputs.empty())
        return {};
    // A binary single-label task has one probability to calibrate per example: the positive class's.
    const bool positiveOnly = task.kind == TextTaskKind::SingleLabel;
    const size_t positive = size_t(positiveClass(task));
    std::vector<double> z, y;
    double positives = 0;
    for (size_t i = 0; i < outputs.size(); ++i)
        for (size_t l = 0; l < outputs[i].classProbs.size(); ++l) {
            if (positiveOnly && l != positive)
                continue;
            const bool isGold
                = std::find(gold[i].classes.begin(), gold[i].classes.end(), int(l)) != gold[i].classes.end();
            z.push_back(logit(outputs[i].classProbs[l]));
            y.push_back(isGold ? 1.0 : 0.0);
            positives += isGold;
        }
    const double negatives = double(y.size()) - positives;
    if (positives == 0 || negatives == 0)
        return {};
    // Platt (1999): targets (N+ + 1) / (N+ + 2) and 1 / (N- + 2) instead of 1 and 0.
    const double high = (positives + 1) / (positives + 2), low = 1 / (negatives + 2);
    double a = 1, b = 0;
    for (int iteration = 0; iteration < 50; ++iteration) {
        double ga = 0, gb = 0, haa = 0, hab = 0, hbb = 0;
        for (size_t k = 0; k < z.size(); ++k) {
            const double p = sigmoid(a * z[k] + b);
            const double t = y[k] > 0 ? high : low;
            const double w = std::max(p * (1 - p), 1e-12);
            ga += (p - t) * z[k];
            gb += p - t;
            haa += w * z[k] * z[k];
            hab += w * z[k];
            hbb += w;
        }
        haa += 1e-9; // keeps the Hessian invertible when every logit is the same
        hbb += 1e-9;
        const double det = haa * hbb - hab * hab;
        if (std::abs(det) < 1e-18)
            break;
        const double da = (hbb * ga - hab * gb) / det, db = (haa * gb - hab * ga) / det;
        a -= da;
        b -= db;
        if (std::abs(da) < 1e-7 && std::abs(db) < 1e-7)
            break;
    }
    if (!(a > 0) || !std::isfinite(a) || !std::isfinite(b))
        return {}; // a decreasing or broken fit would reverse the model's order: keep the raw probabilities
    return PlattScaling{float(a), float(b)};
}

std::vector<RawTextOutput> calibrated(
    const TextTaskDefinition &task, std::vector<RawTextOutput> outputs, const PlattScaling &scaling)
{
    if (!calibratesClasses(task) || scaling.identity())
        return outputs;
    for (RawTextOutput &output : outputs)
        calibrateClassProbs(task, output.classProbs, scaling);
    return outputs;
}

double expectedCalibrationError(
    const std::vector<TextExample> &gold, const std::vector<TextPrediction> &predicted, int numLabels, int bins)
{
    std::vector<double> count(size_t(bins), 0), confidence(size_t(bins), 0), hits(size_t(bins), 0);
    double total = 0;
    for (size_t i = 0; i < gold.size() && i < predicted.size(); ++i) {
        if (int(predicted[i].classScores.size()) != numLabels)
            continue;
        for (int l = 0; l < numLabels; ++l) {
            const double p = predicted[i].classScores[size_t(l)];
            const size_t bin = size_t(std::clamp(int(p * bins), 0, bins - 1));
            count[bin] += 1;
            confidence[bin] += p;
            hits[bin] += std::find(gold[i].classes.begin(), gold[i].classes.end(), l) != gold[i].classes.end();
            total += 1;
        }
    }
    if (total == 0)
        return 0;
    double error = 0;
    for (size_t bin = 0; bin < size_t(bins); ++bin)
        if (count[bin] > 0)
            error += count[bin] / total * std::abs(confidence[bin] / count[bin] - hits[bin] / count[bin]);
    return error;
}

} // namespace candor::models
