#include "models/text/NgramTextModel.h"

#include "core/text/Utf8.h"
#include "models/checkpoint/Safetensors.h"
#include "models/engine/Compute.h"
#include "models/engine/DataParallel.h"
#include "models/engine/GradientSync.h"
#include "models/engine/TorchDevice.h"
#include "models/engine/Training.h"
#include "models/text/ClassBalance.h"
#include "models/text/EpochCheckpoint.h"
#include "models/text/EpochWatch.h"
#include "models/text/NgramFeatures.h"
#include "models/text/NgramNet.h"
#include "models/text/RawOutputModel.h"
#include "models/text/TextEvaluation.h"

#include <random>
#include <stdexcept>

namespace candor::models {

namespace {

struct PreparedText
{
    std::u32string text;
    SparseVector document;
    std::vector<TokenRange> tokens;
    std::vector<SparseVector> tokenFeatures;
};

PreparedText prepare(const NgramHasher &hasher, const std::string &utf8, bool wantsTokens)
{
    PreparedText out;
    out.text = text::decodeUtf8(utf8);
    out.document = hasher.document(out.text);
    if (wantsTokens) {
        const std::vector<WordToken> words = splitWords(out.text);
        for (const WordToken &w : words)
            out.tokens.push_back(TokenRange{w.start, w.end});
        out.tokenFeatures = hasher.tokenWindows(words);
    }
    return out;
}

class NgramTextModel final : public RawOutputModel
{
public:
    // kind: "ngram" (trained here by gradient descent) or "linear" (weights from liblinear, LinearTextModel.h).
    NgramTextModel(StoredTextModel stored, int hashBits, const std::string &kind = "ngram")
        : m_stored(std::move(stored))
        , m_hasher(hashBits)
        , m_net(NgramNetShape::forTask(m_stored.task, m_hasher.buckets()))
    {
        m_stored.kind = kind;
        m_stored.architecture = {{"hash_bits", hashBits}};
        m_net->to(engine::torchDevice());
    }

    NgramNet &net() { return m_net; }
    StoredTextModel &stored() { return m_stored; }
    void setDecisionRule(DecisionRule rule) override { m_stored.rule = std::move(rule); }
    const NgramHasher &hasher() const { return m_hasher; }

    std::vector<RawTextOutput> rawOutputs(const std::vector<PreparedText> &texts) const
    {
        torch::InferenceMode inference;
        m_net->eval();
        std::vector<RawTextOutput> out(texts.size());
        constexpr size_t kBatch = 64;
        for (size_t begin = 0; begin < texts.size(); begin += kBatch) {
            const size_t end = std::min(texts.size(), begin + kBatch);
            std::vector<const SparseVector *> docs;
            std::vector<const SparseVector *> tokens;
            for (size_t i = begin; i < end; ++i) {
                docs.push_back(&texts[i].document);
                for (const SparseVector &t : texts[i].tokenFeatures)
                    tokens.push_back(&t);
            }
            NgramOutputs outputs = m_net->forward(docs, tokens);
            torch::Tensor classProbs, tokenProbs;
            if (outputs.classLogits.defined())
                classProbs = (isSingleChoice(m_stored.task.kind) ? torch::softmax(outputs.classLogits, 1)
                                                                 : torch::sigmoid(outputs.classLogits))
                                 .to(torch::kCPU)
                                 .contiguous();
            if (outputs.tokenLogits.defined())
                tokenProbs = torch::sigmoid(outputs.tokenLogits).to(torch::kCPU).contiguous();
            long tokenRow = 0;
            for (size_t i = begin; i < end; ++i) {
                RawTextOutput &raw = out[i];
                raw.text = texts[i].text;
                if (classProbs.defined()) {
                    const float *p = classProbs[long(i - begin)].data_ptr<float>();
                    raw.classProbs.assign(p, p + classProbs.size(1));
                }
                if (tokenProbs.defined()) {
                    raw.tokens = texts[i].tokens;
                    const long width = tokenProbs.size(1);
                    const float *p = tokenProbs.data_ptr<float>() + tokenRow * width;
                    raw.tokenProbs.assign(p, p + long(texts[i].tokens.size()) * width);
                    tokenRow += long(texts[i].tokens.size());
                }
            }
        }
        return out;
    }

    std::vector<RawTextOutput> rawOutputsFor(const std::vector<std::string> &texts) const override
    {
        engine::currentCompute();
        std::vector<PreparedText> prepared;
        prepared.reserve(texts.size());
        for (const std::string &t : texts)
            prepared.push_back(prepare(m_hasher, t, hasSpanLabels(m_stored.task.kind)));
        return rawOutputs(prepared);
    }

