#pragma once

// Hashed sparse features for the n-gram baseline: word uni/bi-grams and character 2-5-grams of a text, and
// window features of each word token for token tagging. Plain C++; the network sees them as EmbeddingBag input.

#include <cstdint>
#include <string>
#include <vector>

namespace candor::models {

// One sparse, L2-normalised feature vector: bucket indices with weights (sublinear tf: 1 + ln tf).
struct SparseVector
{
    std::vector<int64_t> indices;
    std::vector<float> weights;
};

// A word or a single punctuation/emoji character of a text, with its code-point span [start, end).
struct WordToken
{
    std::u32string folded; // case-folded form
    int start = 0;
    int end = 0;
};

std::vector<WordToken> splitWords(const std::u32string &text);

class NgramHasher
{
public:
    explicit NgramHasher(int hashBits = 18);

    int buckets() const { return 1 << m_bits; }
    int hashBits() const { return m_bits; }

    // Document features: word unigrams + bigrams and character 2..5-grams of the case-folded text with runs of
    // whitespace collapsed to one space.
    SparseVector document(const std::u32string &text) const;
    // One feature vector per word token: the token itself, its character 2..4-grams, the words at
    // offsets -2..+2 and the bigrams with its neighbours, so a linear layer can tag spans.
    std::vector<SparseVector> tokenWindows(const std::vector<WordToken> &tokens) const;

private:
    int m_bits;
};

} // namespace candor::models
