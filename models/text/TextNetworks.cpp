#include "models/text/TextNetworks.h"

namespace candor::models {

PooledClassifierImpl::PooledClassifierImpl(int width, int units, int outputs, double dropout)
{
    const int second = std::max(16, units / 2);
    m_dense1 = register_module("dense1", torch::nn::Linear(width, units));
    m_norm1 = register_module("norm1", torch::nn::BatchNorm1d(units));
    m_dense2 = register_module("dense2", torch::nn::Linear(units, second));
    m_norm2 = register_module("norm2", torch::nn::BatchNorm1d(second));
    m_output = register_module("output", torch::nn::Linear(second, outputs));
    m_dropout = register_module("dropout", torch::nn::Dropout(dropout));
}

torch::Tensor PooledClassifierImpl::forward(const torch::Tensor &pooled)
{
    torch::Tensor h = m_dropout(torch::relu(m_norm1(m_dense1(pooled))));
    h = m_dropout(torch::relu(m_norm2(m_dense2(h))));
    return m_output(h);
}

TokenTaggerImpl::TokenTaggerImpl(int width, int units, int outputs, double dropout)
{
    m_dense = register_module("dense", torch::nn::Linear(width, units));
    m_output = register_module("output", torch::nn::Linear(units, outputs));
    m_dropout = register_module("dropout", torch::nn::Dropout(dropout));
}

torch::Tensor TokenTaggerImpl::forward(const torch::Tensor &hidden)
{
    return m_output(m_dropout(torch::relu(m_dense(hidden))));
}

TextNetImpl::TextNetImpl(const TextNetShape &shape)
    : m_shape(shape)
{
    const double dropout = shape.encoder.dropout;
    m_encoder = register_module("encoder", TextEncoder(shape.encoder));
    if (shape.classOutputs > 0)
        m_classifier = register_module(
            "classifier", PooledClassifier(shape.encoder.width, shape.headUnits, shape.classOutputs, dropout));
    if (shape.spanLabels > 0) {
        m_taggers = register_module("taggers", torch::nn::ModuleList());
        if (shape.kind == TextTaskKind::Narrative)
            for (int i = 0; i < shape.spanLabels; ++i)
                m_taggers->push_back(TokenTagger(shape.encoder.width, shape.headUnits, 1, dropout));
        else
            m_taggers->push_back(TokenTagger(shape.encoder.width, shape.headUnits, shape.spanLabels, dropout));
    }
}

TextNetOutputs TextNetImpl::forward(const torch::Tensor &ids, const torch::Tensor &mask)
{
    const torch::Tensor hidden = m_encoder(ids, mask);
    TextNetOutputs out;
    if (m_classifier)
        out.classLogits = m_classifier(maskedMeanL2(hidden, mask));
    if (m_taggers) {
        std::vector<torch::Tensor> logits;
        for (const auto &tagger : *m_taggers)
            logits.push_back(tagger->as<TokenTagger>()->forward(hidden));
        out.tokenLogits = logits.size() == 1 ? logits.front() : torch::cat(logits, -1);
    }
    return out;
}

MaskedLmHeadImpl::MaskedLmHeadImpl(int width, int vocabSize)
{
    m_transform = register_module("transform", torch::nn::Linear(width, width));
    m_norm = register_module("norm", torch::nn::LayerNorm(torch::nn::LayerNormOptions({width})));
    m_decoder = register_module("decoder", torch::nn::Linear(width, vocabSize));
}

torch::Tensor MaskedLmHeadImpl::forward(const torch::Tensor &hidden)
{
    return m_decoder(m_norm(torch::gelu(m_transform(hidden))));
}

} // namespace candor::models
