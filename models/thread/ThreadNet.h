#pragma once

// Internal to models/thread: the MM-MTL network. Includes torch; never include it from a public header.

#include "models/thread/ThreadBatch.h"

#include <torch/torch.h>

namespace candor::models::thread {

// Shared Meta-GRU cell: [h^s_t, g_t] = Meta-GRU(p_t, h^k_{t-1}, h^s_{t-1}), g_t = W_g h^s_t.
struct MetaGruCellImpl : torch::nn::Module
{
    MetaGruCellImpl(int input, int taskHidden, int state, int metaDim);
    // The post's share of the gates, W^s_* p_t, for all time steps at once (it does not depend on the state).
    torch::Tensor projectPosts(const torch::Tensor &posts) { return fromPost(posts); }
    // Returns {h^s_t, g_t}; `projected` is projectPosts() of p_t.
    std::pair<torch::Tensor, torch::Tensor> forward(
        const torch::Tensor &projected, const torch::Tensor &taskState, const torch::Tensor &metaState);

    torch::nn::Linear fromPost{nullptr}; // W^s_* on p_t, the three gates stacked
    torch::nn::Linear fromTask{nullptr}; // W^k_* on h^k_{t-1}
    torch::nn::Linear fromState{nullptr}; // U^s_* on h^s_{t-1}
    torch::nn::Linear toMeta{nullptr}; // W_g
};
TORCH_MODULE(MetaGruCell);

// Task-GRU cell whose gate weights are generated from the meta vector: θ*(g) = G* · diag(g) · Q*, so
// θ*(g) x = G* (g ⊙ (Q* x)) and the h x (d + h) matrices are never formed.
struct TaskGruCellImpl : torch::nn::Module
{
    TaskGruCellImpl(int input, int hidden, int metaDim);
    // The post columns of Q_z, Q_r, Q_h applied to p_t for all steps at once: ... x 3g.
    torch::Tensor projectPosts(const torch::Tensor &posts) { return fromPost(posts); }
    torch::Tensor forward(const torch::Tensor &projected, const torch::Tensor &state, const torch::Tensor &meta);

    torch::nn::Linear fromPost{nullptr}; // Q*'s columns for p_t (d -> 3g, stacked)
    torch::nn::Linear qz{nullptr}, qr{nullptr}, qh{nullptr}; // Q*'s columns for the state: h -> g
    torch::nn::Linear gz{nullptr}, gr{nullptr}, gh{nullptr}; // G*: g -> h (with the gate bias)
};
TORCH_MODULE(TaskGruCell);

struct NetShape
{
    int hashBuckets = 1 << 16;
    int textDim = 128;
    int imageInputDim = 1280;
    int imageDim = 256;
    int metaState = 100;
    int metaDim = 64;
    int taskHidden = 256;
    double dropout = 0.3;
    bool useImages = true;
    bool useMeta = true;
    bool useAttention = true;
    bool claimStance = false;
};

struct NetOutput
{
    torch::Tensor stanceLogits; // posts x 4 (mean over the sequence steps that hold the post)
    torch::Tensor veracityLogits; // threads x 3
    torch::Tensor postAttention; // posts: summed attention of the post's steps (sums to 1 per thread)
};

// Task A (veracity) and task B (stance) share the Meta-GRU; each has its own Task-GRU. Without the meta layer
// a plain shared GRU feeds two ordinary task GRUs (GRU-MTL).
struct ThreadNetImpl : torch::nn::Module
{
    explicit ThreadNetImpl(const NetShape &shape);
    NetOutput forward(const ThreadBatch &batch);

    NetShape shape;
    torch::nn::EmbeddingBag text{nullptr};
    torch::nn::Linear image{nullptr};
    torch::nn::Dropout dropout{nullptr};
    MetaGruCell meta{nullptr};
    TaskGruCell taskA{nullptr}, taskB{nullptr};
    torch::nn::GRUCell sharedGru{nullptr};
    torch::nn::GRUCell plainA{nullptr}, plainB{nullptr};
    torch::nn::Linear attentionHidden{nullptr}, attentionScore{nullptr};
    torch::nn::Linear stanceOut{nullptr}, veracityOut{nullptr};

private:
    torch::Tensor postEmbeddings(const ThreadBatch &batch);
};
TORCH_MODULE(ThreadNet);

int postEmbeddingDim(const NetShape &shape);

} // namespace candor::models::thread
