#include "models/thread/ThreadModelImpl.h"

#include "models/checkpoint/MiniJson.h"
#include "models/checkpoint/Safetensors.h"

#include <stdexcept>

namespace candor::models::thread {
namespace {

const char *tasksName(ThreadTasks tasks)
{
    switch (tasks) {
    case ThreadTasks::StanceOnly: return "stance";
    case ThreadTasks::VeracityOnly: return "veracity";
    case ThreadTasks::Both: break;
    }
    return "both";
}

ThreadTasks tasksFromName(const std::string &name)
{
    if (name == "stance")
        return ThreadTasks::StanceOnly;
    if (name == "veracity")
        return ThreadTasks::VeracityOnly;
    if (name == "both")
        return ThreadTasks::Both;
    throw std::runtime_error("thread model config: unknown tasks \"" + name + "\"");
}

std::vector<float> toVector(const torch::Tensor &row)
{
    const auto contiguous = row.contiguous();
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

// Only what rebuilds the network and its inputs; optimisation settings are recorded by the caller.
std::string configToJson(const ThreadTrainConfig &c)
{
    json::Value::Object o{
        {"order", postOrderName(c.order)},
        {"tasks", tasksName(c.tasks)},
        {"use_images", c.useImages},
        {"use_meta", c.useMeta},
        {"use_attention", c.useAttention},
        {"claim_stance", c.claimStance},
        {"hash_buckets", c.hashBuckets},
        {"text_dim", c.textDim},
        {"image_input_dim", c.imageInputDim},
        {"image_dim", c.imageDim},
        {"meta_state", c.metaState},
        {"meta_dim", c.metaDim},
        {"task_hidden", c.taskHidden},
        {"dropout", c.dropout},
        {"batch_size", c.batchSize},
    };
    return json::serialize(json::Value(std::move(o)), 2);
}

ThreadTrainConfig configFromJson(const std::string &text)
{
    const json::Value v = json::parse(text);
    const auto positive = [&](const char *key) {
        const std::int64_t n = v.at(key).asInteger(key);
        if (n <= 0 || n > (1 << 24))
            throw std::runtime_error(std::string("thread model config: ") + key + " out of range");
        return static_cast<int>(n);
    };
    ThreadTrainConfig c;
    try {
        c.order = postOrderFromName(v.at("order").asString("order"));
    } catch (const std::invalid_argument &e) {
        throw std::runtime_error(std::string("thread model config: ") + e.what());
    }
    c.tasks = tasksFromName(v.at("tasks").asString("tasks"));
    c.useImages = v.at("use_images").asBool("use_images");
    c.useMeta = v.at("use_meta").asBool("use_meta");
    c.useAttention = v.at("use_attention").asBool("use_attention");
    if (const json::Value *claimStance = v.find("claim_stance"))   // absent in models saved before it existed
        c.claimStance = claimStance->asBool("claim_stance");
    c.hashBuckets = positive("hash_buckets");
    c.textDim = positive("text_dim");
    c.imageInputDim = positive("image_input_dim");
    c.imageDim = positive("image_dim");
    c.metaState = positive("meta_state");
    c.metaDim = positive("meta_dim");
    c.taskHidden = positive("task_hidden");
    c.dropout = v.at("dropout").asDouble("dropout");
    c.batchSize = positive("batch_size");
    return c;
}

std::vector<ThreadPrediction> predictThreads(ThreadNet &net, const ThreadTrainConfig &config,
                                             const std::vector<const PreparedThread *> &threads)
{
    torch::InferenceMode inference;
    net->eval();
    std::vector<ThreadPrediction> predictions;
    const size_t chunk = static_cast<size_t>(std::max(1, config.batchSize));
    for (size_t begin = 0; begin < threads.size(); begin += chunk) {
        const std::vector<const PreparedThread *> part(threads.begin() + begin,
                                                       threads.begin() + std::min(threads.size(), begin + chunk));
        const ThreadBatch batch = makeBatch(part, config.imageInputDim);
        const NetOutput out = net->forward(batch);
        const auto stance = torch::softmax(out.stanceLogits, 1);
        const auto veracity = torch::softmax(out.veracityLogits, 1);
        for (int t = 0; t < batch.threads; ++t) {
            ThreadPrediction p;
            const int64_t first = batch.postOffset[t];
            const int64_t count = static_cast<int64_t>(part[t]->ngrams.size());
            for (int64_t i = first; i < first + count; ++i) {
                p.stanceScores.push_back(toVector(stance[i]));
                p.stance.push_back(static_cast<int>(stance[i].argmax().item<int64_t>()));
                p.attention.push_back(out.postAttention[i].item<float>());
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
    return std::make_unique<thread::TrainedThreadModel>(parsed, net);
}

} // namespace candor::models
