#pragma once

// SHA-256 (FIPS 180-4) of a byte string, in lowercase hex. The bundles' checksums: written here because models/ has
// no Qt (QCryptographicHash) and c10's header-only SHA-1 faults on some buffer alignments.

#include <string>
#include <string_view>

namespace candor::bundle {

std::string sha256Hex(std::string_view bytes);

} // namespace candor::bundle
