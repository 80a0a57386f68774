#include "core/text/MinHash.h"

#include "core/text/CodePointClasses.h"

#include <algorithm>

namespace candor::text {

namespace {

// SplitMix64's finaliser: a fast, well-mixing bijection on 64 bits (Steele et al., 2014).
uint64_t mix64(uint64_t x)
{
    x += 0x9E3779B97F4A7C15ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    return x ^ (x >> 31);
}

// The hash family: h_i(x) = mix64(x ^ seed_i), seeds drawn once from a fixed SplitMix64 stream.
const std::array<uint64_t, MinHashShape::hashes> &seeds()
{
    static const std::array<uint64_t, MinHashShape::hashes> table = [] {
        std::array<uint64_t, MinHashShape::hashes> s{};
        uint64_t state = 0x43616E646F72ULL; // "Candor"
        for (uint64_t &seed : s) {
            state += 0x9E3779B97F4A7C15ULL;
            seed = mix64(state);
        }
        return s;
    }();
    return table;
}

bool startsWith(std::u32string_view token, std::u32string_view prefix)
{
    return token.size() >= prefix.size() && token.substr(0, prefix.size()) == prefix;
}

bool isDroppedToken(std::u32string_view token)
{
    return startsWith(token, U"http://") || startsWith(token, U"https://") || startsWith(token, U"www.")
        || startsWith(token, U"@");
}

// FNV-1a over the code points of the shingle's words, a separator between words, then mixed.
uint64_t hashShingle(const std::vector<std::u32string> &words, size_t first, size_t count)
{
    uint64_t h = 0xCBF29CE484222325ULL;
    for (size_t w = first; w < first + count; ++w) {
        for (char32_t c : words[w])
            h = (h ^ uint64_t(c)) * 0x100000001B3ULL;
        h = (h ^ 0x20ULL) * 0x100000001B3ULL;
    }
    return mix64(h);
}

} // namespace

std::vector<std::u32string> nearDuplicateWords(std::u32string_view text)
{
    std::vector<std::u32string> words;
    size_t at = 0;
    while (at < text.size()) {
        while (at < text.size() && isSpaceCodePoint(text[at]))
            ++at;
        size_t end = at;
        while (end < text.size() && !isSpaceCodePoint(text[end]))
            ++end;
        std::u32string token;
        token.reserve(end - at);
        for (size_t i = at; i < end; ++i)
            token.push_back(foldCase(text[i]));
        at = end;
        if (token.empty() || isDroppedToken(token))
            continue;
        std::u32string word;
        for (char32_t c : token) {
            if (isWordCodePoint(c)) {
                word.push_back(c);
            } else if (!word.empty()) {
                words.push_back(std::move(word));
                word.clear();
            }
        }
        if (!word.empty())
            words.push_back(std::move(word));
    }
    return words;
}

std::vector<uint64_t> shingleHashes(std::u32string_view text)
{
    const std::vector<std::u32string> words = nearDuplicateWords(text);
    std::vector<uint64_t> hashes;
    hashes.reserve(words.size() * 2);
    for (size_t first = 0; first < words.size(); ++first) {
        hashes.push_back(hashShingle(words, first, 1));
        if (first + 1 < words.size())
            hashes.push_back(hashShingle(words, first, 2));
    }
    std::sort(hashes.begin(), hashes.end());
    hashes.erase(std::unique(hashes.begin(), hashes.end()), hashes.end());
    return hashes;
}

double shingleJaccard(std::u32string_view a, std::u32string_view b)
{
    const std::vector<uint64_t> x = shingleHashes(a);
    const std::vector<uint64_t> y = shingleHashes(b);
    if (x.empty() && y.empty())
        return 1.0;
    std::vector<uint64_t> common;
    std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(common));
    return double(common.size()) / double(x.size() + y.size() - common.size());
}

MinHashSignature minHash(std::u32string_view text)
{
    const std::vector<uint64_t> shingles = shingleHashes(text);
    MinHashSignature signature;
    if (shingles.empty())
        return signature;
    signature.assign(MinHashShape::hashes, UINT32_MAX);
    const auto &s = seeds();
    for (uint64_t shingle : shingles) {
        for (int i = 0; i < MinHashShape::hashes; ++i) {
            const auto value = uint32_t(mix64(shingle ^ s[size_t(i)]) >> 32);
            signature[size_t(i)] = std::min(signature[size_t(i)], value);
        }
    }
    return signature;
}

double estimatedJaccard(const MinHashSignature &a, const MinHashSignature &b)
{
    if (a.empty() || b.empty() || a.size() != b.size())
        return 0.0;
    int equal = 0;
    for (size_t i = 0; i < a.size(); ++i)
        equal += a[i] == b[i] ? 1 : 0;
    return double(equal) / double(a.size());
}

std::vector<int64_t> lshBandKeys(const MinHashSignature &signature)
{
    std::vector<int64_t> keys;
    if (signature.size() != size_t(MinHashShape::hashes))
        return keys;
    keys.reserve(MinHashShape::bands);
    for (int band = 0; band < MinHashShape::bands; ++band) {
        uint64_t h = mix64(uint64_t(band) + 1);
        for (int row = 0; row < MinHashShape::rows; ++row)
            h = mix64(h ^ signature[size_t(band * MinHashShape::rows + row)]);
        keys.push_back(int64_t(int32_t(uint32_t(h >> 32))));
    }
    return keys;
}

} // namespace candor::text
