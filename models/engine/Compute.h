#pragma once

#include <exception>
#include <string>
#include <vector>

namespace candor::engine {

struct ComputeInfo
{
    bool cuda = false;
    int cudaIndex = 0; // which GPU when cuda
    int threads = 1;
    std::string deviceName; // "CUDA: NVIDIA H100" or "CPU"

    std::string describe() const;
};

// Chooses the compute device once per process: CUDA when torch sees a GPU, else the CPU with the intra-op
// thread count set to `threads` (0: all cores). libtorch starts with one thread on some builds, so callers
// run this at start-up. Repeated calls return the first choice (threads may be changed).
ComputeInfo configureCompute(int threads = 0);

// Chooses the device by name instead: "auto" (the default above), "cpu", "cuda" (GPU 0) or "cuda:N". Throws
// std::runtime_error naming the request and what this build found when it cannot be met (a CPU-only libtorch, fewer
// GPUs), never falling back silently. Call before any model is built; later calls change the device for models
// built after them.
ComputeInfo selectDevice(const std::string &request, int threads = 0);
ComputeInfo currentCompute();

// "cuda:0", "cuda:1", ...: the GPUs this libtorch sees (none on a CPU-only build).
std::vector<std::string> cudaDevices();

// A thread count chosen by the person (`--threads N`, Preferences) that wins over every later configureCompute
// argument (a training config's `threads`); 0 removes it.
void setThreadOverride(int threads);

// The largest batch a person allows (`--batch-limit N`, Preferences): training and prediction batches are capped at
// it, whatever a config asks; 0 removes it. boundedBatch applies it to a wanted size.
void setBatchLimit(int examples);
int batchLimit();
int boundedBatch(int wanted);

// Whether `error` is an allocator that ran out of memory: CUDA's (c10::OutOfMemoryError) or the CPU's ("not enough
// memory"). Callers turn it into a smaller batch or an error that names the batch, never a crash.
bool isOutOfMemory(const std::exception &error);

// Fixes torch's random generators so CPU runs repeat exactly.
void seedEverything(unsigned long long seed);

} // namespace candor::engine
