#include "app/cli/CliCommand.h"
#include "app/cli/CliSupport.h"
#include "app/cli/EngineJobConsole.h"
#include "app/cli/commands/MemeCommands.h"
#include "app/cli/commands/ThreadCommands.h"
#include "app/jobs/TaskCatalog.h"
#include "app/jobs/text/PredictTextJob.h"
#include "app/jobs/text/TextTask.h"

namespace candor::cli {

int runPredict(const QStringList &arguments)
{
    if (isThreadTask(arguments))
        return runThreadPredict(arguments);
    if (isMemeTask(arguments))
        return runMemePredict(arguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes a model version's predictions as model annotations (status proposed, with scores). Gold and human\n"
        "rows are never touched; predicting again with the same version replaces its proposed rows."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("the project file"));
    parser.addOption(
        {QStringLiteral("task"), TaskCatalog::names().join(QStringLiteral(" | ")), QStringLiteral("task")});
    parser.addOption(
        {QStringLiteral("split"), QStringLiteral("only items of this split (default: all)"), QStringLiteral("name")});
    parser.addOption({QStringLiteral("model-version"),
        QStringLiteral("model version id (default: the task's current one: pinned, else the latest)"),
        QStringLiteral("id")});
    parser.addOption({QStringLiteral("anyway"),
        QStringLiteral("propose predictions even from a version that cross-validation found no better than always\n"
                       "giving the same answer (refused otherwise)")});
    parser.addOption({QStringLiteral("models-dir"),
        QStringLiteral("folder of the pretrained MobileNetV2, for a post-veracity version that reads pictures'\n"
                       "descriptions (default: the installed one; $CANDOR_MODELS_DIR, when set, wins)"),
        QStringLiteral("folder")});
    if (!parseOrExplain(parser, arguments, 1, 1))
        return Usage;
    if (!parser.isSet(QStringLiteral("task"))) {
        printErr(arguments.value(0) + QStringLiteral(": --task is required (")
            + TaskCatalog::names().join(QStringLiteral(", ")) + QLatin1Char(')'));
        return Usage;
    }
    PredictTextOptions options;
    options.task = parser.value(QStringLiteral("task"));
    options.modelVersionId = modelVersionOption(parser);
    options.scope = PredictScope::ofSplit(parser.value(QStringLiteral("split")));
    options.evenIfNoBetterThanConstant = parser.isSet(QStringLiteral("anyway"));
    options.modelsFolder = parser.value(QStringLiteral("models-dir"));
    if (!isTextTaskName(options.task))
        TaskCatalog::task(options.task); // names the known tasks when it is none of them
    PredictTextJob job(parser.positionalArguments().first(), options);
    const PredictTextResult result = runEngineJob(job);
    printOut(QStringLiteral("model version %1: %2 items predicted, %3 model annotations")
                 .arg(result.modelVersionId)
                 .arg(result.items)
                 .arg(result.annotations));
    return Ok;
}

} // namespace candor::cli
