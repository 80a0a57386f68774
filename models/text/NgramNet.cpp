#include "models/text/NgramNet.h"

namespace candor::models {

NgramNetShape NgramNetShape::forTask(const TextTaskDefinition &task, int buckets)
{
    NgramNetShape shape;
    shape.buckets = buckets;
    if (hasClassLabels(task.kind))
        shape.classOutputs = int(task.classLabels.size());
    if (hasSpanLabels(task.kind))
        shape.tokenOutputs = int(task.spanLabels.size());
    return shape;
}

NgramNetImpl::NgramNetImpl(const NgramNetShape &shape)
{
    // Zero start: a logistic regression, the optimum does not depend on the initialisation.
    if (shape.classOutputs > 0) {
        m_docWeight = register_parameter("doc_weight", torch::zeros({shape.buckets, shape.classOutputs}));
        m_docBias = register_parameter("doc_bias", torch::zeros({shape.classOutputs}));
    }
    if (shape.tokenOutputs > 0) {
        m_tokenWeight = register_parameter("token_weight", torch::zeros({shape.buckets, shape.tokenOutputs}));
        m_tokenBias = register_parameter("token_bias", torch::zeros({shape.tokenOutputs}));
    }
}

torch::Tensor NgramNetImpl::linear(
    const torch::Tensor &weight, const torch::Tensor &bias, const std::vector<const SparseVector *> &rows) const
{
    std::vector<int64_t> indices, offsets;
    std::vector<float> weights;
    offsets.reserve(rows.size());
    for (const SparseVector *row : rows) {
        offsets.push_back(int64_t(indices.size()));
        indices.insert(indices.end(), row->indices.begin(), row->indices.end());
        weights.insert(weights.end(), row->weights.begin(), row->weights.end());
    }
    const torch::Device device = weight.device();
    const auto longOptions = torch::TensorOptions().dtype(torch::kLong);
    const torch::Tensor indexTensor
        = torch::from_blob(indices.data(), {long(indices.size())}, longOptions).clone().to(device);
    const torch::Tensor offsetTensor
        = torch::from_blob(offsets.data(), {long(offsets.size())}, longOptions).clone().to(device);
    const torch::Tensor weightTensor = torch::from_blob(weights.data(), {long(weights.size())}).clone().to(device);
    namespace F = torch::nn::functional;
    const torch::Tensor sums = F::embedding_bag(indexTensor, weight,
        F::EmbeddingBagFuncOptions().offsets(offsetTensor).mode(torch::kSum).per_sample_weights(weightTensor));
    return sums + bias;
}

NgramOutputs NgramNetImpl::forward(
    const std::vector<const SparseVector *> &documents, const std::vector<const SparseVector *> &tokens)
{
    NgramOutputs out;
    if (m_docWeight.defined())
        out.classLogits = linear(m_docWeight, m_docBias, documents);
    if (m_tokenWeight.defined()) {
        if (tokens.empty())
            out.tokenLogits = torch::zeros({0, m_tokenWeight.size(1)}, m_tokenWeight.options());
        else
            out.tokenLogits = linear(m_tokenWeight, m_tokenBias, tokens);
    }
    return out;
}

} // namespace candor::models
