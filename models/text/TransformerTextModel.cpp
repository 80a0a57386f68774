#include "models/text/TransformerTextModel.h"

#include "models/checkpoint/Safetensors.h"
#include "models/engine/Compute.h"
#include "models/engine/TorchDevice.h"
#include "models/text/TransformerModelImpl.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace candor::models {

EncodedBatch makeEncodedBatch(
    const std::vector<const TokenSequence *> &sequences, long padId, const torch::Device &device)
{
    size_t longest = 1;
    for (const TokenSequence *s : sequences)
        longest = std::max(longest, s->ids.size());
    std::vector<int64_t> ids(sequences.size() * longest, padId);
    std::vector<int64_t> mask(sequences.size() * longest, 0);
    for (size_t b = 0; b < sequences.size(); ++b) {
        std::copy(sequences[b]->ids.begin(), sequences[b]->ids.end(), ids.begin() + long(b * longest));
        std::fill_n(mask.begin() + long(b * longest), sequences[b]->ids.size(), 1);
    }
    const auto options = torch::TensorOptions().dtype(torch::kLong);
    const std::vector<int64_t> shape = {int64_t(sequences.size()), int64_t(longest)};
    return EncodedBatch{torch::from_blob(ids.data(), shape, options).clone().to(device),
        torch::from_blob(mask.data(), shape, options).clone().to(device)};
}

TextNetShape textNetShape(const TextTaskDefinition &task, const EncoderConfig &encoder, int headUnits)
{
    TextNetShape shape;
    shape.encoder = encoder;
    shape.kind = task.kind;
    shape.classOutputs = hasClassLabels(task.kind) ? int(task.classLabels.size()) : 0;
    shape.spanLabels = hasSpanLabels(task.kind) ? int(task.spanLabels.size()) : 0;
    shape.headUnits = headUnits;
    return shape;
}

TransformerTextModel::TransformerTextModel(
    StoredTextModel stored, std::shared_ptr<const Tokenizer> tokenizer, const TextNetShape &shape)
    : m_stored(std::move(stored))
    , m_tokenizer(std::move(tokenizer))
    , m_net(shape)
{
    m_stored.kind = "transformer";
    const EncoderConfig &e = shape.encoder;
    m_stored.architecture = {{"vocab_size", e.vocabSize}, {"width", e.width}, {"layers", e.layers}, {"heads", e.heads},
        {"feed_forward", e.feedForward}, {"max_length", e.maxLength}, {"head_units", shape.headUnits}};
    m_net->to(engine::torchDevice());
}

std::vector<TokenSequence> TransformerTextModel::encode(const std::vector<std::string> &texts) const
{
    std::vector<TokenSequence> out;
    out.reserve(texts.size());
    for (const std::string &t : texts)
        out.push_back(encodeSequence(*m_tokenizer, t, m_net->shape().encoder.maxLength));
    return out;
}

std::vector<RawTextOutput> TransformerTextModel::rawOutputs(const std::vector<TokenSequence> &sequences) const
{
    torch::InferenceMode inference;
    m_net->eval();
    std::vector<size_t> order(sequences.size());
    std::iota(order.begin(), order.end(), 0);
    // Similar lengths in one batch: little padding to compute.
    std::stable_sort(order.begin(), order.end(),
        [&](size_t a, size_t b) { return sequences[a].ids.size() < sequences[b].ids.size(); });
    std::vector<RawTextOutput> out(sequences.size());
    constexpr size_t kBatch = 32;
    const TextTaskKind kind = m_stored.task.kind;
    for (size_t begin = 0; begin < order.size(); begin += kBatch) {
        const size_t end = std::min(order.size(), begin + kBatch);
        std::vector<const TokenSequence *> batch;
        for (size_t i = begin; i < end; ++i)
            batch.push_back(&sequences[order[i]]);
        const EncodedBatch encoded = makeEncodedBatch(batch, m_tokenizer->padId(), engine::torchDevice());
        const TextNetOutputs outputs = m_net->forward(encoded.ids, encoded.mask);
        torch::Tensor classProbs, tokenProbs;
        if (outputs.classLogits.defined())
            classProbs
                = (isSingleChoice(kind) ? torch::softmax(outputs.classLogits, 1) : torch::sigmoid(outputs.classLogits))
                      .to(torch::kCPU)
                      .contiguous();
        if (outputs.tokenLogits.defined())
            tokenProbs = torch::sigmoid(outputs.tokenLogits).to(torch::kCPU).contiguous();
        for (size_t i = begin; i < end; ++i) {
            const TokenSequence &sequence = sequences[order[i]];
            RawTextOutput &raw = out[order[i]];
            raw.text = sequence.text;
            const long row = long(i - begin);
            if (classProbs.defined()) {
                const float *p = classProbs[row].data_ptr<float>();
                raw.classProbs.assign(p, p + classProbs.size(1));
            }
            if (tokenProbs.defined()) {
                raw.tokens = sequence.ranges;
                const torch::Tensor rowProbs = tokenProbs[row].contiguous();
                const float *p = rowProbs.data_ptr<float>();
                raw.tokenProbs.assign(p, p + long(sequence.ids.size()) * tokenProbs.size(2));
            }
        }
    }
    return out;
}

std::vector<RawTextOutput> TransformerTextModel::rawOutputsFor(const std::vector<std::string> &texts) const
{
    engine::currentCompute();
    return rawOutputs(encode(texts));
}

std::vector<TextPrediction> TransformerTextModel::predict(const std::vector<std::string> &texts) const
{
    return m_stored.rule.decideAll(m_stored.task, rawOutputsFor(texts));
}

std::map<std::string, std::string> TransformerTextModel::save() const
{
    return {{"model.safetensors",
                checkpoint::saveSafetensors(checkpoint::stateOf(*m_net), {{"candor_kind", "transformer"}})},
        {"config.json", writeTextModelConfig(m_stored)}, {"tokenizer.model", m_tokenizer->serializedModel()}};
}

std::unique_ptr<TextModel> loadTransformerTextModel(
    const StoredTextModel &stored, const std::string &safetensors, std::shared_ptr<const Tokenizer> tokenizer)
{
    EncoderConfig encoder;
    encoder.vocabSize = int(stored.architectureValue("vocab_size", 8, 1 << 20));
    encoder.width = int(stored.architectureValue("width", 8, 8192));
    encoder.layers = int(stored.architectureValue("layers", 1, 64));
    encoder.heads = int(stored.architectureValue("heads", 1, 128));
    encoder.feedForward = int(stored.architectureValue("feed_forward", 8, 65536));
    encoder.maxLength = int(stored.architectureValue("max_length", 4, 8192));
    encoder.dropout = 0;
    const int headUnits = int(stored.architectureValue("head_units", 1, 65536));
    if (encoder.width % encoder.heads != 0)
        throw std::runtime_error("config.json: width " + std::to_string(encoder.width) + " is not divisible by "
            + std::to_string(encoder.heads) + " heads");
    if (tokenizer->vocabSize() != encoder.vocabSize)
        throw std::runtime_error("tokenizer.model has " + std::to_string(tokenizer->vocabSize())
            + " pieces but the network expects " + std::to_string(encoder.vocabSize));
    auto model = std::make_unique<TransformerTextModel>(
        stored, std::move(tokenizer), textNetShape(stored.task, encoder, headUnits));
    checkpoint::loadInto(*model->net(), checkpoint::loadSafetensors(safetensors), /*strict=*/true);
    return model;
}

} // namespace candor::models
