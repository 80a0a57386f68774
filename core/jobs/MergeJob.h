#pragma once

#include "core/jobs/Job.h"

#include <QStringList>

namespace candor {

// Merges the human rows of other copies of the project (AnnotationMerge) on a worker thread with its own
// connection: File > Merge annotations…, what `candor-cli merge` does. One transaction: a cancel writes nothing.
// The result holds one MergeReport::toJson() per file under "files"; conflicts and missing items are logged.
class MergeJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeJob)

public:
    MergeJob(const QString &projectPath, const QStringList &otherPaths, QObject *parent = nullptr);

protected:
    QJsonObject run() override;

private:
    QString m_projectPath;
    QStringList m_otherPaths;
};

} // namespace candor
