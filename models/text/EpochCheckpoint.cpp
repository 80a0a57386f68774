#include "models/text/EpochCheckpoint.h"

#include "models/engine/DataParallel.h"
#include "models/engine/ErrorText.h"
#include "models/engine/TorchDevice.h"

#include <ATen/CPUGeneratorImpl.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <regex>
#include <sstream>
#include <stdexcept>

namespace candor::models {

namespace fs = std::filesystem;

namespace {

torch::Tensor bytesTensor(const std::string &bytes)
{
    return torch::from_blob(const_cast<char *>(bytes.data()), {long(bytes.size())}, torch::kUInt8).clone();
}

std::string tensorBytes(const torch::Tensor &tensor)
{
    const torch::Tensor bytes = tensor.to(torch::kCPU).contiguous();
    return std::string(reinterpret_cast<const char *>(bytes.data_ptr<uint8_t>()), size_t(bytes.numel()));
}

template <typename T>
torch::Tensor vectorTensor(const std::vector<T> &values, torch::ScalarType type)
{
    return torch::from_blob(const_cast<T *>(values.data()), {long(values.size())}, type).clone();
}

template <typename T>
std::vector<T> tensorVector(const torch::Tensor &tensor)
{
    const torch::Tensor values = tensor.to(torch::kCPU).contiguous();
    return std::vector<T>(values.data_ptr<T>(), values.data_ptr<T>() + values.numel());
}

torch::Tensor read(torch::serialize::InputArchive &archive, const std::string &key)
{
    torch::Tensor tensor;
    archive.read(key, tensor);
    return tensor;
}

// A whole file or none: written beside its final name, then renamed over it.
void writeWhole(const std::string &path, torch::serialize::OutputArchive &archive)
{
    const std::string temporary = path + ".partial";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        archive.save_to(out);
        out.flush();
        if (!out)
            throw std::runtime_error(temporary + ": cannot write the checkpoint (disk full or no permission?)");
    }
    std::error_code error;
    fs::rename(temporary, path, error);
    if (error)
        throw std::runtime_error(path + ": cannot write the checkpoint: " + error.message());
}

void loadWhole(const std::string &path, torch::serialize::InputArchive &archive)
{
    try {
        std::ifstream in(path, std::ios::binary);
        if (!in)
            throw std::runtime_error("cannot open it");
        archive.load_from(in, engine::torchDevice());
    } catch (const std::exception &e) {
        throw std::runtime_error(path + ": unreadable checkpoint (" + engine::firstLine(e)
            + "); remove the checkpoint folder to start over");
    }
}

void writeOutputs(torch::serialize::OutputArchive &archive, const std::vector<RawTextOutput> &outputs)
{
    archive.write("count", torch::tensor(int64_t(outputs.size())));
    for (size_t i = 0; i < outputs.size(); ++i) {
        const RawTextOutput &o = outputs[i];
        const std::string key = "output/" + std::to_string(i) + "/";
        archive.write(key + "text", vectorTensor(std::vector<int32_t>(o.text.begin(), o.text.end()), torch::kInt32));
        archive.write(key + "class", vectorTensor(o.classProbs, torch::kFloat32));
        std::vector<int32_t> tokens;
        for (const TokenRange &t : o.tokens) {
            tokens.push_back(t.start);
            tokens.push_back(t.end);
        }
        archive.write(key + "tokens", vectorTensor(tokens, torch::kInt32));
        archive.write(key + "token_probs", vectorTensor(o.tokenProbs, torch::kFloat32));
    }
}

std::vector<RawTextOutput> readOutputs(torch::serialize::InputArchive &archive)
{
    std::vector<RawTextOutput> outputs(size_t(read(archive, "count").item<int64_t>()));
    for (size_t i = 0; i < outputs.size(); ++i) {
        RawTextOutput &o = outputs[i];
        const std::string key = "output/" + std::to_string(i) + "/";
        const std::vector<int32_t> text = tensorVector<int32_t>(read(archive, key + "text"));
        o.text.assign(text.begin(), text.end());
        o.classProbs = tensorVector<float>(read(archive, key + "class"));
        const std::vector<int32_t> tokens = tensorVector<int32_t>(read(archive, key + "tokens"));
        for (size_t t = 0; t + 1 < tokens.size(); t += 2)
            o.tokens.push_back(TokenRange{tokens[t], tokens[t + 1]});
        o.tokenProbs = tensorVector<float>(read(archive, key + "token_probs"));
    }
    return outputs;
}

} // namespace

EpochCheckpoint::EpochCheckpoint(const std::string &folder, const std::string &run, int every)
    : m_every(std::max(1, every))
{
    if (folder.empty())
        return;
    m_folder = (fs::path(folder) / ("rank" + std::to_string(engine::parallelRank()))).string();
    for (char c : run)
        m_run += std::isalnum(static_cast<unsigned char>(c)) ? c : '-';
    std::error_code error;
    fs::create_directories(m_folder, error);
    if (error)
        throw std::runtime_error(m_folder + ": cannot create the checkpoint folder: " + error.message());
}

std::string EpochCheckpoint::path(int epoch, const char *suffix) const
{
    return (fs::path(m_folder) / (m_run + ".e" + std::to_string(epoch) + suffix)).string();
}

