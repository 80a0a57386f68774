#pragma once

#include <QWidget>

class QTableView;
class QTimer;

namespace candor {

class Job;
class JobListModel;
class TrainingChart;
class JobManager;

// The Jobs dock: every job with a progress bar and time left, cancel for the selected (or newest running)
// job, and clearing of ended jobs. Errors stay in the State column and the Log dock.
class JobsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobsPanel)

public:
    JobsPanel(JobManager *jobs, QWidget *parent = nullptr);
    JobListModel *model() const { return m_model; }
    TrainingChart *trainingChart() const { return m_chart; }
    void cancelSelected();
    void selectJob(const Job *job);

private:
    JobManager *m_jobs;
    JobListModel *m_model;
    QTableView *m_table;
    TrainingChart *m_chart;
    QTimer *m_tick;
};

} // namespace candor
