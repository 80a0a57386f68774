#include "models/text/MaskedLmPretraining.h"

#include "models/engine/TorchDevice.h"
#include "models/engine/Training.h"
#include "models/text/TextNetworks.h"
#include "models/text/TransformerModelImpl.h"

#include <random>

namespace candor::models {

double pretrainMaskedLm(TextEncoderImpl &encoder, const std::vector<TokenSequence> &corpus, const Tokenizer &tokenizer,
    const TextTrainConfig &config, const engine::RunControl &control)
{
    const torch::Device device = engine::torchDevice();
    MaskedLmHead head(encoder.config().width, encoder.config().vocabSize);
    head->to(device);
    // One optimizer over the encoder and the throw-away head.
    torch::nn::Module both;
    both.register_module("encoder", std::shared_ptr<torch::nn::Module>(&encoder, [](torch::nn::Module *) {}));
    both.register_module("head", head.ptr());
    auto optimizer = engine::makeAdamW(both, config.learningRate, config.weightDecay);
    const long batchSize = std::max(2, config.batchSize);
    const long stepsPerEpoch = (long(corpus.size()) + batchSize - 1) / batchSize;
    const int epochs = config.mlmPretrainEpochs;
    engine::WarmupLinearSchedule schedule(
        *optimizer, config.learningRate, stepsPerEpoch * epochs, config.warmupFraction);
    std::mt19937_64 random(config.seed ^ 0x9E3779B97F4A7C15ull);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::vector<size_t> order(corpus.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    const long vocab = tokenizer.vocabSize();
    double lastEpochLoss = 0;
    long step = 0;
    encoder.train();
    head->train();
    for (int epoch = 1; epoch <= epochs; ++epoch) {
        for (size_t i = order.size(); i > 1; --i)
            std::swap(order[i - 1], order[size_t(random() % i)]);
        double lossSum = 0;
        long counted = 0;
        for (long b = 0; b < stepsPerEpoch; ++b) {
            control.throwIfCancelled();
            std::vector<TokenSequence> masked;
            std::vector<int64_t> labels;
            size_t longest = 0;
            for (long i = b * batchSize; i < std::min(long(order.size()), (b + 1) * batchSize); ++i)
                longest = std::max(longest, corpus[order[size_t(i)]].ids.size());
            for (long i = b * batchSize; i < std::min(long(order.size()), (b + 1) * batchSize); ++i) {
                TokenSequence s = corpus[order[size_t(i)]];
                std::vector<int64_t> rowLabels(longest, -100);
                for (size_t t = 1; t + 1 < s.ids.size(); ++t) { // never [CLS] / [SEP]
                    if (uniform(random) >= 0.15)
                        continue;
                    rowLabels[t] = s.ids[t];
                    const double r = uniform(random);
                    if (r < 0.8)
                        s.ids[t] = tokenizer.maskId();
                    else if (r < 0.9)
                        s.ids[t] = long(random() % uint64_t(vocab));
                }
                labels.insert(labels.end(), rowLabels.begin(), rowLabels.end());
                masked.push_back(std::move(s));
            }
            std::vector<const TokenSequence *> inputs;
            for (const TokenSequence &s : masked)
                inputs.push_back(&s);
            const EncodedBatch encoded = makeEncodedBatch(inputs, tokenizer.padId(), device);
            const torch::Tensor target
                = torch::from_blob(labels.data(), {long(labels.size())}, torch::kLong).clone().to(device);
            if ((target >= 0).sum().item<long>() == 0)
                continue;
            schedule.step();
            optimizer->zero_grad();
            const torch::Tensor logits = head(encoder.forward(encoded.ids, encoded.mask)).view({-1, vocab});
            const torch::Tensor loss = torch::nn::functional::cross_entropy(
                logits, target, torch::nn::functional::CrossEntropyFuncOptions().ignore_index(-100));
            loss.backward();
            torch::nn::utils::clip_grad_norm_(both.parameters(), 1.0);
            optimizer->step();
            lossSum += loss.item<double>();
            ++counted;
            ++step;
            control.report(engine::trainingProgress(
                "pretrain", epoch, epochs, step, stepsPerEpoch * epochs, loss.item<double>(), -1));
        }
        lastEpochLoss = lossSum / double(std::max(1L, counted));
        control.report(
            engine::trainingProgress("pretrain", epoch, epochs, step, stepsPerEpoch * epochs, lastEpochLoss, -1));
    }
    return lastEpochLoss;
}

} // namespace candor::models
