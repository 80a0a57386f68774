// candor-cli: the scriptable face of Candor. Every command is a thin layer over core (and models via app/jobs),
// exactly what the GUI uses. Errors: one line on stderr naming the record and the reason, non-zero exit.
#include "app/cli/CliCommand.h"
#include "app/cli/CliSupport.h"
#include "app/jobs/TaskCatalog.h"
#include "core/domain/Error.h"
#include "core/formats/common/Exporter.h"
#include "core/formats/common/Importer.h"
#include "core/i18n/Translations.h"
#include "models/engine/RunControl.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstring>
#include <exception>
#include <memory>

using namespace candor;

namespace {

QString usage()
{
    QString text = QStringLiteral(
        "usage: candor-cli <command> [options] (candor-cli <command> --help for details)\n\ncommands:\n");
    for (const cli::CliCommand &command : cli::commands())
        text += QStringLiteral("  %1  %2\n")
                    .arg(QString::fromLatin1(command.name).leftJustified(10), QString::fromUtf8(command.summary));
    text += QStringLiteral("\ntrain, predict, eval and heatmap also take --device auto|cpu|cuda|cuda:N, --threads N "
                           "and --batch-limit N.\n");
    text += QStringLiteral("\ntasks (train, predict, eval --task):\n");
    for (const TaskInfo &task : TaskCatalog::tasks())
        text += QStringLiteral("  %1  %2\n").arg(task.name.leftJustified(22), task.summary);
    QStringList importers;
    for (const auto &importer : allImporters())
        importers.append(importer->format());
    QStringList exporters;
    for (const auto &exporter : allExporters())
        exporters.append(exporter->format());
    text += QStringLiteral("\nimport formats: %1 (auto-detected; --format names one)\nexport formats: %2\n")
                .arg(importers.join(QStringLiteral(", ")), exporters.join(QStringLiteral(", ")));
    return text.trimmed();
}

} // namespace

int main(int argc, char *argv[])
{
    // `report` draws the window's QtCharts off screen, which takes a QApplication; a command line never shows a
    // window, so it gets the offscreen platform unless the caller chose one. Every other command stays core-only.
    const bool drawsCharts = argc > 1 && std::strcmp(argv[1], "report") == 0;
    if (drawsCharts && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application
        = drawsCharts ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("candor-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CANDOR_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Candor"));
    cli::installInterruptHandler();
    // Errors and import issues in the user's language (the window's choice, else the system's); options, format and
    // task names and the JSON output stay as they are.
    Translations::install(app, Translations::resolved(Translations::preference()));

    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        cli::printErr(usage());
        return cli::Usage;
    }
    if (arguments[1] == QLatin1String("--help") || arguments[1] == QLatin1String("-h")) {
        cli::printOut(usage());
        return cli::Ok;
    }
    if (arguments[1] == QLatin1String("--version")) {
        cli::printOut(QStringLiteral("candor-cli ") + QCoreApplication::applicationVersion());
        return cli::Ok;
    }
    for (const cli::CliCommand &command : cli::commands()) {
        if (arguments[1] != QLatin1String(command.name))
            continue;
        static const QStringList computing{QStringLiteral("train"), QStringLiteral("predict"), QStringLiteral("eval"),
            QStringLiteral("heatmap"), QStringLiteral("fusion")};
        if (computing.contains(arguments[1]))
            cli::acceptComputeOptions();
        QStringList commandArguments = arguments.mid(2);
        commandArguments.prepend(QStringLiteral("candor-cli ") + QLatin1String(command.name));
        try {
            return command.run(commandArguments);
        } catch (const cli::HelpShown &) {
            return cli::Ok;
        } catch (const engine::Cancelled &) {
            cli::printErr(
                QStringLiteral("candor-cli %1: cancelled; nothing was saved").arg(QLatin1String(command.name)));
        } catch (const Error &error) {
            cli::printErr(QStringLiteral("candor-cli %1: %2").arg(QLatin1String(command.name), error.message()));
        } catch (const std::exception &error) {
            cli::printErr(
                QStringLiteral("candor-cli %1: %2").arg(QLatin1String(command.name), QString::fromUtf8(error.what())));
        }
        return cli::Failure;
    }
    cli::printErr(QStringLiteral("candor-cli: unknown command '%1'").arg(arguments[1]));
    cli::printErr(usage());
    return cli::Usage;
}
