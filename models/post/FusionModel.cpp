#include "models/post/FusionModel.h"

#include "core/metrics/ClassificationMetrics.h"
#include "models/engine/Compute.h"
#include "models/engine/TorchDevice.h"
#include "models/post/FusionData.h"
#include "models/selection/Folds.h"

#include <algorithm>
#include <chrono>
#include <numeric>
#include <random>
#include <set>
#include <stdexcept>

namespace candor::models {

namespace {

const std::vector<std::pair<FusionVariant, std::string>> &variantNames()
{
    static const std::vector<std::pair<FusionVariant, std::string>> names{
        {FusionVariant::MultimodalOnly, "multimodal-only"}, {FusionVariant::ImageOnly, "image-only"},
        {FusionVariant::TextOnly, "text-only"}, {FusionVariant::WithoutAlignment, "wo-alignment"},
        {FusionVariant::WithoutFusion, "wo-fusion"}, {FusionVariant::WithoutAttention, "wo-attention"},
        {FusionVariant::WithoutSimilarity, "wo-similarity"}, {FusionVariant::WithoutPle, "wo-ple"},
        {FusionVariant::Full, "mmfnd"}};
    return names;
}

struct Aligned
{
    torch::Tensor text;
    torch::Tensor image;
    int width = 0;
};

Aligned aligned(const AlignmentEncoders *alignment, const std::vector<FusionExample> &examples)
{
    Aligned result;
    if (alignment) {
        alignedEmbeddings(*alignment, examples, result.text, result.image, result.width);
    } else { // w/o C: placeholders the network never reads
        result.text = torch::zeros({int64_t(examples.size()), 1}).to(engine::torchDevice());
        result.image = result.text;
    }
    return result;
}

struct Evaluation
{
    torch::Tensor probabilities; // N x classes
    torch::Tensor attention; // N x 3 or undefined
    torch::Tensor similarityWeight; // N x 1 or undefined
};

Evaluation evaluate(FusionNet &net, const FusionTensors &data, const Aligned &embeddings, std::vector<int64_t> rows)
{
    torch::NoGradGuard noGrad;
    net->eval();
    const torch::Device device = engine::torchDevice();
    Evaluation result;
    std::vector<torch::Tensor> probabilities, attention, weights;
    constexpr size_t kChunk = 256;
    for (size_t start = 0; start < rows.size(); start += kChunk) {
        const std::vector<int64_t> chunk(
            rows.begin() + long(start), rows.begin() + long(std::min(rows.size(), start + kChunk)));
        const torch::Tensor index = torch::tensor(chunk, torch::kLong).to(device);
        const FusionNetOutput out = net->forward(fusionBatch(data, chunk, device),
            embeddings.text.index_select(0, index), embeddings.image.index_select(0, index));
        probabilities.push_back(torch::softmax(out.logits, 1).cpu());
        if (out.attention.defined())
            attention.push_back(out.attention.cpu());
        if (out.similarityWeight.defined())
            weights.push_back(out.similarityWeight.cpu());
    }
    result.probabilities = torch::cat(probabilities, 0);
    if (!attention.empty())
        result.attention = torch::cat(attention, 0);
    if (!weights.empty())
        result.similarityWeight = torch::cat(weights, 0);
    return result;
}

double macroF1(
    const torch::Tensor &probabilities, const FusionTensors &data, const std::vector<int64_t> &rows, int classes)
{
    const torch::Tensor predicted = probabilities.argmax(1).contiguous();
    std::vector<int> gold, answers;
    for (size_t i = 0; i < rows.size(); ++i) {
        gold.push_back(int(data.labels[rows[i]].item<int64_t>()));
        answers.push_back(int(predicted[long(i)].item<int64_t>()));
    }
    return metrics::classificationScores(gold, answers, classes).macroF1;
}

// The held-out slice for early stopping: one grouped, stratified fold of `folds` (fewer with fewer events) of the
// training posts, so no event is on both sides; when they are all one event, one stratified fold of them.
void splitHoldout(const std::vector<FusionExample> &posts, int folds, unsigned long long seed,
    std::vector<int64_t> &fit, std::vector<int64_t> &holdout)
{
    std::vector<std::string> groups;
    std::vector<int> classes;
    for (size_t i = 0; i < posts.size(); ++i) {
        groups.push_back(posts[i].group.empty() ? "post:" + posts[i].id + "#" + std::to_string(i) : posts[i].group);
        classes.push_back(posts[i].label);
    }
    selection::FoldPlan plan;
    const int groupCount = int(std::set<std::string>(groups.begin(), groups.end()).size());
    try {
        plan = selection::groupedFolds(groups, classes, std::max(2, std::min(folds, groupCount)), seed);
    } catch (const std::invalid_argument &) {
        try { // a single event: split its posts, stratified
            plan = selection::stratifiedFolds(classes, folds, seed);
        } catch (const std::invalid_argument &) {
            fit.resize(posts.size()); // too few posts to hold any out: train the full epochs on all
            std::iota(fit.begin(), fit.end(), 0);
            return;
        }
    }
    for (size_t i = 0; i < posts.size(); ++i)
        (plan.foldOf[i] == 0 ? holdout : fit).push_back(int64_t(i));
}

class TrainedFusion : public FusionModel
{
public:
    TrainedFusion(FusionNet net, std::shared_ptr<AlignmentEncoders> alignment, const FusionTrainConfig &config,
        int classes, int channels, bool readsPictures)
        : m_net(std::move(net))
        , m_alignment(std::move(alignment))
        , m_config(config)
        , m_classes(classes)
        , m_channels(channels)
        , m_readsPictures(readsPictures)
    {
    }

