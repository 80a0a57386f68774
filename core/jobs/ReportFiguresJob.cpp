#include "core/jobs/ReportFiguresJob.h"

#include "core/report/ReportBuilder.h"
#include "core/store/ProjectStore.h"

#include <QMutexLocker>

namespace candor {

ReportFiguresJob::ReportFiguresJob(const QString &projectPath, const ReportScope &scope, QObject *parent)
    : Job(tr("Charts of %1").arg(ReportBuilder::describeScope(scope)), parent)
    , m_projectPath(projectPath)
    , m_scope(scope)
{
}

QList<ReportFigure> ReportFiguresJob::figures() const
{
    const QMutexLocker lock(&m_mutex);
    return m_figures;
}

QJsonObject ReportFiguresJob::run()
{
    const ProjectStore store(m_projectPath);
    ReportOptions options;
    options.figuresOnly = true;
    const ReportModel model = ReportBuilder::build(
        store, m_scope, options, [this](int done, int total) { reportProgress(done, total); }, cancelToken().flag());
    QList<ReportFigure> figures = ReportFigures::of(model);
    const qsizetype count = figures.size();
    {
        const QMutexLocker lock(&m_mutex);
        m_figures = std::move(figures);
    }
    markCompleted();
    return {{QStringLiteral("figures"), qint64(count)}, {QStringLiteral("items"), model.items}};
}

} // namespace candor
