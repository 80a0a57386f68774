// candor: the workbench GUI. Wiring only: the window lives in candor_widgets, the jobs it runs in candor_gui.
#include "app/gui/Workbench.h"
#include "core/i18n/Translations.h"
#include "widgets/appearance/AppearanceController.h"
#include "widgets/appearance/AppearanceMenu.h"
#include "widgets/main/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMenu>

using namespace candor;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Candor"));
    QCoreApplication::setApplicationName(QStringLiteral("candor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CANDOR_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/candor.svg")));

    // The language the user chose (View > Language), else the system's: English or Spanish.
    Translations::install(app, Translations::resolved(Translations::preference()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Workbench against online manipulation"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"), QCoreApplication::translate("main", "Project file to open"),
        QStringLiteral("[project.candor]"));
    parser.process(app);

    // Light or dark as the desktop prefers, before the first window is polished.
    auto *appearance = new AppearanceController(&app);
    appearance->start();
    appearance->followSessionPortal();

    MainWindow window;
    wireWorkbench(window);
    window.viewMenu()->addSeparator();
    window.viewMenu()->addMenu(createAppearanceMenu(appearance, &window));
    if (!parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().first());
    window.show();
    // First start: who is annotating, before the first edit carries a name (later: Edit > Annotator…).
    window.askAnnotatorIfMissing();
    return QApplication::exec();
}
