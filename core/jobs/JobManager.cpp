#include "core/jobs/JobManager.h"

namespace candor {

JobManager::JobManager(QObject *parent)
    : QObject(parent)
{
}

JobManager::~JobManager()
{
    cancelAll();
    for (auto &job : m_jobs)
        job->wait();
}

Job *JobManager::start(std::unique_ptr<Job> job)
{
    Job *raw = job.get();
    const int index = count();
    Q_EMIT aboutToAdd(index);
    m_jobs.push_back(std::move(job));
    Q_EMIT added(index);
    const auto changed = [this, raw] {
        if (const int i = indexOf(raw); i >= 0)
            Q_EMIT jobChanged(i);
    };
    connect(raw, &Job::progress, this, changed);
    connect(raw, &Job::stateChanged, this, [this, changed] {
        changed();
        Q_EMIT runningCountChanged(runningCount());
    });
    raw->start();
    return raw;
}

int JobManager::indexOf(const Job *job) const
{
    for (size_t i = 0; i < m_jobs.size(); ++i)
        if (m_jobs[i].get() == job)
            return int(i);
    return -1;
}

int JobManager::runningCount() const
{
    int running = 0;
    for (const auto &job : m_jobs)
        running += job->isActive() ? 1 : 0;
    return running;
}

void JobManager::cancelAll()
{
    for (auto &job : m_jobs)
        job->cancel();
}

void JobManager::clearEnded()
{
    Q_EMIT aboutToReset();
    std::vector<std::unique_ptr<Job>> kept;
    for (auto &job : m_jobs)
        if (job->isActive())
            kept.push_back(std::move(job));
    m_jobs = std::move(kept);
    Q_EMIT reset();
}

} // namespace candor
