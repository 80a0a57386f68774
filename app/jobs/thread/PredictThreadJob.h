#pragma once

#include "app/jobs/EngineJob.h"
#include "app/jobs/PredictScope.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace candor {

struct PredictThreadOptions
{
    std::optional<qint64> modelVersionId; // default: the task's current version (pinned, else the latest)
    PredictScope scope; // thread items only; other items in it are left alone
};

struct PredictThreadResult
{
    qint64 modelVersionId = 0;
    int threads = 0;
    int annotations = 0;

    QJsonObject toJson() const;
    QString summary() const;
};

// Writes model annotations (origin model, status proposed, score, version id): stance-4 per post and
// veracity-3 per thread, and the per-post attention weights as the version's file "attention.json"
// ({"<post row id>": weight}, merged across runs) for the stance timeline. Re-predicting with a version
// replaces its proposed rows of those threads; gold, human and reviewed rows stay. One transaction.
class PredictThreadJob final : public TypedEngineJob<PredictThreadResult>
{
    Q_DECLARE_TR_FUNCTIONS(PredictThreadJob)

public:
    PredictThreadJob(QString projectPath, PredictThreadOptions options);
    QString title() const override;

protected:
    PredictThreadResult execute() override;

private:
    PredictThreadOptions m_options;
};

} // namespace candor
