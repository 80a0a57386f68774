// The candor_spm module: sentencepiece behind a C interface (SpmAbi.h). Built as a MODULE library that never
// links torch and is opened with dlopen(RTLD_LOCAL | RTLD_DEEPBIND) by candor_models, so the private protobuf
// inside libsentencepiece never meets libtorch's. Only the candor_spm_* functions are exported.

#include "models/tokenizer/SpmAbi.h"

#include <sentencepiece_processor.h>
#include <sentencepiece_trainer.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#define CANDOR_SPM_EXPORT extern "C" __attribute__((visibility("default")))

struct candor_spm_processor
{
    sentencepiece::SentencePieceProcessor processor;
};

namespace {

char *copyOut(const std::string &s)
{
    char *out = static_cast<char *>(std::malloc(s.size() + 1));
    if (out) {
        std::memcpy(out, s.data(), s.size());
        out[s.size()] = '\0';
    }
    return out;
}

int failWith(char **error, const std::string &message)
{
    if (error)
        *error = copyOut(message);
    return 1;
}

// Feeds the caller's texts to the trainer without writing a corpus file.
class TextIterator final : public sentencepiece::SentenceIterator
{
public:
    explicit TextIterator(std::vector<std::string> texts)
        : m_texts(std::move(texts))
    {
        load();
    }
    bool done() const override { return m_index >= m_texts.size(); }
    void Next() override
    {
        ++m_index;
        load();
    }
    const std::string &value() const override { return m_value; }
    sentencepiece::util::Status status() const override { return {}; }

private:
    void load()
    {
        if (!done())
            m_value = m_texts[m_index];
    }
    std::vector<std::string> m_texts;
    size_t m_index = 0;
    std::string m_value;
};

// The trainer keeps global state (flags, random generator), so one training at a time.
std::mutex g_trainMutex;

} // namespace

CANDOR_SPM_EXPORT int candor_spm_abi_version(void)
{
    return CANDOR_SPM_ABI_VERSION;
}

CANDOR_SPM_EXPORT int candor_spm_train(const char *const *texts, const size_t *lengths, size_t count,
    const candor_spm_train_options *options, char **model, size_t *model_length, char **error)
{
    try {
        std::vector<std::string> corpus;
        corpus.reserve(count);
        for (size_t i = 0; i < count; ++i) {
            if (lengths[i] > 0)
                corpus.emplace_back(texts[i], lengths[i]);
        }
        if (corpus.empty())
            return failWith(error, "no text to train the tokenizer on");
        // Ids follow BERT/DeBERTa conventions so the engine finds every special token by id and by name.
        // [MASK] is a control symbol, not a user-defined one: a literal "[MASK]" in a meme must stay text.
        const std::unordered_map<std::string, std::string> args = {
            {"model_type", "unigram"},
            {"vocab_size", std::to_string(options->vocab_size)},
            {"hard_vocab_limit", "false"}, // a small project may not support the requested size
            {"character_coverage", std::to_string(options->character_coverage)},
            {"max_sentence_length", std::to_string(options->max_sentence_length)},
            {"num_threads", std::to_string(std::max(1, options->num_threads))},
            {"pad_id", "0"},
            {"pad_piece", "[PAD]"},
            {"unk_id", "1"},
            {"unk_piece", "[UNK]"},
            {"bos_id", "2"},
            {"bos_piece", "[CLS]"},
            {"eos_id", "3"},
            {"eos_piece", "[SEP]"},
            {"control_symbols", "[MASK]"},
            {"byte_fallback", "false"},
            {"split_digits", "true"},
            {"normalization_rule_name", "nmt_nfkc"},
            {"input_sentence_size", "0"},
            {"minloglevel", "2"},
        };
        std::lock_guard<std::mutex> lock(g_trainMutex);
        sentencepiece::SetRandomGeneratorSeed(options->seed);
        TextIterator iterator(std::move(corpus));
        std::string serialized;
        const auto status = sentencepiece::SentencePieceTrainer::Train(args, &iterator, &serialized);
        if (!status.ok())
            return failWith(error, std::string("sentencepiece training failed: ") + status.ToString());
        *model = copyOut(serialized);
        *model_length = serialized.size();
        return *model ? 0 : failWith(error, "out of memory");
    } catch (const std::exception &e) {
        return failWith(error, std::string("sentencepiece training failed: ") + e.what());
    } catch (...) {
        return failWith(error, "sentencepiece training failed");
    }
}

