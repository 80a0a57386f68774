#include "core/metrics/MultiLabelAgreement.h"

#include <algorithm>

namespace candor::metrics {

namespace {

int decision(const std::optional<std::set<int>> &labels, int label)
{
    if (!labels)
        return kMissing;
    return labels->count(label) > 0 ? 1 : 0;
}

} // namespace

ReliabilityData binaryDecisions(const MultiLabelData &data, int label)
{
    ReliabilityData units;
    units.reserve(data.items.size());
    for (const auto &coders : data.items) {
        std::vector<int> row;
        row.reserve(coders.size());
        for (const auto &labels : coders)
            row.push_back(decision(labels, label));
        units.push_back(std::move(row));
    }
    return units;
}

ReliabilityData pooledDecisions(const MultiLabelData &data)
{
    ReliabilityData units;
    units.reserve(data.items.size() * size_t(std::max(0, data.numLabels)));
    for (const auto &coders : data.items) {
        for (int label = 0; label < data.numLabels; ++label) {
            std::vector<int> row;
            row.reserve(coders.size());
            for (const auto &labels : coders)
                row.push_back(decision(labels, label));
            units.push_back(std::move(row));
        }
    }
    return units;
}

MultiLabelData selectItems(const MultiLabelData &data, const std::vector<size_t> &items)
{
    MultiLabelData selected;
    selected.numLabels = data.numLabels;
    selected.items.reserve(items.size());
    for (const size_t i : items)
        selected.items.push_back(data.items.at(i));
    return selected;
}

} // namespace candor::metrics
