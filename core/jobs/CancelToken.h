#pragma once

#include <atomic>
#include <memory>

namespace candor {

// Shared cancellation flag: the owner (GUI, CLI signal handler) sets it, the worker checks it every iteration.
class CancelToken
{
public:
    CancelToken()
        : m_flag(std::make_shared<std::atomic_bool>(false))
    {
    }
    void cancel() { m_flag->store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_flag->load(std::memory_order_relaxed); }
    const std::atomic_bool *flag() const { return m_flag.get(); }
    // The flag itself, for a token of another layer that must stop with this one (the engine's CancelToken).
    const std::shared_ptr<std::atomic_bool> &sharedFlag() const { return m_flag; }

private:
    std::shared_ptr<std::atomic_bool> m_flag;
};

} // namespace candor
