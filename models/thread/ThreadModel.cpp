#include "models/checkpoint/Safetensors.h"
#include "models/engine/TorchDevice.h"
#include "models/thread/ThreadModelImpl.h"

#include <stdexcept>

namespace candor::models::thread {
namespace {

std::vector<float> toVector(const torch::Tensor &row)
{
    const auto contiguous = row.to(torch::kCPU).contiguous();
    return std::vector<float>(contiguous.data_ptr<float>(), contiguous.data_ptr<float>() + contiguous.numel());
}

} // namespace

NetShape netShapeOf(const ThreadTrainConfig &config)
{
    NetShape shape;
    shape.hashBuckets = config.hashBuckets;
    shape.textDim = config.textDim;
    shape.imageInputDim = config.imageInputDim;
    shape.imageDim = config.imageDim;
    shape.metaState = config.metaState;
    shape.metaDim = config.metaDim;
    shape.taskHidden = config.taskHidden;
    shape.dropout = config.dropout;
    shape.useImages = config.useImages;
    shape.useMeta = config.useMeta;
    shape.useAttention = config.useAttention;
    shape.claimStance = config.claimStance;
    return shape;
}

std::vector<ThreadPrediction> predictThreads(
    ThreadNet &net, const ThreadTrainConfig &config, const std::vector<const PreparedThread *> &threads)
{
    torch::InferenceMode inference;
    net->eval();
    std::vector<ThreadPrediction> predictions;
    const size_t chunk = static_cast<size_t>(std::max(1, config.batchSize));
    for (size_t begin = 0; begin < threads.size(); begin += chunk) {
        const std::vector<const PreparedThread *> part(
            threads.begin() + begin, threads.begin() + std::min(threads.size(), begin + chunk));
        const ThreadBatch batch = makeBatch(part, config.imageInputDim);
        const NetOutput out = net->forward(batch);
        // One copy back from the device per batch, not one per post.
        const auto stance = torch::softmax(out.stanceLogits, 1).to(torch::kCPU);
        const auto veracity = torch::softmax(out.veracityLogits, 1).to(torch::kCPU);
        const auto attention = out.postAttention.to(torch::kCPU);
        for (int t = 0; t < batch.threads; ++t) {
            ThreadPrediction p;
            const int64_t first = batch.postOffset[t];
            const int64_t count = static_cast<int64_t>(part[t]->ngrams.size());
            for (int64_t i = first; i < first + count; ++i) {
                p.stanceScores.push_back(toVector(stance[i]));
                p.stance.push_back(static_cast<int>(stance[i].argmax().item<int64_t>()));
                p.attention.push_back(attention[i].item<float>());
            }
            p.veracityScores = toVector(veracity[t]);
            p.veracity = static_cast<int>(veracity[t].argmax().item<int64_t>());
            p.veracityConfidence = p.veracityScores[p.veracity];
            predictions.push_back(std::move(p));
        }
    }
    return predictions;
}

TrainedThreadModel::TrainedThreadModel(ThreadTrainConfig config, ThreadNet net)
    : m_config(std::move(config))
    , m_net(std::move(net))
{
}

std::vector<ThreadPrediction> TrainedThreadModel::predict(const std::vector<ThreadExample> &threads) const
{
    std::vector<PreparedThread> prepared;
    prepared.reserve(threads.size());
    for (const ThreadExample &thread : threads)
        prepared.push_back(prepareThread(thread, m_config.order, m_config.hashBuckets, m_config.imageInputDim));
    std::vector<const PreparedThread *> pointers;
    for (const PreparedThread &p : prepared)
        pointers.push_back(&p);
    return predictThreads(m_net, m_config, pointers);
}

std::map<std::string, std::string> TrainedThreadModel::save() const
{
    const std::string config = configToJson(m_config);
    return {{"model.safetensors", checkpoint::saveSafetensors(checkpoint::stateOf(*m_net), {{"config", config}})},
        {"config.json", config}};
}

} // namespace candor::models::thread

namespace candor::models {

std::unique_ptr<ThreadModel> ThreadModel::load(const std::map<std::string, std::string> &files)
{
    for (const auto &[name, bytes] : files)
        if (name != "model.safetensors" && name != "config.json")
            throw std::runtime_error("thread model: unexpected file \"" + name + "\"");
    const auto weights = files.find("model.safetensors");
    if (weights == files.end())
        throw std::runtime_error("thread model: model.safetensors is missing");
    const checkpoint::SafetensorsFile file = checkpoint::loadSafetensors(weights->second);
    const auto config = file.metadata.find("config");
    if (config == file.metadata.end())
        throw std::runtime_error("thread model: model.safetensors carries no config metadata");
    const ThreadTrainConfig parsed = thread::configFromJson(config->second);
    thread::ThreadNet net(thread::netShapeOf(parsed));
    checkpoint::loadInto(*net, file, /*strict=*/true);
    net->to(engine::torchDevice());
    return std::make_unique<thread::TrainedThreadModel>(parsed, net);
}

} // namespace candor::models
