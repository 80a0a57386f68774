#include "models/checkpoint/Safetensors.h"

#include "models/checkpoint/StrictJson.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <stdexcept>
#include <vector>

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "safetensors stores little-endian bytes; this reader copies them as they are"
#endif

namespace candor::checkpoint {

namespace {

constexpr const char *kMetadataKey = "__metadata__";

struct DtypeInfo
{
    const char *name;
    torch::ScalarType type;
};

const DtypeInfo kDtypes[] = {
    {"F64", torch::kFloat64},
    {"F32", torch::kFloat32},
    {"F16", torch::kFloat16},
    {"BF16", torch::kBFloat16},
    {"I64", torch::kInt64},
    {"I32", torch::kInt32},
    {"I16", torch::kInt16},
    {"I8", torch::kInt8},
    {"U8", torch::kUInt8},
    {"BOOL", torch::kBool},
};

[[noreturn]] void fail(const std::string &reason)
{
    throw std::runtime_error("safetensors: " + reason);
}

const char *dtypeName(torch::ScalarType type)
{
    for (const DtypeInfo &d : kDtypes) {
        if (d.type == type)
            return d.name;
    }
    return nullptr;
}

torch::ScalarType dtypeFromName(const std::string &name, const std::string &tensor)
{
    for (const DtypeInfo &d : kDtypes) {
        if (name == d.name)
            return d.type;
    }
    fail("tensor \"" + tensor + "\" has unsupported dtype \"" + name + "\"");
}

std::string shapeText(torch::IntArrayRef shape)
{
    std::string s = "[";
    for (size_t i = 0; i < shape.size(); ++i)
        s += (i ? ", " : "") + std::to_string(shape[i]);
    return s + "]";
}

void putLittleEndian64(std::string &out, std::uint64_t v)
{
    for (int i = 0; i < 8; ++i)
        out += char((v >> (8 * i)) & 0xFF);
}

std::uint64_t readLittleEndian64(const std::string &bytes)
{
    std::uint64_t v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | (unsigned char)bytes[size_t(i)];
    return v;
}

struct Entry
{
    std::string name;
    torch::ScalarType dtype;
    std::vector<std::int64_t> shape;
    std::uint64_t begin = 0;
    std::uint64_t end = 0;
};

Entry parseEntry(const std::string &name, const nlohmann::json &info)
{
    if (name.empty())
        fail("a tensor has an empty name");
    const std::string where = "tensor \"" + name + "\"";
    const nlohmann::json::object_t &fields = json::asObject(info, where);
    for (const auto &field : fields) {
        if (field.first != "dtype" && field.first != "shape" && field.first != "data_offsets")
            fail(where + " has an unexpected field \"" + field.first + "\"");
    }
    Entry e;
    e.name = name;
    e.dtype = dtypeFromName(json::asString(json::at(info, "dtype"), where + " dtype"), name);
    std::uint64_t elements = 1;
    for (const nlohmann::json &dim : json::asArray(json::at(info, "shape"), where + " shape")) {
        const std::int64_t d = json::asInteger(dim, where + " shape entry");
        if (d < 0)
            fail(where + " has a negative dimension");
        if (d != 0 && elements > std::numeric_limits<std::uint64_t>::max() / std::uint64_t(d))
            fail(where + " has a shape whose size overflows");
        elements *= std::uint64_t(d);
        e.shape.push_back(d);
    }
    const nlohmann::json::array_t &offsets = json::asArray(json::at(info, "data_offsets"), where + " data_offsets");
    if (offsets.size() != 2)
        fail(where + " data_offsets must hold two numbers");
    const std::int64_t begin = json::asInteger(offsets[0], where + " data_offsets");
    const std::int64_t end = json::asInteger(offsets[1], where + " data_offsets");
    if (begin < 0 || end < begin)
        fail(where + " has invalid data_offsets [" + std::to_string(begin) + ", " + std::to_string(end) + "]");
    e.begin = std::uint64_t(begin);
    e.end = std::uint64_t(end);
    const std::uint64_t elementSize = torch::elementSize(e.dtype);
    if (elements > std::numeric_limits<std::uint64_t>::max() / elementSize || elements * elementSize != e.end - e.begin)
        fail(where + " of dtype " + dtypeName(e.dtype) + " and shape " + shapeText(e.shape) + " does not fit its "
            + std::to_string(e.end - e.begin) + " bytes");
    return e;
}

std::map<std::string, std::string> parseMetadata(const nlohmann::json &value)
{
    std::map<std::string, std::string> metadata;
    for (const auto &[key, v] : json::asObject(value, "__metadata__"))
        metadata[key] = json::asString(v, "__metadata__ value \"" + key + "\"");
    return metadata;
}

} // namespace

std::string saveSafetensors(
    const std::map<std::string, torch::Tensor> &tensors, const std::map<std::string, std::string> &metadata)
{
    nlohmann::json header = nlohmann::json::object();
    std::vector<torch::Tensor> payload;
    std::uint64_t offset = 0;
    for (const auto &[name, tensor] : tensors) {
        if (name.empty() || name == kMetadataKey)
            fail("cannot save a tensor named \"" + name + "\"");
        if (!tensor.defined())
            fail("tensor \"" + name + "\" is undefined");
        const char *dtype = dtypeName(tensor.scalar_type());
        if (!dtype)
            fail("tensor \"" + name + "\" has dtype " + std::string(c10::toString(tensor.scalar_type()))
                + ", which safetensors files written here do not support");
        torch::Tensor cpu = tensor.detach().to(torch::kCPU).contiguous();
        const std::uint64_t bytes = cpu.nbytes();
        header[name] = {{"dtype", dtype}, {"shape", cpu.sizes().vec()},
            {"data_offsets", {std::int64_t(offset), std::int64_t(offset + bytes)}}};
        offset += bytes;
        payload.push_back(cpu);
    }
    if (!metadata.empty()) {
        header[kMetadataKey] = metadata;
    }
    std::string headerText = json::serialize(header);
    // Pad with spaces so the tensor data starts 8-byte aligned, as the reference writer does.
    headerText.append((8 - headerText.size() % 8) % 8, ' ');

    std::string out;
    out.reserve(8 + headerText.size() + offset);
    putLittleEndian64(out, headerText.size());
    out += headerText;
    for (const torch::Tensor &t : payload)
        out.append(static_cast<const char *>(t.data_ptr()), t.nbytes());
    return out;
}

SafetensorsFile loadSafetensors(const std::string &bytes, const SafetensorsLimits &limits)
{
    if (bytes.size() < 8)
        fail("file too short (" + std::to_string(bytes.size()) + " bytes) to hold a header length");
    const std::uint64_t headerLength = readLittleEndian64(bytes);
    if (headerLength > limits.maxHeaderBytes)
        fail("header of " + std::to_string(headerLength) + " bytes exceeds the limit of "
            + std::to_string(limits.maxHeaderBytes));
    if (headerLength > bytes.size() - 8)
        fail("header length " + std::to_string(headerLength) + " runs past the end of the file");
    if (headerLength == 0 || bytes[8] != '{')
        fail("header does not start with a JSON object");

    nlohmann::json header;
    try {
        header = json::parse(bytes.substr(8, headerLength));
    } catch (const std::runtime_error &e) {
        fail(std::string("bad header: ") + e.what());
    }

    const std::uint64_t dataBegin = 8 + headerLength;
    const std::uint64_t dataSize = bytes.size() - dataBegin;
    SafetensorsFile file;
    std::vector<Entry> entries;
    try {
        for (const auto &[name, info] : json::asObject(header, "header")) {
            if (name == kMetadataKey)
                file.metadata = parseMetadata(info);
            else
                entries.push_back(parseEntry(name, info));
        }
    } catch (const std::runtime_error &e) {
        const std::string what = e.what();
        throw std::runtime_error(what.rfind("safetensors: ", 0) == 0 ? what : "safetensors: " + what);
    }

    // The tensors must tile [0, dataSize) exactly: sorted by offset, each begins where the previous ended.
    std::vector<const Entry *> byOffset;
    for (const Entry &e : entries)
        byOffset.push_back(&e);
    std::sort(byOffset.begin(), byOffset.end(),
        [](const Entry *a, const Entry *b) { return a->begin != b->begin ? a->begin < b->begin : a->end < b->end; });
    std::uint64_t expected = 0;
    for (const Entry *e : byOffset) {
        if (e->end > dataSize)
            fail("tensor \"" + e->name + "\" data_offsets [" + std::to_string(e->begin) + ", " + std::to_string(e->end)
                + "] run past the " + std::to_string(dataSize) + " data bytes");
        if (e->begin < expected)
            fail("tensor \"" + e->name + "\" overlaps another tensor");
        if (e->begin > expected)
            fail("tensor \"" + e->name + "\" leaves a gap of " + std::to_string(e->begin - expected)
                + " bytes before it");
        expected = e->end;
    }
    if (expected != dataSize)
        fail(std::to_string(dataSize - expected) + " bytes after the last tensor belong to no tensor");

    for (const Entry &e : entries) {
        torch::Tensor t = torch::empty(e.shape, torch::TensorOptions().dtype(e.dtype));
        const char *source = bytes.data() + dataBegin + e.begin;
        if (e.dtype == torch::kBool) {
            for (std::uint64_t i = 0; i < e.end - e.begin; ++i) {
                if ((unsigned char)source[i] > 1)
                    fail("tensor \"" + e.name + "\" holds a BOOL byte that is neither 0 nor 1");
            }
        }
        if (e.end > e.begin)
            std::memcpy(t.data_ptr(), source, e.end - e.begin);
        // A weight that is NaN or infinite poisons every output it reaches (every label at 1.0, or none), and no
        // training writes one on purpose: such a file is damaged or the training diverged.
        if (torch::isFloatingType(e.dtype) && t.numel() > 0) {
            const std::int64_t finite = torch::isfinite(t).sum().item<std::int64_t>();
            if (finite != t.numel())
                fail("tensor \"" + e.name + "\" holds " + std::to_string(t.numel() - finite)
                    + " NaN or infinite value(s) of " + std::to_string(t.numel())
                    + "; a model with such weights cannot predict (damaged file or diverged training)");
        }
        file.tensors.emplace(e.name, std::move(t));
    }
    return file;
}

std::map<std::string, torch::Tensor> stateOf(const torch::nn::Module &module)
{
    std::map<std::string, torch::Tensor> state;
    for (const auto &p : module.named_parameters(/*recurse=*/true))
        state[p.key()] = p.value();
    for (const auto &b : module.named_buffers(/*recurse=*/true))
        state[b.key()] = b.value();
    return state;
}

void loadInto(torch::nn::Module &module, const SafetensorsFile &file, bool strict)
{
    const std::map<std::string, torch::Tensor> targets = stateOf(module);
    std::vector<std::string> problems;
    for (const auto &[name, source] : file.tensors) {
        const auto it = targets.find(name);
        if (it == targets.end()) {
            if (strict)
                problems.push_back("unexpected tensor \"" + name + "\"");
            continue;
        }
        const torch::Tensor &target = it->second;
        if (target.sizes() != source.sizes())
            problems.push_back("tensor \"" + name + "\" has shape " + shapeText(source.sizes()) + ", the model expects "
                + shapeText(target.sizes()));
        else if (target.scalar_type() != source.scalar_type())
            problems.push_back("tensor \"" + name + "\" has dtype " + std::string(c10::toString(source.scalar_type()))
                + ", the model expects " + std::string(c10::toString(target.scalar_type())));
    }
    if (strict) {
        for (const auto &[name, target] : targets) {
            if (!file.tensors.count(name))
                problems.push_back("missing tensor \"" + name + "\"");
        }
    }
    if (!problems.empty()) {
        std::string message = "safetensors: checkpoint does not fit the model: ";
        const size_t shown = std::min<size_t>(problems.size(), 8);
        for (size_t i = 0; i < shown; ++i)
            message += (i ? "; " : "") + problems[i];
        if (problems.size() > shown)
            message += "; and " + std::to_string(problems.size() - shown) + " more";
        throw std::runtime_error(message);
    }
    torch::NoGradGuard noGrad;
    for (const auto &[name, source] : file.tensors) {
        const auto it = targets.find(name);
        if (it != targets.end())
            it->second.copy_(source);
    }
}

} // namespace candor::checkpoint
