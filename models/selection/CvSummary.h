#pragma once

#include <cstdint>
#include <functional>
#include <vector>

// How a cross-validated figure is reported: mean ± sample sd across folds, and the lead over a baseline with a
// percentile bootstrap 95% interval. The bootstrap is paired (model and baseline are scored on the same resampled
// units) and deterministic from its seed.
//
// Which units are resampled matters. Per-example resampling of the pooled out-of-fold predictions
// (bootstrapMicroF1Difference, or bootstrapMeanDifference on per-example scores such as 0/1 correctness) is the
// interval Candor reports: it has as many units as examples. Per-fold resampling (summarise) has only k units, so
// with k = 5 its interval is coarse (at most 126 distinct resamples) and is given for completeness.
namespace candor::models::selection {

struct MeanSd
{
    double mean = 0;
    double sd = 0; // sample standard deviation (n - 1); 0 for a single value
    int count = 0;
};
MeanSd meanSd(const std::vector<double> &values);

struct Interval
{
    double estimate = 0; // the statistic on the original units
    double low = 0;
    double high = 0;
    double level = 0.95;
};

// Percentile bootstrap of statistic(indices) over `units` units resampled with replacement; the interval's ends
// are the (1 - level) / 2 and (1 + level) / 2 quantiles (linear interpolation) of `resamples` resampled values.
Interval bootstrapInterval(std::size_t units, const std::function<double(const std::vector<int> &)> &statistic,
    int resamples = 2000, std::uint64_t seed = 1, double level = 0.95);

// mean(model - baseline) over paired units (per-example or per-fold scores, same order in both).
Interval bootstrapMeanDifference(const std::vector<double> &model, const std::vector<double> &baseline,
    int resamples = 2000, std::uint64_t seed = 1, double level = 0.95);

// micro-F1(model) - micro-F1(baseline) on pooled out-of-fold predictions, resampling examples (micro-F1 is not a
// mean of per-example scores, so it is recomputed on each resample with candor_metrics).
Interval bootstrapMicroF1Difference(const std::vector<std::vector<int>> &gold,
    const std::vector<std::vector<int>> &model, const std::vector<std::vector<int>> &baseline, int numLabels,
    int resamples = 2000, std::uint64_t seed = 1, double level = 0.95);

struct CvSummary
{
    MeanSd model; // across folds
    MeanSd baseline; // across folds
    Interval lead; // model - baseline, bootstrap over the k per-fold differences
};
CvSummary summarise(const std::vector<double> &modelPerFold, const std::vector<double> &baselinePerFold,
    int resamples = 2000, std::uint64_t seed = 1, double level = 0.95);

} // namespace candor::models::selection
