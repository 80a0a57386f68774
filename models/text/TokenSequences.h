#pragma once

// Texts as encoder input: [CLS] pieces [SEP], truncated to the maximum length, each position with its code-point
// range in the text (special tokens: an empty range) so token predictions map back to characters. Plain C++.

#include "models/text/SpanDecoding.h"
#include "models/tokenizer/Tokenizer.h"

#include <string>
#include <vector>

namespace candor::models {

struct TokenSequence
{
    std::u32string text;
    std::vector<long> ids; // starts with clsId, ends with sepId
    std::vector<TokenRange> ranges; // same length as ids
};

TokenSequence encodeSequence(const Tokenizer &tokenizer, const std::string &utf8, int maxLength);

} // namespace candor::models
