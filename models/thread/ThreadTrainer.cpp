#include "core/metrics/ClassificationMetrics.h"
#include "models/engine/Compute.h"
#include "models/engine/TorchDevice.h"
#include "models/thread/ThreadModelImpl.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <iterator>
#include <numeric>
#include <random>

namespace candor::models {
namespace {

using thread::PreparedThread;
using thread::ThreadNet;

int imageInputDimOf(const std::vector<ThreadExample> &threads, int configured)
{
    if (configured > 0)
        return configured;
    for (const ThreadExample &t : threads)
        for (const ThreadPostExample &p : t.posts)
            if (!p.image.empty())
                return static_cast<int>(p.image.size());
    return 1280; // MobileNetV2's pooled feature length: the project's default image backbone
}

// (n / (k * count))^power per class; unseen classes get the largest weight seen.
torch::Tensor classWeights(const std::vector<double> &counts, double power)
{
    const size_t k = counts.size();
    const double total = std::accumulate(counts.begin(), counts.end(), 0.0);
    std::vector<float> weights(k, 1.0f);
    float largest = 1.0f;
    for (size_t c = 0; c < k; ++c)
        if (counts[c] > 0) {
            weights[c] = static_cast<float>(std::pow(total / (double(k) * counts[c]), power));
            largest = std::max(largest, weights[c]);
        }
    for (size_t c = 0; c < k; ++c)
        if (counts[c] == 0)
            weights[c] = largest;
    return torch::tensor(weights);
}

torch::Tensor stanceClassWeights(
    const std::vector<PreparedThread> &threads, const std::vector<size_t> &fit, double power)
{
    std::vector<double> counts(4, 0.0);
    for (size_t i : fit)
        for (int64_t s : threads[i].stance)
            if (s >= 0)
                counts[s] += 1;
    return classWeights(counts, power);
}

torch::Tensor veracityClassWeights(
    const std::vector<PreparedThread> &threads, const std::vector<size_t> &fit, double power)
{
    std::vector<double> counts(3, 0.0);
    for (size_t i : fit)
        if (threads[i].veracity >= 0)
            counts[threads[i].veracity] += 1;
    return classWeights(counts, power);
}

std::map<std::string, double> validationScores(ThreadNet &net, const ThreadTrainConfig &config,
    const std::vector<PreparedThread> &threads, const std::vector<size_t> &held)
{
    std::vector<const PreparedThread *> pointers;
    for (size_t i : held)
        pointers.push_back(&threads[i]);
    const std::vector<ThreadPrediction> predictions = thread::predictThreads(net, config, pointers);
    std::vector<int> stanceGold, stancePred, veracityGold, veracityPred;
    for (size_t t = 0; t < pointers.size(); ++t) {
        for (size_t p = 0; p < pointers[t]->stance.size(); ++p)
            if (pointers[t]->stance[p] >= 0) {
                stanceGold.push_back(static_cast<int>(pointers[t]->stance[p]));
                stancePred.push_back(predictions[t].stance[p]);
            }
        if (pointers[t]->veracity >= 0) {
            veracityGold.push_back(static_cast<int>(pointers[t]->veracity));
            veracityPred.push_back(predictions[t].veracity);
        }
    }
    std::map<std::string, double> scores;
    if (!stanceGold.empty()) {
        const auto s = metrics::classificationScores(stanceGold, stancePred, 4);
        scores["stance_accuracy"] = s.accuracy;
        scores["stance_macro_f1"] = s.macroF1;
    }
    if (!veracityGold.empty()) {
        const auto v = metrics::classificationScores(veracityGold, veracityPred, 3);
        scores["veracity_accuracy"] = v.accuracy;
        scores["veracity_macro_f1"] = v.macroF1;
    }
    return scores;
}

// The number the epoch is chosen by: what the trained tasks are judged on.
double selectionScore(const std::map<std::string, double> &scores, ThreadTasks tasks, bool veracityAlone)
{
    const auto get = [&](const char *key) {
        const auto it = scores.find(key);
        return it == scores.end() ? 0.0 : it->second;
    };
    const double stance = get("stance_macro_f1");
    const double veracity = get("veracity_macro_f1");
    if (tasks == ThreadTasks::StanceOnly)
        return stance;
    if (tasks == ThreadTasks::VeracityOnly || (veracityAlone && tasks == ThreadTasks::Both))
        return veracity;
    return stance + veracity;
}

// Batches of threads of similar length (the recurrence runs as long as the longest sequence in a batch):
// shuffle, sort runs of four batches by length, cut, and shuffle the batch order.
std::vector<std::vector<size_t>> lengthBucketedBatches(
    const std::vector<PreparedThread> &threads, std::vector<size_t> ids, size_t batchSize, std::mt19937_64 &random)
{
    const auto length = [&](size_t id) {
        size_t longest = 0;
        for (const std::vector<int> &sequence : threads[id].sequences)
            longest = std::max(longest, sequence.size());
        return longest;
    };
    std::shuffle(ids.begin(), ids.end(), random);
    const size_t run = 4 * batchSize;
    for (size_t begin = 0; begin < ids.size(); begin += run) {
        const auto end = ids.begin() + std::min(ids.size(), begin + run);
        std::stable_sort(ids.begin() + begin, end, [&](size_t a, size_t b) { return length(a) < length(b); });
    }
    std::vector<std::vector<size_t>> batches;
    for (size_t begin = 0; begin < ids.size(); begin += batchSize)
        batches.emplace_back(ids.begin() + begin, ids.begin() + std::min(ids.size(), begin + batchSize));
    std::shuffle(batches.begin(), batches.end(), random);
    return batches;
}

// Whole groups go to the held-out side, in the (seeded, shuffled) order their first thread appears, skipping any
// group that would take the held-out side past twice `heldCount`, until at least `heldCount` threads are held out.
// One group, or no group small enough: the random threads stay held out.
void splitByGroup(const std::vector<ThreadExample> &threads, const std::vector<size_t> &order, size_t heldCount,
    std::vector<size_t> &held, std::vector<size_t> &fit)
{
    std::vector<std::string> groups;
    std::map<std::string, size_t> sizes;
    for (size_t i : order) {
        if (sizes[threads[i].group]++ == 0)
            groups.push_back(threads[i].group);
    }
    if (groups.size() < 2)
        return;
    std::vector<std::string> heldGroups;
    size_t count = 0;
    for (size_t g = 0; g < groups.size() && count < heldCount && heldGroups.size() + 1 < groups.size(); ++g) {
        if (count + sizes[groups[g]] > 2 * heldCount)
            continue;
        heldGroups.push_back(groups[g]);
        count += sizes[groups[g]];
    }
    if (heldGroups.empty())
        return;
    held.clear();
    fit.clear();
    for (size_t i : order)
        (std::find(heldGroups.begin(), heldGroups.end(), threads[i].group) != heldGroups.end() ? held : fit)
            .push_back(i);
}

std::map<std::string, torch::Tensor> snapshot(const ThreadNet &net)
{
    std::map<std::string, torch::Tensor> copy;
    for (const auto &item : net->named_parameters())
        copy[item.key()] = item.value().detach().clone();
    return copy;
}

void restore(ThreadNet &net, const std::map<std::string, torch::Tensor> &copy)
{
    torch::NoGradGuard noGrad;
    for (auto &item : net->named_parameters())
        item.value().copy_(copy.at(item.key()));
}

} // namespace

std::unique_ptr<ThreadModel> ThreadModel::train(const std::vector<ThreadExample> &train,
    const ThreadTrainConfig &requested, ThreadTrainReport &report, const engine::RunControl &control)
{
    const auto started = std::chrono::steady_clock::now();
    if (train.empty())
        throw std::invalid_argument("thread model: no training threads");
    engine::configureCompute(requested.threads);
    engine::seedEverything(requested.seed);
    ThreadTrainConfig config = requested;
    config.imageInputDim = imageInputDimOf(train, requested.imageInputDim);

    std::vector<PreparedThread> prepared;
    prepared.reserve(train.size());
    for (const ThreadExample &t : train)
        prepared.push_back(thread::prepareThread(t, config.order, config.hashBuckets, config.imageInputDim));

    std::mt19937_64 random(config.seed);
    std::vector<size_t> order(prepared.size());
    std::iota(order.begin(), order.end(), 0);
    std::shuffle(order.begin(), order.end(), random);
    const size_t heldCount = prepared.size() >= 10
        ? static_cast<size_t>(std::lround(config.validationFraction * static_cast<double>(prepared.size())))
        : 0;
    std::vector<size_t> held(order.begin(), order.begin() + heldCount);
    std::vector<size_t> fit(order.begin() + heldCount, order.end());
    if (config.holdOutByGroup && heldCount > 0)
        splitByGroup(train, order, heldCount, held, fit);

    const torch::Device device = engine::torchDevice();
    ThreadNet net(thread::netShapeOf(config));
    net->to(device);
    const torch::Tensor stanceWeights = stanceClassWeights(prepared, fit, config.stanceClassWeightPower).to(device);
    const torch::Tensor veracityWeights
        = veracityClassWeights(prepared, fit, config.veracityClassWeightPower).to(device);
    torch::optim::Adam optimiser(
        net->parameters(), torch::optim::AdamOptions(config.learningRate).weight_decay(config.weightDecay));
    std::bernoulli_distribution chooseVeracity(config.beta);

    const size_t batchSize = static_cast<size_t>(std::max(1, config.batchSize));
    const size_t batchesPerPass = (fit.size() + batchSize - 1) / batchSize;
    const size_t minSteps = static_cast<size_t>(std::max(1, config.minStepsPerEpoch));
    const size_t passesPerEpoch
        = batchesPerPass == 0 ? 1 : std::max<size_t>(1, (minSteps + batchesPerPass - 1) / batchesPerPass);
    const long stepsPerEpoch = static_cast<long>(passesPerEpoch * batchesPerPass);
    long step = 0;
    double bestScore = -1;
    std::map<std::string, torch::Tensor> best;
    int sinceBest = 0;
    for (int epoch = 1; epoch <= config.epochs; ++epoch) {
        net->train();
        std::vector<std::vector<size_t>> batches;
        for (size_t pass = 0; pass < passesPerEpoch; ++pass) {
            std::vector<std::vector<size_t>> more = lengthBucketedBatches(prepared, fit, batchSize, random);
            batches.insert(batches.end(), std::make_move_iterator(more.begin()), std::make_move_iterator(more.end()));
        }
        double lossSum = 0;
        int lossCount = 0;
        for (const std::vector<size_t> &members : batches) {
            control.throwIfCancelled();
            std::vector<const PreparedThread *> part;
            for (size_t i : members)
                part.push_back(&prepared[i]);
            const thread::ThreadBatch batch = thread::makeBatch(part, config.imageInputDim);
            const bool veracityStep = config.tasks == ThreadTasks::VeracityOnly
                || (config.tasks == ThreadTasks::Both && chooseVeracity(random));
            const auto labels = torch::tensor(veracityStep ? batch.veracity : batch.stance, torch::kLong).to(device);
            ++step;
            if ((labels >= 0).sum().item<int64_t>() == 0)
                continue;
            const thread::NetOutput out = net->forward(batch);
            const torch::Tensor loss = veracityStep
                ? torch::nn::functional::cross_entropy(out.veracityLogits, labels,
                    torch::nn::functional::CrossEntropyFuncOptions().ignore_index(-1).weight(veracityWeights))
                : torch::nn::functional::cross_entropy(out.stanceLogits, labels,
                    torch::nn::functional::CrossEntropyFuncOptions().ignore_index(-1).weight(stanceWeights));
            optimiser.zero_grad();
            loss.backward();
            torch::nn::utils::clip_grad_norm_(net->parameters(), 5.0);
            optimiser.step();
            if (config.decaySteps > 0 && step % config.decaySteps == 0)
                for (auto &group : optimiser.param_groups())
                    static_cast<torch::optim::AdamOptions &>(group.options())
                        .lr(static_cast<torch::optim::AdamOptions &>(group.options()).lr() * config.decayRate);
            lossSum += loss.item<double>();
            ++lossCount;
            control.report(engine::trainingProgress(
                "thread", epoch, config.epochs, step, stepsPerEpoch * config.epochs, lossSum / lossCount));
        }
        if (held.empty()) {
            report.bestEpoch = epoch;
            continue;
        }
        const auto scores = validationScores(net, config, prepared, held);
        const double score = selectionScore(scores, config.tasks, config.selectOnVeracity);
        control.report(engine::trainingProgress("thread", epoch, config.epochs, step, stepsPerEpoch * config.epochs,
            lossCount ? lossSum / lossCount : 0, score));
        if (score > bestScore) {
            bestScore = score;
            best = snapshot(net);
            report.validationMetrics = scores;
            report.bestEpoch = epoch;
            sinceBest = 0;
        } else if (++sinceBest >= config.patience) {
            break;
        }
    }
    if (!best.empty())
        restore(net, best);
    net->eval();
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return std::make_unique<thread::TrainedThreadModel>(config, net);
}

} // namespace candor::models
