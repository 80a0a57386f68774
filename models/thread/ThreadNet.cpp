#include "models/thread/ThreadNet.h"

#include "models/thread/ThreadFeatures.h"

namespace candor::models::thread {
namespace {

torch::Tensor longTensor(const std::vector<int64_t> &values, const torch::Device &device)
{
    return torch::tensor(values, torch::kLong).to(device);
}

torch::Tensor floatTensor(const std::vector<float> &values, const torch::Device &device)
{
    return torch::tensor(values, torch::kFloat).to(device);
}

} // namespace

MetaGruCellImpl::MetaGruCellImpl(int input, int taskHidden, int state, int metaDim)
{
    fromPost = register_module("fromPost", torch::nn::Linear(input, 3 * state));
    fromTask
        = register_module("fromTask", torch::nn::Linear(torch::nn::LinearOptions(taskHidden, 3 * state).bias(false)));
    fromState = register_module("fromState", torch::nn::Linear(torch::nn::LinearOptions(state, 3 * state).bias(false)));
    toMeta = register_module("toMeta", torch::nn::Linear(torch::nn::LinearOptions(state, metaDim).bias(false)));
}

std::pair<torch::Tensor, torch::Tensor> MetaGruCellImpl::forward(
    const torch::Tensor &projected, const torch::Tensor &taskState, const torch::Tensor &metaState)
{
    const auto in = (projected + fromTask(taskState)).chunk(3, 1);
    const auto rec = fromState(metaState).chunk(3, 1);
    const auto z = torch::sigmoid(in[0] + rec[0]);
    const auto r = torch::sigmoid(in[1] + rec[1]);
    const auto candidate = torch::tanh(in[2] + r * rec[2]);
    const auto next = z * metaState + (1 - z) * candidate;
    return {next, toMeta(next)};
}

TaskGruCellImpl::TaskGruCellImpl(int input, int hidden, int metaDim)
{
    fromPost = register_module("fromPost", torch::nn::Linear(torch::nn::LinearOptions(input, 3 * metaDim).bias(false)));
    const auto q = [&](const char *name) {
        return register_module(name, torch::nn::Linear(torch::nn::LinearOptions(hidden, metaDim).bias(false)));
    };
    const auto g = [&](const char *name) { return register_module(name, torch::nn::Linear(metaDim, hidden)); };
    qz = q("qz");
    qr = q("qr");
    qh = q("qh");
    gz = g("gz");
    gr = g("gr");
    gh = g("gh");
}

// θ*(g)[p; h] = G* (g ⊙ (Q*_p p + Q*_h h)); the Q*_p p part arrives precomputed.
torch::Tensor TaskGruCellImpl::forward(
    const torch::Tensor &projected, const torch::Tensor &state, const torch::Tensor &meta)
{
    const auto post = projected.chunk(3, 1);
    const auto z = torch::sigmoid(gz(meta * (post[0] + qz(state))));
    const auto r = torch::sigmoid(gr(meta * (post[1] + qr(state))));
    const auto candidate = torch::tanh(gh(meta * (post[2] + qh(r * state))));
    return z * state + (1 - z) * candidate;
}

int postEmbeddingDim(const NetShape &shape)
{
    return shape.textDim + kCueCount + (shape.useImages ? shape.imageDim : 0);
}

ThreadNetImpl::ThreadNetImpl(const NetShape &netShape)
    : shape(netShape)
{
    const int d = postEmbeddingDim(shape);
    const int h = shape.taskHidden;
    text = register_module("text",
        torch::nn::EmbeddingBag(torch::nn::EmbeddingBagOptions(shape.hashBuckets, shape.textDim).mode(torch::kMean)));
    torch::nn::init::normal_(text->weight, 0.0, 0.5);
    if (shape.useImages)
        image = register_module("image", torch::nn::Linear(shape.imageInputDim, shape.imageDim));
    dropout = register_module("dropout", torch::nn::Dropout(shape.dropout));
    if (shape.useMeta) {
        meta = register_module("meta", MetaGruCell(d, h, shape.metaState, shape.metaDim));
        taskA = register_module("taskA", TaskGruCell(d, h, shape.metaDim));
        taskB = register_module("taskB", TaskGruCell(d, h, shape.metaDim));
    } else {
        sharedGru = register_module("sharedGru", torch::nn::GRUCell(d, shape.metaState));
        plainA = register_module("plainA", torch::nn::GRUCell(d + shape.metaState, h));
        plainB = register_module("plainB", torch::nn::GRUCell(d + shape.metaState, h));
    }
    if (shape.useAttention) {
        attentionHidden = register_module("attentionHidden", torch::nn::Linear(2 * h, h));
        attentionScore = register_module("attentionScore", torch::nn::Linear(h, 1));
    }
    stanceOut = register_module("stanceOut", torch::nn::Linear(h, 4));
    veracityOut = register_module("veracityOut", torch::nn::Linear(2 * h + (shape.claimStance ? 4 : 0), 3));
}

torch::Tensor ThreadNetImpl::postEmbeddings(const ThreadBatch &batch)
{
    const torch::Device device = stanceOut->weight.device(); // the batch goes where the weights are
    const auto ids = longTensor(batch.ngramIds, device);
    const auto offsets = longTensor(batch.ngramOffsets, device);
    std::vector<torch::Tensor> parts{
        torch::tanh(text(ids, offsets)), floatTensor(batch.cues, device).view({batch.posts, kCueCount})};
    if (shape.useImages) {
        const auto images = floatTensor(batch.images, device).view({batch.posts, shape.imageInputDim});
        const auto present = floatTensor(batch.hasImage, device).unsqueeze(1);
        parts.push_back(torch::relu(image(images)) * present); // zeros for posts without an image
    }
    return dropout(torch::cat(parts, 1));
}

NetOutput ThreadNetImpl::forward(const ThreadBatch &batch)
{
    const torch::Device device = stanceOut->weight.device(); // the batch goes where the weights are
    const auto on = torch::TensorOptions().device(device);
    const int S = batch.sequences, L = batch.length, h = shape.taskHidden;
    const auto posts = postEmbeddings(batch);
    const auto index = longTensor(batch.sequenceIndex, device);
    const auto inputs = posts.index_select(0, index).view({S, L, -1});
    const auto mask = floatTensor(batch.sequenceMask, device).view({S, L});

    auto stateA = torch::zeros({S, h}, on);
    auto stateB = torch::zeros({S, h}, on);
    auto metaBoth = torch::zeros({2 * S, shape.metaState}, on); // the Meta-GRU's state beside task A, then task B
    auto shared = torch::zeros({S, shape.metaState}, on);
    // Everything that depends on p_t alone is projected for all steps at once, outside the recurrence.
    torch::Tensor metaIn, inA, inB;
    if (shape.useMeta) {
        metaIn = meta->projectPosts(inputs);
        inA = taskA->projectPosts(inputs);
        inB = taskB->projectPosts(inputs);
    }
    std::vector<torch::Tensor> outA, outB;
    for (int t = 0; t < L; ++t) {
        const auto x = inputs.select(1, t);
        const auto keep = mask.select(1, t).unsqueeze(1);
        torch::Tensor nextA, nextB;
        if (shape.useMeta) {
            // One shared Meta-GRU, run for both tasks in one batch (its weights are shared, its states are not).
            const auto projected = metaIn.select(1, t);
            auto [s, g] = meta(torch::cat({projected, projected}, 0), torch::cat({stateA, stateB}, 0), metaBoth);
            const auto gs = g.chunk(2, 0);
            nextA = taskA(inA.select(1, t), stateA, gs[0]);
            nextB = taskB(inB.select(1, t), stateB, gs[1]);
            const auto keepBoth = torch::cat({keep, keep}, 0);
            metaBoth = keepBoth * s + (1 - keepBoth) * metaBoth;
        } else {
            const auto s = sharedGru(x, shared);
            shared = keep * s + (1 - keep) * shared;
            const auto joined = torch::cat({x, s}, 1);
            nextA = plainA(joined, stateA);
            nextB = plainB(joined, stateB);
        }
        stateA = keep * nextA + (1 - keep) * stateA;
        stateB = keep * nextB + (1 - keep) * stateB;
        outA.push_back(stateA);
        outB.push_back(stateB);
    }
    const auto hiddenA = dropout(torch::stack(outA, 1)); // S x L x h
    const auto hiddenB = dropout(torch::stack(outB, 1));

    NetOutput out;
    // Stance: mean of the step logits over every step that holds the post.
    const auto flatMask = mask.view({S * L, 1});
    const auto stepLogits = stanceOut(hiddenB).view({S * L, 4}) * flatMask;
    const auto sums = torch::zeros({batch.posts, 4}, on).index_add(0, index, stepLogits);
    const auto counts = torch::zeros({batch.posts, 1}, on).index_add(0, index, flatMask).clamp_min(1.0);
    out.stanceLogits = sums / counts;

    // Veracity: attention over all steps of the thread's sequences, over h^A_t ⊕ h^B_t.
    const auto joined = torch::cat({hiddenA, hiddenB}, 2); // S x L x 2h
    std::vector<torch::Tensor> claims;
    auto stepWeights = torch::zeros({S, L}, on);
    int row = 0;
    for (int t = 0; t < batch.threads; ++t) {
        int rows = 0;
        while (row + rows < S && batch.sequenceThread[row + rows] == t)
            ++rows;
        const auto part = joined.narrow(0, row, rows);
        const auto partMask = mask.narrow(0, row, rows);
        torch::Tensor weights;
        if (shape.useAttention) {
            const auto scores = attentionScore(torch::tanh(attentionHidden(part))).squeeze(2);
            weights = torch::softmax(scores.masked_fill(partMask == 0, -1e9).view({-1}), 0).view({rows, L});
        } else {
            // The claim vector is each sequence's last step, averaged over the thread's sequences.
            weights = torch::zeros({rows, L}, on);
            for (int r = 0; r < rows; ++r)
                weights[r][batch.sequenceLast[row + r]] = 1.0 / rows;
        }
        claims.push_back((weights.unsqueeze(2) * part).sum(torch::IntArrayRef{0, 1}));
        stepWeights.narrow(0, row, rows).copy_(weights.detach());
        row += rows;
    }
    torch::Tensor claim = dropout(torch::stack(claims, 0));
    if (shape.claimStance) {
        // Mean stance distribution over each thread's replies (the source alone when it has none).
        const auto stance = torch::softmax(out.stanceLogits, 1).detach();
        std::vector<torch::Tensor> profiles;
        for (int t = 0; t < batch.threads; ++t) {
            const int64_t first = batch.postOffset[size_t(t)];
            const int64_t end = t + 1 < batch.threads ? batch.postOffset[size_t(t) + 1] : batch.posts;
            const int64_t replies = end - first - 1;
            profiles.push_back(replies > 0 ? stance.narrow(0, first + 1, replies).mean(0) : stance[first]);
        }
        claim = torch::cat({claim, torch::stack(profiles, 0)}, 1);
    }
    out.veracityLogits = veracityOut(claim);
    out.postAttention = torch::zeros({batch.posts}, on).index_add(0, index, stepWeights.view({-1}));
    return out;
}

} // namespace candor::models::thread
