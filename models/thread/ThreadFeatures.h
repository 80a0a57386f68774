#pragma once

// What the thread model sees of one post before any learning: hashed n-gram ids for the text encoder and a few
// dense cues that small data cannot learn from n-grams alone (is it the source, how deep, does it ask).
// Plain C++, no torch: unit-testable and cheap to compile.

#include "models/thread/ThreadModel.h"

#include <cstdint>
#include <string>
#include <vector>

namespace candor::models::thread {

// Lower-cased word tokens; URLs become "<url>", @mentions "<user>", numbers "<num>"; '?' and '!' are tokens.
std::vector<std::string> normalisedWords(const std::string &utf8);

// Word 1-2 grams and character 3-5 grams (of " word " with boundary marks), hashed into [0, buckets).
std::vector<int64_t> hashedNgrams(const std::string &utf8, int buckets);

constexpr int kCueCount = 10;
// Dense cues of post `index` of `thread` (depth from the parent chain, which must be valid: see ThreadShape).
std::vector<float> postCues(const ThreadExample &thread, int index, int depth);

// The reply tree of a thread, repaired: a parent index that is out of range, points at the post itself or
// closes a cycle is replaced by the source post. Children are ordered by time, then input order.
struct ThreadShape
{
    int root = 0;
    std::vector<int> parent; // -1 for the root
    std::vector<int> depth; // 0 for the root
    std::vector<std::vector<int>> children;
};
// Throws std::invalid_argument for a thread without posts.
ThreadShape threadShape(const ThreadExample &thread);

// Sequences of post indices for the recurrent layers (see PostOrder).
std::vector<std::vector<int>> postSequences(const ThreadExample &thread, const ThreadShape &shape, PostOrder order);

} // namespace candor::models::thread
