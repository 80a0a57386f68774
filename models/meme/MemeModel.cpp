#include "models/meme/MemeModel.h"

#include "models/checkpoint/Safetensors.h"
#include "models/engine/Compute.h"
#include "models/engine/TorchDevice.h"
#include "models/meme/LinearMemeModel.h"
#include "models/meme/MemeData.h"
#include "models/meme/MemeDecisions.h"
#include "models/meme/MemeNet.h"

#include <algorithm>
#include <chrono>
#include <random>
#include <stdexcept>

namespace candor::models {

std::string memeVariantName(MemeVariant variant)
{
    switch (variant) {
    case MemeVariant::Text: return "text";
    case MemeVariant::Image: return "image";
    case MemeVariant::Fused: return "fused";
    case MemeVariant::Gated: return "gated";
    case MemeVariant::Linear: return "linear";
    }
    return "fused";
}

std::vector<TextExample> memesAsTextExamples(const std::vector<MemeExample> &memes)
{
    std::vector<TextExample> items;
    items.reserve(memes.size());
    for (const MemeExample &meme : memes) {
        TextExample item;
        item.id = meme.id;
        item.text = meme.text;
        item.classes = meme.labels;
        items.push_back(std::move(item));
    }
    return items;
}

MemeVariant memeVariantFromName(const std::string &name)
{
    for (MemeVariant variant :
        {MemeVariant::Text, MemeVariant::Image, MemeVariant::Fused, MemeVariant::Gated, MemeVariant::Linear})
        if (memeVariantName(variant) == name)
            return variant;
    throw std::invalid_argument("unknown meme model variant '" + name + "' (text, image, fused, gated, linear)");
}

namespace {

constexpr const char *kFormat = "candor-meme-1";

std::string joinLines(const std::vector<std::string> &lines)
{
    std::string out;
    for (size_t i = 0; i < lines.size(); ++i)
        out += (i ? "\n" : "") + lines[i];
    return out;
}

std::vector<std::string> splitLines(const std::string &text)
{
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= text.size()) {
        const size_t end = text.find('\n', start);
        out.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos)
            break;
        start = end + 1;
    }
    return out;
}

std::vector<std::vector<float>> probabilities(MemeNet &net, const MemeTensors &data, const std::vector<int64_t> &rows)
{
    torch::NoGradGuard noGrad;
    net->eval();
    const torch::Tensor p = torch::sigmoid(net->forward(memeBatch(data, rows, engine::torchDevice())).logits)
                                .to(torch::kCPU)
                                .contiguous();
    std::vector<std::vector<float>> out;
    for (int64_t r = 0; r < p.size(0); ++r)
        out.emplace_back(p[r].data_ptr<float>(), p[r].data_ptr<float>() + p.size(1));
    return out;
}

const std::string &metadataValue(const std::map<std::string, std::string> &metadata, const std::string &key)
{
    const auto found = metadata.find(key);
    if (found == metadata.end())
        throw std::runtime_error("meme model file: metadata has no '" + key + "'");
    return found->second;
}

class TrainedMemeModel final : public MemeModel
{
public:
    TrainedMemeModel(const MemeNetShape &shape, std::vector<std::string> labels, double threshold)
        : m_net(shape)
        , m_labels(std::move(labels))
        , m_threshold(threshold)
    {
        m_net->to(engine::torchDevice());
    }

    MemeNet &net() { return m_net; }
    void setThreshold(double threshold) { m_threshold = threshold; }

    std::vector<MemePrediction> predict(const std::vector<MemeExample> &memes) const override
    {
        torch::InferenceMode inference;
        m_net->eval();
        const MemeTensors data = memeTensors(memes, int(m_labels.size()), m_net->shape().hashBuckets);
        std::vector<MemePrediction> out;
        for (size_t begin = 0; begin < memes.size(); begin += 64) {
            std::vector<int64_t> rows;
            for (size_t i = begin; i < std::min(memes.size(), begin + 64); ++i)
                rows.push_back(int64_t(i));
            const MemeNetOutput result = m_net->forward(memeBatch(data, rows, engine::torchDevice()));
            const torch::Tensor probabilities = torch::sigmoid(result.logits).to(torch::kCPU).contiguous();
            const torch::Tensor attention
                = result.attention.defined() ? result.attention.to(torch::kCPU).contiguous() : torch::Tensor();
            for (int64_t r = 0; r < int64_t(rows.size()); ++r) {
                MemePrediction prediction;
                const float *p = probabilities[r].data_ptr<float>();
                prediction.scores.assign(p, p + probabilities.size(1));
                prediction.labels = decideLabels(prediction.scores, m_threshold);
                if (attention.defined()) {
                    prediction.rows = data.rows;
                    prediction.cols = data.cols;
                    const float *a = attention[r].data_ptr<float>();
                    prediction.attention.assign(a, a + attention.size(1) - 1);
                    prediction.globalAttention = a[attention.size(1) - 1];
                }
                out.push_back(std::move(prediction));
            }
        }
        return out;
    }