    std::vector<TextPrediction> predict(const std::vector<std::string> &texts) const override
    {
        return m_stored.rule.decideAll(m_stored.task, rawOutputsFor(texts));
    }

    const StoredTextModel &storedModel() const override { return m_stored; }

    std::map<std::string, std::string> save() const override
    {
        return {
            {"model.safetensors", checkpoint::saveSafetensors(checkpoint::stateOf(*m_net), {{"candor_kind", kind()}})},
            {"config.json", writeTextModelConfig(m_stored)}};
    }

    const TextTaskDefinition &task() const override { return m_stored.task; }
    std::string kind() const override { return m_stored.kind; }

private:
    StoredTextModel m_stored;
    NgramHasher m_hasher;
    mutable NgramNet m_net; // eval() and forward are not const in torch::nn
};

struct TrainingText
{
    PreparedText prepared;
    std::vector<float> classTargets; // MultiLabel: multi-hot; Narrative: one-hot
    std::vector<float> tokenTargets;
};

torch::Tensor lossOf(const TextTaskDefinition &task, const NgramOutputs &outputs,
    const std::vector<const TrainingText *> &batch, const torch::Tensor &classWeights)
{
    const torch::Device device = engine::torchDevice();
    torch::Tensor loss = torch::zeros({}, torch::TensorOptions().device(device));
    if (outputs.classLogits.defined()) {
        std::vector<float> targets;
        for (const TrainingText *t : batch)
            targets.insert(targets.end(), t->classTargets.begin(), t->classTargets.end());
        const torch::Tensor target
            = torch::from_blob(targets.data(), {long(batch.size()), outputs.classLogits.size(1)}).clone().to(device);
        if (isSingleChoice(task.kind))
            loss = loss + torch::cross_entropy_loss(outputs.classLogits, target.argmax(1), classWeights);
        else
            loss = loss + torch::binary_cross_entropy_with_logits(outputs.classLogits, target);
    }
    if (outputs.tokenLogits.defined() && outputs.tokenLogits.size(0) > 0) {
        std::vector<float> targets;
        for (const TrainingText *t : batch)
            targets.insert(targets.end(), t->tokenTargets.begin(), t->tokenTargets.end());
        const torch::Tensor target
            = torch::from_blob(targets.data(), {outputs.tokenLogits.size(0), outputs.tokenLogits.size(1)})
                  .clone()
                  .to(device);
        loss = loss + torch::binary_cross_entropy_with_logits(outputs.tokenLogits, target);
    }
    return loss;
}

} // namespace

std::unique_ptr<RawOutputModel> trainNgramTextModel(const TextTaskDefinition &task,
    const std::vector<TextExample> &train, const TextTrainConfig &config, const EpochWatch &watch,
    const engine::RunControl &control)
{
    engine::configureCompute(config.threads);
    engine::seedEverything(config.seed);
    StoredTextModel stored;
    stored.task = task;
    stored.rule = DecisionRule::defaults(task, config.minSpanLength);
    auto model = std::make_unique<NgramTextModel>(stored, config.ngramHashBits);
    const bool wantsTokens = hasSpanLabels(task.kind);

    std::vector<TrainingText> texts;
    texts.reserve(train.size());
    for (const TextExample &e : train) {
        TrainingText t;
        t.prepared = prepare(model->hasher(), e.text, wantsTokens);
        if (hasClassLabels(task.kind)) {
            t.classTargets.assign(task.classLabels.size(), 0.0f);
            for (int c : e.classes)
                if (c >= 0 && size_t(c) < task.classLabels.size())
                    t.classTargets[size_t(c)] = 1.0f;
        }
        if (wantsTokens)
            t.tokenTargets = tokenTargets(t.prepared.text, t.prepared.tokens, e.spans, int(task.spanLabels.size()));
        texts.push_back(std::move(t));
    }
    std::vector<PreparedText> watched;
    for (const std::string &text : watch.texts)
        watched.push_back(prepare(model->hasher(), text, wantsTokens));

    torch::Tensor classWeights;
    if (config.balanceClasses && isSingleChoice(task.kind))
        classWeights = torch::tensor(balancedClassWeights(task, train)).to(engine::torchDevice());
    NgramNet &net = model->net();
    auto optimizer = engine::makeAdamW(*net, config.ngramLearningRate, config.weightDecay);
    engine::broadcastParameters(*net);
    // Data-parallel (GradientSync.h): a global batch of batchSize examples per rank, each rank its share.
    const long batchSize = std::max(1, config.batchSize) * long(engine::parallelWorld());
    const long stepsPerEpoch = (long(texts.size()) + batchSize - 1) / batchSize;
    const int epochs = std::max(1, config.ngramEpochs);
    engine::WarmupLinearSchedule schedule(
        *optimizer, config.ngramLearningRate, stepsPerEpoch * epochs, config.warmupFraction);
    std::mt19937_64 random(config.seed);
    std::vector<size_t> order(texts.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    long step = 0;
    const EpochCheckpoint checkpoint(control.checkpointFolder, watch.phase, control.checkpointEvery);
    const ResumableState state{*net, *optimizer, schedule, random, order, step};
    const auto outputs = [&] { return model->rawOutputs(watched); };
    const int resumeAfter = checkpoint.agreedEpoch();
    if (resumeAfter > 0 && checkpoint.resume(resumeAfter, watch, state, control, epochs, stepsPerEpoch * epochs).stop)
        return model; // the run had finished: replayed, not trained again
    for (int epoch = resumeAfter + 1; epoch <= epochs; ++epoch) {
        for (size_t i = order.size(); i > 1; --i)
            std::swap(order[i - 1], order[size_t(random() % i)]);
        net->train();
        double lossSum = 0;
        for (long b = 0; b < stepsPerEpoch; ++b) {
            control.throwIfCancelled();
            std::vector<const TrainingText *> batch;
            std::vector<const SparseVector *> docs, tokens;
            const auto [first, last]
                = engine::rankShare(b * batchSize, std::min(long(order.size()), (b + 1) * batchSize));
            for (long i = first; i < last; ++i) {
                const TrainingText &t = texts[order[size_t(i)]];
                batch.push_back(&t);
                docs.push_back(&t.prepared.document);
                for (const SparseVector &f : t.prepared.tokenFeatures)
                    tokens.push_back(&f);
            }
            schedule.step();
            optimizer->zero_grad();
            double value = 0;
            if (!batch.empty()) { // a rank whose share of the last batch is empty still joins the averaging
                torch::Tensor loss = lossOf(task, net->forward(docs, tokens), batch, classWeights);
                loss.backward();
                value = loss.item<double>();
            }
            engine::averageGradients(*net, long(batch.size()));
            optimizer->step();
            lossSum += value;
            ++step;
            control.report(
                engine::trainingProgress(watch.phase, epoch, epochs, step, stepsPerEpoch * epochs, value, -1));
        }
        const EpochVerdict verdict = checkpoint.endEpoch(watch, epoch, epochs, outputs, state);
        control.report(engine::trainingProgress(watch.phase, epoch, epochs, step, stepsPerEpoch * epochs,
            lossSum / double(std::max(1L, stepsPerEpoch)), verdict.score));
        if (verdict.stop)
            break;
    }
    return model;
}

std::unique_ptr<RawOutputModel> makeNgramLinearModel(const TextTaskDefinition &task, int hashBits, int minSpanLength,
    const std::string &kind, const std::vector<float> &classWeights, const std::vector<float> &classBias)
{
    StoredTextModel stored;
    stored.task = task;
    stored.rule = DecisionRule::defaults(task, minSpanLength);
    auto model = std::make_unique<NgramTextModel>(stored, hashBits, kind);
    const long buckets = 1L << hashBits, outputs = long(task.classLabels.size());
    if (hasSpanLabels(task.kind) || long(classWeights.size()) != buckets * outputs || long(classBias.size()) != outputs)
        throw std::invalid_argument("linear n-gram model: the weights do not fit the task");
    torch::NoGradGuard noGrad;
    auto parameters = model->net()->named_parameters();
    parameters["doc_weight"].copy_(
        torch::from_blob(const_cast<float *>(classWeights.data()), {buckets, outputs}).to(engine::torchDevice()));
    parameters["doc_bias"].copy_(
        torch::from_blob(const_cast<float *>(classBias.data()), {outputs}).to(engine::torchDevice()));
    return model;
}

std::unique_ptr<TextModel> loadNgramTextModel(const StoredTextModel &stored, const std::string &safetensors)
{
    const int hashBits = int(stored.architectureValue("hash_bits", 8, 24));
    auto model = std::make_unique<NgramTextModel>(stored, hashBits, stored.kind);
    const checkpoint::SafetensorsFile file = checkpoint::loadSafetensors(safetensors);
    checkpoint::loadInto(*model->net(), file, /*strict=*/true);
    model->net()->to(engine::torchDevice());
    return model;
}

} // namespace candor::models
