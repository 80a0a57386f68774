#include "bench/text/TextBaselines.h"

#include "core/text/Utf8.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace candor::bench {

namespace {

using models::TextExample;

int codePointCount(const std::string &utf8)
{
    return int(text::decodeUtf8(utf8).size());
}

struct LabelStatistics
{
    std::vector<double> classFrequency; // share of items with the class
    std::vector<double> spanDocFrequency; // share of items with at least one span of the label
    std::vector<double> meanSpanLength; // code points
    double meanClassesPerItem = 0;
};

LabelStatistics statisticsOf(const models::TextTaskDefinition &task, const std::vector<TextExample> &train)
{
    LabelStatistics s;
    s.classFrequency.assign(task.classLabels.size(), 0);
    s.spanDocFrequency.assign(task.spanLabels.size(), 0);
    s.meanSpanLength.assign(task.spanLabels.size(), 0);
    std::vector<double> spanCount(task.spanLabels.size(), 0);
    const double n = std::max<size_t>(1, train.size());
    for (const TextExample &e : train) {
        for (int c : e.classes)
            s.classFrequency[size_t(c)] += 1 / n;
        s.meanClassesPerItem += double(e.classes.size()) / n;
        std::vector<bool> seen(task.spanLabels.size(), false);
        for (const models::CharSpan &span : e.spans) {
            seen[size_t(span.label)] = true;
            s.meanSpanLength[size_t(span.label)] += span.end - span.start;
            spanCount[size_t(span.label)] += 1;
        }
        for (size_t l = 0; l < seen.size(); ++l)
            s.spanDocFrequency[l] += seen[l] ? 1 / n : 0;
    }
    for (size_t l = 0; l < spanCount.size(); ++l)
        s.meanSpanLength[l] = spanCount[l] > 0 ? s.meanSpanLength[l] / spanCount[l] : 1;
    return s;
}

bool isNarrative(const models::TextTaskDefinition &task)
{
    return task.kind == models::TextTaskKind::Narrative;
}

int mostFrequent(const std::vector<double> &frequency)
{
    return int(std::max_element(frequency.begin(), frequency.end()) - frequency.begin());
}

} // namespace

std::vector<TextExample> randomBaseline(const models::TextTaskDefinition &task, const std::vector<TextExample> &train,
    const std::vector<TextExample> &dev, unsigned seed)
{
    const LabelStatistics s = statisticsOf(task, train);
    std::mt19937 random(seed);
    std::uniform_real_distribution<double> unit(0, 1);
    std::vector<TextExample> out(dev.size());
    for (size_t i = 0; i < dev.size(); ++i) {
        if (isNarrative(task)) {
            std::discrete_distribution<int> classOf(s.classFrequency.begin(), s.classFrequency.end());
            out[i].classes = {classOf(random)};
        } else {
            for (size_t c = 0; c < s.classFrequency.size(); ++c)
                if (unit(random) < s.classFrequency[c])
                    out[i].classes.push_back(int(c));
        }
        const int length = codePointCount(dev[i].text);
        for (size_t l = 0; l < s.spanDocFrequency.size() && length > 0; ++l) {
            if (unit(random) >= s.spanDocFrequency[l])
                continue;
            const int spanLength = std::clamp(int(std::lround(s.meanSpanLength[l])), 1, length);
            const int start = std::uniform_int_distribution<int>(0, length - spanLength)(random);
            out[i].spans.push_back({int(l), start, start + spanLength, 1.0f});
        }
    }
    return out;
}

std::vector<TextExample> priorBaseline(
    const models::TextTaskDefinition &task, const std::vector<TextExample> &train, const std::vector<TextExample> &dev)
{
    const LabelStatistics s = statisticsOf(task, train);
    std::vector<int> classes;
    if (!s.classFrequency.empty()) {
        std::vector<int> order(s.classFrequency.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(),
            [&](int a, int b) { return s.classFrequency[size_t(a)] > s.classFrequency[size_t(b)]; });
        const size_t k = isNarrative(task) ? 1 : std::max<size_t>(1, size_t(std::lround(s.meanClassesPerItem)));
        classes.assign(order.begin(), order.begin() + std::min(k, order.size()));
        std::sort(classes.begin(), classes.end());
    }
    std::vector<int> spanLabels;
    for (size_t l = 0; l < s.spanDocFrequency.size(); ++l)
        if (s.spanDocFrequency[l] >= 0.5)
            spanLabels.push_back(int(l));
    if (spanLabels.empty() && !s.spanDocFrequency.empty())
        spanLabels.push_back(mostFrequent(s.spanDocFrequency));
    std::vector<TextExample> out(dev.size());
    for (size_t i = 0; i < dev.size(); ++i) {
        out[i].classes = classes;
        const int length = codePointCount(dev[i].text);
        for (int label : spanLabels)
            if (length > 0)
                out[i].spans.push_back({label, 0, length, 1.0f});
    }
    return out;
}

} // namespace candor::bench
