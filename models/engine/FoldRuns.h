#pragma once

// What every cross-validation loop of the engine needs (text, memes, posts): a fold's examples picked by index,
// and a RunControl whose progress names the fold. Plain C++, no torch.

#include "models/engine/RunControl.h"

#include <string>
#include <vector>

namespace candor::engine {

template <typename T>
std::vector<T> pickRows(const std::vector<T> &all, const std::vector<int> &indices)
{
    std::vector<T> picked;
    picked.reserve(indices.size());
    for (const int i : indices)
        picked.push_back(all[size_t(i)]);
    return picked;
}

// Progress of a fold's training reads "meme-fused fold 2/5" so a window can tell the runs apart; cancelling the
// caller's token cancels the fold.
inline RunControl foldRunControl(const RunControl &control, int fold, int folds)
{
    RunControl inner;
    inner.cancel = control.cancel;
    if (control.sink) {
        const std::string suffix = " fold " + std::to_string(fold + 1) + "/" + std::to_string(folds);
        inner.sink = [sink = control.sink, suffix](const Progress &progress) {
            Progress renamed = progress;
            renamed.phase += suffix;
            sink(renamed);
        };
    }
    return inner;
}

} // namespace candor::engine
