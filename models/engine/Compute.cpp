#include "models/engine/Compute.h"

#include "models/engine/TorchDevice.h"

#include <mutex>
#include <thread>

namespace candor::engine {

namespace {
std::mutex g_mutex;
bool g_configured = false;
ComputeInfo g_info;
} // namespace

std::string ComputeInfo::describe() const
{
    return cuda ? deviceName : deviceName + " (" + std::to_string(threads) + " threads)";
}

ComputeInfo configureCompute(int threads)
{
    std::lock_guard<std::mutex> lock(g_mutex);
    const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
    const int wanted = threads > 0 ? threads : cores;
    if (at::get_num_threads() != wanted)
        at::set_num_threads(wanted);
    if (!g_configured) {
        g_info.cuda = torch::cuda::is_available();
        g_info.deviceName = g_info.cuda ? "CUDA" : "CPU";
        g_configured = true;
    }
    g_info.threads = at::get_num_threads();
    return g_info;
}

ComputeInfo currentCompute()
{
    {
        std::lock_guard<std::mutex> lock(g_mutex);
        if (g_configured)
            return g_info;
    }
    return configureCompute();
}

torch::Device torchDevice()
{
    return currentCompute().cuda ? torch::Device(torch::kCUDA, 0) : torch::Device(torch::kCPU);
}

void seedEverything(unsigned long long seed)
{
    torch::manual_seed(seed);
    if (torch::cuda::is_available())
        torch::cuda::manual_seed_all(seed);
}

} // namespace candor::engine
