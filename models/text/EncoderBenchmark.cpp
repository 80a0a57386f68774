#include "models/text/EncoderBenchmark.h"

#include "models/checkpoint/Safetensors.h"
#include "models/engine/Compute.h"
#include "models/engine/Training.h"
#include "models/text/TransformerEncoder.h"

#include <chrono>
#include <fstream>
#include <stdexcept>

namespace candor::models {

namespace {

void writeFile(const std::string &path, const std::string &bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), std::streamsize(bytes.size()));
    if (!out)
        throw std::runtime_error("cannot write " + path);
}

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

EncoderBenchmarkResult runEncoderBenchmark(const EncoderBenchmarkOptions &options)
{
    // The comparison is about the CPU with a fixed thread count, whatever the machine has.
    engine::configureCompute(options.threads);
    engine::seedEverything(options.seed);
    EncoderConfig config;
    config.vocabSize = options.vocabSize;
    config.width = options.width;
    config.layers = options.layers;
    config.heads = options.heads;
    config.feedForward = options.feedForward;
    config.maxLength = options.length;
    config.dropout = 0.1;
    TextEncoder encoder(config);

    // Inputs: random pieces; the last quarter of the batch is padded to test the masks on both sides.
    torch::Tensor ids = torch::randint(5, options.vocabSize, {options.batch, options.length}, torch::kLong);
    torch::Tensor mask = torch::ones({options.batch, options.length}, torch::kLong);
    for (int b = options.batch * 3 / 4; b < options.batch; ++b) {
        const int used = options.length - 8 * (b - options.batch * 3 / 4 + 1);
        mask.index_put_({b, torch::indexing::Slice(std::max(2, used), torch::indexing::None)}, 0);
        ids.index_put_({b, torch::indexing::Slice(std::max(2, used), torch::indexing::None)}, 0);
    }

    EncoderBenchmarkResult result;
    result.threads = engine::currentCompute().threads;
    torch::Tensor output, plainOutput;
    {
        torch::InferenceMode inference;
        encoder->eval();
        auto timed = [&](bool fused, torch::Tensor &out) {
            encoder->setFusedInference(fused);
            for (int i = 0; i < options.warmupIterations; ++i)
                out = encoder->forward(ids, mask);
            const auto start = std::chrono::steady_clock::now();
            for (int i = 0; i < options.iterations; ++i)
                out = encoder->forward(ids, mask);
            return secondsSince(start) / std::max(1, options.iterations);
        };
        result.plainInferenceSeconds = timed(false, plainOutput);
        result.inferenceSeconds = timed(true, output);
        encoder->setFusedInference(true);
        result.sequencesPerSecond = double(options.batch) / result.inferenceSeconds;
        result.fusedVsPlainMaxDiff = (output - plainOutput).abs().max().item<double>();
    }
    if (!options.folder.empty()) {
        const std::map<std::string, std::string> architecture = {{"vocab_size", std::to_string(config.vocabSize)},
            {"width", std::to_string(config.width)}, {"layers", std::to_string(config.layers)},
            {"heads", std::to_string(config.heads)}, {"feed_forward", std::to_string(config.feedForward)},
            {"max_length", std::to_string(config.maxLength)}, {"dropout", "0.1"}};
        writeFile(options.folder + "/encoder.safetensors",
            checkpoint::saveSafetensors(checkpoint::stateOf(*encoder), architecture));
        writeFile(options.folder + "/io.safetensors",
            checkpoint::saveSafetensors({{"ids", ids}, {"mask", mask}, {"output", output.contiguous()}}));
    }

    // Training: forward + mean-square loss + backward + AdamW, the first step untimed (allocations).
    encoder->train();
    auto optimizer = engine::makeAdamW(*encoder, 1e-4, 0.01);
    auto trainStep = [&] {
        optimizer->zero_grad();
        const torch::Tensor loss = encoder->forward(ids, mask).pow(2).mean();
        loss.backward();
        optimizer->step();
    };
    trainStep();
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < options.trainSteps; ++i)
        trainStep();
    result.trainStepSeconds = secondsSince(start) / std::max(1, options.trainSteps);
    return result;
}

} // namespace candor::models
