// candor-screenshot: renders one documentation scene of the real window to a PNG and quits (tools/screenshots.sh
// runs it on a virtual X server). A tool, not part of the shipped candor executable.
#include "app/gui/Workbench.h"
#include "core/i18n/Translations.h"
#include "core/sample/SampleProject.h"
#include "tools/screenshot/ScreenshotScenes.h"
#include "tools/screenshot/ScreenshotTrainingScene.h"
#include "widgets/main/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace candor;

namespace {

void grabAndQuit(MainWindow &window, const QString &out)
{
    const bool saved = window.grab().save(out);
    std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "wrote" : "could not write", qPrintable(out));
    QCoreApplication::exit(saved ? 0 : 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // Screenshots never read or write the user's settings.
    QCoreApplication::setOrganizationName(QStringLiteral("CandorScreenshots"));
    QCoreApplication::setApplicationName(QStringLiteral("candor"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear(); // every scene starts as a first start: no layout of an earlier run
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/candor.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Renders one scene of the candor window to a PNG"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("scene"),
        QStringLiteral("one of: %1, first-start, training-job")
            .arg(ScreenshotScenes::names().join(QStringLiteral(", "))));
    parser.addPositionalArgument(QStringLiteral("png"), QStringLiteral("the PNG to write"));
    QCommandLineOption language(QStringLiteral("language"), QStringLiteral("interface language: en or es"),
        QStringLiteral("code"), QStringLiteral("en"));
    parser.addOption(language);
    parser.process(app);
    if (!Translations::install(app, parser.value(language)))
        return 2;
    if (parser.positionalArguments().size() != 2)
        parser.showHelp(2);
    const QString scene = parser.positionalArguments().at(0);
    const QString out = parser.positionalArguments().at(1);

    MainWindow window;
    ModelActions *actions = wireWorkbench(window);
    // A folder of its own: screenshot runs side by side (or one killed mid-run, leaving -wal and -shm files)
    // must not share one fixed project file ("disk I/O error"). Removed, side files and all, on return.
    const QTemporaryDir folder(QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                                   .filePath(QStringLiteral("candor-screenshot-XXXXXX")));
    const QString project = folder.filePath(QStringLiteral("candor-screenshot-demo.candor"));
    ScreenshotScenes::buildDemoProject(project);
    if (scene == QLatin1String("first-start")) {
        // The window as a new user meets it: placed and sized by itself (no fixed size), the sample project open.
        const QString sample = folder.filePath(QStringLiteral("sample.candor"));
        buildSampleProject(sample);
        if (!window.openProject(sample))
            return 2;
        window.show();
        QTimer::singleShot(800, &window, [&window, out] { grabAndQuit(window, out); });
        return QApplication::exec();
    }
    if (scene == QLatin1String("training-job")) {
        // A real training run: the grab waits for the job instead of a fixed delay.
        window.resize(1500, 900);
        if (!arrangeTrainingScene(window, *actions, project, [&window, out] { grabAndQuit(window, out); }))
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
