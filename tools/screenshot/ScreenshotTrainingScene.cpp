#include "tools/screenshot/ScreenshotTrainingScene.h"

#include "app/gui/ModelActions.h"
#include "core/domain/Error.h"
#include "core/jobs/Job.h"
#include "core/sample/SampleProject.h"
#include "widgets/jobs/JobsPanel.h"
#include "widgets/jobs/TrainingChart.h"
#include "widgets/main/MainWindow.h"

#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>

namespace candor {

bool arrangeTrainingScene(
    MainWindow &window, ModelActions &actions, const QString &projectPath, const std::function<void()> &ready)
{
    const QString sample
        = QFileInfo(projectPath).absoluteDir().filePath(QStringLiteral("candor-screenshot-sample.candor"));
    QFile::remove(sample);
    try {
        buildSampleProject(sample);
    } catch (const Error &error) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message()));
        return false;
    }
    if (!window.openProject(sample))
        return false;
    if (auto *jobs = window.findChild<QDockWidget *>(QStringLiteral("JobsDock"))) {
        jobs->raise();
        window.resizeDocks({jobs}, {430}, Qt::Vertical);
    }
    TrainRequest request;
    request.task = QStringLiteral("persuasion-spans"); // the sample memes carry persuasion-20 spans
    request.settings = {{QStringLiteral("trainNgramBaseline"), false}, {QStringLiteral("trainEnsemble"), false},
        {QStringLiteral("vocabSize"), 600}, {QStringLiteral("layers"), 2}, {QStringLiteral("heads"), 2},
        {QStringLiteral("width"), 64}, {QStringLiteral("feedForward"), 128}, {QStringLiteral("headUnits"), 64},
        {QStringLiteral("maxLength"), 64}, {QStringLiteral("epochs"), 12}, {QStringLiteral("patience"), 12}};
    Job *job = actions.train(request);
    if (!job)
        return false;
    // A short pause after the end lets the chart and the Jobs list repaint with the final state.
    const auto finish = [ready] { QTimer::singleShot(300, ready); };
    QObject::connect(job, &Job::finished, job, finish);
    QObject::connect(job, &Job::failed, job, [finish](const QString &message) {
        std::fprintf(stderr, "training failed: %s\n", qPrintable(message));
        finish();
    });
    QObject::connect(job, &Job::cancelled, job, finish);
    return true;
}

} // namespace candor
