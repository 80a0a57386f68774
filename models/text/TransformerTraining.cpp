#include "models/engine/Compute.h"
#include "models/engine/DataParallel.h"
#include "models/engine/GradientSync.h"
#include "models/engine/TorchDevice.h"
#include "models/engine/Training.h"
#include "models/text/ClassBalance.h"
#include "models/text/EpochCheckpoint.h"
#include "models/text/EpochWatch.h"
#include "models/text/MaskedLmPretraining.h"
#include "models/text/TextEvaluation.h"
#include "models/text/TransformerModelImpl.h"
#include "models/text/TransformerTextModel.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace candor::models {

namespace {

struct TrainingSequence
{
    TokenSequence sequence;
    std::vector<float> classTargets; // multi-hot (MultiLabel) or one-hot (Narrative)
    std::vector<float> tokenTargets; // ids.size() x spanLabels
};

// Oversampling of rare labels: an example is repeated up to 3 times, by the rarest of its labels relative to the
// median label frequency. Only MultiLabel tasks have labels per example to balance.
std::vector<size_t> sampledOrder(const TextTaskDefinition &task, const std::vector<TextExample> &train, bool oversample)
{
    std::vector<size_t> indices;
    std::vector<long> counts(task.classLabels.size(), 0);
    for (const TextExample &e : train)
        for (int c : e.classes)
            ++counts[size_t(c)];
    std::vector<long> nonZero;
    for (long c : counts)
        if (c > 0)
            nonZero.push_back(c);
    std::sort(nonZero.begin(), nonZero.end());
    const double median = nonZero.empty() ? 1.0 : double(nonZero[nonZero.size() / 2]);
    for (size_t i = 0; i < train.size(); ++i) {
        int copies = 1;
        if (oversample && task.kind == TextTaskKind::MultiLabel)
            for (int c : train[i].classes)
                copies = std::max(copies, std::min(3, int(std::ceil(median / double(counts[size_t(c)])))));
        for (int k = 0; k < copies; ++k)
            indices.push_back(i);
    }
    return indices;
}

torch::Tensor stackTargets(const std::vector<const TrainingSequence *> &batch, bool tokens, long width, long longest)
{
    const long rows = long(batch.size());
    std::vector<float> values(size_t(rows * (tokens ? longest : 1) * width), 0.0f);
    for (long b = 0; b < rows; ++b) {
        const std::vector<float> &source = tokens ? batch[size_t(b)]->tokenTargets : batch[size_t(b)]->classTargets;
        std::copy(source.begin(), source.end(), values.begin() + b * (tokens ? longest : 1) * width);
    }
    const std::vector<int64_t> shape
        = tokens ? std::vector<int64_t>{rows, longest, width} : std::vector<int64_t>{rows, width};
    return torch::from_blob(values.data(), shape).clone().to(engine::torchDevice());
}

torch::Tensor taskLoss(const TextTaskDefinition &task, const TextTrainConfig &config, const TextNetOutputs &outputs,
    const std::vector<const TrainingSequence *> &batch, const EncodedBatch &encoded, const torch::Tensor &classWeights)
{
    torch::Tensor loss;
    auto add = [&loss](const torch::Tensor &part) { loss = loss.defined() ? loss + part : part; };
    if (outputs.classLogits.defined()) {
        const torch::Tensor target = stackTargets(batch, false, outputs.classLogits.size(1), 0);
        if (isSingleChoice(task.kind))
            add(torch::cross_entropy_loss(outputs.classLogits, target.argmax(1), classWeights));
        else
            add(engine::sigmoidFocalLoss(outputs.classLogits, target, config.focalAlpha, config.classFocalGamma));
    }
    if (outputs.tokenLogits.defined()) {
        const long longest = outputs.tokenLogits.size(1), labels = outputs.tokenLogits.size(2);
        const torch::Tensor target = stackTargets(batch, true, labels, longest);
        // Padding, [CLS] and [SEP] carry no label: they do not count.
        torch::Tensor valid = encoded.mask.to(torch::kFloat).clone();
        valid.index_put_({torch::indexing::Slice(), 0}, 0.0f);
        for (size_t b = 0; b < batch.size(); ++b)
            valid.index_put_({long(b), long(batch[b]->sequence.ids.size()) - 1}, 0.0f);
        const torch::Tensor mask = valid.unsqueeze(-1).expand({-1, -1, labels});
        add(engine::sigmoidFocalLoss(outputs.tokenLogits, target, config.focalAlpha, config.focalGamma, mask));
    }
    return loss;
}

} // namespace

