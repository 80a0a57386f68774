#include "app/gui/ReportActions.h"

#include "app/jobs/EngineJobRunner.h"
#include "app/jobs/report/ReportJob.h"
#include "core/domain/Error.h"
#include "widgets/browser/ItemBrowser.h"
#include "widgets/browser/ItemTableModel.h"
#include "widgets/main/MainWindow.h"
#include "widgets/report/ReportWriter.h"

#include <QAction>
#include <QDesktopServices>
#include <QFileInfo>
#include <QUrl>

namespace candor {

ReportActions::ReportActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_action(new QAction(tr("&Report…"), window))
{
    m_action->setObjectName(QStringLiteral("fileReport"));
    m_action->setToolTip(tr("An analyst's report of the current filter: HTML or PDF, with charts"));
    connect(m_action, &QAction::triggered, this, [this] { report(); });
    window->addFileAction(m_action);
}

Job *ReportActions::report()
{
    if (!m_window->hasProject())
        return nullptr;
    const QString path = m_window->chooseFile(tr("Report"), tr("HTML page (*.html);;PDF document (*.pdf)"), true);
    if (path.isEmpty())
        return nullptr;
    ReportScope scope;
    scope.query = m_window->browser()->model()->query();
    auto runner = std::make_unique<EngineJobRunner>(std::make_unique<ReportJob>(m_window->projectPath(), scope));
    EngineJobRunner *job = runner.get();
    // The runner's outcome arrives on this thread after its worker ended: the model is complete and ours to read.
    connect(job, &Job::finished, this, [this, job, path] {
        const auto &reportJob = static_cast<const ReportJob &>(job->engineJob());
        try {
            const QString written
                = ReportWriter::write(reportJob.model(), ReportWriter::formatForPath(path), path, m_window->store());
            m_lastWritten = path;
            m_window->appendLog(tr("Report written: %1 (%2)").arg(path, written));
            Q_EMIT this->written(path);
            if (m_open)
                QDesktopServices::openUrl(QUrl::fromLocalFile(path));
        } catch (const Error &error) {
            m_window->appendLog(error.message());
        }
    });
    return m_window->startJob(std::move(runner));
}

} // namespace candor
