#include "widgets/jobs/JobListModel.h"

#include "core/jobs/Job.h"
#include "core/jobs/JobManager.h"

namespace candor {

JobListModel::JobListModel(JobManager *jobs, QObject *parent)
    : QAbstractTableModel(parent)
    , m_jobs(jobs)
{
    connect(jobs, &JobManager::aboutToAdd, this, [this](int row) { beginInsertRows({}, row, row); });
    connect(jobs, &JobManager::added, this, [this] { endInsertRows(); });
    connect(jobs, &JobManager::aboutToReset, this, [this] { beginResetModel(); });
    connect(jobs, &JobManager::reset, this, [this] { endResetModel(); });
    connect(jobs, &JobManager::jobChanged, this,
        [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
}

Job *JobListModel::jobAt(int row) const
{
    return row >= 0 && row < m_jobs->count() ? m_jobs->at(row) : nullptr;
}

int JobListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_jobs->count();
}

int JobListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobListModel::formatSeconds(double seconds)
{
    if (seconds < 0)
        return {};
    const qint64 s = qint64(seconds + 0.5);
    if (s < 60)
        return tr("%1 s").arg(s);
    if (s < 3600)
        return tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

QVariant JobListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Job *job = m_jobs->at(index.row());
    const double fraction = job->total() > 0 ? double(job->done()) / double(job->total()) : 0.0;
    if (role == ProgressRole)
        return job->state() == Job::State::Finished ? 1.0 : fraction;
    if (role == ActiveRole)
        return job->isActive();
    if (role == Qt::ToolTipRole && job->state() == Job::State::Failed)
        return job->errorMessage();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Title: return job->title();
    case Progress: return QStringLiteral("%1%").arg(int(100 * (job->state() == Job::State::Finished ? 1.0 : fraction)));
    case TimeLeft: return formatSeconds(job->secondsLeft());
    case State:
        switch (job->state()) {
        case Job::State::Pending: return tr("waiting");
        case Job::State::Running: return job->isCancelRequested() ? tr("cancelling…") : tr("running");
        case Job::State::Finished: return tr("finished");
        case Job::State::Failed: return tr("failed: %1").arg(job->errorMessage());
        case Job::State::Cancelled: return tr("cancelled");
        }
    }
    return {};
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title: return tr("Job");
    case Progress: return tr("Progress");
    case TimeLeft: return tr("Time left");
    case State: return tr("State");
    }
    return {};
}

} // namespace candor