    std::vector<float> gradCam(const MemeExample &meme, int label) const override
    {
        if (m_net->shape().variant == MemeVariant::Text)
            return {};
        if (label < 0 || label >= int(m_labels.size()))
            throw std::invalid_argument("Grad-CAM: label index " + std::to_string(label) + " out of range");
        m_net->eval();
        const MemeTensors data = memeTensors({meme}, int(m_labels.size()), m_net->shape().hashBuckets);
        MemeBatch batch = memeBatch(data, {0}, engine::torchDevice());
        batch.grid = batch.grid.detach().requires_grad_(true);
        const torch::Tensor logit = m_net->forward(batch).logits[0][label];
        const torch::Tensor gradient = torch::autograd::grad({logit}, {batch.grid})[0]; // 1 x R x C
        // Channel weights are the gradients averaged over the cells, as Grad-CAM does over a conv map.
        const torch::Tensor weights = gradient.mean(1, /*keepdim=*/true);
        torch::Tensor cam = torch::relu((batch.grid.detach() * weights).sum(2)).squeeze(0);
        const float peak = cam.max().item<float>();
        if (peak > 0)
            cam = cam / peak;
        cam = cam.to(torch::kCPU).contiguous();
        return std::vector<float>(cam.data_ptr<float>(), cam.data_ptr<float>() + cam.numel());
    }

    std::map<std::string, std::string> save() const override
    {
        const MemeNetShape &s = m_net->shape();
        const std::map<std::string, std::string> metadata = {
            {"format", kFormat},
            {"variant", memeVariantName(s.variant)},
            {"labels", joinLines(m_labels)},
            {"threshold", std::to_string(m_threshold)},
            {"hash_buckets", std::to_string(s.hashBuckets)},
            {"text_width", std::to_string(s.textWidth)},
            {"regions", std::to_string(s.regions)},
            {"grid_channels", std::to_string(s.gridChannels)},
            {"global_channels", std::to_string(s.globalChannels)},
            {"attention_width", std::to_string(s.attentionWidth)},
            {"hidden_units", std::to_string(s.hiddenUnits)},
            {"dropout", std::to_string(s.dropout)},
        };
        std::map<std::string, torch::Tensor> state;
        for (const auto &[name, tensor] : checkpoint::stateOf(*m_net))
            state[name] = tensor.to(torch::kCPU);
        return {{"model.safetensors", checkpoint::saveSafetensors(state, metadata)}};
    }

    const std::vector<std::string> &labels() const override { return m_labels; }
    MemeVariant variant() const override { return m_net->shape().variant; }
    double threshold() const override { return m_threshold; }

private:
    mutable MemeNet m_net; // inference switches it to eval mode
    std::vector<std::string> m_labels;
    double m_threshold;
};

} // namespace

std::unique_ptr<MemeModel> MemeModel::load(const std::map<std::string, std::string> &files)
{
    if (files.count(linearMemeMarkerFile()) != 0)
        return loadLinearMemeModel(files);
    const auto found = files.find("model.safetensors");
    if (found == files.end())
        throw std::runtime_error("meme model: no model.safetensors");
    const checkpoint::SafetensorsFile file = checkpoint::loadSafetensors(found->second);
    const auto &meta = file.metadata;
    if (metadataValue(meta, "format") != kFormat)
        throw std::runtime_error("meme model file: format '" + metadataValue(meta, "format") + "' is not " + kFormat);
    MemeNetShape shape;
    shape.variant = memeVariantFromName(metadataValue(meta, "variant"));
    const std::vector<std::string> labels = splitLines(metadataValue(meta, "labels"));
    shape.labels = int(labels.size());
    shape.hashBuckets = std::stoi(metadataValue(meta, "hash_buckets"));
    shape.textWidth = std::stoi(metadataValue(meta, "text_width"));
    shape.regions = std::stoi(metadataValue(meta, "regions"));
    shape.gridChannels = std::stoi(metadataValue(meta, "grid_channels"));
    shape.globalChannels = std::stoi(metadataValue(meta, "global_channels"));
    shape.attentionWidth = std::stoi(metadataValue(meta, "attention_width"));
    shape.hiddenUnits = std::stoi(metadataValue(meta, "hidden_units"));
    shape.dropout = std::stod(metadataValue(meta, "dropout"));
    auto model = std::make_unique<TrainedMemeModel>(shape, labels, std::stod(metadataValue(meta, "threshold")));
    model->net()->to(torch::kCPU);
    checkpoint::loadInto(*model->net(), file, /*strict=*/true);
    model->net()->to(engine::torchDevice());
    return model;
}

