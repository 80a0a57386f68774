#pragma once

// candor-train's command line (no Qt: it builds on a bare GPU server). Parsed by hand, strictly: an unknown option,
// a missing value or a bad number is a usage error naming it.

#include "models/engine/DataParallel.h"

#include <string>
#include <vector>

namespace candor::trainer {

struct TrainerOptions
{
    std::string trainingBundle;
    std::string modelBundle;
    std::string device = "auto"; // auto | cpu | cuda | cuda:N
    int threads = 0; // CPU threads per process; 0: the cores divided among the local processes
    int batchLimit = 0; // --batch-limit: the largest batch per process, whatever the bundle's config says (0: none)
    int processes = 1; // --nproc: ranks started on this machine
    bool distributed = false; // --rendezvous given: this process is one rank of a group started elsewhere too
    engine::ParallelOptions parallel;
    std::string checkpoint; // --checkpoint: a folder where every epoch is saved and from which a rerun resumes
    int checkpointEvery = 5; // --checkpoint-every: the network's state every this many epochs (and at a run's end)
    bool help = false;
};

// Throws std::invalid_argument with the usage error.
TrainerOptions parseTrainerOptions(const std::vector<std::string> &arguments);
const char *trainerUsage();

// The arguments that start rank `rank` of a --nproc run: the same bundle and options, as an explicit rank of a
// loopback group on `port`.
std::vector<std::string> rankArguments(const TrainerOptions &options, int rank, int port);

} // namespace candor::trainer
