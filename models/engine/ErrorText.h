#pragma once

// libtorch's errors (c10::Error) carry a C++ backtrace after their first line; people are shown the first line.

#include <exception>
#include <string>

namespace candor::engine {

inline std::string firstLine(const std::exception &error)
{
    const std::string what = error.what();
    return what.substr(0, what.find('\n'));
}

} // namespace candor::engine
