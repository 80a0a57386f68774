#pragma once

// Generated data sets for the candor_selection tests: skewed on purpose, since balanced data would let a careless
// splitter pass. Deterministic (a fixed linear congruential sequence), so every run sees the same data.
#include <string>
#include <vector>

namespace candor::models::selection::fixtures {

inline unsigned next(unsigned &state)
{
    state = state * 1664525u + 1013904223u;
    return state >> 8;
}

// 570 examples: 500 of class 0, 60 of class 1, 7 of class 2, 3 of class 3, interleaved.
inline std::vector<int> skewedClasses()
{
    std::vector<int> classes;
    const int counts[] = {500, 60, 7, 3};
    for (int c = 0; c < 4; ++c)
        classes.insert(classes.end(), std::size_t(counts[c]), c);
    unsigned state = 7;
    for (std::size_t i = classes.size(); i > 1; --i)
        std::swap(classes[i - 1], classes[next(state) % i]);
    return classes;
}

// 400 examples over 12 labels with Zipf-like frequencies (label l carried with probability 0.6 / (l + 1)),
// some examples with no label at all.
inline std::vector<std::vector<int>> zipfLabels(int numLabels = 12, int n = 400)
{
    std::vector<std::vector<int>> labels(static_cast<std::size_t>(n));
    unsigned state = 11;
    for (auto &row : labels)
        for (int l = 0; l < numLabels; ++l)
            if (double(next(state) % 10000) / 10000.0 < 0.6 / double(l + 1))
                row.push_back(l);
    return labels;
}

// 60 groups ("event-0" ..) of 1 to 40 examples; the class of an example depends mostly on its group, as veracity
// depends on the event, so a split that leaks groups would look better than it is.
struct GroupedData
{
    std::vector<std::string> groups;
    std::vector<int> classes;
};
inline GroupedData groupedData()
{
    GroupedData data;
    unsigned state = 5;
    for (int g = 0; g < 60; ++g) {
        const int size = 1 + int(next(state) % 40);
        const int groupClass = int(next(state) % 3);
        for (int i = 0; i < size; ++i) {
            data.groups.push_back("event-" + std::to_string(g));
            data.classes.push_back(next(state) % 5 == 0 ? int(next(state) % 3) : groupClass);
        }
    }
    return data;
}

} // namespace candor::models::selection::fixtures
