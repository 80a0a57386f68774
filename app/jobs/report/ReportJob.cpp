#include "app/jobs/report/ReportJob.h"

#include "core/report/ReportBuilder.h"
#include "core/store/ProjectStore.h"

#include <QFileInfo>

namespace candor {

QJsonObject ReportJobResult::toJson() const
{
    return {{QStringLiteral("items"), items}, {QStringLiteral("scope"), scope}};
}

QString ReportJobResult::summary() const
{
    return ReportJob::tr("Report read %1 items (%2)").arg(QString::number(items), scope);
}

ReportJob::ReportJob(QString projectPath, ReportScope scope)
    : TypedEngineJob(std::move(projectPath))
    , m_scope(std::move(scope))
{
}

QString ReportJob::title() const
{
    return tr("Report on %1").arg(QFileInfo(projectPath()).completeBaseName());
}

ReportJobResult ReportJob::execute()
{
    const ProjectStore store(projectPath());
    // The builder calls back after each section: the cancel check there stops it between two reads (engine::Cancelled
    // passes through the builder, whose scope table goes with it).
    m_model = ReportBuilder::build(store, m_scope, {}, [this](int done, int total) {
        throwIfCancelled();
        report("reading the project", done, total);
    });
    throwIfCancelled();
    return {m_model.items, m_model.filterDescription};
}

} // namespace candor
