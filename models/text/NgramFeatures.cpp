#include "models/text/NgramFeatures.h"

#include "core/text/CodePointClasses.h"

#include <cmath>
#include <unordered_map>

namespace candor::models {

using text::foldCase;
using text::isSpaceCodePoint;
using text::isWordCodePoint;

namespace {

// FNV-1a over a namespace tag and code points: stable across platforms and runs, so saved models stay valid.
uint64_t hashFeature(char tag, const char32_t *begin, size_t length)
{
    uint64_t h = 1469598103934665603ull;
    auto mix = [&h](uint32_t value) {
        for (int shift = 0; shift < 32; shift += 8) {
            h ^= (value >> shift) & 0xFF;
            h *= 1099511628211ull;
        }
    };
    mix(uint32_t(tag));
    for (size_t i = 0; i < length; ++i)
        mix(uint32_t(begin[i]));
    return h;
}

class FeatureCounter
{
public:
    explicit FeatureCounter(uint64_t mask)
        : m_mask(mask)
    {
    }

    void add(char tag, const std::u32string &value) { add(tag, value.data(), value.size()); }
    void add(char tag, const char32_t *begin, size_t length)
    {
        m_counts[int64_t(hashFeature(tag, begin, length) & m_mask)] += 1.0f;
    }

    SparseVector finish() const
    {
        SparseVector out;
        out.indices.reserve(m_counts.size());
        out.weights.reserve(m_counts.size());
        double norm = 0;
        for (const auto &[index, count] : m_counts) {
            const float weight = 1.0f + std::log(count);
            out.indices.push_back(index);
            out.weights.push_back(weight);
            norm += double(weight) * weight;
        }
        norm = std::sqrt(norm);
        if (norm > 0)
            for (float &w : out.weights)
                w = float(w / norm);
        return out;
    }

private:
    uint64_t m_mask;
    std::unordered_map<int64_t, float> m_counts;
};

void addCharacterNgrams(FeatureCounter &counter, char tag, const std::u32string &text, size_t minN, size_t maxN)
{
    for (size_t n = minN; n <= maxN; ++n)
        for (size_t i = 0; i + n <= text.size(); ++i)
            counter.add(char(tag + n), text.data() + i, n);
}

} // namespace

std::vector<WordToken> splitWords(const std::u32string &text)
{
    std::vector<WordToken> tokens;
    size_t i = 0;
    while (i < text.size()) {
        const char32_t c = text[i];
        if (isSpaceCodePoint(c)) {
            ++i;
            continue;
        }
        WordToken token;
        token.start = int(i);
        if (isWordCodePoint(c)) {
            // Apostrophes inside words (don't, l'état) stay in the word.
            while (i < text.size()
                && (isWordCodePoint(text[i])
                    || ((text[i] == U'\'' || text[i] == 0x2019) && i + 1 < text.size() && isWordCodePoint(text[i + 1])
                        && i > size_t(token.start)))) {
                token.folded.push_back(foldCase(text[i]));
                ++i;
            }
        } else {
            token.folded.push_back(c);
            ++i;
        }
        token.end = int(i);
        tokens.push_back(std::move(token));
    }
    return tokens;
}

NgramHasher::NgramHasher(int hashBits)
    : m_bits(hashBits)
{
}

SparseVector NgramHasher::document(const std::u32string &text) const
{
    FeatureCounter counter((uint64_t(1) << m_bits) - 1);
    const std::vector<WordToken> words = splitWords(text);
    for (size_t i = 0; i < words.size(); ++i) {
        counter.add('w', words[i].folded);
        if (i + 1 < words.size())
            counter.add('b', words[i].folded + U' ' + words[i + 1].folded);
    }
    std::u32string squeezed = U" ";
    for (char32_t c : text) {
        const char32_t folded = isSpaceCodePoint(c) ? U' ' : foldCase(c);
        if (folded == U' ' && squeezed.back() == U' ')
            continue;
        squeezed.push_back(folded);
    }
    if (squeezed.back() != U' ')
        squeezed.push_back(U' ');
    addCharacterNgrams(counter, '0', squeezed, 2, 5);
    return counter.finish();
}

std::vector<SparseVector> NgramHasher::tokenWindows(const std::vector<WordToken> &tokens) const
{
    std::vector<SparseVector> out;
    out.reserve(tokens.size());
    const std::u32string boundary = U"<s>";
    auto wordAt = [&](long i) -> const std::u32string & {
        return i < 0 || i >= long(tokens.size()) ? boundary : tokens[size_t(i)].folded;
    };
    for (long i = 0; i < long(tokens.size()); ++i) {
        FeatureCounter counter((uint64_t(1) << m_bits) - 1);
        counter.add('t', wordAt(i));
        addCharacterNgrams(counter, '0', U"<" + wordAt(i) + U">", 2, 4);
        for (long offset = -2; offset <= 2; ++offset)
            if (offset != 0)
                counter.add(char('m' + offset), wordAt(i + offset));
        counter.add('p', wordAt(i - 1) + U' ' + wordAt(i));
        counter.add('n', wordAt(i) + U' ' + wordAt(i + 1));
        counter.add('r', U"bias");
        out.push_back(counter.finish());
    }
    return out;
}

} // namespace candor::models