std::unique_ptr<MemeModel> MemeModel::train(const std::vector<std::string> &labels,
    const std::vector<MemeExample> &train, const MemeTrainConfig &config, MemeTrainReport &report,
    const engine::RunControl &control)
{
    const auto started = std::chrono::steady_clock::now();
    if (train.size() < 4)
        throw std::invalid_argument(
            "meme model: at least 4 training memes are needed, got " + std::to_string(train.size()));
    if (config.variant == MemeVariant::Linear)
        return trainLinearMemeModel(labels, train, config, report, control);
    engine::configureCompute(config.threads);
    engine::seedEverything(config.seed);
    const MemeTensors data = memeTensors(train, int(labels.size()), config.hashBuckets);

    MemeNetShape shape;
    shape.variant = config.variant;
    shape.labels = int(labels.size());
    shape.hashBuckets = config.hashBuckets;
    shape.textWidth = config.textWidth;
    shape.regions = int(data.grid.size(1));
    shape.gridChannels = int(data.grid.size(2));
    shape.globalChannels = int(data.global.size(1));
    shape.attentionWidth = config.attentionWidth;
    shape.hiddenUnits = config.hiddenUnits;
    shape.dropout = config.dropout;
    auto model = std::make_unique<TrainedMemeModel>(shape, labels, 0.5);
    MemeNet &net = model->net();

    const HoldoutSplit split = holdoutSplit(int64_t(train.size()), config.holdoutFraction, config.seed);
    std::vector<std::vector<int>> holdoutGold;
    for (int64_t row : split.holdout)
        holdoutGold.push_back(train[size_t(row)].labels);
    torch::optim::AdamW optimizer(
        net->parameters(), torch::optim::AdamWOptions(config.learningRate).weight_decay(config.weightDecay));
    std::mt19937_64 random(config.seed + 1);
    const torch::Device device = engine::torchDevice();
    double bestScore = -1;
    std::map<std::string, torch::Tensor> bestState;
    int sinceBest = 0;
    for (int epoch = 0; epoch < config.epochs; ++epoch) {
        net->train();
        std::vector<int64_t> order = split.train;
        std::shuffle(order.begin(), order.end(), random);
        double lossSum = 0;
        int batches = 0;
        for (size_t begin = 0; begin + 1 < order.size(); begin += size_t(config.batchSize)) {
            control.throwIfCancelled();
            const std::vector<int64_t> rows(order.begin() + long(begin),
                order.begin() + long(std::min(order.size(), begin + size_t(config.batchSize))));
            if (rows.size() < 2)
                break; // batch norm needs two samples
            const MemeNetOutput result = net->forward(memeBatch(data, rows, device));
            const torch::Tensor targets = data.targets.index_select(0, torch::tensor(rows, torch::kLong)).to(device);
            const torch::Tensor loss = focalLoss(result.logits, targets, config.focalAlpha, config.focalGamma);
            optimizer.zero_grad();
            loss.backward();
            optimizer.step();
            lossSum += loss.item<double>();
            ++batches;
        }
        const ThresholdChoice score
            = bestThreshold(probabilities(net, data, split.holdout), holdoutGold, int(labels.size()));
        report.epochsRun = epoch + 1;
        if (score.microF1 > bestScore + 1e-9) {
            bestScore = score.microF1;
            report.bestEpoch = epoch + 1;
            report.holdoutMicroF1 = score.microF1;
            report.threshold = score.threshold;
            bestState.clear();
            for (const auto &[name, tensor] : checkpoint::stateOf(*net))
                bestState[name] = tensor.detach().clone();
            sinceBest = 0;
        } else if (++sinceBest >= config.patience) {
            break;
        }
        control.report(engine::trainingProgress("meme-" + memeVariantName(config.variant), epoch + 1, config.epochs,
            epoch + 1, config.epochs, batches ? lossSum / batches : 0, score.microF1));
    }
    checkpoint::SafetensorsFile best;
    best.tensors = bestState;
    checkpoint::loadInto(*net, best, /*strict=*/true);
    model->setThreshold(report.threshold);
    report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    return model;
}

} // namespace candor::models
