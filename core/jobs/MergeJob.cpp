#include "core/jobs/MergeJob.h"

#include "core/domain/Error.h"
#include "core/store/AnnotationMerge.h"
#include "core/store/ProjectStore.h"

#include <QFileInfo>
#include <QJsonArray>

namespace candor {

MergeJob::MergeJob(const QString &projectPath, const QStringList &otherPaths, QObject *parent)
    : Job(otherPaths.size() == 1 ? tr("Merge annotations of %1").arg(QFileInfo(otherPaths.first()).fileName())
                                 : tr("Merge annotations of %n file(s)", nullptr, int(otherPaths.size())),
        parent)
    , m_projectPath(projectPath)
    , m_otherPaths(otherPaths)
{
}

QJsonObject MergeJob::run()
{
    ProjectStore store(m_projectPath);
    QList<MergeReport> reports;
    try {
        reports = AnnotationMerge::merge(
            store, m_otherPaths, [this](qint64 done, qint64 total) { reportProgress(done, total); },
            cancelToken().flag());
    } catch (const Error &) {
        if (isCancelled()) // the merge stops with an error saying nothing was written; for the job that is a cancel
            return {};
        throw;
    }
    markCompleted();
    QJsonArray files;
    for (const MergeReport &report : reports) {
        log(tr("%1: %n row(s) added", nullptr, report.rowsAdded).arg(report.otherPath) + QLatin1String(", ")
            + tr("%n answer(s) already present", nullptr, report.answersAlreadyPresent) + QLatin1String(", ")
            + tr("%n conflict(s)", nullptr, int(report.conflicts.size())) + QLatin1String(", ")
            + tr("%n item(s) missing here", nullptr, int(report.missingItems.size())));
        for (const MergeConflict &c : report.conflicts)
            log(tr("Conflict: %1 answered %2/%3 in %4 differently: here %5, there %6")
                    .arg(c.annotator.isEmpty() ? tr("(unnamed)") : c.annotator, c.source,
                        c.postId.isEmpty() ? c.externalId : c.externalId + QLatin1Char('#') + c.postId, c.schema,
                        c.targetAnswer.join(QLatin1String("; ")), c.otherAnswer.join(QLatin1String("; "))));
        if (!report.missingItems.isEmpty())
            log(tr("Items not in this project: %1").arg(report.missingItems.join(QLatin1String(", "))));
        files.append(report.toJson());
    }
    return {{QStringLiteral("files"), files}};
}

} // namespace candor
