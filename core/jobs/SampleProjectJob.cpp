#include "core/jobs/SampleProjectJob.h"

#include "core/sample/SampleProject.h"

namespace candor {

SampleProjectJob::SampleProjectJob(const QString &path, QObject *parent)
    : Job(tr("Build sample project"), parent)
    , m_path(path)
{
}

QJsonObject SampleProjectJob::run()
{
    buildSampleProject(m_path, cancelToken().flag(), [this](int step, int steps, const QString &what) {
        reportProgress(step, steps);
        log(what);
    });
    markCompleted();
    return {{QStringLiteral("path"), m_path}};
}

} // namespace candor
