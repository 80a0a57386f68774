#pragma once

#include "core/jobs/Job.h"
#include "core/report/ReportFigures.h"

#include <QMutex>

namespace candor {

// The report's figures for one scope, built on a worker thread (a big project's report queries take seconds):
// what the window's Charts dock draws, so the window shows the very charts a report of that filter would.
class ReportFiguresJob final : public Job
{
    Q_OBJECT

public:
    ReportFiguresJob(const QString &projectPath, const ReportScope &scope, QObject *parent = nullptr);

    // The figures, once finished (empty before, or when the scope has none).
    QList<ReportFigure> figures() const;

protected:
    QJsonObject run() override;

private:
    QString m_projectPath;
    ReportScope m_scope;
    mutable QMutex m_mutex;
    QList<ReportFigure> m_figures;
};

} // namespace candor
