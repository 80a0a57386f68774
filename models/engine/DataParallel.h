#pragma once

// Data-parallel training across processes on torch's c10d (the engine PyTorch's DistributedDataParallel uses):
// a TCPStore for the rendezvous and a Gloo process group that all-reduces gradients over TCP. Every rank runs the
// same training with the same seed; in each step it computes the gradient of its own share of the global batch
// (batchSize examples per rank), the shares' gradients are averaged, and every rank takes the same optimiser step,
// so the weights, the early stopping and the thresholds stay identical everywhere. Plain C++: the headless trainer
// includes it. Without joinProcessGroup the engine trains in one process, exactly as before.

#include <string>

namespace candor::engine {

struct ParallelOptions
{
    std::string host = "127.0.0.1"; // where rank 0 listens (its TCPStore)
    int port = 29500;
    int rank = 0;
    int world = 1;
    int timeoutSeconds = 120; // rendezvous and every collective; a dead rank fails the others within it
};

// Joins the group (blocks until all `world` ranks arrived). Throws std::runtime_error with a reason a person can
// act on: a port in use, a rank that never came, a rank out of range, a second join.
void joinProcessGroup(const ParallelOptions &options);
// Waits for every rank at a barrier (so none exits while another still sends), then leaves.
void leaveProcessGroup();

int parallelRank(); // 0 when not joined
int parallelWorld(); // 1 when not joined

// Every rank must hold the same value (a config hash, the data's fingerprint): throws std::runtime_error naming
// `what` and the ranks' values when they differ, so a rank started with another config fails at once.
void checkSameOnEveryRank(const std::string &value, const std::string &what);
// The smallest of every rank's value (what all ranks hold: the newest checkpoint every rank saved).
long minimumOverRanks(long value, const std::string &what);

} // namespace candor::engine
