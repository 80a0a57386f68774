#pragma once

#include "core/jobs/Job.h"

namespace candor {

// Builds the bundled sample project (core/sample) on a worker thread; the GUI opens it when this finishes.
class SampleProjectJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SampleProjectJob)

public:
    explicit SampleProjectJob(const QString &path, QObject *parent = nullptr);
    QString path() const { return m_path; }

protected:
    QJsonObject run() override;

private:
    QString m_path;
};

} // namespace candor