    std::vector<FusionPrediction> predict(const std::vector<FusionExample> &given) const override
    {
        if (given.empty())
            return {};
        std::vector<FusionExample> examples = given;
        if (!m_readsPictures) // trained without a picture: its picture branches never learned anything
            for (FusionExample &example : examples)
                example.image.clear();
        const FusionTensors data = fusionTensors(examples, m_classes, m_config.hashBuckets, m_channels);
        const Aligned embeddings = aligned(m_alignment.get(), examples);
        std::vector<int64_t> rows(examples.size());
        std::iota(rows.begin(), rows.end(), 0);
        FusionNet net = m_net;
        const Evaluation result = evaluate(net, data, embeddings, rows);
        std::vector<FusionPrediction> predictions(examples.size());
        for (size_t i = 0; i < examples.size(); ++i) {
            FusionPrediction &p = predictions[i];
            const torch::Tensor row = result.probabilities[long(i)];
            for (int c = 0; c < m_classes; ++c)
                p.probabilities.push_back(row[c].item<float>());
            p.label = int(row.argmax().item<int64_t>());
            if (result.attention.defined()) {
                p.textAttention = result.attention[long(i)][0].item<float>();
                p.imageAttention = result.attention[long(i)][1].item<float>();
                p.crossAttention = result.attention[long(i)][2].item<float>();
            }
            if (result.similarityWeight.defined())
                p.similarityWeight = result.similarityWeight[long(i)][0].item<float>();
        }
        return predictions;
    }

