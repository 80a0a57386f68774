// candor: the workbench GUI. Wiring only: the window lives in candor_widgets, the model jobs in candor_appjobs.
#include "MemeMapService.h"
#include "ModelActions.h"
#include "ScreenshotScenes.h"
#include "ScreenshotTrainingScene.h"
#include "appearance/AppearanceController.h"
#include "appearance/AppearanceMenu.h"
#include "engine/Compute.h"
#include "itemview/ItemView.h"
#include "main/MainWindow.h"
#include "meme/MemeView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QMenu>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

using namespace candor;

namespace {

void grabAndQuit(MainWindow &window, const QString &out)
{
    const bool saved = window.grab().save(out);
    std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "wrote" : "could not write", qPrintable(out));
    QCoreApplication::exit(saved ? 0 : 1);
}

int takeScreenshot(MainWindow &window, ModelActions &actions, const QString &out, const QString &scene)
{
    // A folder of its own: screenshot runs side by side (or one killed mid-run, leaving -wal and -shm files)
    // must not share one fixed project file ("disk I/O error"). Removed, side files and all, on return.
    const QTemporaryDir folder(QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation)).filePath(QStringLiteral("candor-screenshot-XXXXXX")));
    const QString project = folder.filePath(QStringLiteral("candor-screenshot-demo.candor"));
    ScreenshotScenes::buildDemoProject(project);
    if (scene == QLatin1String("training-job")) {
        // A real training run: the grab waits for the job instead of a fixed delay.
        window.resize(1500, 900);
        if (!arrangeTrainingScene(window, actions, project, [&window, out] { grabAndQuit(window, out); }))
            return 2;
        window.show();
        return QApplication::exec();
    }
    if (!ScreenshotScenes::arrange(window, scene, project)) {
        std::fprintf(stderr, "unknown scene '%s' (known: %s, training-job)\n", qPrintable(scene),
                     qPrintable(ScreenshotScenes::names().join(QStringLiteral(", "))));
        return 2;
    }
    window.show();
    // Let layouts, docks and fetches settle before the grab.
    QTimer::singleShot(800, &window, [&window, out] { grabAndQuit(window, out); });
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Candor"));
    QCoreApplication::setApplicationName(QStringLiteral("candor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CANDOR_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/candor.svg")));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("candor"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Workbench against online manipulation"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"), QCoreApplication::translate("main", "Project file to open"),
                                 QStringLiteral("[project.candor]"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("Grab a scene to a PNG and quit"), QStringLiteral("png"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption scene(QStringLiteral("scene"), QStringLiteral("Scene for --screenshot"), QStringLiteral("name"));
    scene.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshot);
    parser.addOption(scene);
    parser.process(app);

    if (parser.isSet(screenshot)) {
        // Screenshots never read or write the user's settings.
        QCoreApplication::setOrganizationName(QStringLiteral("CandorScreenshots"));
        QStandardPaths::setTestModeEnabled(true);
    }

    // Light or dark as the desktop prefers, before the first window is polished (screenshots keep their palettes).
    AppearanceController *appearance = nullptr;
    if (!parser.isSet(screenshot)) {
        appearance = new AppearanceController(&app);
        appearance->start();
        appearance->followSessionPortal();
    }

    MainWindow window;
    // The engine picks its device once per process (CUDA when torch sees a GPU); the window only shows the line.
    const engine::ComputeInfo compute = engine::configureCompute();
    window.setComputeDeviceText(QString::fromStdString(compute.describe()));
    auto *actions = new ModelActions(&window);
    // Missing meme heatmaps are computed by jobs (the widgets never see the engine).
    window.itemView()->memeView()->setMapRequests(new MemeMapService(&window));

    if (parser.isSet(screenshot))
        return takeScreenshot(window, *actions, parser.value(screenshot), parser.value(scene));
    window.viewMenu()->addSeparator();
    window.viewMenu()->addMenu(createAppearanceMenu(appearance, &window));
    if (!parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().first());
    window.show();
    return QApplication::exec();
}
