#pragma once

#include <QString>

#include <atomic>
#include <functional>

namespace candor {

// Bumped whenever the sample's content changes. Stored as the project's "sample_project" meta value and part of
// the file name the GUI keeps the sample under, so a sample built by an older version is never reopened as the
// current one (its annotations stay in the old file).
constexpr int kSampleProjectVersion = 2;

// Reports the step being done (1-based) out of the total, with a short description.
using SampleProgressFn = std::function<void(int step, int steps, const QString &what)>;

// Builds the bundled sample project at `path` (which must not exist): 120 memes with drawn images, gold
// persuasion-22 labels (subtask 3), persuasion-20 labels (subtask 1: the techniques of the spans) and
// persuasion-20 spans; 262 Telegram messages in English and Spanish (30 written, 232 generated from templates),
// 91 of them with narrative-6 spans and oppositional-2 labels; 36 reply threads (4 written, 32 generated) with
// per-reply stance and thread veracity; train/dev splits.
// The data is generated in memory and written as a JSONL file and two Telegram Desktop exports into a temporary
// folder, then imported through the real importers, so the sample exercises the same paths as user data.
// Throws candor::Error on failure or cancellation; the partial file is removed either way.
void buildSampleProject(
    const QString &path, const std::atomic_bool *cancel = nullptr, const SampleProgressFn &progress = {});

} // namespace candor
