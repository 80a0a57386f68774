#pragma once

#include <cstdint>
#include <random>
#include <utility>
#include <vector>

namespace candor::models::selection {

// The folds and baselines must be the same on every platform for a given seed, so this avoids
// std::uniform_int_distribution and std::shuffle, whose algorithms the standard leaves to the library;
// std::mt19937_64's sequence itself is fixed by the standard.
class SeededRandom
{
public:
    explicit SeededRandom(std::uint64_t seed)
        : m_engine(seed)
    {
    }

    // Uniform in [0, n), n > 0, without modulo bias (rejection of the incomplete top range).
    std::size_t below(std::size_t n)
    {
        const std::uint64_t range = std::uint64_t(n);
        const std::uint64_t limit = UINT64_MAX - UINT64_MAX % range;
        std::uint64_t draw;
        do
            draw = m_engine();
        while (draw >= limit);
        return std::size_t(draw % range);
    }

    // Uniform in [0, 1).
    double unit() { return double(m_engine() >> 11) * 0x1.0p-53; }

    template <typename T>
    void shuffle(std::vector<T> &values) // Fisher–Yates
    {
        for (std::size_t i = values.size(); i > 1; --i)
            std::swap(values[i - 1], values[below(i)]);
    }

private:
    std::mt19937_64 m_engine;
};

} // namespace candor::models::selection
