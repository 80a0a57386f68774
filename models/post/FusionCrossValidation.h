#pragma once

// MMFND's Table 2 as an honest experiment: every variant trained and scored on the same event-grouped folds of
// the training posts (no event on both sides), beside the constant answers fitted on the same folds. The aligned
// encoders are trained per fold on the fold's training posts plus the label-free extra pairs (memes and other
// pictures of the project), never on the fold's validation posts. Plain C++ types only, like FusionModel.h.

#include "core/metrics/ClassificationMetrics.h"
#include "models/post/FusionModel.h"
#include "models/selection/CvSummary.h"

#include <map>
#include <string>
#include <vector>

namespace candor::models {

struct FusionVariantScores
{
    std::string variant;
    std::map<std::string, selection::MeanSd> cv; // accuracy, macro_f1, f1_<class>: mean ± sd over the folds
    metrics::ClassificationScores pooled; // all out-of-fold answers
    metrics::ClassificationScores pooledWithImage; // the out-of-fold answers of posts with a picture
    selection::Interval accuracyLead; // pooled accuracy minus the majority answer's, bootstrap over posts
    std::vector<int> outOfFold; // per post
    double textAttention = 0, imageAttention = 0, crossAttention = 0; // mean over posts with a picture
    double meanBestEpoch = 0;
    double seconds = 0;
};

struct FusionAblation
{
    int folds = 0;
    int posts = 0;
    int withImage = 0;
    int groups = 0;
    std::vector<std::string> classes;
    std::map<std::string, selection::MeanSd> majority; // accuracy, macro_f1 over the folds
    metrics::ClassificationScores majorityPooled;
    metrics::ClassificationScores majorityPooledWithImage;
    std::map<std::string, selection::MeanSd> random; // stratified random, expected over seeded draws
    std::vector<AlignmentReport> alignment; // per fold
    std::vector<FusionVariantScores> variants; // in the order asked
    std::vector<std::string> warnings;
};

// Throws std::invalid_argument for fewer than 2 folds, no variant, fewer groups than folds, or a post without a
// class. `extraPairs` only feed the alignment (their labels are ignored).
FusionAblation crossValidateFusion(const std::vector<std::string> &classes, const std::vector<FusionExample> &posts,
    const std::vector<FusionExample> &extraPairs, const std::vector<FusionVariant> &variants,
    const FusionTrainConfig &config, const AlignmentConfig &alignmentConfig, int folds, int bootstrapResamples,
    const engine::RunControl &control = {});

} // namespace candor::models
