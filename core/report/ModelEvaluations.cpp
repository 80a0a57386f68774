#include "core/report/ModelEvaluations.h"

#include "core/store/ProjectStore.h"

#include <QJsonArray>

#include <algorithm>

namespace candor {

namespace {

const QStringList kEvaluationKinds{
    QStringLiteral("evaluate-text"), QStringLiteral("evaluate-thread"), QStringLiteral("evaluate-meme")};

ScoreFigure figure(const QString &name, double value, const QJsonValue &interval)
{
    ScoreFigure out{name, value, std::nullopt, std::nullopt};
    const QJsonArray bounds = interval.toArray();
    if (bounds.size() == 2 && bounds.at(0).isDouble() && bounds.at(1).isDouble()) {
        out.low = bounds.at(0).toDouble();
        out.high = bounds.at(1).toDouble();
    }
    return out;
}

} // namespace

ModelEvaluation ModelEvaluations::fromResult(const QJsonObject &result, const QDateTime &finishedAt)
{
    const QJsonObject metrics = result.value(QStringLiteral("metrics")).toObject();
    const QJsonObject intervals = metrics.value(QStringLiteral("intervals")).toObject();
    const QJsonObject bootstrap = metrics.value(QStringLiteral("bootstrap")).toObject();
    ModelEvaluation evaluation;
    evaluation.split = result.value(QStringLiteral("split")).toString();
    evaluation.items = result.value(QStringLiteral("n_items")).toInteger();
    evaluation.unit = bootstrap.value(QStringLiteral("unit")).toString();
    evaluation.resamples = bootstrap.value(QStringLiteral("resamples")).toInt();
    evaluation.finishedAt = finishedAt;
    for (auto it = metrics.begin(); it != metrics.end(); ++it)
        if (it.value().isDouble())
            evaluation.scores.append(figure(it.key(), it.value().toDouble(), intervals.value(it.key())));
    const QJsonObject perLabel = metrics.value(QStringLiteral("per_label")).toObject();
    for (auto it = perLabel.begin(); it != perLabel.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        LabelScore score;
        score.label = it.key();
        score.precision = entry.value(QStringLiteral("precision")).toDouble();
        score.recall = entry.value(QStringLiteral("recall")).toDouble();
        score.f1 = figure(QStringLiteral("f1"), entry.value(QStringLiteral("f1")).toDouble(),
            QJsonArray{entry.value(QStringLiteral("f1_low")), entry.value(QStringLiteral("f1_high"))});
        if (entry.value(QStringLiteral("support")).isDouble())
            score.support = entry.value(QStringLiteral("support")).toInteger();
        evaluation.perLabel.append(score);
    }
    return evaluation;
}

ModelEvaluations::ModelEvaluations(const ProjectStore &store)
{
    // Newest first across both kinds, so the first run seen of a (version, split) is the one a report shows.
    QList<FinishedJob> jobs;
    for (const QString &kind : kEvaluationKinds)
        jobs.append(store.finishedJobs(kind));
    std::stable_sort(jobs.begin(), jobs.end(), [](const FinishedJob &a, const FinishedJob &b) { return a.id > b.id; });
    for (const FinishedJob &job : jobs) {
        // Older thread runs kept the version and split in their parameters only.
        QJsonObject result = job.result;
        for (const QString &key : {QStringLiteral("model_version"), QStringLiteral("split")})
            if (!result.contains(key))
                result.insert(key, job.parameters.value(key));
        const qint64 versionId = result.value(QStringLiteral("model_version")).toInteger();
        QList<ModelEvaluation> &evaluations = m_byVersion[versionId];
        const QString split = result.value(QStringLiteral("split")).toString();
        const bool seen = std::any_of(evaluations.begin(), evaluations.end(),
            [&split](const ModelEvaluation &evaluation) { return evaluation.split == split; });
        if (!seen)
            evaluations.append(fromResult(result, job.finishedAt));
    }
    for (QList<ModelEvaluation> &evaluations : m_byVersion)
        std::sort(evaluations.begin(), evaluations.end(),
            [](const ModelEvaluation &a, const ModelEvaluation &b) { return a.split < b.split; });
}

QList<ModelEvaluation> ModelEvaluations::of(qint64 versionId) const
{
    return m_byVersion.value(versionId);
}

} // namespace candor
