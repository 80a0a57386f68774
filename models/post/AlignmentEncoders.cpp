// Contrastive alignment of text and pictures (CLIP's objective) on the posts and memes at hand: the stand-in for
// the CLIP encoders MMFND measures cross-modal correlation with.
#include "models/engine/Compute.h"
#include "models/engine/TorchDevice.h"
#include "models/post/FusionData.h"
#include "models/selection/Folds.h"

#include <algorithm>
#include <chrono>
#include <map>
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

// Towers trained on each half of the training posts embed the other half's posts; anything else goes to the
// towers trained on all. Examples are matched by id.
class CrossFittedAlignment : public AlignmentEncoders
{
public:
    CrossFittedAlignment(std::shared_ptr<TrainedAlignment> all, std::shared_ptr<TrainedAlignment> firstHalf,
        std::shared_ptr<TrainedAlignment> secondHalf, std::map<std::string, int> halfOf)
        : m_all(std::move(all))
        , m_halves{std::move(firstHalf), std::move(secondHalf)}
        , m_halfOf(std::move(halfOf))
    {
    }

    std::vector<float> similarities(const std::vector<FusionExample> &examples) const override
    {
        torch::Tensor text, image;
        embed(examples, text, image);
        const torch::Tensor cosine = (text * image).sum(1).cpu().contiguous();
        return {cosine.data_ptr<float>(), cosine.data_ptr<float>() + cosine.numel()};
    }
    // Retrieval is a property of the towers new posts meet: those trained on all.
    double retrievalAtOne(const std::vector<FusionExample> &examples) const override
    {
        return m_all->retrievalAtOne(examples);
    }
    int imageChannels() const override { return m_all->imageChannels(); }
    int width() const { return m_all->width(); }

    void embed(const std::vector<FusionExample> &examples, torch::Tensor &text, torch::Tensor &image) const
    {
        // rows[h]: the posts of half h, embedded by the towers trained on the other half; rows[2]: everything else.
        std::vector<std::vector<int64_t>> rows(3);
        for (size_t i = 0; i < examples.size(); ++i) {
            const auto found = m_halfOf.find(examples[i].id);
            rows[found == m_halfOf.end() ? 2 : size_t(found->second)].push_back(int64_t(i));
        }
        const int64_t n = int64_t(examples.size());
        text = torch::zeros({n, m_all->width()}).to(engine::torchDevice());
        image = torch::zeros({n, m_all->width()}).to(engine::torchDevice());
        const TrainedAlignment *towers[3] = {m_halves[1].get(), m_halves[0].get(), m_all.get()};
        for (size_t t = 0; t < 3; ++t) {
            if (rows[t].empty())
                continue;
            std::vector<FusionExample> part;
            for (const int64_t row : rows[t])
                part.push_back(examples[size_t(row)]);
            torch::Tensor partText, partImage;
            towers[t]->embed(part, partText, partImage);
            const torch::Tensor index = torch::tensor(rows[t], torch::kLong).to(text.device());
            text.index_copy_(0, index, partText);
            image.index_copy_(0, index, partImage);
        }
    }

private:
    std::shared_ptr<TrainedAlignment> m_all;
    std::shared_ptr<TrainedAlignment> m_halves[2];
    std::map<std::string, int> m_halfOf;
};

} // namespace

void alignedEmbeddings(const AlignmentEncoders &alignment, const std::vector<FusionExample> &examples,
    torch::Tensor &text, torch::Tensor &image, int &width)
{
    if (const auto *crossFitted = dynamic_cast<const CrossFittedAlignment *>(&alignment)) {
        crossFitted->embed(examples, text, image);
        width = crossFitted->width();
        return;
    }
    const auto &trained = dynamic_cast<const TrainedAlignment &>(alignment);
    trained.embed(examples, text, image);
    width = trained.width();
}

std::shared_ptr<AlignmentEncoders> AlignmentEncoders::trainCrossFitted(const std::vector<FusionExample> &posts,
    const std::vector<FusionExample> &extraPairs, const AlignmentConfig &config, AlignmentReport &report,
    const engine::RunControl &control)
{
    std::vector<FusionExample> all = posts;
    all.insert(all.end(), extraPairs.begin(), extraPairs.end());
    const auto full = std::static_pointer_cast<TrainedAlignment>(train(all, config, report, control));
    // Two halves, grouped by event, each with at least 2 pairs to learn from besides the extra pairs.
    std::vector<std::string> groups;
    std::vector<int> classes;
    for (size_t i = 0; i < posts.size(); ++i) {
        groups.push_back(posts[i].group.empty() ? "post:" + posts[i].id + "#" + std::to_string(i) : posts[i].group);
        classes.push_back(std::max(0, posts[i].label));
    }
    selection::FoldPlan halves;
    try {
        halves = selection::groupedFolds(groups, classes, 2, config.seed);
    } catch (const std::invalid_argument &) {
        return full; // one event: nothing to cross-fit on
    }
    std::shared_ptr<TrainedAlignment> halfTowers[2];
    std::map<std::string, int> halfOf;
    for (int h = 0; h < 2; ++h) {
        std::vector<FusionExample> half = extraPairs;
        for (const int i : halves.folds[size_t(h)].validation) {
            half.push_back(posts[size_t(i)]);
            halfOf[posts[size_t(i)].id] = h;
        }
        if (alignablePairs(half, config) < 2)
            return full;
        AlignmentReport ignored;
        halfTowers[h] = std::static_pointer_cast<TrainedAlignment>(train(half, config, ignored, control));
    }
    report.crossFitted = true;
    return std::make_shared<CrossFittedAlignment>(full, halfTowers[0], halfTowers[1], std::move(halfOf));
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
