#include "core/jobs/ImportJob.h"

#include "core/domain/Error.h"
#include "core/formats/FormatDetection.h"
#include "core/store/ProjectStore.h"

#include <QFileInfo>
#include <QJsonArray>

namespace candor {

ImportJob::ImportJob(const QString &projectPath, const QStringList &paths, const QString &format, QObject *parent)
    : Job(paths.size() == 1 ? tr("Import %1").arg(QFileInfo(paths.first()).fileName())
                            : tr("Import %n files", nullptr, int(paths.size())),
        parent)
    , m_projectPath(projectPath)
    , m_paths(paths)
    , m_format(format)
{
}

QJsonObject ImportJob::run()
{
    ProjectStore store(m_projectPath);
    ImportPlan plan = planImport(m_paths, m_format, cancelToken().flag());
    for (const QString &skipped : std::as_const(plan.skipped))
        log(tr("Skipped %1").arg(skipped));
    const int count = int(plan.steps.size());
    ImportReport total;
    QJsonArray files;
    int imported = 0;
    ImportOptions options;
    options.annotator = m_annotator;
    for (int i = 0; i < count && !isCancelled(); ++i) {
        const QString &path = plan.steps[i].path;
        Importer &importer = *plan.steps[i].importer;
        log(tr("Importing %1 as %2").arg(path, importer.format()));
        const auto progress = [this, i, count](qint64 done, qint64 totalRecords, const QString &) {
            // Several paths share one bar: each path is an equal slice of it.
            const qint64 slice = 1000;
            const qint64 within = totalRecords > 0 ? qMin(slice, done * slice / totalRecords) : 0;
            reportProgress(i * slice + within, count * slice);
        };
        const ImportReport report = importPath(store, importer, path, options, progress, cancelToken().flag());
        for (const ImportIssue &issue : report.issues)
            log(issue.toString());
        log(report.summary());
        total.merge(report);
        QJsonObject file = report.toJson();
        file.insert(QStringLiteral("path"), path);
        files.append(file);
        if (!report.cancelled)
            m_filesImported.store(++imported);
    }
    if (imported == count)
        markCompleted();
    reportProgress(count, count);
    QJsonObject result = total.toJson();
    result.insert(QStringLiteral("files"), files);
    return result;
}

QString ImportJob::cancelOutcome() const
{
    const int kept = m_filesImported.load();
    if (kept == 0)
        return Job::cancelOutcome();
    return tr("%n path(s) imported before the cancel are kept; the one under way was not written", nullptr, kept);
}

} // namespace candor
