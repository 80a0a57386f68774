#pragma once

#include "app/jobs/TextJob.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace candor {

struct PredictTextOptions
{
    QString task;
    std::optional<qint64> modelVersionId;   // default: the latest version of the task
    QStringList splits;                     // empty: every split
    QList<qint64> itemIds;                  // non-empty: only these items
    int batchSize = 32;
};

struct PredictTextResult
{
    bool cancelled = false;
    qint64 modelVersionId = 0;
    int items = 0;
    int annotations = 0;   // model rows written
};

// Runs a model version over a task's items (labelled or not; a narrative version only over its language) and
// writes its predictions as model annotations: origin model, status proposed, the score and the version id.
// Gold and human rows are never touched. Re-predicting with the same version replaces that version's proposed
// rows of those items (rows a person accepted or rejected stay, and are not duplicated); all rows are written in one transaction, so a cancelled or failed run leaves the project as it was.
// The job-log entry ("predict-text") lists the items covered, which is how evaluation knows what was predicted.
class PredictTextJob final : public TextJob
{
public:
    PredictTextJob(QString projectPath, PredictTextOptions options);

    PredictTextResult run();   // throws candor::Error on failure

private:
    QString m_projectPath;
    PredictTextOptions m_options;
};

} // namespace candor
