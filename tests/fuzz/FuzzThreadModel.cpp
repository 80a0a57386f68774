// A stored thread model (model.safetensors with its hyper-parameters in the metadata "config", read by the
// thread model's config reader). What loads must predict one small thread without fault.
#include "models/thread/ThreadModel.h"

#include <stdexcept>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::map<std::string, std::string> files{
        {"model.safetensors", std::string(reinterpret_cast<const char *>(data), size)}};
    std::unique_ptr<candor::models::ThreadModel> model;
    try {
        model = candor::models::ThreadModel::load(files);
    } catch (const std::runtime_error &) {
        return 0;
    }
    candor::models::ThreadExample thread;
    thread.id = "t";
    thread.posts.push_back({"t-0", "breaking news about the event", -1, 0, {}, 0});
    thread.posts.push_back({"t-1", "nonsense that is fake", 0, 30, {}, 1});
    model->predict({thread});
    return 0;
}
