#include "app/jobs/EngineJobRunner.h"

#include <QElapsedTimer>

namespace candor {

namespace {
// Loss points are thinned to this interval; selection scores (an epoch's end) always go through.
constexpr qint64 kChartIntervalMs = 100;

qint64 monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}
} // namespace

EngineJobRunner::EngineJobRunner(std::unique_ptr<EngineJob> job, QObject *parent)
    : Job(job->title(), parent)
    , m_job(std::move(job))
{
}

// The worker uses m_job until it ends; the base class's destructor would wait too late (after m_job is gone).
EngineJobRunner::~EngineJobRunner()
{
    cancel();
    wait();
}

QJsonObject EngineJobRunner::run()
{
    m_job->shareCancelToken(engine::CancelToken(cancelToken().sharedFlag()));
    m_job->setProgressSink([this](const engine::Progress &progress) { onProgress(progress); });
    EngineOutcome outcome;
    try {
        outcome = m_job->runForOutcome();
    } catch (const engine::Cancelled &) {
        return {}; // Job reports the cancel: nothing was written
    }
    markCompleted();
    if (!outcome.summary.isEmpty())
        log(outcome.summary);
    return outcome.json;
}

void EngineJobRunner::onProgress(const engine::Progress &progress)
{
    if (progress.phase != m_phase) {
        m_phase = progress.phase;
        log(tr("%1: %2").arg(title(), QString::fromStdString(progress.phase)));
    }
    if (progress.total > 0)
        reportProgress(progress.step, progress.total);
    const bool scored = progress.has("held_out");
    if (!scored && !progress.has("loss"))
        return;
    const qint64 now = monotonicMs();
    if (!scored && m_lastPointMs >= 0 && now - m_lastPointMs < kChartIntervalMs)
        return;
    m_lastPointMs = now;
    Q_EMIT trainingPoint(QString::fromStdString(progress.phase), double(progress.step), progress.metric("loss"),
        progress.metric("held_out"));
}

} // namespace candor
