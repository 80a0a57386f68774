// The safetensors reader on untrusted bytes, then loadInto() of what it accepted into a small module (so the
// shape and dtype checks meet whatever a crafted header declares). A refusal is std::runtime_error.
#include "models/checkpoint/Safetensors.h"

#include <stdexcept>

namespace {

struct Target : torch::nn::Module
{
    Target()
    {
        linear = register_module("linear", torch::nn::Linear(3, 2));
        norm = register_module("norm", torch::nn::BatchNorm1d(2));
    }
    torch::nn::Linear linear{nullptr};
    torch::nn::BatchNorm1d norm{nullptr};
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Target target;
    const std::string bytes(reinterpret_cast<const char *>(data), size);
    try {
        const candor::checkpoint::SafetensorsFile file = candor::checkpoint::loadSafetensors(bytes);
        candor::checkpoint::loadInto(target, file, /*strict=*/false);
    } catch (const std::runtime_error &) {
    }
    return 0;
}
