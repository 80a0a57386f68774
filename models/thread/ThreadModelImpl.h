#pragma once

// Internal to models/thread: the trained model behind the ThreadModel interface. Includes torch.

#include "models/thread/ThreadModel.h"
#include "models/thread/ThreadModelConfig.h"
#include "models/thread/ThreadNet.h"

namespace candor::models::thread {

NetShape netShapeOf(const ThreadTrainConfig &config);

// Runs the network in inference mode over threads, in chunks of config.batchSize.
std::vector<ThreadPrediction> predictThreads(
    ThreadNet &net, const ThreadTrainConfig &config, const std::vector<const PreparedThread *> &threads);

class TrainedThreadModel final : public ThreadModel
{
public:
    TrainedThreadModel(ThreadTrainConfig config, ThreadNet net);

    std::vector<ThreadPrediction> predict(const std::vector<ThreadExample> &threads) const override;
    std::map<std::string, std::string> save() const override;
    const ThreadTrainConfig &config() const override { return m_config; }

private:
    ThreadTrainConfig m_config;
    mutable ThreadNet m_net; // forward() is not const in libtorch; prediction changes no state
};

} // namespace candor::models::thread
