#pragma once

// Between character spans and per-token labels: training targets for token taggers and the decoding of token
// probabilities back into character spans. Plain C++, shared by the transformer and the n-gram tagger.

#include "models/text/TextModel.h"

#include <string>
#include <vector>

namespace candor::models {

// A token's code-point range in its text; special tokens ([CLS], [SEP], padding) have start == end.
struct TokenRange
{
    int start = 0;
    int end = 0;
};

// targets[t * numLabels + l] = 1 when token t's non-whitespace characters overlap a gold span of label l.
std::vector<float> tokenTargets(const std::u32string &text, const std::vector<TokenRange> &tokens,
    const std::vector<CharSpan> &spans, int numLabels);

// Decodes probabilities probs[t * numLabels + l]: runs of consecutive tokens above the label's threshold become one
// span from the first token's first non-space character to the last token's last non-space character (so the
// whitespace between merged tokens is covered, leading and trailing whitespace is not). Special tokens break runs.
// The span's score is the mean probability of its tokens. Spans shorter than minSpanLength characters are dropped.
std::vector<CharSpan> decodeTokenSpans(const std::u32string &text, const std::vector<TokenRange> &tokens,
    const std::vector<float> &probs, int numLabels, const std::vector<float> &thresholds, int minSpanLength);

} // namespace candor::models
