#pragma once

// Masked-language-model pre-training of the encoder on all project text (the only pre-training available
// offline): 15% of the pieces are chosen, of those 80% become [MASK], 10% a random piece, 10% stay; the loss is
// the cross-entropy of the original piece at the chosen positions. Internal (torch).

#include "models/text/TextModel.h"
#include "models/text/TokenSequences.h"
#include "models/text/TransformerEncoder.h"

#include <vector>

namespace candor::models {

// Returns the mean loss of the last epoch.
double pretrainMaskedLm(TextEncoderImpl &encoder, const std::vector<TokenSequence> &corpus, const Tokenizer &tokenizer,
    const TextTrainConfig &config, const engine::RunControl &control);

} // namespace candor::models
