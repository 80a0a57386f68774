#include "models/thread/ThreadBatch.h"

#include "models/thread/ThreadFeatures.h"

#include <algorithm>
#include <stdexcept>

namespace candor::models::thread {

PreparedThread prepareThread(const ThreadExample &thread, PostOrder order, int hashBuckets, int imageInputDim)
{
    const ThreadShape shape = threadShape(thread);
    PreparedThread prepared;
    for (size_t i = 0; i < thread.posts.size(); ++i) {
        const ThreadPostExample &post = thread.posts[i];
        if (!post.image.empty() && static_cast<int>(post.image.size()) != imageInputDim)
            throw std::invalid_argument("thread " + thread.id + ", post " + post.id + ": image vector has "
                + std::to_string(post.image.size()) + " values, the model expects " + std::to_string(imageInputDim));
        prepared.ngrams.push_back(hashedNgrams(post.text, hashBuckets));
        prepared.cues.push_back(postCues(thread, static_cast<int>(i), shape.depth[i]));
        prepared.images.push_back(post.image);
        prepared.stance.push_back(post.stance);
    }
    prepared.sequences = postSequences(thread, shape, order);
    prepared.veracity = thread.veracity;
    return prepared;
}

ThreadBatch makeBatch(const std::vector<const PreparedThread *> &threads, int imageInputDim)
{
    ThreadBatch batch;
    batch.threads = static_cast<int>(threads.size());
    for (const PreparedThread *thread : threads) {
        batch.sequences += static_cast<int>(thread->sequences.size());
        for (const std::vector<int> &sequence : thread->sequences)
            batch.length = std::max(batch.length, static_cast<int>(sequence.size()));
    }
    batch.sequenceIndex.assign(static_cast<size_t>(batch.sequences) * batch.length, 0);
    batch.sequenceMask.assign(batch.sequenceIndex.size(), 0.0f);
    int row = 0;
    for (int t = 0; t < batch.threads; ++t) {
        const PreparedThread &thread = *threads[t];
        const int first = batch.posts;
        batch.postOffset.push_back(first);
        batch.veracity.push_back(thread.veracity);
        for (size_t p = 0; p < thread.ngrams.size(); ++p) {
            batch.ngramOffsets.push_back(static_cast<int64_t>(batch.ngramIds.size()));
            batch.ngramIds.insert(batch.ngramIds.end(), thread.ngrams[p].begin(), thread.ngrams[p].end());
            batch.cues.insert(batch.cues.end(), thread.cues[p].begin(), thread.cues[p].end());
            if (thread.images[p].empty())
                batch.images.insert(batch.images.end(), static_cast<size_t>(imageInputDim), 0.0f);
            else
                batch.images.insert(batch.images.end(), thread.images[p].begin(), thread.images[p].end());
            batch.hasImage.push_back(thread.images[p].empty() ? 0.0f : 1.0f);
            batch.stance.push_back(thread.stance[p]);
            ++batch.posts;
        }
        for (const std::vector<int> &sequence : thread.sequences) {
            for (size_t step = 0; step < sequence.size(); ++step) {
                const size_t at = static_cast<size_t>(row) * batch.length + step;
                batch.sequenceIndex[at] = first + sequence[step];
                batch.sequenceMask[at] = 1.0f;
            }
            batch.sequenceThread.push_back(t);
            batch.sequenceLast.push_back(static_cast<int64_t>(sequence.size()) - 1);
            ++row;
        }
    }
    return batch;
}

} // namespace candor::models::thread
