#pragma once

#include "app/jobs/text/EvaluateTextJob.h"
#include "core/jobs/Job.h"
#include "app/jobs/text/PredictTextJob.h"
#include "app/jobs/text/TrainTextJob.h"
#include "core/store/ItemQuery.h"

#include <optional>

namespace candor {

// The GUI's runners for the text jobs of candor_appjobs: each runs the plain job on the worker thread, turns
// its progress into Job progress (and, for training, chart points) and its cancel into the job's own flag.

class TrainTextTaskJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrainTextTaskJob)

public:
    TrainTextTaskJob(const QString &projectPath, const TrainTextOptions &options, QObject *parent = nullptr);
    QString task() const { return m_options.task; }

Q_SIGNALS:
    // One point of the live curve: phase ("transformer", "ngram", ...), step within it, loss, dev metric (< 0: none).
    void trainingPoint(const QString &phase, double step, double loss, double devMetric);

protected:
    QJsonObject run() override;

private:
    QString m_projectPath;
    TrainTextOptions m_options;
};

class PredictTextTaskJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PredictTextTaskJob)

public:
    PredictTextTaskJob(const QString &projectPath, const PredictTextOptions &options, const QString &scope, QObject *parent = nullptr);
    // Predicts the items a browser filter lists; they are read on the worker (a filter may list a million).
    void setFilter(const ItemQuery &filter) { m_filter = filter; }

protected:
    QJsonObject run() override;

private:
    QString m_projectPath;
    PredictTextOptions m_options;
    std::optional<ItemQuery> m_filter;
};

class EvaluateTextTaskJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EvaluateTextTaskJob)

public:
    EvaluateTextTaskJob(const QString &projectPath, const EvaluateTextOptions &options, QObject *parent = nullptr);

protected:
    QJsonObject run() override;

private:
    QString m_projectPath;
    EvaluateTextOptions m_options;
};

} // namespace candor
