#pragma once

#include "core/jobs/Job.h"
#include "app/jobs/meme/MemeMapJob.h"
#include "widgets/meme/MemeMapRequests.h"

namespace candor {

class MainWindow;

// The GUI's runner of MemeMapJob: computes one meme map on the worker thread and stores it in the project.
class MemeMapTaskJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemeMapTaskJob)

public:
    MemeMapTaskJob(const QString &projectPath, const MemeMapOptions &options, QObject *parent = nullptr);

protected:
    QJsonObject run() override;

private:
    QString m_projectPath;
    MemeMapOptions m_options;
};

// Answers the meme view's requests for missing maps with MemeMapTaskJobs in the window's job manager (they show
// in the Jobs dock and are cancelled at shutdown like any other job).
class MemeMapService final : public MemeMapRequests
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemeMapService)

public:
    explicit MemeMapService(MainWindow *window);
    void request(const MemeMapKey &key) override;

private:
    MainWindow *m_window;
};

} // namespace candor
