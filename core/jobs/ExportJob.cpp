#include "core/jobs/ExportJob.h"

#include "core/domain/Error.h"
#include "core/store/ProjectStore.h"

#include <QFileInfo>

namespace candor {

ExportJob::ExportJob(const QString &projectPath, const QString &format, const QString &outPath,
    const ExportOptions &options, QObject *parent)
    : Job(tr("Export %1 as %2").arg(QFileInfo(outPath).fileName(), format), parent)
    , m_projectPath(projectPath)
    , m_format(format)
    , m_outPath(outPath)
    , m_options(options)
{
}

QJsonObject ExportJob::run()
{
    const auto exporter = exporterFor(m_format);
    if (!exporter)
        throw Error(tr("%1: unknown export format '%2'").arg(m_outPath, m_format));
    const ProjectStore store(m_projectPath);
    log(tr("Exporting to %1 as %2").arg(m_outPath, m_format));
    qint64 written = 0;
    try {
        written = exporter->exportTo(
            store, m_outPath, m_options, [this](qint64 done, qint64 total) { reportProgress(done, total); },
            cancelToken().flag());
    } catch (const Error &) {
        if (isCancelled()) // the exporter stops with an error naming the file; for the job that is a cancel
            return {};
        throw;
    }
    markCompleted();
    log(tr("%1: %n record(s) written", nullptr, int(written)).arg(m_outPath));
    return {{QStringLiteral("path"), m_outPath}, {QStringLiteral("format"), m_format},
        {QStringLiteral("records"), written}};
}

} // namespace candor
