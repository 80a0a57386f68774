// Contrastive alignment of text and pictures (CLIP's objective) on the posts and memes at hand: the stand-in for
// the CLIP encoders MMFND measures cross-modal correlation with.
#include "models/engine/Compute.h"
#include "models/engine/TorchDevice.h"
#include "models/post/FusionData.h"

#include <algorithm>
#include <chrono>
#include <numeric>
#include <random>
#include <stdexcept>

namespace candor::models {

namespace {

class TrainedAlignment : public AlignmentEncoders
{
public:
    TrainedAlignment(AlignmentNet net, const AlignmentConfig &config, int channels)
        : m_net(std::move(net))
        , m_config(config)
        , m_channels(channels)
    {
        m_net->eval();
    }

    std::vector<float> similarities(const std::vector<FusionExample> &examples) const override
    {
        torch::Tensor text, image;
        embed(examples, text, image);
        const torch::Tensor cosine = (text * image).sum(1).cpu().contiguous();
        return {cosine.data_ptr<float>(), cosine.data_ptr<float>() + cosine.numel()};
    }

    int imageChannels() const override { return m_channels; }

    double retrievalAtOne(const std::vector<FusionExample> &examples) const override
    {
        std::vector<FusionExample> pairs;
        for (const FusionExample &example : examples)
            if (!example.image.empty())
                pairs.push_back(example);
        if (pairs.size() < 2)
            return -1;
        torch::Tensor text, image;
        embed(pairs, text, image);
        const torch::Tensor nearest = std::get<1>(text.matmul(image.t()).max(1)).cpu();
        return (nearest == torch::arange(int64_t(pairs.size()), torch::kLong)).to(torch::kFloat).mean().item<double>();
    }

    // Frozen embeddings of each example's text and picture (zeros for the picture of a post without one).
    void embed(const std::vector<FusionExample> &examples, torch::Tensor &text, torch::Tensor &image) const
    {
        torch::InferenceMode inference;
        const FusionTensors data = fusionTensors(examples, 1 << 30, m_config.hashBuckets, m_channels);
        std::vector<int64_t> rows(examples.size());
        std::iota(rows.begin(), rows.end(), 0);
        const FusionBatch batch = fusionBatch(data, rows, engine::torchDevice());
        AlignmentNet net = m_net; // a shared handle: forward is not const in libtorch
        text = net->text(batch.ngramIds, batch.ngramOffsets);
        image = net->image(batch.image) * batch.hasImage;
    }

    int width() const { return m_net->width(); }

private:
    AlignmentNet m_net;
    AlignmentConfig m_config;
    int m_channels;
};

} // namespace

void alignedEmbeddings(const AlignmentEncoders &alignment, const std::vector<FusionExample> &examples,
    torch::Tensor &text, torch::Tensor &image, int &width)
{
    const auto &trained = dynamic_cast<const TrainedAlignment &>(alignment);
    trained.embed(examples, text, image);
    width = trained.width();
}

std::shared_ptr<AlignmentEncoders> AlignmentEncoders::train(const std::vector<FusionExample> &examples,
    const AlignmentConfig &config, AlignmentReport &report, const engine::RunControl &control)
{
    const auto started = std::chrono::steady_clock::now();
    std::vector<FusionExample> pairs;
    for (const FusionExample &example : examples)
        if (alignablePairs({example}, config) == 1)
            pairs.push_back(example);
    if (pairs.size() < 2)
        throw std::invalid_argument("aligning text and pictures needs at least 2 posts or memes with both, "
            + std::to_string(pairs.size()) + " given");
    const FusionTensors data = fusionTensors(pairs, 1 << 30, config.hashBuckets);
    torch::manual_seed(config.seed);
    const torch::Device device = engine::torchDevice();
    AlignmentNet net(config.hashBuckets, data.channels, config.width, config.initialTemperature);
    net->to(device);
    torch::optim::AdamW optimiser(
        net->parameters(), torch::optim::AdamWOptions(config.learningRate).weight_decay(0.01));
    std::mt19937_64 random(config.seed);
    std::vector<int64_t> order(pairs.size());
    std::iota(order.begin(), order.end(), 0);
    const size_t batchSize = size_t(std::max(2, config.batchSize));
    report = {};
    report.pairs = int(pairs.size());
    for (int epoch = 1; epoch <= config.epochs; ++epoch) {
        control.throwIfCancelled();
        std::shuffle(order.begin(), order.end(), random);
        double lossSum = 0;
        int batches = 0;
        for (size_t start = 0; start < order.size(); start += batchSize) {
            const size_t end = std::min(order.size(), start + batchSize);
            if (end - start < 2)
                continue; // a batch of one has no negatives
            const std::vector<int64_t> rows(order.begin() + long(start), order.begin() + long(end));
            const FusionBatch batch = fusionBatch(data, rows, device);
            const torch::Tensor loss
                = net->contrastiveLoss(net->text(batch.ngramIds, batch.ngramOffsets), net->image(batch.image));
            optimiser.zero_grad();
            loss.backward();
            optimiser.step();
            lossSum += loss.item<double>();
            ++batches;
        }
        report.epochsRun = epoch;
        report.finalLoss = batches ? lossSum / batches : 0;
        control.report(
            engine::trainingProgress("alignment", epoch, config.epochs, epoch, config.epochs, report.finalLoss));
    }
    auto trained = std::make_shared<TrainedAlignment>(net, config, data.channels);
    report.retrievalAtOne = trained->retrievalAtOne(pairs);
    report.chanceAtOne = 1.0 / double(pairs.size());
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return trained;
}

} // namespace candor::models
