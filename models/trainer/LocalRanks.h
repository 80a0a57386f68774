#pragma once

#include "models/trainer/TrainerOptions.h"

namespace candor::trainer {

// --nproc N: starts N copies of this program as ranks 0..N-1 of a loopback group on a free port and waits for them.
// When one fails, the others are stopped (they would otherwise wait for it until the timeout) and the result names
// the rank that failed first. Returns the exit code for the whole run.
int runLocalRanks(const TrainerOptions &options);

} // namespace candor::trainer
