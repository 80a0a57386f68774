#include "models/text/SpanDecoding.h"

#include "core/text/CodePointClasses.h"

#include <algorithm>

namespace candor::models {

using text::isSpaceCodePoint;

namespace {

// The token's range without leading/trailing whitespace (sentencepiece pieces may start with the space).
TokenRange trimmed(const std::u32string &text, TokenRange range)
{
    range.start = std::max(0, range.start);
    range.end = std::min(int(text.size()), range.end);
    while (range.start < range.end && isSpaceCodePoint(text[size_t(range.start)]))
        ++range.start;
    while (range.end > range.start && isSpaceCodePoint(text[size_t(range.end - 1)]))
        --range.end;
    return range;
}

} // namespace

std::vector<float> tokenTargets(const std::u32string &text, const std::vector<TokenRange> &tokens,
    const std::vector<CharSpan> &spans, int numLabels)
{
    std::vector<float> targets(tokens.size() * size_t(numLabels), 0.0f);
    for (size_t t = 0; t < tokens.size(); ++t) {
        const TokenRange range = trimmed(text, tokens[t]);
        if (range.end <= range.start)
            continue;
        for (const CharSpan &span : spans) {
            if (span.label < 0 || span.label >= numLabels)
                continue;
            if (std::max(range.start, span.start) < std::min(range.end, span.end))
                targets[t * size_t(numLabels) + size_t(span.label)] = 1.0f;
        }
    }
    return targets;
}

std::vector<CharSpan> decodeTokenSpans(const std::u32string &text, const std::vector<TokenRange> &tokens,
    const std::vector<float> &probs, int numLabels, const std::vector<float> &thresholds, int minSpanLength)
{
    std::vector<CharSpan> spans;
    for (int label = 0; label < numLabels; ++label) {
        const float threshold = size_t(label) < thresholds.size() ? thresholds[size_t(label)] : 0.5f;
        bool open = false;
        CharSpan current;
        double scoreSum = 0;
        int count = 0;
        auto close = [&] {
            if (open && current.end - current.start >= std::max(1, minSpanLength)) {
                current.score = float(scoreSum / count);
                spans.push_back(current);
            }
            open = false;
        };
        for (size_t t = 0; t < tokens.size(); ++t) {
            const TokenRange range = trimmed(text, tokens[t]);
            const float p = probs[t * size_t(numLabels) + size_t(label)];
            if (range.end <= range.start) {
                // Special tokens end a run; a whitespace-only piece inside a run neither ends nor extends it.
                if (tokens[t].end <= tokens[t].start)
                    close();
                continue;
            }
            if (p < threshold) {
                close();
                continue;
            }
            if (!open) {
                open = true;
                current = CharSpan{label, range.start, range.end, 0.0f};
                scoreSum = 0;
                count = 0;
            }
            current.end = std::max(current.end, range.end);
            scoreSum += p;
            ++count;
        }
        close();
    }
    std::sort(spans.begin(), spans.end(), [](const CharSpan &a, const CharSpan &b) {
        return a.start != b.start ? a.start < b.start : a.label < b.label;
    });
    return spans;
}

} // namespace candor::models
