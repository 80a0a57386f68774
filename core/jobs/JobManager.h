#pragma once

#include "core/jobs/Job.h"

#include <QList>
#include <QObject>

#include <memory>
#include <vector>

namespace candor {

// Owns every job of a session (running and ended, for the Jobs dock). Destroying the manager cancels the
// running jobs and waits for their threads, so shutting the window down never leaves a worker behind.
class JobManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobManager)

public:
    explicit JobManager(QObject *parent = nullptr);
    ~JobManager() override;

    // Takes ownership and starts the job at once.
    Job *start(std::unique_ptr<Job> job);
    int count() const { return int(m_jobs.size()); }
    Job *at(int index) const { return m_jobs[size_t(index)].get(); }
    int indexOf(const Job *job) const;
    int runningCount() const;
    void cancelAll();
    // Drops ended jobs from the list.
    void clearEnded();

Q_SIGNALS:
    void aboutToAdd(int index);
    void added(int index);
    void aboutToReset();
    void reset();
    void jobChanged(int index);
    void runningCountChanged(int running);

private:
    std::vector<std::unique_ptr<Job>> m_jobs;
};

} // namespace candor
