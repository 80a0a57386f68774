#include "core/text/CodePointClasses.h"
#include "core/text/CodePointOffsets.h"
#include "core/text/Utf8.h"
#include "models/tokenizer/SpmLibrary.h"
#include "models/tokenizer/Tokenizer.h"

#include <algorithm>
#include <stdexcept>
#include <thread>

namespace candor::models {

namespace {

// Owns memory or a processor handed out by the module.
struct ModuleFree
{
    void operator()(void *memory) const { spmLibrary().free(memory); }
};
struct ProcessorRelease
{
    void operator()(candor_spm_processor *processor) const { spmLibrary().release(processor); }
};
using ModuleString = std::unique_ptr<char, ModuleFree>;
using Processor = std::unique_ptr<candor_spm_processor, ProcessorRelease>;

struct CodePointSpan
{
    int start = 0;
    int end = 0;
};

// The code points of bytes [begin, end) of the text (what sentencepiece reports): a start inside a character
// moves back to it, an end inside a character moves past it, and leading/trailing whitespace (which
// sentencepiece's normalisation turns into its "▁" word marker) is left out; a piece made only of whitespace
// gets an empty span where its whitespace ends.
CodePointSpan surfaceSpan(
    const text::CodePointOffsets &offsets, const std::u32string &codePoints, size_t begin, size_t end)
{
    const size_t n = offsets.unitLength();
    begin = std::min(begin, n);
    end = std::clamp(end, begin, n);
    CodePointSpan span;
    span.start = offsets.toCodePoint(std::ptrdiff_t(begin));
    span.end = offsets.toCodePoint(std::ptrdiff_t(end)) + (offsets.startsCodePoint(end) ? 0 : 1);
    while (span.start < span.end && text::isSpaceCodePoint(codePoints[size_t(span.start)]))
        ++span.start;
    while (span.end > span.start && text::isSpaceCodePoint(codePoints[size_t(span.end - 1)]))
        --span.end;
    return span;
}

[[noreturn]] void throwModuleError(char *error, const char *fallback)
{
    const std::string message = error ? error : fallback;
    if (error)
        spmLibrary().free(error);
    throw std::runtime_error(message);
}

class SentencePieceTokenizer final : public Tokenizer
{
public:
    explicit SentencePieceTokenizer(std::string model)
        : m_model(std::move(model))
    {
        const SpmLibrary &spm = spmLibrary();
        candor_spm_processor *processor = nullptr;
        char *error = nullptr;
        if (spm.load(m_model.data(), m_model.size(), &processor, &error) != 0)
            throwModuleError(error, "not a sentencepiece model");
        m_processor.reset(processor);
        m_pieceCount = spm.pieceCount(processor);
        m_unk = spm.specialId(processor, CANDOR_SPM_UNK_ID);
        if (m_unk < 0)
            throw std::runtime_error("sentencepiece model has no unknown piece");
        // Models trained here use [PAD]=0 [UNK]=1 [CLS]=2 [SEP]=3 [MASK]=4. Models from elsewhere name them
        // differently (XLM-R: <s> </s> <pad>, often no pad or mask piece at all); what a model lacks gets an id
        // after its last piece, so the embedding table simply grows by those rows.
        m_cls = findOrAppend({"[CLS]", "<s>"}, spm.specialId(processor, CANDOR_SPM_BOS_ID), "[CLS]");
        m_sep = findOrAppend({"[SEP]", "</s>"}, spm.specialId(processor, CANDOR_SPM_EOS_ID), "[SEP]");
        m_pad = findOrAppend({"[PAD]", "<pad>"}, spm.specialId(processor, CANDOR_SPM_PAD_ID), "[PAD]");
        m_mask = findOrAppend({"[MASK]", "<mask>"}, -1, "[MASK]");
    }

    std::vector<Token> encode(const std::string &utf8) const override
    {
        std::u32string codePoints;
        const text::CodePointOffsets offsets
            = text::CodePointOffsets::ofUtf8(utf8, &codePoints); // throws on invalid UTF-8
        const SpmLibrary &spm = spmLibrary();
        candor_spm_piece *pieces = nullptr;
        size_t count = 0;
        char *error = nullptr;
        if (spm.encode(m_processor.get(), utf8.data(), utf8.size(), &pieces, &count, &error) != 0)
            throwModuleError(error, "sentencepiece encoding failed");
        const std::unique_ptr<void, ModuleFree> owned(pieces);
        std::vector<Token> tokens;
        tokens.reserve(count);
        int previousEnd = 0;
        for (size_t i = 0; i < count; ++i) {
            Token token;
            token.id = pieces[i].id;
            const CodePointSpan span = surfaceSpan(offsets, codePoints, pieces[i].begin, pieces[i].end);
            // Normalisation can spread one original character over two pieces; spans stay ordered and disjoint.
            token.start = std::max(span.start, previousEnd);
            token.end = std::max(span.end, token.start);
            previousEnd = token.end;
            tokens.push_back(token);
        }
        return tokens;
    }

