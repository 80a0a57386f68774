#pragma once

// The window's report: File > Report… reads the project on a worker thread through this job (progress per
// section, Cancel between sections), then the window writes the file from the model it built (the charts are
// QtCharts, drawn on the application's thread: app/gui/ReportActions). A report writes nothing into the project.

#include "app/jobs/EngineJob.h"
#include "core/report/ReportModel.h"

#include <QCoreApplication>

namespace candor {

struct ReportJobResult
{
    qint64 items = 0;
    QString scope;

    QJsonObject toJson() const;
    QString summary() const;
};

class ReportJob final : public TypedEngineJob<ReportJobResult>
{
    Q_DECLARE_TR_FUNCTIONS(ReportJob)

public:
    ReportJob(QString projectPath, ReportScope scope);
    QString title() const override;
    // The report, once run() returned (the runner's finished signal): read on the owner's thread only then.
    const ReportModel &model() const { return m_model; }

protected:
    ReportJobResult execute() override;

private:
    ReportScope m_scope;
    ReportModel m_model;
};

} // namespace candor
