#pragma once

#include <string>

namespace candor::engine {

struct ComputeInfo
{
    bool cuda = false;
    int threads = 1;
    std::string deviceName; // "CUDA: NVIDIA H100" or "CPU"

    std::string describe() const;
};

// Chooses the compute device once per process: CUDA when torch sees a GPU, else the CPU with the intra-op
// thread count set to `threads` (0: all cores). libtorch starts with one thread on some builds, so callers
// run this at start-up. Repeated calls return the first choice (threads may be changed).
ComputeInfo configureCompute(int threads = 0);
ComputeInfo currentCompute();

// Fixes torch's random generators so CPU runs repeat exactly.
void seedEverything(unsigned long long seed);

} // namespace candor::engine
