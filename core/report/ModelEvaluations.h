#pragma once

#include "core/report/ReportModel.h"

#include <QHash>

namespace candor {

class ProjectStore;

// The evaluations the job log holds ("evaluate-text", "evaluate-thread", "evaluate-meme" runs), read once for a report:
// per model version, the newest run on each split with its figures, their bootstrap intervals and the per-label scores.
class ModelEvaluations
{
public:
    explicit ModelEvaluations(const ProjectStore &store);

    // The newest evaluation of `versionId` on each split, splits sorted.
    QList<ModelEvaluation> of(qint64 versionId) const;

    // One job-log result ({"split", "n_items", "metrics": {...}}) as a report's evaluation.
    static ModelEvaluation fromResult(const QJsonObject &result, const QDateTime &finishedAt);

private:
    QHash<qint64, QList<ModelEvaluation>> m_byVersion;
};

} // namespace candor
