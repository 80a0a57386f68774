#pragma once

// The safetensors checkpoint format, read and written without third-party code:
//   [8 bytes: little-endian u64 N][N bytes: JSON header][tensor bytes, little-endian, row-major]
// header = { "<name>": {"dtype": "F32", "shape": [..], "data_offsets": [begin, end]}, ...,
//            "__metadata__": {"<key>": "<string>"} }
// Offsets are relative to the first byte after the header. Loading is strict: the tensors must tile the data
// buffer exactly (no overlap, no gap, nothing out of bounds), so a crafted file cannot alias or smuggle bytes.
// Internal to models/: this header includes torch.

#include <torch/torch.h>

#include <cstdint>
#include <map>
#include <string>

namespace candor::checkpoint {

// Supported dtypes: F64, F32, F16, BF16, I64, I32, I16, I8, U8, BOOL.
std::string saveSafetensors(
    const std::map<std::string, torch::Tensor> &tensors, const std::map<std::string, std::string> &metadata = {});

struct SafetensorsFile
{
    std::map<std::string, torch::Tensor> tensors; // CPU, contiguous, owning their memory
    std::map<std::string, std::string> metadata;
};

struct SafetensorsLimits
{
    std::uint64_t maxHeaderBytes = 100u * 1024u * 1024u; // the reference implementation's limit
};

// Parses a whole file held in memory. Throws std::runtime_error("safetensors: <reason>") on anything malformed,
// including floating-point tensors holding NaN or infinite values.
SafetensorsFile loadSafetensors(const std::string &bytes, const SafetensorsLimits &limits = {});

// Copies the file's tensors into the module's parameters and buffers (named_parameters() + named_buffers(),
// recursive, dotted names). Every tensor in the file must match a module entry in shape and dtype. strict:
// the file must also hold every module entry, and nothing else. Validates everything before copying anything,
// so a refused file leaves the module untouched. Throws std::runtime_error naming the offending entries.
void loadInto(torch::nn::Module &module, const SafetensorsFile &file, bool strict = true);

// The module's parameters and buffers under their dotted names, ready for saveSafetensors().
std::map<std::string, torch::Tensor> stateOf(const torch::nn::Module &module);

} // namespace candor::checkpoint