CANDOR_SPM_EXPORT int candor_spm_load(const char *model, size_t length, candor_spm_processor **processor, char **error)
{
    try {
        auto loaded = new candor_spm_processor;
        const auto status = loaded->processor.LoadFromSerializedProto(std::string(model, length));
        if (!status.ok()) {
            delete loaded;
            return failWith(error, std::string("not a sentencepiece model: ") + status.ToString());
        }
        *processor = loaded;
        return 0;
    } catch (const std::exception &e) {
        return failWith(error, std::string("not a sentencepiece model: ") + e.what());
    } catch (...) {
        return failWith(error, "not a sentencepiece model");
    }
}

CANDOR_SPM_EXPORT void candor_spm_release(candor_spm_processor *processor)
{
    delete processor;
}

CANDOR_SPM_EXPORT int candor_spm_encode(const candor_spm_processor *processor, const char *text, size_t length,
    candor_spm_piece **pieces, size_t *count, char **error)
{
    try {
        sentencepiece::ImmutableSentencePieceText encoded;
        const auto status = processor->processor.Encode(std::string(text, length), encoded.mutable_proto());
        if (!status.ok())
            return failWith(error, std::string("sentencepiece encoding failed: ") + status.ToString());
        const size_t n = encoded.pieces_size();
        auto *out = static_cast<candor_spm_piece *>(std::malloc(std::max<size_t>(1, n) * sizeof(candor_spm_piece)));
        if (!out)
            return failWith(error, "out of memory");
        for (size_t i = 0; i < n; ++i) {
            const auto piece = encoded.pieces(int(i));
            out[i] = candor_spm_piece{int(piece.id()), piece.begin(), piece.end()};
        }
        *pieces = out;
        *count = n;
        return 0;
    } catch (const std::exception &e) {
        return failWith(error, std::string("sentencepiece encoding failed: ") + e.what());
    } catch (...) {
        return failWith(error, "sentencepiece encoding failed");
    }
}

CANDOR_SPM_EXPORT int candor_spm_piece_count(const candor_spm_processor *processor)
{
    return processor->processor.GetPieceSize();
}

CANDOR_SPM_EXPORT size_t candor_spm_id_to_piece(
    const candor_spm_processor *processor, int id, char *buffer, size_t capacity)
{
    if (id < 0 || id >= processor->processor.GetPieceSize())
        return size_t(-1);
    const std::string &piece = processor->processor.IdToPiece(id);
    if (buffer && piece.size() <= capacity)
        std::memcpy(buffer, piece.data(), piece.size());
    return piece.size();
}

CANDOR_SPM_EXPORT int candor_spm_piece_to_id(const candor_spm_processor *processor, const char *piece, size_t length)
{
    const std::string wanted(piece, length);
    const int id = processor->processor.PieceToId(wanted);
    // PieceToId answers unk_id for anything it does not know; only an exact match counts.
    return id >= 0 && id < processor->processor.GetPieceSize() && processor->processor.IdToPiece(id) == wanted ? id
                                                                                                               : -1;
}

CANDOR_SPM_EXPORT int candor_spm_piece_type(const candor_spm_processor *processor, int id)
{
    const auto &p = processor->processor;
    if (id < 0 || id >= p.GetPieceSize())
        return -1;
    if (p.IsUnknown(id))
        return CANDOR_SPM_UNKNOWN;
    if (p.IsControl(id))
        return CANDOR_SPM_CONTROL;
    if (p.IsUnused(id))
        return CANDOR_SPM_UNUSED;
    if (p.IsByte(id))
        return CANDOR_SPM_BYTE;
    return CANDOR_SPM_NORMAL;
}

CANDOR_SPM_EXPORT int candor_spm_special_id(const candor_spm_processor *processor, int which)
{
    const auto &p = processor->processor;
    switch (which) {
    case CANDOR_SPM_UNK_ID: return p.unk_id();
    case CANDOR_SPM_BOS_ID: return p.bos_id();
    case CANDOR_SPM_EOS_ID: return p.eos_id();
    case CANDOR_SPM_PAD_ID: return p.pad_id();
    default: return -1;
    }
}

CANDOR_SPM_EXPORT void candor_spm_free(void *memory)
{
    std::free(memory);
}