std::unique_ptr<RawOutputModel> trainTransformerTextModel(const TextTaskDefinition &task,
    const std::vector<TextExample> &train, const std::vector<std::string> &unlabelledTexts,
    const TextTrainConfig &config, std::shared_ptr<const Tokenizer> tokenizer, const EpochWatch &watch,
    const engine::RunControl &control)
{
    engine::configureCompute(config.threads);
    engine::seedEverything(config.seed);
    EncoderConfig encoder;
    encoder.vocabSize = tokenizer->vocabSize();
    encoder.width = config.width;
    encoder.layers = config.layers;
    encoder.heads = config.heads;
    encoder.feedForward = config.feedForward;
    encoder.maxLength = config.maxLength;
    encoder.dropout = config.dropout;
    if (encoder.width % encoder.heads != 0)
        throw std::runtime_error("transformer width " + std::to_string(encoder.width) + " is not divisible by "
            + std::to_string(encoder.heads) + " heads");
    StoredTextModel stored;
    stored.task = task;
    stored.rule = DecisionRule::defaults(task, config.minSpanLength);
    auto model
        = std::make_unique<TransformerTextModel>(stored, tokenizer, textNetShape(task, encoder, config.headUnits));
    TextNet &net = model->net();

    const EpochCheckpoint checkpoint(control.checkpointFolder, watch.phase, control.checkpointEvery);
    const int resumeAfter = checkpoint.agreedEpoch();
    if (config.mlmPretrainEpochs > 0 && resumeAfter == 0) { // a resumed run's checkpoint holds the pretrained encoder
        std::vector<std::string> corpus = unlabelledTexts;
        for (const TextExample &e : train)
            corpus.push_back(e.text);
        pretrainMaskedLm(*net->encoder(), model->encode(corpus), *tokenizer, config, control);
    }
    net->encoder()->freezeAllBut(config.fineTuneLastLayers);

    std::vector<TrainingSequence> sequences;
    const int spanLabels = int(task.spanLabels.size());
    for (const TextExample &e : train) {
        TrainingSequence t;
        t.sequence = encodeSequence(*tokenizer, e.text, encoder.maxLength);
        if (hasClassLabels(task.kind)) {
            t.classTargets.assign(task.classLabels.size(), 0.0f);
            for (int c : e.classes)
                t.classTargets[size_t(c)] = 1.0f;
        }
        if (hasSpanLabels(task.kind))
            t.tokenTargets = tokenTargets(t.sequence.text, t.sequence.ranges, e.spans, spanLabels);
        sequences.push_back(std::move(t));
    }
    const std::vector<TokenSequence> watched = model->encode(watch.texts);

    std::vector<size_t> order = sampledOrder(task, train, config.oversample);
    torch::Tensor classWeights;
    if (config.balanceClasses && isSingleChoice(task.kind))
        classWeights = torch::tensor(balancedClassWeights(task, train)).to(engine::torchDevice());
    engine::broadcastParameters(*net);
    // Data-parallel (GradientSync.h): a global batch of batchSize examples per rank, each rank its share.
    const long batchSize = std::max(2, config.batchSize) * long(engine::parallelWorld());
    const long stepsPerEpoch = (long(order.size()) + batchSize - 1) / batchSize;
    const int epochs = std::max(1, config.epochs);
    auto optimizer = engine::makeAdamW(*net, config.learningRate, config.weightDecay);
    engine::WarmupLinearSchedule schedule(
        *optimizer, config.learningRate, stepsPerEpoch * epochs, config.warmupFraction);
    std::mt19937_64 random(config.seed);
    long step = 0;
    const ResumableState state{*net, *optimizer, schedule, random, order, step};
    const auto outputs = [&] { return model->rawOutputs(watched); };
    if (resumeAfter > 0 && checkpoint.resume(resumeAfter, watch, state, control, epochs, stepsPerEpoch * epochs).stop)
        return model; // the run had finished: replayed, not trained again
    for (int epoch = resumeAfter + 1; epoch <= epochs; ++epoch) {
        for (size_t i = order.size(); i > 1; --i)
            std::swap(order[i - 1], order[size_t(random() % i)]);
        net->train();
        double lossSum = 0;
        for (long b = 0; b < stepsPerEpoch; ++b) {
            control.throwIfCancelled();
            const long begin = b * batchSize, end = std::min(long(order.size()), (b + 1) * batchSize);
            // Batch norm needs two examples: a last batch that leaves any rank fewer waits for the next epoch (every
            // rank computes every share, so all skip together).
            const auto smallest = engine::rankShare(begin, end, engine::parallelWorld() - 1);
            if (smallest.second - smallest.first < 2)
                continue;
            std::vector<const TrainingSequence *> batch;
            const auto [first, last] = engine::rankShare(begin, end);
            for (long i = first; i < last; ++i)
                batch.push_back(&sequences[order[size_t(i)]]);
            std::vector<const TokenSequence *> inputs;
            for (const TrainingSequence *t : batch)
                inputs.push_back(&t->sequence);
            const EncodedBatch encoded = makeEncodedBatch(inputs, tokenizer->padId(), engine::torchDevice());
            schedule.step();
            optimizer->zero_grad();
            torch::Tensor loss
                = taskLoss(task, config, net->forward(encoded.ids, encoded.mask), batch, encoded, classWeights);
            loss.backward();
            engine::averageGradients(*net, long(batch.size()));
            torch::nn::utils::clip_grad_norm_(net->parameters(), 1.0);
            optimizer->step();
            const double value = loss.item<double>();
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

} // namespace candor::models
