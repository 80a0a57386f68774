#pragma once

#include <QAbstractTableModel>

namespace candor {

class Job;
class JobManager;

// The jobs of a JobManager as rows: title, progress (ProgressRole 0..1 for the bar), time left, state/error.
class JobListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobListModel)

public:
    enum Column { Title, Progress, TimeLeft, State, ColumnCount };
    enum Role { ProgressRole = Qt::UserRole + 1, ActiveRole };

    explicit JobListModel(JobManager *jobs, QObject *parent = nullptr);
    Job *jobAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString formatSeconds(double seconds);

private:
    JobManager *m_jobs;
};

} // namespace candor
