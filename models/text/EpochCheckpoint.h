#pragma once

// Resuming a killed training run where it stopped (candor-train --checkpoint DIR). After every epoch each rank saves
// what its trainer needs to go on exactly as if it had never stopped — the network, the optimiser's moments, the
// schedule's step, the shuffle's random state and order, torch's CPU random state (dropout) — together with the
// outputs the epoch watcher saw. A resumed run replays those outputs into the watcher, so cross-validation's early
// stopping, curves and out-of-fold outputs end exactly as in an uninterrupted run; a run that had already finished
// (a completed fold) is only replayed, not trained again. The outputs are saved every epoch (they are small); the
// state every `every` epochs and at the run's end (the same epochs on every rank), so a kill loses fewer than
// `every` epochs. Each file is written under a temporary name and renamed: a kill leaves a whole epoch or none.
// Ranks resume from the newest state all of them saved; each keeps its newest two.
//
// On CUDA the GPU's own random state (dropout there) is not restored: a resumed GPU run is a faithful continuation,
// not a bit-identical one.

#include "models/engine/RunControl.h"
#include "models/engine/Training.h"
#include "models/text/EpochWatch.h"

#include <torch/torch.h>

#include <random>
#include <string>
#include <vector>

namespace candor::models {

// What a trainer's loop carries from one epoch to the next: references into the loop's own variables.
struct ResumableState
{
    torch::nn::Module &net;
    torch::optim::Optimizer &optimizer;
    engine::WarmupLinearSchedule &schedule;
    std::mt19937_64 &shuffle;
    std::vector<size_t> &order;
    long &step;
};

class EpochCheckpoint
{
public:
    // folder empty: checkpoints are off and every call does nothing. `run` names the training run (its progress
    // phase, e.g. "ngram fold 2/5"), unique within one training.
    EpochCheckpoint(const std::string &folder, const std::string &run, int every = 1);

    bool enabled() const { return !m_folder.empty(); }
    // The newest epoch whose checkpoint every rank holds (0: start from scratch). Every rank calls it once per run.
    int agreedEpoch() const;
    // Loads epoch `epoch` into `state`, replays the watched outputs of epochs 1..epoch and reports the resumption
    // (of `epochs` epochs, `totalSteps` steps); returns the last verdict (stop: the run had finished).
    EpochVerdict resume(int epoch, const EpochWatch &watch, const ResumableState &state,
        const engine::RunControl &control, int epochs, long totalSteps) const;
    // The end of epoch `epoch` of `epochs`: the watcher's verdict on the outputs, then the checkpoint of both.
    EpochVerdict endEpoch(const EpochWatch &watch, int epoch, int epochs,
        const std::function<std::vector<RawTextOutput>()> &outputsOnWatchedTexts, const ResumableState &state) const;

private:
    std::string path(int epoch, const char *suffix) const;
    void saveOutputs(int epoch, const std::vector<RawTextOutput> &watched) const;
    void saveState(int epoch, const ResumableState &state) const;
    std::vector<int> savedStates() const; // epochs with a state here, ascending

    std::string m_folder; // DIR/rank<R>
    std::string m_run; // the run's name, safe as a file name
    int m_every = 1;
};

} // namespace candor::models
