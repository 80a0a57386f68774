#include "app/gui/TextTaskJobs.h"

#include "core/store/FacetSelection.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"

#include <QElapsedTimer>
#include <QSqlQuery>

namespace candor {

namespace {
// Loss points are thinned to this interval; dev evaluations always go through.
constexpr qint64 kChartIntervalMs = 100;
}

TrainTextTaskJob::TrainTextTaskJob(const QString &projectPath, const TrainTextOptions &options, QObject *parent)
    : Job(tr("Train %1").arg(options.task), parent)
    , m_projectPath(projectPath)
    , m_options(options)
{
}

QJsonObject TrainTextTaskJob::run()
{
    TrainTextJob job(m_projectPath, m_options);
    job.setExternalCancelFlag(cancelToken().flag());
    QElapsedTimer sinceLastPoint;
    sinceLastPoint.start();
    job.setProgressHandler([this, &sinceLastPoint](const TextJobProgress &p) {
        if (p.total > 0)
            reportProgress(p.done, p.total);
        const bool learning = p.loss > 0 || p.devMetric >= 0;
        if (learning && (p.devMetric >= 0 || sinceLastPoint.elapsed() >= kChartIntervalMs)) {
            sinceLastPoint.restart();
            Q_EMIT trainingPoint(p.phase, double(p.done), p.loss, p.devMetric);
        }
    });
    const TrainTextResult result = job.run();
    if (result.cancelled)
        return {};
    markCompleted();
    log(tr("Trained %1: model version %2 (%3), %4 train / %5 dev items, %6 s")
            .arg(m_options.task).arg(result.modelVersionId).arg(result.chosen).arg(result.trainItems).arg(result.devItems)
            .arg(result.seconds, 0, 'f', 1));
    return {{QStringLiteral("task"), m_options.task},
            {QStringLiteral("model_version"), result.modelVersionId},
            {QStringLiteral("chosen"), result.chosen},
            {QStringLiteral("metrics"), result.metrics}};
}

PredictTextTaskJob::PredictTextTaskJob(const QString &projectPath, const PredictTextOptions &options, const QString &scope,
                                       QObject *parent)
    : Job(tr("Predict %1 (%2)").arg(options.task, scope), parent)
    , m_projectPath(projectPath)
    , m_options(options)
{
}

QJsonObject PredictTextTaskJob::run()
{
    if (m_filter) {
        const ProjectStore store(m_projectPath);
        const FacetSelection facets = FacetSelection::resolve(store.db(), *m_filter);
        QVariantList binds;
        QSqlQuery query = sql::prepare(store.db(), m_filter->idStatement(binds, &facets));
        for (int i = 0; i < binds.size(); ++i)
            query.bindValue(i, binds[i]);
        sql::exec(query);
        while (query.next()) {
            if (isCancelled())
                return {};
            m_options.itemIds.append(query.value(0).toLongLong());
        }
        if (m_options.itemIds.isEmpty()) {
            log(tr("The filter lists no items: nothing to predict"));
            markCompleted();
            return {{QStringLiteral("items"), 0}, {QStringLiteral("annotations"), 0}};
        }
    }
    PredictTextJob job(m_projectPath, m_options);
    job.setExternalCancelFlag(cancelToken().flag());
    job.setProgressHandler([this](const TextJobProgress &p) {
        if (p.total > 0)
            reportProgress(p.done, p.total);
    });
    const PredictTextResult result = job.run();
    if (result.cancelled)
        return {};
    markCompleted();
    log(tr("Model version %1 proposed %2 annotation(s) on %3 item(s)").arg(result.modelVersionId).arg(result.annotations).arg(result.items));
    return {{QStringLiteral("model_version"), result.modelVersionId},
            {QStringLiteral("items"), result.items},
            {QStringLiteral("annotations"), result.annotations}};
}

EvaluateTextTaskJob::EvaluateTextTaskJob(const QString &projectPath, const EvaluateTextOptions &options, QObject *parent)
    : Job(tr("Evaluate %1 on %2").arg(options.task, options.split), parent)
    , m_projectPath(projectPath)
    , m_options(options)
{
}

QJsonObject EvaluateTextTaskJob::run()
{
    EvaluateTextJob job(m_projectPath, m_options);
    job.setExternalCancelFlag(cancelToken().flag());
    job.setProgressHandler([this](const TextJobProgress &p) {
        if (p.total > 0)
            reportProgress(p.done, p.total);
    });
    const EvaluateTextResult result = job.run();
    if (result.cancelled)
        return {};
    markCompleted();
    return result.toJson(m_options.task, m_options.split);
}

} // namespace candor
