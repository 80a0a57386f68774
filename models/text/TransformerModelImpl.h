#pragma once

// The transformer candidate's model object, shared by its training and its loading code. Internal (torch).

#include "models/text/RawOutputModel.h"
#include "models/text/TextDecisions.h"
#include "models/text/TextModelConfig.h"
#include "models/text/TextNetworks.h"
#include "models/text/TokenSequences.h"

#include <torch/torch.h>

#include <memory>

namespace candor::models {

struct EncodedBatch
{
    torch::Tensor ids; // [batch, longest] long, padded with the tokenizer's pad id
    torch::Tensor mask; // [batch, longest] long, 1 for tokens
};

EncodedBatch makeEncodedBatch(
    const std::vector<const TokenSequence *> &sequences, long padId, const torch::Device &device);

TextNetShape textNetShape(const TextTaskDefinition &task, const EncoderConfig &encoder, int headUnits);

class TransformerTextModel final : public RawOutputModel
{
public:
    TransformerTextModel(StoredTextModel stored, std::shared_ptr<const Tokenizer> tokenizer, const TextNetShape &shape);

    std::vector<TokenSequence> encode(const std::vector<std::string> &texts) const;
    // Network outputs in eval mode under InferenceMode (set in the calling thread), batched by similar length.
    std::vector<RawTextOutput> rawOutputs(const std::vector<TokenSequence> &sequences) const;

    std::vector<RawTextOutput> rawOutputsFor(const std::vector<std::string> &texts) const override;
    std::vector<TextPrediction> predict(const std::vector<std::string> &texts) const override;
    const StoredTextModel &storedModel() const override { return m_stored; }
    std::map<std::string, std::string> save() const override;
    const TextTaskDefinition &task() const override { return m_stored.task; }
    std::string kind() const override { return "transformer"; }

    TextNet &net() { return m_net; }
    StoredTextModel &stored() { return m_stored; }
    void setDecisionRule(DecisionRule rule) override { m_stored.rule = std::move(rule); }
    const Tokenizer &tokenizer() const { return *m_tokenizer; }

private:
    StoredTextModel m_stored;
    std::shared_ptr<const Tokenizer> m_tokenizer;
    mutable TextNet m_net; // eval() and forward are not const in torch::nn
};

} // namespace candor::models
