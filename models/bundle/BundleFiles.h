#pragma once

// Internal to models/bundle: the plain-file side of the training and model bundles (folders of files a person can
// list, copy to a GPU server and back). No torch, no Qt.

#include <filesystem>
#include <map>
#include <string>

namespace candor::bundle {

// The whole file; throws std::runtime_error "<path>: cannot read" when it is missing or unreadable.
std::string readFile(const std::filesystem::path &path);

// A name a bundle may hold: letters, digits, '.', '_', '-'; not starting with '.'; at most 128 bytes. Anything else
// (a '/', "..") could write or read outside the bundle's folder. Throws std::runtime_error naming `what`.
void checkFileName(const std::string &name, const std::string &what);

// Writes `files` (relative path -> bytes; one level of subfolder allowed) as the new folder `target`: into a sibling
// temporary folder first, renamed at the end, so a crash or a full disk never leaves a half bundle under the
// target's name. Refuses an existing target.
void writeFolderAtomically(const std::filesystem::path &target, const std::map<std::string, std::string> &files);

} // namespace candor::bundle