    int vocabSize() const override { return m_pieceCount + int(m_appended.size()); }
    int padId() const override { return m_pad; }
    int unkId() const override { return m_unk; }
    int clsId() const override { return m_cls; }
    int sepId() const override { return m_sep; }
    int maskId() const override { return m_mask; }

    std::string pieceOf(int id) const override
    {
        if (id >= m_pieceCount && id < vocabSize())
            return m_appended[size_t(id - m_pieceCount)];
        const SpmLibrary &spm = spmLibrary();
        const size_t length = spm.idToPiece(m_processor.get(), id, nullptr, 0);
        if (length == size_t(-1))
            throw std::out_of_range(
                "token id " + std::to_string(id) + " outside the vocabulary of " + std::to_string(vocabSize()));
        std::string piece(length, '\0');
        spm.idToPiece(m_processor.get(), id, piece.data(), piece.size());
        return piece;
    }

    std::string serializedModel() const override { return m_model; }

private:
    int findOrAppend(std::initializer_list<const char *> names, int modelId, const char *appendedName)
    {
        const SpmLibrary &spm = spmLibrary();
        for (const char *name : names) {
            const int id = spm.pieceToId(m_processor.get(), name, std::char_traits<char>::length(name));
            if (id >= 0)
                return id;
        }
        if (modelId >= 0 && modelId < m_pieceCount)
            return modelId;
        m_appended.push_back(appendedName);
        return m_pieceCount + int(m_appended.size()) - 1;
    }

    std::string m_model;
    Processor m_processor;
    int m_pieceCount = 0;
    int m_pad = 0, m_unk = 0, m_cls = 0, m_sep = 0, m_mask = 0;
    std::vector<std::string> m_appended; // special tokens the model lacks, ids m_pieceCount...
};

} // namespace

std::unique_ptr<Tokenizer> trainTokenizer(
    const std::vector<std::string> &texts, const TokenizerTrainingOptions &options)
{
    if (options.vocabSize < 8)
        throw std::invalid_argument("tokenizer vocabulary size must be at least 8");
    std::vector<std::string> cut;
    cut.reserve(texts.size());
    for (size_t i = 0; i < texts.size(); ++i) {
        try {
            text::decodeUtf8(texts[i]);
        } catch (const std::runtime_error &e) {
            throw std::runtime_error("tokenizer training text " + std::to_string(i + 1) + ": " + e.what());
        }
        // sentencepiece silently skips sentences longer than its limit; cutting keeps their first words.
        if (!texts[i].empty())
            cut.push_back(
                texts[i].substr(0, text::utf8PrefixLength(texts[i], size_t(std::max(1, options.maxSentenceLength)))));
    }
    std::vector<const char *> pointers;
    std::vector<size_t> lengths;
    for (const std::string &t : cut) {
        pointers.push_back(t.data());
        lengths.push_back(t.size());
    }
    candor_spm_train_options spmOptions{};
    spmOptions.vocab_size = options.vocabSize;
    spmOptions.character_coverage = options.characterCoverage;
    spmOptions.max_sentence_length = options.maxSentenceLength;
    spmOptions.seed = options.seed;
    spmOptions.num_threads = int(std::clamp(std::thread::hardware_concurrency(), 1u, 16u));

    const SpmLibrary &spm = spmLibrary();
    char *model = nullptr;
    size_t modelLength = 0;
    char *error = nullptr;
    if (spm.train(pointers.data(), lengths.data(), pointers.size(), &spmOptions, &model, &modelLength, &error) != 0)
        throwModuleError(error, "sentencepiece training failed");
    const ModuleString owned(model);
    return std::make_unique<SentencePieceTokenizer>(std::string(model, modelLength));
}

std::unique_ptr<Tokenizer> loadTokenizer(const std::string &serializedModel)
{
    if (serializedModel.empty())
        throw std::runtime_error("not a sentencepiece model: the model file is empty");
    return std::make_unique<SentencePieceTokenizer>(serializedModel);
}

} // namespace candor::models
