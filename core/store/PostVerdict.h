#pragma once

#include "core/domain/Annotation.h"
#include "core/store/ProjectStore.h"

#include <optional>

namespace candor {

// What is known about whether one post is fake: the verdict panel's content, read from the item's fake-2 rows.
struct PostVerdict
{
    // The model's calibrated probability that the post is fake, from the post-veracity version predictions use
    // (pinned or latest; else the newest version that predicted this item). The stored row is the decided class
    // with its probability, so a "real" row at p means fake at 1 - p.
    std::optional<double> fakeProbability;
    std::optional<ModelVersion> model;
    std::optional<Annotation> gold; // the dataset's fake-2 row
    // The curated fake-2 answer (fake, real or unsure) if a curator settled one, else the most recent human answer.
    std::optional<Annotation> human;

    static PostVerdict of(const ProjectStore &store, qint64 itemId);
};

} // namespace candor
