#include "models/tokenizer/SpmLibrary.h"

#include <cstdlib>
#include <dlfcn.h>
#include <mutex>
#include <stdexcept>
#include <unistd.h>

#ifndef CANDOR_PLUGIN_SUBDIR
#error "CANDOR_PLUGIN_SUBDIR (the module folder relative to the install prefix) must be defined by the build"
#endif
#ifndef CANDOR_SPM_MODULE_FILE
#error "CANDOR_SPM_MODULE_FILE (the module's file name) must be defined by the build"
#endif

#if defined(__SANITIZE_ADDRESS__)
#define CANDOR_SPM_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CANDOR_SPM_SANITIZED 1
#endif
#endif

namespace candor::models {

namespace {

// RTLD_DEEPBIND: the module and libsentencepiece resolve their own (protobuf 3.14) symbols first instead of
// libtorch's protobuf 3.21 already in the process. RTLD_LOCAL keeps theirs out of everyone else's way.
// AddressSanitizer refuses RTLD_DEEPBIND (it would bypass its interceptors), so a sanitizer build opens the module in
// a link namespace of its own instead: the same isolation, with the module's own copies of libc and libstdc++ (it
// is built without instrumentation, and only plain C data crosses its interface; see SpmAbi.h).
void *openModule(const std::string &path)
{
#ifdef CANDOR_SPM_SANITIZED
    return dlmopen(LM_ID_NEWLM, path.c_str(), RTLD_NOW | RTLD_LOCAL);
#else
    return dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
#endif
}

std::string executableDirectory()
{
    std::string buffer(4096, '\0');
    const ssize_t length = ::readlink("/proc/self/exe", buffer.data(), buffer.size());
    if (length <= 0 || size_t(length) >= buffer.size())
        return {};
    buffer.resize(size_t(length));
    const size_t slash = buffer.rfind('/');
    return slash == std::string::npos ? std::string() : buffer.substr(0, slash);
}

template <typename Function>
void resolve(void *handle, const char *name, Function &target, const std::string &path)
{
    dlerror();
    target = reinterpret_cast<Function>(dlsym(handle, name));
    if (!target)
        throw std::runtime_error("tokenizer module " + path + " lacks " + name);
}

SpmLibrary openLibrary()
{
    std::string attempts;
    for (const std::string &path : spmModuleCandidates()) {
        void *handle = openModule(path);
        if (!handle) {
            const char *reason = dlerror();
            attempts += "\n  " + path + ": " + (reason ? reason : "cannot be opened");
            continue;
        }
        SpmLibrary library;
        library.path = path;
        candor_spm_abi_version_fn version = nullptr;
        resolve(handle, "candor_spm_abi_version", version, path);
        if (version() != CANDOR_SPM_ABI_VERSION)
            throw std::runtime_error("tokenizer module " + path + " has interface version " + std::to_string(version())
                + ", this program needs " + std::to_string(CANDOR_SPM_ABI_VERSION));
        resolve(handle, "candor_spm_train", library.train, path);
        resolve(handle, "candor_spm_load", library.load, path);
        resolve(handle, "candor_spm_release", library.release, path);
        resolve(handle, "candor_spm_encode", library.encode, path);
        resolve(handle, "candor_spm_piece_count", library.pieceCount, path);
        resolve(handle, "candor_spm_id_to_piece", library.idToPiece, path);
        resolve(handle, "candor_spm_piece_to_id", library.pieceToId, path);
        resolve(handle, "candor_spm_piece_type", library.pieceType, path);
        resolve(handle, "candor_spm_special_id", library.specialId, path);
        resolve(handle, "candor_spm_free", library.free, path);
        return library;
    }
    throw std::runtime_error(
        "cannot load the sentencepiece tokenizer module (set CANDOR_SPM_MODULE to its path); tried:" + attempts);
}

} // namespace

std::vector<std::string> spmModuleCandidates()
{
    if (const char *overridden = std::getenv("CANDOR_SPM_MODULE"); overridden && *overridden)
        return {overridden};
    std::vector<std::string> candidates;
    const std::string dir = executableDirectory();
    if (!dir.empty())
        candidates.push_back(dir + "/../" CANDOR_PLUGIN_SUBDIR "/" CANDOR_SPM_MODULE_FILE);
    return candidates;
}

const SpmLibrary &spmLibrary()
{
    static std::mutex mutex;
    static SpmLibrary library;
    static bool loaded = false;
    std::lock_guard<std::mutex> lock(mutex);
    if (!loaded) {
        library = openLibrary(); // a failure is retried on the next call (the user may fix the path)
        loaded = true;
    }
    return library;
}

} // namespace candor::models
