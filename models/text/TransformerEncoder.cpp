#include "models/text/TransformerEncoder.h"

#include <cmath>

namespace candor::models {

EncoderLayerImpl::EncoderLayerImpl(const EncoderConfig &config)
    : m_heads(config.heads)
{
    m_norm1 = register_module("norm1", torch::nn::LayerNorm(torch::nn::LayerNormOptions({config.width})));
    m_qkv = register_module("qkv", torch::nn::Linear(config.width, 3 * config.width));
    m_out = register_module("out", torch::nn::Linear(config.width, config.width));
    m_norm2 = register_module("norm2", torch::nn::LayerNorm(torch::nn::LayerNormOptions({config.width})));
    m_ff1 = register_module("ff1", torch::nn::Linear(config.width, config.feedForward));
    m_ff2 = register_module("ff2", torch::nn::Linear(config.feedForward, config.width));
    m_dropout = register_module("dropout", torch::nn::Dropout(config.dropout));
}

torch::Tensor EncoderLayerImpl::forward(const torch::Tensor &x, const torch::Tensor &attentionBias)
{
    const long batch = x.size(0), length = x.size(1), width = x.size(2);
    const long headWidth = width / m_heads;
    // One matmul for queries, keys and values, split into heads: [3, batch, heads, length, headWidth].
    const torch::Tensor qkv = m_qkv(m_norm1(x)).view({batch, length, 3, m_heads, headWidth}).permute({2, 0, 3, 1, 4});
    const torch::Tensor q = qkv[0], k = qkv[1], v = qkv[2];
    torch::Tensor scores = torch::matmul(q, k.transpose(-2, -1)).mul_(1.0 / std::sqrt(double(headWidth)));
    scores = m_dropout(torch::softmax(scores + attentionBias, -1));
    const torch::Tensor context = torch::matmul(scores, v).permute({0, 2, 1, 3}).reshape({batch, length, width});
    torch::Tensor h = x + m_dropout(m_out(context));
    return h + m_dropout(m_ff2(m_dropout(torch::gelu(m_ff1(m_norm2(h))))));
}

torch::Tensor EncoderLayerImpl::forwardFused(const torch::Tensor &x, const torch::Tensor &padding)
{
    return at::_transformer_encoder_layer_fwd(x, x.size(2), m_heads, m_qkv->weight, m_qkv->bias, m_out->weight,
        m_out->bias, /*use_gelu=*/true,
        /*norm_first=*/true, /*eps=*/1e-5, m_norm1->weight, m_norm1->bias, m_norm2->weight, m_norm2->bias,
        m_ff1->weight, m_ff1->bias, m_ff2->weight, m_ff2->bias, padding, /*mask_type=*/1);
}

TextEncoderImpl::TextEncoderImpl(const EncoderConfig &config)
    : m_config(config)
{
    m_tokens = register_module("tokens", torch::nn::Embedding(config.vocabSize, config.width));
    m_positions = register_module("positions", torch::nn::Embedding(config.maxLength, config.width));
    m_dropout = register_module("dropout", torch::nn::Dropout(config.dropout));
    m_layers = register_module("layers", torch::nn::ModuleList());
    for (int i = 0; i < config.layers; ++i)
        m_layers->push_back(EncoderLayer(config));
    m_norm = register_module("norm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({config.width})));
    // BERT-style small initialisation keeps the residual stream stable from the first step.
    torch::NoGradGuard noGrad;
    for (auto &item : named_parameters()) {
        const std::string &name = item.key();
        if (name.find("norm") != std::string::npos)
            continue;
        if (item.value().dim() >= 2)
            item.value().normal_(0.0, 0.02);
        else
            item.value().zero_();
    }
}

torch::Tensor TextEncoderImpl::forward(const torch::Tensor &ids, const torch::Tensor &mask)
{
    const long length = ids.size(1);
    const torch::Tensor positions
        = torch::arange(length, torch::TensorOptions().dtype(torch::kLong).device(ids.device()));
    torch::Tensor x = m_dropout(m_tokens(ids) + m_positions(positions).unsqueeze(0));
    if (m_fusedInference && !is_training() && c10::InferenceMode::is_enabled()) {
        const torch::Tensor padding = mask.eq(0);
        for (const auto &layer : *m_layers)
            x = layer->as<EncoderLayer>()->forwardFused(x, padding);
        return m_norm(x);
    }
    const torch::Tensor bias = (1.0 - mask.to(x.dtype())).mul(-1e9).view({ids.size(0), 1, 1, length});
    for (const auto &layer : *m_layers)
        x = layer->as<EncoderLayer>()->forward(x, bias);
    return m_norm(x);
}

void TextEncoderImpl::freezeAllBut(int trainableLayers)
{
    if (trainableLayers < 0 || trainableLayers >= m_config.layers)
        return;
    m_tokens->weight.set_requires_grad(false);
    m_positions->weight.set_requires_grad(false);
    for (int i = 0; i < m_config.layers - trainableLayers; ++i)
        for (auto &p : (*m_layers)[size_t(i)]->parameters())
            p.set_requires_grad(false);
}

torch::Tensor maskedMeanL2(const torch::Tensor &hidden, const torch::Tensor &mask)
{
    const torch::Tensor m = mask.to(hidden.dtype()).unsqueeze(-1);
    const torch::Tensor mean = (hidden * m).sum(1) / m.sum(1).clamp_min(1.0);
    return torch::nn::functional::normalize(mean, torch::nn::functional::NormalizeFuncOptions().p(2).dim(1).eps(1e-12));
}

} // namespace candor::models
