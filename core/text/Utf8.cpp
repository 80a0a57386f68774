#include "core/text/Utf8.h"

#include <cstdio>
#include <stdexcept>

namespace candor::text {

size_t decodeUtf8At(std::string_view utf8, size_t at, char32_t &codePoint)
{
    if (at >= utf8.size())
        return 0;
    const auto byte = [&](size_t k) -> unsigned { return k < utf8.size() ? (unsigned char)utf8[k] : 0u; };
    const unsigned lead = byte(at);
    size_t length = 0;
    char32_t cp = 0;
    if (lead < 0x80) {
        codePoint = lead;
        return 1;
    }
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        cp = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        cp = lead & 0x0F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        cp = lead & 0x07;
    } else {
        return 0; // a continuation byte, or a lead byte that can only start an overlong or too large sequence
    }
    for (size_t k = 1; k < length; ++k) {
        const unsigned continuation = byte(at + k);
        if ((continuation & 0xC0) != 0x80)
            return 0; // also the end of the input: byte() gives 0 there
        cp = (cp << 6) | (continuation & 0x3F);
    }
    const bool overlong = (length == 3 && cp < 0x800) || (length == 4 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    codePoint = cp;
    return length;
}

std::u32string decodeUtf8(std::string_view utf8)
{
    std::u32string out;
    out.reserve(utf8.size());
    for (size_t i = 0; i < utf8.size();) {
        char32_t cp = 0;
        const size_t length = decodeUtf8At(utf8, i, cp);
        if (length == 0)
            throw std::runtime_error("invalid UTF-8 at byte " + std::to_string(i));
        out.push_back(cp);
        i += length;
    }
    return out;
}

bool isValidUtf8(std::string_view utf8)
{
    for (size_t i = 0; i < utf8.size();) {
        char32_t cp = 0;
        const size_t length = decodeUtf8At(utf8, i, cp);
        if (length == 0)
            return false;
        i += length;
    }
    return true;
}

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out.push_back(char(c));
    } else if (c < 0x800) {
        out.push_back(char(0xC0 | (c >> 6)));
        out.push_back(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(char(0xE0 | (c >> 12)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (c >> 18)));
        out.push_back(char(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    }
}

std::string encodeUtf8(std::u32string_view codePoints)
{
    std::string out;
    out.reserve(codePoints.size());
    for (char32_t c : codePoints)
        appendUtf8(out, c);
    return out;
}

size_t utf8PrefixLength(std::string_view utf8, size_t maxBytes)
{
    if (utf8.size() <= maxBytes)
        return utf8.size();
    size_t length = maxBytes;
    while (length > 0 && ((unsigned char)utf8[length] & 0xC0) == 0x80)
        --length;
    return length;
}

std::string escapeInvalidUtf8(std::string_view bytes)
{
    std::string out;
    out.reserve(bytes.size());
    for (size_t i = 0; i < bytes.size();) {
        char32_t cp = 0;
        const size_t length = decodeUtf8At(bytes, i, cp);
        if (length > 0) {
            out.append(bytes.substr(i, length));
            i += length;
        } else {
            char escape[5];
            std::snprintf(escape, sizeof escape, "\\x%02X", (unsigned char)bytes[i]);
            out += escape;
            ++i;
        }
    }
    return out;
}

} // namespace candor::text
