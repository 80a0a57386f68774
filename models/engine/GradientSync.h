#pragma once

// Internal to models/: what a training loop calls to train data-parallel (DataParallel.h). Every function is a
// no-op (or the identity) in a single process. Includes torch: never include it from a header other layers see.

#include <torch/torch.h>

#include <utility>

namespace candor::engine {

// This rank's share [begin, end) of the global batch [begin, end): consecutive blocks, the first ranks one example
// longer when it does not divide. Every rank computes every rank's share the same way, so decisions on them (skip a
// batch too small for batch norm) agree without a message.
std::pair<long, long> rankShare(long begin, long end, int rank);
std::pair<long, long> rankShare(long begin, long end);

// Rank 0's parameters and buffers to every rank (different random initialisations cannot drift apart).
void broadcastParameters(torch::nn::Module &module);

// Replaces every trainable parameter's gradient by the average over ranks weighted by their example counts:
// exactly the gradient of the mean loss over the global batch when the loss is a mean over examples. A rank with
// no example in this step passes 0 and zero gradients; it must still call, as every rank does every step.
void averageGradients(torch::nn::Module &module, long localExamples);

} // namespace candor::engine
