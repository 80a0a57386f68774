#include "models/engine/DataParallel.h"

#include "models/engine/ErrorText.h"
#include "models/engine/GradientSync.h"

#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>

#include <algorithm>
#include <chrono>
#include <mutex>
#include <stdexcept>

namespace candor::engine {

namespace {

struct Group
{
    ParallelOptions options;
    c10::intrusive_ptr<c10d::Store> store;
    c10::intrusive_ptr<c10d::ProcessGroupGloo> gloo;
    long checks = 0;
};

std::mutex g_mutex;
std::unique_ptr<Group> g_group;

std::string where(const ParallelOptions &o)
{
    return "data-parallel rank " + std::to_string(o.rank) + " of " + std::to_string(o.world) + " (rendezvous " + o.host
        + ":" + std::to_string(o.port) + ")";
}

void waitFor(const c10::intrusive_ptr<c10d::Work> &work, const char *collective)
{
    try {
        work->wait();
    } catch (const std::exception &e) {
        throw std::runtime_error(where(g_group->options) + ": " + collective
            + " failed; another rank stopped or cannot be reached: " + firstLine(e));
    }
}

std::vector<torch::Tensor> trainable(torch::nn::Module &module)
{
    std::vector<torch::Tensor> parameters;
    for (const torch::Tensor &p : module.parameters())
        if (p.requires_grad())
            parameters.push_back(p);
    return parameters;
}

} // namespace

void joinProcessGroup(const ParallelOptions &options)
{
    std::lock_guard<std::mutex> lock(g_mutex);
    if (g_group)
        throw std::runtime_error(where(options) + ": this process already joined a group");
    if (options.world < 1 || options.rank < 0 || options.rank >= options.world)
        throw std::runtime_error(where(options) + ": the rank must be between 0 and world - 1");
    if (options.port < 1 || options.port > 65535)
        throw std::runtime_error(where(options) + ": the port must be between 1 and 65535");
    auto group = std::make_unique<Group>();
    group->options = options;
    const auto timeout = std::chrono::milliseconds(std::max(1, options.timeoutSeconds) * 1000L);
    c10d::TCPStoreOptions storeOptions;
    storeOptions.port = std::uint16_t(options.port);
    storeOptions.isServer = options.rank == 0;
    storeOptions.numWorkers = size_t(options.world);
    storeOptions.waitWorkers = true;
    storeOptions.timeout = timeout;
    try {
        group->store = c10::make_intrusive<c10d::TCPStore>(options.host, storeOptions);
    } catch (const std::exception &e) {
        const std::string reason = firstLine(e);
        if (options.rank == 0 && reason.find("in use") != std::string::npos)
            throw std::runtime_error(where(options) + ": port " + std::to_string(options.port)
                + " is in use; choose another with --rendezvous host:port");
        throw std::runtime_error(where(options) + ": rendezvous failed within " + std::to_string(options.timeoutSeconds)
            + " s (are all ranks started with the same --rendezvous and --world?): " + reason);
    }
    try {
        auto glooOptions = c10d::ProcessGroupGloo::Options::create(timeout);
        glooOptions->devices.push_back(c10d::ProcessGroupGloo::createDeviceForHostname(options.host));
        glooOptions->threads = 2;
        group->gloo
            = c10::make_intrusive<c10d::ProcessGroupGloo>(group->store, options.rank, options.world, glooOptions);
    } catch (const std::exception &e) {
        throw std::runtime_error(where(options) + ": the ranks did not all connect within "
            + std::to_string(options.timeoutSeconds) + " s (is every rank of --world " + std::to_string(options.world)
            + " started, with the same --rendezvous?): " + firstLine(e));
    }
    g_group = std::move(group);
}

void leaveProcessGroup()
{
    std::lock_guard<std::mutex> lock(g_mutex);
    if (!g_group)
        return;
    try {
        waitFor(g_group->gloo->barrier(), "the closing barrier");
    } catch (...) {
        g_group.reset();
        throw;
    }
    g_group.reset();
}

int parallelRank()
{
    return g_group ? g_group->options.rank : 0;
}

int parallelWorld()
{
    return g_group ? g_group->options.world : 1;
}

namespace {

// Every rank's value for one exchange through the store (in rank order). Exchanges are numbered, so every rank
// must make the same exchanges in the same order.
std::vector<std::string> exchange(const std::string &value, const std::string &what)
{
    const std::string prefix = "exchange/" + std::to_string(g_group->checks++) + "/";
    std::vector<std::string> values;
    try {
        g_group->store->set(
            prefix + std::to_string(g_group->options.rank), std::vector<uint8_t>(value.begin(), value.end()));
        for (int r = 0; r < g_group->options.world; ++r) {
            const std::vector<uint8_t> other = g_group->store->get(prefix + std::to_string(r));
            values.emplace_back(other.begin(), other.end());
        }
    } catch (const std::exception &e) {
        throw std::runtime_error(where(g_group->options) + ": comparing " + what + " failed: " + firstLine(e));
    }
    return values;
}

} // namespace

void checkSameOnEveryRank(const std::string &value, const std::string &what)
{
    if (!g_group)
        return;
    const std::vector<std::string> values = exchange(value, what);
    for (size_t r = 0; r < values.size(); ++r)
        if (values[r] != value)
            throw std::runtime_error(where(g_group->options) + ": rank " + std::to_string(r) + " has another " + what
                + " (" + values[r] + " here " + value + "); every rank must be started on the same bundle and options");
}

long minimumOverRanks(long value, const std::string &what)
{
    if (!g_group)
        return value;
    long minimum = value;
    for (const std::string &v : exchange(std::to_string(value), what))
        minimum = std::min(minimum, std::stol(v));
    return minimum;
}

std::pair<long, long> rankShare(long begin, long end, int rank)
{
    const long world = parallelWorld(), size = std::max(0L, end - begin);
    const long base = size / world, extra = size % world;
    const long start = begin + rank * base + std::min<long>(rank, extra);
    return {start, start + base + (rank < extra ? 1 : 0)};
}

std::pair<long, long> rankShare(long begin, long end)
{
    return rankShare(begin, end, parallelRank());
}

void broadcastParameters(torch::nn::Module &module)
{
    if (!g_group)
        return;
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> tensors;
    for (const torch::Tensor &t : module.parameters())
        tensors.push_back(t);
    for (const torch::Tensor &t : module.buffers())
        if (t.is_floating_point())
            tensors.push_back(t);
    if (tensors.empty())
        return;
    std::vector<torch::Tensor> flat;
    for (const torch::Tensor &t : tensors)
        flat.push_back(t.detach().to(torch::kCPU, torch::kFloat).reshape({-1}));
    std::vector<torch::Tensor> buffer{torch::cat(flat)};
    c10d::BroadcastOptions options;
    options.rootRank = 0;
    waitFor(g_group->gloo->broadcast(buffer, options), "broadcasting the initial weights");
    long at = 0;
    for (torch::Tensor &t : tensors) {
        const long n = t.numel();
        t.copy_(buffer[0].slice(0, at, at + n).view(t.sizes()).to(t.device(), t.scalar_type()));
        at += n;
    }
}

void averageGradients(torch::nn::Module &module, long localExamples)
{
    if (!g_group)
        return;
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> parameters = trainable(module);
    std::vector<torch::Tensor> flat;
    for (const torch::Tensor &p : parameters) {
        const torch::Tensor grad = p.grad().defined() ? p.grad() : torch::zeros_like(p);
        flat.push_back(grad.to(torch::kCPU, torch::kFloat).reshape({-1}) * double(localExamples));
    }
    flat.push_back(torch::full({1}, double(localExamples), torch::kFloat));
    std::vector<torch::Tensor> buffer{torch::cat(flat)};
    waitFor(g_group->gloo->allreduce(buffer), "averaging gradients");
    const long total = std::lround(buffer[0][buffer[0].numel() - 1].item<double>());
    if (total <= 0)
        return;
    long at = 0;
    for (torch::Tensor &p : parameters) {
        const long n = p.numel();
        torch::Tensor average = (buffer[0].slice(0, at, at + n) / double(total)).view(p.sizes());
        average = average.to(p.device(), p.scalar_type());
        if (p.grad().defined())
            p.mutable_grad().copy_(average);
        else
            p.mutable_grad() = average;
        at += n;
    }
}

} // namespace candor::engine
