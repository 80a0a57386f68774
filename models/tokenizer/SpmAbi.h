#pragma once

/* The C interface of the candor_spm module, the only place sentencepiece is linked.
 *
 * libsentencepiece carries a private copy of protobuf 3.14 whose symbols clash with the protobuf 3.21 libtorch
 * uses; with both linked into one executable the process crashes before main(). So sentencepiece lives in a
 * module that candor_models opens at run time with RTLD_LOCAL | RTLD_DEEPBIND, and only plain C types cross
 * this boundary (no C++ exceptions, no std:: types, no protobuf). Memory the module hands out is released with
 * candor_spm_free(); every function that can fail returns 0 on success and stores a message in *error. */

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#define CANDOR_SPM_ABI_VERSION 1

typedef struct candor_spm_processor candor_spm_processor;

typedef struct candor_spm_train_options
{
    int vocab_size;
    double character_coverage;
    int max_sentence_length; /* bytes */
    unsigned seed;
    int num_threads;
} candor_spm_train_options;

/* One encoded piece: its id and the bytes [begin, end) of the ORIGINAL input it came from. */
typedef struct candor_spm_piece
{
    int id;
    size_t begin;
    size_t end;
} candor_spm_piece;

enum candor_spm_piece_type {
    CANDOR_SPM_NORMAL = 0,
    CANDOR_SPM_UNKNOWN = 1,
    CANDOR_SPM_CONTROL = 2,
    CANDOR_SPM_UNUSED = 3,
    CANDOR_SPM_BYTE = 4
};

enum candor_spm_special { CANDOR_SPM_UNK_ID = 0, CANDOR_SPM_BOS_ID = 1, CANDOR_SPM_EOS_ID = 2, CANDOR_SPM_PAD_ID = 3 };

typedef int (*candor_spm_abi_version_fn)(void);
/* Trains a unigram model on `count` texts; the serialized model (.model bytes) is returned in *model. */
typedef int (*candor_spm_train_fn)(const char *const *texts, const size_t *lengths, size_t count,
    const candor_spm_train_options *options, char **model, size_t *model_length, char **error);
typedef int (*candor_spm_load_fn)(const char *model, size_t length, candor_spm_processor **processor, char **error);
typedef void (*candor_spm_release_fn)(candor_spm_processor *processor);
typedef int (*candor_spm_encode_fn)(const candor_spm_processor *processor, const char *text, size_t length,
    candor_spm_piece **pieces, size_t *count, char **error);
typedef int (*candor_spm_piece_count_fn)(const candor_spm_processor *processor);
/* Copies the piece text of `id` (not NUL-terminated) into buffer when it fits; returns its full length, or
 * (size_t)-1 for an id out of range. */
typedef size_t (*candor_spm_id_to_piece_fn)(
    const candor_spm_processor *processor, int id, char *buffer, size_t capacity);
/* The id whose piece is exactly `piece`, or -1. */
typedef int (*candor_spm_piece_to_id_fn)(const candor_spm_processor *processor, const char *piece, size_t length);
typedef int (*candor_spm_piece_type_fn)(const candor_spm_processor *processor, int id);
/* The model's own unk/bos/eos/pad id (enum candor_spm_special), -1 when the model has none. */
typedef int (*candor_spm_special_id_fn)(const candor_spm_processor *processor, int which);
typedef void (*candor_spm_free_fn)(void *memory);

#ifdef __cplusplus
}
#endif
