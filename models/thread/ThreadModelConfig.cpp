#include "models/thread/ThreadModelConfig.h"

#include "models/checkpoint/StrictJson.h"

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

} // namespace

std::string configToJson(const ThreadTrainConfig &c)
{
    const nlohmann::json o{
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
    return json::serialize(o, 2);
}

ThreadTrainConfig configFromJson(const std::string &text)
{
    const nlohmann::json v = json::parse(text);
    const auto positive = [&](const char *key) {
        const std::int64_t n = json::asInteger(json::at(v, key), key);
        if (n <= 0 || n > (1 << 24))
            throw std::runtime_error(std::string("thread model config: ") + key + " out of range");
        return static_cast<int>(n);
    };
    ThreadTrainConfig c;
    try {
        c.order = postOrderFromName(json::asString(json::at(v, "order"), "order"));
    } catch (const std::invalid_argument &e) {
        throw std::runtime_error(std::string("thread model config: ") + e.what());
    }
    c.tasks = tasksFromName(json::asString(json::at(v, "tasks"), "tasks"));
    c.useImages = json::asBool(json::at(v, "use_images"), "use_images");
    c.useMeta = json::asBool(json::at(v, "use_meta"), "use_meta");
    c.useAttention = json::asBool(json::at(v, "use_attention"), "use_attention");
    if (const nlohmann::json *claimStance = json::find(v, "claim_stance")) // absent in models saved before it existed
        c.claimStance = json::asBool(*claimStance, "claim_stance");
    c.hashBuckets = positive("hash_buckets");
    c.textDim = positive("text_dim");
    c.imageInputDim = positive("image_input_dim");
    c.imageDim = positive("image_dim");
    c.metaState = positive("meta_state");
    c.metaDim = positive("meta_dim");
    c.taskHidden = positive("task_hidden");
    c.dropout = json::asDouble(json::at(v, "dropout"), "dropout");
    c.batchSize = positive("batch_size");
    return c;
}

} // namespace candor::models::thread
