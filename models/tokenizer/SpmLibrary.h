#pragma once

// Run-time access to the candor_spm module (see SpmAbi.h for why sentencepiece is not linked directly).
// Internal to models/tokenizer.

#include "models/tokenizer/SpmAbi.h"

#include <string>
#include <vector>

namespace candor::models {

struct SpmLibrary
{
    std::string path; // the module file that was opened
    candor_spm_train_fn train = nullptr;
    candor_spm_load_fn load = nullptr;
    candor_spm_release_fn release = nullptr;
    candor_spm_encode_fn encode = nullptr;
    candor_spm_piece_count_fn pieceCount = nullptr;
    candor_spm_id_to_piece_fn idToPiece = nullptr;
    candor_spm_piece_to_id_fn pieceToId = nullptr;
    candor_spm_piece_type_fn pieceType = nullptr;
    candor_spm_special_id_fn specialId = nullptr;
    candor_spm_free_fn free = nullptr;
};

// Opens the module once per process (never closed: its static destructors must not run while pieces of it may
// still be in use) and returns its functions. Looks at $CANDOR_SPM_MODULE when set, else beside the executable in
// <exe dir>/../<plugin dir> (lib/candor, the same relative path in the build tree and in an install).
// Throws std::runtime_error naming every path tried and the loader's reason.
const SpmLibrary &spmLibrary();

// Where spmLibrary() looks, in order.
std::vector<std::string> spmModuleCandidates();

} // namespace candor::models