    FusionVariant variant() const override { return m_config.variant; }

private:
    FusionNet m_net;
    std::shared_ptr<AlignmentEncoders> m_alignment;
    FusionTrainConfig m_config;
    int m_classes;
    int m_channels;
    bool m_readsPictures;
};

} // namespace

int alignablePairs(const std::vector<FusionExample> &examples, const AlignmentConfig &config)
{
    int pairs = 0;
    for (const FusionExample &example : examples)
        pairs += !example.image.empty() && !example.text.empty()
                && (config.genuineClass < 0 || example.label < 0 || example.label == config.genuineClass)
            ? 1
            : 0;
    return pairs;
}

std::string fusionVariantName(FusionVariant variant)
{
    for (const auto &[known, name] : variantNames())
        if (known == variant)
            return name;
    return "mmfnd";
}

FusionVariant fusionVariantFromName(const std::string &name)
{
    for (const auto &[variant, known] : variantNames())
        if (known == name)
            return variant;
    throw std::invalid_argument("unknown MMFND variant \"" + name
        + "\" (mmfnd, text-only, image-only, multimodal-only, wo-attention, wo-fusion, wo-alignment, wo-similarity, "
          "wo-ple)");
}

std::vector<FusionVariant> allFusionVariants()
{
    std::vector<FusionVariant> variants;
    for (const auto &entry : variantNames())
        variants.push_back(entry.first);
    return variants;
}

std::unique_ptr<FusionModel> FusionModel::train(int classes, const std::vector<FusionExample> &posts,
    std::shared_ptr<AlignmentEncoders> alignment, const FusionTrainConfig &config, FusionTrainReport &report,
    const engine::RunControl &control)
{
    const auto started = std::chrono::steady_clock::now();
    if (classes < 2)
        throw std::invalid_argument("post verification needs at least 2 classes");
    for (const FusionExample &post : posts)
        if (post.label < 0)
            throw std::invalid_argument("post " + post.id + " has no class to learn");
    const bool anyPicture
        = std::any_of(posts.begin(), posts.end(), [](const FusionExample &post) { return !post.image.empty(); });
    if (!alignment && anyPicture && config.variant != FusionVariant::WithoutAlignment)
        throw std::invalid_argument("MMFND variant " + fusionVariantName(config.variant)
            + " needs the aligned text and image encoders for posts with a picture; only wo-alignment trains "
              "without them");
    if (config.variant == FusionVariant::WithoutAlignment)
        alignment.reset();
    engine::configureCompute(config.threads);
    const int channels = alignment ? alignment->imageChannels() : 0;
    const FusionTensors data = fusionTensors(posts, classes, config.hashBuckets, channels);
    std::vector<bool> seen(size_t(classes), false);
    for (const FusionExample &post : posts)
        seen[size_t(post.label)] = true;
    if (std::count(seen.begin(), seen.end(), true) < 2)
        throw std::invalid_argument("the training posts hold only one class: nothing to tell apart");

    const Aligned embeddings = aligned(alignment.get(), posts);
    std::vector<int64_t> fit, holdout;
    splitHoldout(posts, std::max(2, config.holdoutFolds), config.seed, fit, holdout);

    torch::manual_seed(config.seed);
    const torch::Device device = engine::torchDevice();
    FusionShape shape;
    shape.variant = config.variant;
    shape.hashBuckets = config.hashBuckets;
    shape.imageChannels = data.channels;
    shape.textWidth = config.textWidth;
    shape.imageWidth = config.imageWidth;
    shape.alignedWidth = embeddings.width;
    shape.experts = config.experts;
    shape.expertWidth = config.expertWidth;
    shape.pleLevels = std::max(1, config.pleLevels);
    shape.classifierHidden = config.classifierHidden;
    shape.classes = classes;
    shape.dropout = config.dropout;
    FusionNet net(shape);
    net->to(device);
    torch::optim::AdamW optimiser(
        net->parameters(), torch::optim::AdamWOptions(config.learningRate).weight_decay(config.weightDecay));

    report = {};
    report.withImage = int(data.hasImage.sum().item<float>());
    std::mt19937_64 random(config.seed);
    std::vector<int64_t> order = fit;
    const size_t batchSize = size_t(std::max(1, config.batchSize));
    const long stepsPerEpoch = long((order.size() + batchSize - 1) / batchSize);
    std::vector<torch::Tensor> best;
    torch::Tensor bestMean, bestVariance;
    double bestScore = -1;
    int sinceBest = 0;
    const std::string phase = "mmfnd-" + fusionVariantName(config.variant);
    for (int epoch = 1; epoch <= config.epochs; ++epoch) {
        net->train();
        std::shuffle(order.begin(), order.end(), random);
        double lossSum = 0;
        for (size_t start = 0; start < order.size(); start += batchSize) {
            control.throwIfCancelled();
            const std::vector<int64_t> rows(
                order.begin() + long(start), order.begin() + long(std::min(order.size(), start + batchSize)));
            const torch::Tensor index = torch::tensor(rows, torch::kLong).to(device);
            const FusionNetOutput out = net->forward(fusionBatch(data, rows, device),
                embeddings.text.index_select(0, index), embeddings.image.index_select(0, index));
            const torch::Tensor loss
                = torch::nn::functional::cross_entropy(out.logits, data.labels.index_select(0, index.cpu()).to(device));
            optimiser.zero_grad();
            loss.backward();
            optimiser.step();
            lossSum += loss.item<double>();
        }
        const double score = holdout.empty()
            ? double(epoch) // nothing held out: the last epoch
            : macroF1(evaluate(net, data, embeddings, holdout).probabilities, data, holdout, classes);
        report.epochsRun = epoch;
        control.report(engine::trainingProgress(phase, epoch, config.epochs, epoch * stepsPerEpoch,
            config.epochs * stepsPerEpoch, lossSum / double(std::max<long>(1, stepsPerEpoch)), score));
        if (score >= bestScore) { // ties: the later epoch (a small held-out slice ties often, and early on)
            bestScore = score;
            report.bestEpoch = epoch;
            sinceBest = 0;
            torch::NoGradGuard noGrad;
            best.clear();
            for (const torch::Tensor &p : net->parameters())
                best.push_back(p.detach().clone());
            for (const auto &buffer : net->named_buffers())
                (buffer.key() == "similarity_mean" ? bestMean : bestVariance) = buffer.value().detach().clone();
        } else if (++sinceBest >= config.patience && epoch * stepsPerEpoch >= config.minimumSteps) {
            break;
        }
    }
    { // back to the held-out slice's best epoch
        torch::NoGradGuard noGrad;
        const std::vector<torch::Tensor> parameters = net->parameters();
        for (size_t i = 0; i < parameters.size() && i < best.size(); ++i)
            parameters[i].copy_(best[i]);
        for (auto &buffer : net->named_buffers())
            if (bestMean.defined())
                buffer.value().copy_(buffer.key() == "similarity_mean" ? bestMean : bestVariance);
    }
    report.holdoutMacroF1 = holdout.empty() ? 0 : std::max(0.0, bestScore);
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return std::make_unique<TrainedFusion>(net, alignment, config, classes, data.channels, report.withImage > 0);
}

} // namespace candor::models
