#pragma once

// How a candidate's trainer hands its progress to whoever selects: after every epoch the trainer computes its
// undecided outputs on the watched texts and asks whether to go on. Cross-validation watches a fold's validation
// texts (it decides early stopping and records the curve); the final refit on the whole training split watches
// nothing and stops after the epoch the folds chose. Dev is never watched: it is scored once, at the end.

#include "models/text/TextDecisions.h"

#include <functional>
#include <string>
#include <vector>

namespace candor::models {

struct EpochVerdict
{
    bool stop = false;
    double score = -1; // shown in the progress line; -1 when nothing was scored
};

struct EpochWatch
{
    std::vector<std::string> texts; // outputs are computed on these after every epoch (none: no outputs)
    std::function<EpochVerdict(int epoch, std::vector<RawTextOutput> outputs)> afterEpoch; // may be empty
    int stopAfterEpoch = 0; // > 0: training ends after this epoch (the schedule still spans the configured epochs)
    std::string phase; // progress phase name, e.g. "ngram fold 2/5"
};

// The trainers' common end-of-epoch step: the watcher's verdict, plus the fixed stop.
inline EpochVerdict watchEpoch(
    const EpochWatch &watch, int epoch, const std::function<std::vector<RawTextOutput>()> &outputsOnWatchedTexts)
{
    EpochVerdict verdict;
    if (watch.afterEpoch)
        verdict = watch.afterEpoch(epoch, watch.texts.empty() ? std::vector<RawTextOutput>{} : outputsOnWatchedTexts());
    if (watch.stopAfterEpoch > 0 && epoch >= watch.stopAfterEpoch)
        verdict.stop = true;
    return verdict;
}

} // namespace candor::models
