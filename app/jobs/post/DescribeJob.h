#pragma once

#include "core/jobs/Job.h"
#include "core/store/ItemQuery.h"

#include <atomic>

namespace candor {

// Tools > Describe pictures of the current filter: the pictures of the memes and posts a browser filter lists turned
// into structured text (app/jobs/post/DescribeImages), on a worker thread. Each description is its own file beside
// the project, so a cancel keeps the ones made before it (and says so).
class DescribeJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DescribeJob)

public:
    DescribeJob(const QString &projectPath, const ItemQuery &filter, const QString &modelsFolder = {},
        QObject *parent = nullptr);
    QString cancelOutcome() const override;

protected:
    QJsonObject run() override;

private:
    QString m_projectPath;
    ItemQuery m_filter;
    QString m_modelsFolder;
    std::atomic_int m_done{0};
};

} // namespace candor
