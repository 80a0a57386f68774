#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace candor::models {

// A sub-word token with its place in the original text, in Unicode code points, end exclusive.
// Token predictions map back to exact character offsets through start/end.
struct Token
{
    int id = 0;
    int start = 0;
    int end = 0;
};

// Sub-word tokenizer (sentencepiece unigram). Implementations live behind this interface so no header pulls
// sentencepiece (and its private protobuf) into a translation unit that also sees libtorch.
class Tokenizer
{
public:
    virtual ~Tokenizer() = default;

    // Pieces of `utf8` without special tokens. Throws std::runtime_error on invalid UTF-8.
    virtual std::vector<Token> encode(const std::string &utf8) const = 0;
    virtual int vocabSize() const = 0;
    virtual int padId() const = 0;
    virtual int unkId() const = 0;
    virtual int clsId() const = 0; // sequence start ([CLS] / <s>)
    virtual int sepId() const = 0; // sequence end ([SEP] / </s>)
    virtual int maskId() const = 0; // for masked-language-model pre-training
    virtual std::string pieceOf(int id) const = 0;
    // The serialized sentencepiece model (the same bytes as a .model file DeBERTa-v3 or XLM-R ship).
    virtual std::string serializedModel() const = 0;
};

struct TokenizerTrainingOptions
{
    int vocabSize = 8000;
    double characterCoverage = 0.9995;
    int maxSentenceLength = 4192; // bytes; longer texts are cut for training only
    unsigned seed = 1;
};

// Trains a unigram model on `texts` (all items and posts of a project, all languages).
std::unique_ptr<Tokenizer> trainTokenizer(
    const std::vector<std::string> &texts, const TokenizerTrainingOptions &options);
// Loads a serialized sentencepiece model (bytes of a .model file). Throws std::runtime_error naming the reason.
std::unique_ptr<Tokenizer> loadTokenizer(const std::string &serializedModel);

} // namespace candor::models
