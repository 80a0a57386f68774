#pragma once

#include "core/metrics/ReliabilityData.h"

#include <optional>
#include <set>
#include <vector>

namespace candor::metrics {

// Multi-label item annotation (persuasion-20: an item carries a SET of techniques) by several coders:
// items[i][c] is coder c's label set for item i, or nullopt when coder c did not annotate item i.
struct MultiLabelData
{
    int numLabels = 0;
    std::vector<std::vector<std::optional<std::set<int>>>> items;
};

// Label `label` as a binary nominal decision per item: 1 when the coder's set holds it, 0 when the coder annotated
// the item without it, kMissing when the coder did not annotate the item. Any nominal coefficient then gives the
// agreement on that one label.
ReliabilityData binaryDecisions(const MultiLabelData &data, int label);

// The micro-averaged view: every (item, label) pair is one binary unit, items in order and labels within an item,
// so one coefficient over all of them weighs each label by how often it is decided on. Rows of item i are
// i·numLabels .. i·numLabels + numLabels - 1 (a bootstrap over items resamples those blocks together).
ReliabilityData pooledDecisions(const MultiLabelData &data);

// The items at `items` (repeats allowed), for a bootstrap over items.
MultiLabelData selectItems(const MultiLabelData &data, const std::vector<size_t> &items);

} // namespace candor::metrics