std::vector<int> EpochCheckpoint::savedStates() const
{
    const std::regex stateFile(m_run + "\\.e([0-9]+)\\.state");
    std::vector<int> epochs;
    for (const fs::directory_entry &entry : fs::directory_iterator(m_folder)) {
        std::smatch match;
        const std::string name = entry.path().filename().string();
        if (std::regex_match(name, match, stateFile))
            epochs.push_back(std::stoi(match[1].str()));
    }
    std::sort(epochs.begin(), epochs.end());
    return epochs;
}

int EpochCheckpoint::agreedEpoch() const
{
    if (!enabled())
        return 0;
    // The newest epoch whose state is here, with the watched outputs of every epoch up to it.
    const std::vector<int> states = savedStates();
    const long newest = states.empty() ? 0 : states.back();
    for (long e = 1; e <= newest; ++e)
        if (!fs::exists(path(int(e), ".outputs")))
            throw std::runtime_error(
                path(int(e), ".outputs") + ": missing from the checkpoint folder; remove the folder to start over");
    const long agreed = engine::minimumOverRanks(newest, "newest checkpoint of " + m_run);
    if (agreed > 0 && !fs::exists(path(int(agreed), ".state")))
        throw std::runtime_error(path(int(agreed), ".state")
            + ": the ranks' checkpoints are more than one save apart; remove the checkpoint folder to start over");
    return int(agreed);
}

EpochVerdict EpochCheckpoint::resume(int epoch, const EpochWatch &watch, const ResumableState &state,
    const engine::RunControl &control, int epochs, long totalSteps) const
{
    torch::serialize::InputArchive archive;
    loadWhole(path(epoch, ".state"), archive);
    if (read(archive, "epoch").item<int64_t>() != epoch)
        throw std::runtime_error(path(epoch, ".state") + ": holds another epoch; remove the checkpoint folder");
    torch::serialize::InputArchive net, optimizer;
    archive.read("net", net);
    archive.read("optimizer", optimizer);
    state.net.load(net);
    state.optimizer.load(optimizer);
    state.step = read(archive, "step").item<int64_t>();
    state.schedule.resumeAt(read(archive, "schedule").item<int64_t>());
    std::istringstream(tensorBytes(read(archive, "shuffle"))) >> state.shuffle;
    const std::vector<int64_t> order = tensorVector<int64_t>(read(archive, "order"));
    if (order.size() != state.order.size())
        throw std::runtime_error(path(epoch, ".state") + ": written for other training data");
    state.order.assign(order.begin(), order.end());
    {
        at::Generator generator = at::detail::getDefaultCPUGenerator();
        std::lock_guard<std::mutex> lock(generator.mutex());
        generator.set_state(read(archive, "torch_random").to(torch::kCPU));
    }
    EpochVerdict verdict;
    for (int e = 1; e <= epoch; ++e) {
        torch::serialize::InputArchive watched;
        loadWhole(path(e, ".outputs"), watched);
        std::vector<RawTextOutput> outputs = readOutputs(watched);
        verdict = watchEpoch(watch, e, [&outputs] { return std::move(outputs); });
    }
    control.report(engine::resumedProgress(watch.phase, epoch, epochs, state.step, totalSteps));
    return verdict;
}

EpochVerdict EpochCheckpoint::endEpoch(const EpochWatch &watch, int epoch, int epochs,
    const std::function<std::vector<RawTextOutput>()> &outputsOnWatchedTexts, const ResumableState &state) const
{
    if (!enabled())
        return watchEpoch(watch, epoch, outputsOnWatchedTexts);
    std::vector<RawTextOutput> outputs;
    const EpochVerdict verdict = watchEpoch(watch, epoch, [&] {
        outputs = outputsOnWatchedTexts();
        return outputs;
    });
    saveOutputs(epoch, outputs);
    // The same epochs on every rank: the count and the verdict are.
    if (epoch % m_every == 0 || verdict.stop || epoch >= epochs)
        saveState(epoch, state);
    return verdict;
}

void EpochCheckpoint::saveOutputs(int epoch, const std::vector<RawTextOutput> &watched) const
{
    torch::serialize::OutputArchive outputs;
    writeOutputs(outputs, watched);
    writeWhole(path(epoch, ".outputs"), outputs);
}

void EpochCheckpoint::saveState(int epoch, const ResumableState &state) const
{
    torch::serialize::OutputArchive archive, net, optimizer;
    state.net.save(net);
    state.optimizer.save(optimizer);
    archive.write("net", net);
    archive.write("optimizer", optimizer);
    archive.write("epoch", torch::tensor(int64_t(epoch)));
    archive.write("step", torch::tensor(int64_t(state.step)));
    archive.write("schedule", torch::tensor(int64_t(state.schedule.steps())));
    std::ostringstream shuffle;
    shuffle << state.shuffle;
    archive.write("shuffle", bytesTensor(shuffle.str()));
    archive.write("order", vectorTensor(std::vector<int64_t>(state.order.begin(), state.order.end()), torch::kInt64));
    {
        at::Generator generator = at::detail::getDefaultCPUGenerator();
        std::lock_guard<std::mutex> lock(generator.mutex());
        archive.write("torch_random", generator.get_state());
    }
    writeWhole(path(epoch, ".state"), archive);
    // Two states are kept: a rank killed before saving this one makes the group resume from the one before.
    const std::vector<int> states = savedStates();
    std::error_code ignored;
    for (size_t i = 0; i + 2 < states.size(); ++i)
        fs::remove(path(states[i], ".state"), ignored);
}

} // namespace candor::models
