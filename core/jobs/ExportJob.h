#pragma once

#include "core/formats/common/Exporter.h"
#include "core/jobs/Job.h"

namespace candor {

// Exports a project in one format on a worker thread with its own database connection (what `candor-cli export`
// does, for the window's File > Export). The exporter writes aside and renames when complete, so a cancelled or
// failed export leaves no file.
class ExportJob final : public Job
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportJob)

public:
    ExportJob(const QString &projectPath, const QString &format, const QString &outPath,
        const ExportOptions &options = {}, QObject *parent = nullptr);

protected:
    QJsonObject run() override;

private:
    QString m_projectPath;
    QString m_format;
    QString m_outPath;
    ExportOptions m_options;
};

} // namespace candor
