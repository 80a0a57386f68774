#pragma once

// Threads flattened into the index arrays the network consumes: all posts of a batch in one list, and the
// recurrent sequences as rows of post indices. Plain C++ so the layout is testable without torch.

#include "models/thread/ThreadModel.h"

#include <cstdint>
#include <vector>

namespace candor::models::thread {

// Everything about one thread that does not change between epochs (hashing is the slow part).
struct PreparedThread
{
    std::vector<std::vector<int64_t>> ngrams; // per post
    std::vector<std::vector<float>> cues; // per post, kCueCount values
    std::vector<std::vector<float>> images; // per post, empty or imageInputDim values
    std::vector<int64_t> stance; // per post, -1 unlabelled
    std::vector<std::vector<int>> sequences; // post indices
    int64_t veracity = -1;
};

// Throws std::invalid_argument when an image vector does not have imageInputDim values.
PreparedThread prepareThread(const ThreadExample &thread, PostOrder order, int hashBuckets, int imageInputDim);

struct ThreadBatch
{
    int threads = 0;
    int posts = 0;
    int sequences = 0;
    int length = 0; // longest sequence
    std::vector<int64_t> ngramIds; // all posts' ids, concatenated
    std::vector<int64_t> ngramOffsets; // per post: start in ngramIds
    std::vector<float> cues; // posts x kCueCount
    std::vector<float> images; // posts x imageInputDim (zeros without an image)
    std::vector<float> hasImage; // per post
    std::vector<int64_t> stance; // per post
    std::vector<int64_t> postOffset; // per thread: index of its first post
    std::vector<int64_t> sequenceIndex; // sequences x length: batch post index (0 in padding)
    std::vector<float> sequenceMask; // sequences x length: 1 on real steps
    std::vector<int64_t> sequenceThread; // per sequence
    std::vector<int64_t> sequenceLast; // per sequence: its last real step
    std::vector<int64_t> veracity; // per thread
};

ThreadBatch makeBatch(const std::vector<const PreparedThread *> &threads, int imageInputDim);

} // namespace candor::models::thread
