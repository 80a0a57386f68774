#pragma once

// A trivial word-level Tokenizer for engine tests that must not depend on sentencepiece: words (and single
// punctuation characters) hashed into a fixed vocabulary, with exact code-point ranges. Not loadable from bytes.

#include "core/text/CodePointOffsets.h"
#include "models/tokenizer/Tokenizer.h"

#include <cstdint>
#include <string>
#include <vector>

namespace candor::testing {

class WordTestTokenizer final : public models::Tokenizer
{
public:
    explicit WordTestTokenizer(int vocabSize = 512)
        : m_vocab(vocabSize)
    {
    }

    std::vector<models::Token> encode(const std::string &utf8) const override
    {
        const text::CodePointOffsets offsets = text::CodePointOffsets::ofUtf8(utf8); // throws on invalid UTF-8
        const auto isBreak = [](char c) { return c == ' ' || c == '\n' || c == '\t'; };
        std::vector<models::Token> out;
        size_t i = 0;
        while (i < utf8.size()) {
            if (isBreak(utf8[i])) {
                ++i;
                continue;
            }
            models::Token token;
            token.start = offsets.toCodePoint(std::ptrdiff_t(i));
            uint32_t hash = 2166136261u;
            for (; i < utf8.size() && !isBreak(utf8[i]); ++i)
                hash = (hash ^ static_cast<unsigned char>(utf8[i])) * 16777619u;
            token.end = offsets.toCodePoint(std::ptrdiff_t(i));
            token.id = kFirstWord + int(hash % uint32_t(m_vocab - kFirstWord));
            out.push_back(token);
        }
        return out;
    }
    int vocabSize() const override { return m_vocab; }
    int padId() const override { return 0; }
    int unkId() const override { return 1; }
    int clsId() const override { return 2; }
    int sepId() const override { return 3; }
    int maskId() const override { return 4; }
    std::string pieceOf(int id) const override { return "w" + std::to_string(id); }
    std::string serializedModel() const override { return "word-test-tokenizer"; }

private:
    static constexpr int kFirstWord = 5;
    int m_vocab;
};

} // namespace candor::testing
