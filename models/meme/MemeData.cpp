#include "models/meme/MemeData.h"

#include "models/thread/ThreadFeatures.h"

#include <stdexcept>

namespace candor::models {

MemeTensors memeTensors(const std::vector<MemeExample> &memes, int labelCount, int hashBuckets)
{
    MemeTensors data;
    const int64_t n = int64_t(memes.size());
    if (n == 0)
        return data;
    const ImageFeatureGrid &first = memes.front().grid;
    if (first.regions() <= 0 || first.channels <= 0)
        throw std::invalid_argument("meme " + memes.front().id + " has no image features");
    const int64_t regions = first.regions();
    const int64_t channels = first.channels;
    const int64_t globalSize = memes.front().global.empty() ? channels : int64_t(memes.front().global.size());
    data.rows = first.rows;
    data.cols = first.cols;
    data.grid = torch::empty({n, regions, channels});
    data.global = torch::empty({n, globalSize});
    data.targets = torch::zeros({n, labelCount});
    data.ngrams.reserve(size_t(n));
    for (int64_t i = 0; i < n; ++i) {
        const MemeExample &meme = memes[size_t(i)];
        if (meme.grid.rows != first.rows || meme.grid.cols != first.cols || meme.grid.channels != first.channels
            || int64_t(meme.grid.values.size()) != regions * channels)
            throw std::invalid_argument(
                "meme " + meme.id + ": image features differ in shape from meme " + memes.front().id);
        std::memcpy(
            data.grid[i].data_ptr<float>(), meme.grid.values.data(), size_t(regions * channels) * sizeof(float));
        const std::vector<float> global = meme.global.empty() ? meme.grid.pooled() : meme.global;
        if (int64_t(global.size()) != globalSize)
            throw std::invalid_argument("meme " + meme.id + ": global image features have "
                + std::to_string(global.size()) + " values, expected " + std::to_string(globalSize));
        std::memcpy(data.global[i].data_ptr<float>(), global.data(), size_t(globalSize) * sizeof(float));
        for (int label : meme.labels) {
            if (label < 0 || label >= labelCount)
                throw std::invalid_argument(
                    "meme " + meme.id + ": label index " + std::to_string(label) + " out of range");
            data.targets[i][label] = 1.0f;
        }
        data.ngrams.push_back(thread::hashedNgrams(meme.text, hashBuckets));
    }
    return data;
}

MemeBatch memeBatch(const MemeTensors &data, const std::vector<int64_t> &rows, const torch::Device &device)
{
    std::vector<int64_t> ids;
    std::vector<int64_t> offsets;
    offsets.reserve(rows.size());
    for (int64_t row : rows) {
        offsets.push_back(int64_t(ids.size()));
        const std::vector<int64_t> &ngrams = data.ngrams[size_t(row)];
        ids.insert(ids.end(), ngrams.begin(), ngrams.end());
    }
    const torch::Tensor index = torch::tensor(rows, torch::kLong);
    MemeBatch batch;
    batch.ngramIds = torch::tensor(ids, torch::kLong).to(device);
    batch.ngramOffsets = torch::tensor(offsets, torch::kLong).to(device);
    batch.grid = data.grid.index_select(0, index).to(device);
    batch.global = data.global.index_select(0, index).to(device);
    return batch;
}

} // namespace candor::models
