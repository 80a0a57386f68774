#pragma once

// The task networks on the shared encoder (hard parameter sharing):
//   MultiLabel  (seed 000 text part): masked mean + L2 -> dense+BN+ReLU+dropout x2 -> one logit per label
//   SpanTagging (seed 000 enhancement): per token dense ReLU (headUnits) -> dropout -> one logit per label
//   Narrative   (seed 001): the class head over the pooled text + one tagging head per span label.
// Internal to models/ (includes torch).

#include "models/text/TextModel.h"
#include "models/text/TransformerEncoder.h"

#include <torch/torch.h>

namespace candor::models {

class PooledClassifierImpl : public torch::nn::Module
{
public:
    PooledClassifierImpl(int width, int units, int outputs, double dropout);
    torch::Tensor forward(const torch::Tensor &pooled);

private:
    torch::nn::Linear m_dense1{nullptr}, m_dense2{nullptr}, m_output{nullptr};
    torch::nn::BatchNorm1d m_norm1{nullptr}, m_norm2{nullptr};
    torch::nn::Dropout m_dropout{nullptr};
};
TORCH_MODULE(PooledClassifier);

class TokenTaggerImpl : public torch::nn::Module
{
public:
    TokenTaggerImpl(int width, int units, int outputs, double dropout);
    torch::Tensor forward(const torch::Tensor &hidden); // [batch, length, outputs]

private:
    torch::nn::Linear m_dense{nullptr}, m_output{nullptr};
    torch::nn::Dropout m_dropout{nullptr};
};
TORCH_MODULE(TokenTagger);

struct TextNetShape
{
    EncoderConfig encoder;
    TextTaskKind kind = TextTaskKind::MultiLabel;
    int classOutputs = 0;
    int spanLabels = 0;
    int headUnits = 256;
};

struct TextNetOutputs
{
    torch::Tensor classLogits; // [batch, classes] or undefined
    torch::Tensor tokenLogits; // [batch, length, spanLabels] or undefined
};

class TextNetImpl : public torch::nn::Module
{
public:
    explicit TextNetImpl(const TextNetShape &shape);
    TextNetOutputs forward(const torch::Tensor &ids, const torch::Tensor &mask);

    TextEncoder &encoder() { return m_encoder; }
    const TextNetShape &shape() const { return m_shape; }

private:
    TextNetShape m_shape;
    TextEncoder m_encoder{nullptr};
    PooledClassifier m_classifier{nullptr};
    torch::nn::ModuleList m_taggers{nullptr}; // SpanTagging: one head for all labels; Narrative: one per label
};
TORCH_MODULE(TextNet);

// The masked-language-model head used only for pre-training the encoder (not saved with task models).
class MaskedLmHeadImpl : public torch::nn::Module
{
public:
    MaskedLmHeadImpl(int width, int vocabSize);
    torch::Tensor forward(const torch::Tensor &hidden);

private:
    torch::nn::Linear m_transform{nullptr}, m_decoder{nullptr};
    torch::nn::LayerNorm m_norm{nullptr};
};
TORCH_MODULE(MaskedLmHead);

} // namespace candor::models
