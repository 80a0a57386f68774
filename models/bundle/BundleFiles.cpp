#include "models/bundle/BundleFiles.h"

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <system_error>
#include <unistd.h>

namespace candor::bundle {

namespace fs = std::filesystem;

std::string readFile(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error(path.string() + ": cannot read (missing or not readable)");
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (in.bad())
        throw std::runtime_error(path.string() + ": read error");
    return bytes.str();
}

void checkFileName(const std::string &name, const std::string &what)
{
    bool ok = !name.empty() && name.size() <= 128 && name.front() != '.';
    for (const char c : name)
        ok = ok
            && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
                || c == '-');
    if (!ok)
        throw std::runtime_error(what + ": '" + name
            + "' is not a bundle file name (letters, digits, '.', '_', '-'; not starting with '.')");
}

namespace {

void writeOne(const fs::path &path, const std::string &bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), std::streamsize(bytes.size()));
    out.flush();
    if (!out)
        throw std::runtime_error(path.string() + ": cannot write (disk full or no permission?)");
}

} // namespace

void writeFolderAtomically(const fs::path &target, const std::map<std::string, std::string> &files)
{
    std::error_code error;
    if (fs::exists(target, error))
        throw std::runtime_error(target.string() + ": already exists (a bundle is never overwritten; remove it first)");
    const fs::path parent = target.has_parent_path() ? target.parent_path() : fs::path(".");
    if (!fs::is_directory(parent, error))
        throw std::runtime_error(parent.string() + ": no such folder");
    const fs::path temporary
        = parent / ("." + target.filename().string() + ".partial-" + std::to_string(long(::getpid())));
    fs::remove_all(temporary, error);
    try {
        fs::create_directory(temporary);
        for (const auto &[name, bytes] : files) {
            const fs::path relative(name);
            if (relative.has_parent_path())
                fs::create_directories(temporary / relative.parent_path());
            writeOne(temporary / relative, bytes);
        }
        fs::rename(temporary, target);
    } catch (const fs::filesystem_error &e) {
        fs::remove_all(temporary, error);
        throw std::runtime_error(target.string() + ": cannot write the bundle: " + e.code().message());
    } catch (...) {
        fs::remove_all(temporary, error);
        throw;
    }
}

} // namespace candor::bundle
