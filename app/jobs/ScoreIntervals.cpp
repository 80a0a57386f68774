#include "app/jobs/ScoreIntervals.h"

#include "core/metrics/BootstrapInterval.h"

#include <QJsonArray>

#include <cmath>
#include <limits>

namespace candor {

namespace {

constexpr std::uint64_t kSeed = 14; // agreement's seed: one project's intervals are reproducible run to run
constexpr double kConfidence = 0.95;

const QString kPerLabel = QStringLiteral("per_label");

// The figures an interval is drawn for: top-level numbers by key, per-label F1 by label.
struct FigurePaths
{
    QStringList topLevel;
    QStringList labels;

    explicit FigurePaths(const QJsonObject &metrics)
    {
        for (auto it = metrics.begin(); it != metrics.end(); ++it)
            if (it.value().isDouble())
                topLevel.append(it.key());
        const QJsonObject perLabel = metrics.value(kPerLabel).toObject();
        for (auto it = perLabel.begin(); it != perLabel.end(); ++it)
            if (it.value().toObject().value(QStringLiteral("f1")).isDouble())
                labels.append(it.key());
    }

    size_t size() const { return size_t(topLevel.size() + labels.size()); }

    std::vector<double> valuesOf(const QJsonObject &metrics) const
    {
        constexpr double undefined = std::numeric_limits<double>::quiet_NaN();
        std::vector<double> values;
        values.reserve(size());
        for (const QString &key : topLevel)
            values.push_back(metrics.value(key).toDouble(undefined));
        const QJsonObject perLabel = metrics.value(kPerLabel).toObject();
        for (const QString &label : labels)
            values.push_back(perLabel.value(label).toObject().value(QStringLiteral("f1")).toDouble(undefined));
        return values;
    }
};

} // namespace

QJsonObject withBootstrapIntervals(const QJsonObject &metrics, size_t units, const QString &unit,
    const std::function<QJsonObject(const std::vector<size_t> &)> &rescore, int resamples)
{
    const FigurePaths paths(metrics);
    const std::vector<metrics::ConfidenceInterval> intervals = metrics::bootstrapIntervals(
        units, paths.size(), [&](const std::vector<size_t> &drawn) { return paths.valuesOf(rescore(drawn)); },
        resamples, kSeed, kConfidence);
    const auto defined = [](const metrics::ConfidenceInterval &interval) {
        return interval.resamples > 0 && !std::isnan(interval.low);
    };

    QJsonObject out = metrics;
    QJsonObject topLevel;
    size_t index = 0;
    for (const QString &key : paths.topLevel) {
        const metrics::ConfidenceInterval &interval = intervals[index++];
        if (defined(interval))
            topLevel.insert(key, QJsonArray{interval.low, interval.high});
    }
    out.insert(QStringLiteral("intervals"), topLevel);
    QJsonObject perLabel = metrics.value(kPerLabel).toObject();
    for (const QString &label : paths.labels) {
        const metrics::ConfidenceInterval &interval = intervals[index++];
        if (!defined(interval))
            continue;
        QJsonObject entry = perLabel.value(label).toObject();
        entry.insert(QStringLiteral("f1_low"), interval.low);
        entry.insert(QStringLiteral("f1_high"), interval.high);
        perLabel.insert(label, entry);
    }
    if (!paths.labels.isEmpty())
        out.insert(kPerLabel, perLabel);
    out.insert(QStringLiteral("bootstrap"),
        QJsonObject{{QStringLiteral("unit"), unit}, {QStringLiteral("resamples"), resamples},
            {QStringLiteral("confidence"), kConfidence}, {QStringLiteral("seed"), QString::number(kSeed)}});
    return out;
}

} // namespace candor
