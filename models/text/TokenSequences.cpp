#include "models/text/TokenSequences.h"

#include "core/text/Utf8.h"

#include <algorithm>

namespace candor::models {

TokenSequence encodeSequence(const Tokenizer &tokenizer, const std::string &utf8, int maxLength)
{
    TokenSequence sequence;
    sequence.text = text::decodeUtf8(utf8);
    const std::vector<Token> pieces = tokenizer.encode(utf8);
    const size_t kept = std::min(pieces.size(), size_t(std::max(0, maxLength - 2)));
    sequence.ids.reserve(kept + 2);
    sequence.ranges.reserve(kept + 2);
    sequence.ids.push_back(tokenizer.clsId());
    sequence.ranges.push_back(TokenRange{0, 0});
    for (size_t i = 0; i < kept; ++i) {
        sequence.ids.push_back(pieces[i].id);
        sequence.ranges.push_back(TokenRange{pieces[i].start, pieces[i].end});
    }
    sequence.ids.push_back(tokenizer.sepId());
    sequence.ranges.push_back(TokenRange{0, 0});
    return sequence;
}

} // namespace candor::models
