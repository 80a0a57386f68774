#include "models/post/FusionData.h"

#include "models/thread/ThreadFeatures.h"

#include <cmath>
#include <cstring>
#include <stdexcept>

namespace candor::models {

FusionTensors fusionTensors(const std::vector<FusionExample> &posts, int classes, int hashBuckets, int channels)
{
    FusionTensors data;
    if (channels <= 0) {
        channels = 1280;
        for (const FusionExample &post : posts)
            if (!post.image.empty()) {
                channels = int(post.image.size());
                break;
            }
    }
    const int64_t n = int64_t(posts.size());
    data.channels = channels;
    data.image = torch::zeros({n, channels});
    data.hasImage = torch::zeros({n, 1});
    data.labels = torch::full({n}, -1, torch::kLong);
    data.ngrams.reserve(posts.size());
    for (int64_t i = 0; i < n; ++i) {
        const FusionExample &post = posts[size_t(i)];
        if (post.label < -1 || post.label >= classes)
            throw std::invalid_argument("post " + post.id + ": class index " + std::to_string(post.label)
                + " is out of range (" + std::to_string(classes) + " classes)");
        data.labels[i] = int64_t(post.label);
        if (!post.image.empty()) {
            if (int(post.image.size()) != channels)
                throw std::invalid_argument("post " + post.id + ": its picture has " + std::to_string(post.image.size())
                    + " features, expected " + std::to_string(channels));
            double norm = 0;
            for (const float v : post.image) {
                if (!std::isfinite(v))
                    throw std::invalid_argument("post " + post.id + ": its picture features are not finite");
                norm += double(v) * v;
            }
            const float scale = norm > 0 ? float(1.0 / std::sqrt(norm)) : 0.0f;
            float *row = data.image[i].data_ptr<float>();
            for (int c = 0; c < channels; ++c)
                row[c] = post.image[size_t(c)] * scale;
            data.hasImage[i][0] = 1.0f;
        }
        data.ngrams.push_back(thread::hashedNgrams(post.text, hashBuckets));
    }
    return data;
}

FusionBatch fusionBatch(const FusionTensors &data, const std::vector<int64_t> &rows, const torch::Device &device)
{
    std::vector<int64_t> ids;
    std::vector<int64_t> offsets;
    offsets.reserve(rows.size());
    for (const int64_t row : rows) {
        offsets.push_back(int64_t(ids.size()));
        const std::vector<int64_t> &ngrams = data.ngrams[size_t(row)];
        ids.insert(ids.end(), ngrams.begin(), ngrams.end());
    }
    const torch::Tensor index = torch::tensor(rows, torch::kLong);
    FusionBatch batch;
    batch.ngramIds = torch::tensor(ids, torch::kLong).to(device);
    batch.ngramOffsets = torch::tensor(offsets, torch::kLong).to(device);
    batch.image = data.image.index_select(0, index).to(device);
    batch.hasImage = data.hasImage.index_select(0, index).to(device);
    return batch;
}

} // namespace candor::models
