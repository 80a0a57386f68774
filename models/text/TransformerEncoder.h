#pragma once

// The text encoder: token + learned position embeddings, N pre-LN transformer layers (multi-head self-attention
// with a padding mask, GELU feed-forward, dropout) and a final LayerNorm. Parameter names are fixed: the
// PyTorch-Python twin in bench/python/ loads the same safetensors. Internal to models/ (includes torch).

#include <torch/torch.h>

namespace candor::models {

struct EncoderConfig
{
    int vocabSize = 8000;
    int width = 256;
    int layers = 4;
    int heads = 4;
    int feedForward = 1024;
    int maxLength = 128;
    double dropout = 0.1;
};

class EncoderLayerImpl : public torch::nn::Module
{
public:
    EncoderLayerImpl(const EncoderConfig &config);
    // x [batch, length, width]; attentionBias [batch, 1, 1, length]: 0 for tokens, a large negative for padding.
    torch::Tensor forward(const torch::Tensor &x, const torch::Tensor &attentionBias);
    // The same layer through ATen's fused encoder-layer kernel (inference only); padding [batch, length] is true
    // where a position is padding. Agrees with forward() in eval mode to float rounding.
    torch::Tensor forwardFused(const torch::Tensor &x, const torch::Tensor &padding);

private:
    int m_heads;
    torch::nn::LayerNorm m_norm1{nullptr}, m_norm2{nullptr};
    torch::nn::Linear m_qkv{nullptr}, m_out{nullptr}, m_ff1{nullptr}, m_ff2{nullptr};
    torch::nn::Dropout m_dropout{nullptr};
};
TORCH_MODULE(EncoderLayer);

class TextEncoderImpl : public torch::nn::Module
{
public:
    explicit TextEncoderImpl(const EncoderConfig &config);
    // ids [batch, length] (long), mask [batch, length] (1 token, 0 padding) -> hidden states [batch, length, width].
    torch::Tensor forward(const torch::Tensor &ids, const torch::Tensor &mask);

    const EncoderConfig &config() const { return m_config; }
    // Inference (eval mode under InferenceMode) uses the fused layer kernel unless switched off (the speed
    // benchmark times both paths).
    void setFusedInference(bool fused) { m_fusedInference = fused; }
    // Freezes the embeddings and all but the last `trainableLayers` layers (-1: everything stays trainable).
    void freezeAllBut(int trainableLayers);

private:
    EncoderConfig m_config;
    bool m_fusedInference = true;
    torch::nn::Embedding m_tokens{nullptr}, m_positions{nullptr};
    torch::nn::Dropout m_dropout{nullptr};
    torch::nn::ModuleList m_layers;
    torch::nn::LayerNorm m_norm{nullptr};
};
TORCH_MODULE(TextEncoder);

// Mean over the unmasked positions of hidden [batch, length, width], then L2-normalised (seed 000's pooling).
torch::Tensor maskedMeanL2(const torch::Tensor &hidden, const torch::Tensor &mask);

} // namespace candor::models
