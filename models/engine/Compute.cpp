#include "models/engine/Compute.h"

#include "models/engine/TorchDevice.h"

#include <algorithm>
#include <mutex>
#include <new>
#include <stdexcept>
#include <string>
#include <thread>

namespace candor::engine {

namespace {
std::mutex g_mutex;
bool g_configured = false;
int g_threadOverride = 0;
int g_batchLimit = 0;
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
    const int wanted = g_threadOverride > 0 ? g_threadOverride : threads > 0 ? threads : cores;
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

ComputeInfo selectDevice(const std::string &request, int threads)
{
    if (request.empty() || request == "auto")
        return configureCompute(threads);
    ComputeInfo info;
    if (request == "cpu") {
        info.deviceName = "CPU";
    } else if (request.rfind("cuda", 0) == 0) {
        int index = 0;
        const std::string rest = request.substr(4);
        if (!rest.empty()) {
            size_t used = 0;
            try {
                index = rest.size() > 1 && rest[0] == ':' ? std::stoi(rest.substr(1), &used) : -1;
            } catch (const std::exception &) {
                index = -1;
            }
            if (index < 0 || used != rest.size() - 1)
                throw std::runtime_error("device '" + request + "': write cpu, cuda or cuda:N");
        }
        if (!torch::cuda::is_available())
            throw std::runtime_error("device '" + request
                + "' requested, but this libtorch finds no CUDA GPU (a CPU-only build, or no driver); use --device "
                  "cpu");
        const int count = int(torch::cuda::device_count());
        if (index >= count)
            throw std::runtime_error("device '" + request + "' requested, but this machine has " + std::to_string(count)
                + " CUDA GPU(s): cuda:0 to cuda:" + std::to_string(count - 1));
        info.cuda = true;
        info.cudaIndex = index;
        info.deviceName = "CUDA:" + std::to_string(index);
    } else {
        throw std::runtime_error("device '" + request + "': write cpu, cuda or cuda:N");
    }
    {
        std::lock_guard<std::mutex> lock(g_mutex);
        g_info = info;
        g_configured = true;
    }
    return configureCompute(threads);
}

std::vector<std::string> cudaDevices()
{
    std::vector<std::string> devices;
    if (torch::cuda::is_available())
        for (size_t i = 0; i < torch::cuda::device_count(); ++i)
            devices.push_back("cuda:" + std::to_string(i));
    return devices;
}

void setThreadOverride(int threads)
{
    std::lock_guard<std::mutex> lock(g_mutex);
    g_threadOverride = std::max(0, threads);
}

void setBatchLimit(int examples)
{
    std::lock_guard<std::mutex> lock(g_mutex);
    g_batchLimit = std::max(0, examples);
}

int batchLimit()
{
    std::lock_guard<std::mutex> lock(g_mutex);
    return g_batchLimit;
}

int boundedBatch(int wanted)
{
    const int limit = batchLimit();
    return limit > 0 ? std::min(wanted, limit) : wanted;
}

bool isOutOfMemory(const std::exception &error)
{
    if (dynamic_cast<const c10::OutOfMemoryError *>(&error) || dynamic_cast<const std::bad_alloc *>(&error))
        return true;
    const std::string what = error.what();
    // CUDA: "CUDA out of memory"; the CPU allocator: "not enough memory" (1.13) or "can't allocate memory".
    return what.find("out of memory") != std::string::npos || what.find("not enough memory") != std::string::npos
        || what.find("can't allocate memory") != std::string::npos;
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
    const ComputeInfo info = currentCompute();
    return info.cuda ? torch::Device(torch::kCUDA, c10::DeviceIndex(info.cudaIndex)) : torch::Device(torch::kCPU);
}

void seedEverything(unsigned long long seed)
{
    torch::manual_seed(seed);
    if (torch::cuda::is_available())
        torch::cuda::manual_seed_all(seed);
}

} // namespace candor::engine
