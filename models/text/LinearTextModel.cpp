#include "models/text/LinearTextModel.h"

#include "core/text/Utf8.h"
#include "models/text/ClassBalance.h"
#include "models/text/NgramFeatures.h"
#include "models/text/NgramTextModel.h"
#include "models/text/TextEvaluation.h"

#include <linear.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <stdexcept>

namespace candor::models {

namespace {

void silent(const char *)
{
}

// liblinear's problem over the training texts: hashed n-gram features (sublinear tf, L2-normalised) times their IDF
// on these texts, feature indices 1-based and ascending, then the bias feature (index features + 1, value 1): the
// library does not append it itself — only liblinear's command-line reader does — and without it every regression
// is forced through the origin, which cost SemEval subtask 1 three points of micro-F1.
struct LinearProblem
{
    std::vector<std::vector<feature_node>> rows;
    std::vector<feature_node *> rowPointers;
    std::vector<double> idf; // per bucket; 1 for buckets no training text has
    int features = 0;
};

LinearProblem buildProblem(const NgramHasher &hasher, const std::vector<TextExample> &train)
{
    LinearProblem problem;
    problem.features = hasher.buckets();
    std::vector<SparseVector> documents;
    std::vector<int> documentFrequency(size_t(problem.features), 0);
    for (const TextExample &e : train) {
        SparseVector document = hasher.document(text::decodeUtf8(e.text));
        std::map<int64_t, float> merged; // ascending, one entry per bucket
        for (size_t k = 0; k < document.indices.size(); ++k)
            merged[document.indices[k]] += document.weights[k];
        document.indices.clear();
        document.weights.clear();
        for (const auto &[index, weight] : merged) {
            document.indices.push_back(index);
            document.weights.push_back(weight);
            ++documentFrequency[size_t(index)];
        }
        documents.push_back(std::move(document));
    }
    // Smoothed IDF, as scikit-learn's TfidfVectorizer: ln((1 + n) / (1 + df)) + 1.
    const double n = double(train.size());
    problem.idf.assign(size_t(problem.features), 1.0);
    for (size_t j = 0; j < problem.idf.size(); ++j)
        if (documentFrequency[j] > 0)
            problem.idf[j] = std::log((1.0 + n) / (1.0 + documentFrequency[j])) + 1.0;
    for (const SparseVector &document : documents) {
        std::vector<feature_node> row;
        for (size_t k = 0; k < document.indices.size(); ++k)
            row.push_back(
                {int(document.indices[k]) + 1, document.weights[k] * problem.idf[size_t(document.indices[k])]});
        row.push_back({problem.features + 1, 1.0}); // problem::bias's feature, last
        row.push_back({-1, 0.0});
        problem.rows.push_back(std::move(row));
    }
    for (auto &row : problem.rows)
        problem.rowPointers.push_back(row.data());
    return problem;
}

struct BinaryFit
{
    std::vector<double> weights; // per bucket, IDF folded in
    double bias = 0;
};

// One L2-regularised logistic regression: positive (+1) against the rest (-1). `positiveWeight` scales C for the
// positive examples (class balance for single-label tasks; 1 for one-vs-rest labels).
BinaryFit fitBinary(const LinearProblem &data, const std::vector<bool> &positive, double c, double positiveWeight,
    double negativeWeight)
{
    BinaryFit fit;
    fit.weights.assign(size_t(data.features), 0.0);
    const long positives = std::count(positive.begin(), positive.end(), true);
    if (positives == 0 || positives == long(positive.size())) {
        // One class only: a constant logit that says so, no features.
        fit.bias = positives == 0 ? -4.0 : 4.0;
        return fit;
    }
    std::vector<double> y;
    for (bool p : positive)
        y.push_back(p ? +1.0 : -1.0);
    problem prob{};
    prob.l = int(positive.size());
    prob.n = data.features + 1; // + the bias feature
    prob.y = y.data();
    prob.x = const_cast<feature_node **>(data.rowPointers.data());
    prob.bias = 1.0;
    int labels[2] = {+1, -1};
    double weights[2] = {positiveWeight, negativeWeight};
    parameter param{};
    param.solver_type = L2R_LR_DUAL;
    param.eps = 0.1; // liblinear's default for the dual solvers
    param.C = c;
    param.nr_weight = 2;
    param.weight_label = labels;
    param.weight = weights;
    if (const char *problemText = check_parameter(&prob, &param))
        throw std::runtime_error(std::string("liblinear: ") + problemText);
    model *fitted = train(&prob, &param);
    // w scores model->label[0]; flip it when liblinear saw the negative class first.
    const double sign = fitted->label[0] == +1 ? 1.0 : -1.0;
    for (int j = 0; j < data.features; ++j)
        fit.weights[size_t(j)] = sign * fitted->w[j] * data.idf[size_t(j)];
    fit.bias = sign * fitted->w[data.features]; // the bias feature's weight (its value is 1)
    free_and_destroy_model(&fitted);
    return fit;
}

std::unique_ptr<RawOutputModel> fitAt(const TextTaskDefinition &task, const std::vector<TextExample> &train,
    const LinearProblem &data, const TextTrainConfig &config, double c)
{
    const size_t classes = task.classLabels.size();
    const size_t buckets = size_t(data.features);
    std::vector<float> weights(buckets * classes, 0.0f), bias(classes, 0.0f);
    auto store = [&](size_t column, const BinaryFit &fit, double scale) {
        for (size_t j = 0; j < buckets; ++j)
            weights[j * classes + column] = float(scale * fit.weights[j]);
        bias[column] = float(scale * fit.bias);
    };
    const std::vector<float> balance = config.balanceClasses && task.kind == TextTaskKind::SingleLabel
        ? balancedClassWeights(task, train)
        : std::vector<float>(classes, 1.0f);
    if (task.kind == TextTaskKind::SingleLabel && classes == 2) {
        // One regression for the positive class; the network's softmax over (z / 2, -z / 2) is sigmoid(z).
        const size_t positive = size_t(positiveClass(task));
        std::vector<bool> isPositive;
        for (const TextExample &e : train)
            isPositive.push_back(!e.classes.empty() && size_t(e.classes.front()) == positive);
        const BinaryFit fit = fitBinary(data, isPositive, c, balance[positive], balance[1 - positive]);
        store(positive, fit, 0.5);
        store(1 - positive, fit, -0.5);
    } else {
        // One-vs-rest: each label (class) its own regression; a single-label task takes the softmax of the logits.
        for (size_t l = 0; l < classes; ++l) {
            std::vector<bool> isPositive;
            for (const TextExample &e : train)
                isPositive.push_back(std::find(e.classes.begin(), e.classes.end(), int(l)) != e.classes.end());
            store(l, fitBinary(data, isPositive, c, balance[l], 1.0), 1.0);
        }
    }
    return makeNgramLinearModel(task, config.ngramHashBits, config.minSpanLength, "linear", weights, bias);
}

} // namespace

const std::vector<double> &linearCGrid()
{
    static const std::vector<double> grid{0.1, 0.3, 1.0, 3.0, 10.0, 30.0};
    return grid;
}

bool supportsLinearCandidate(TextTaskKind kind)
{
    return kind == TextTaskKind::MultiLabel || kind == TextTaskKind::SingleLabel;
}

std::unique_ptr<RawOutputModel> trainLinearTextModel(const TextTaskDefinition &task,
    const std::vector<TextExample> &train, const TextTrainConfig &config, const EpochWatch &watch,
    const engine::RunControl &control)
{
    if (!supportsLinearCandidate(task.kind))
        throw std::invalid_argument("the linear candidate learns item labels only");
    static std::once_flag quiet;
    std::call_once(quiet, [] { set_print_string_function(&silent); });
    const NgramHasher hasher(config.ngramHashBits);
    const LinearProblem data = buildProblem(hasher, train);
    const std::vector<double> &grid = linearCGrid();
    const int steps = int(grid.size());
    // A refit that watches nothing only needs the C it stops at.
    const int first = watch.texts.empty() && watch.stopAfterEpoch > 0 ? std::min(watch.stopAfterEpoch, steps) : 1;
    std::unique_ptr<RawOutputModel> model;
    for (int step = first; step <= steps; ++step) {
        control.throwIfCancelled();
        model = fitAt(task, train, data, config, grid[size_t(step - 1)]);
        const EpochVerdict verdict = watchEpoch(watch, step, [&] { return model->rawOutputsFor(watch.texts); });
        engine::Progress progress; // no loss to show: liblinear solves each C to convergence
        progress.phase = watch.phase + " C=" + std::to_string(grid[size_t(step - 1)]).substr(0, 5);
        progress.epoch = step;
        progress.epochs = steps;
        progress.step = step;
        progress.total = steps;
        if (verdict.score >= 0)
            progress.metrics["held_out"] = verdict.score;
        control.report(progress);
        if (verdict.stop)
            break;
    }
    return model;
}

} // namespace candor::models
