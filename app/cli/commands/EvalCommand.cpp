#include "app/cli/CliCommand.h"
#include "app/cli/CliSupport.h"
#include "app/cli/EngineJobConsole.h"
#include "app/cli/commands/MemeCommands.h"
#include "app/cli/commands/ThreadCommands.h"
#include "app/jobs/TaskCatalog.h"
#include "app/jobs/text/EvaluateTextJob.h"
#include "app/jobs/text/TextTask.h"

#include <QJsonDocument>

namespace candor::cli {

int runEval(const QStringList &arguments)
{
    if (isThreadTask(arguments))
        return runThreadEval(arguments);
    if (isMemeTask(arguments))
        return runMemeEval(arguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Official metrics of a model version (default: the task's current one) on a split, against the reference "
        "labels\n"
        "(human corrections override gold). Items the version has not predicted yet are predicted first.\n"
        "--json prints one object {\"task\", \"split\", \"model_version\", \"n_items\", \"metrics\": {...}}."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("the project file"));
    parser.addOption(
        {QStringLiteral("task"), TaskCatalog::names().join(QStringLiteral(" | ")), QStringLiteral("task")});
    parser.addOption({QStringLiteral("split"), QStringLiteral("the split to score, e.g. dev"), QStringLiteral("name")});
    parser.addOption({QStringLiteral("model-version"),
        QStringLiteral("model version id (default: the task's current one: pinned, else the latest)"),
        QStringLiteral("id")});
    parser.addOption({QStringLiteral("language"),
        QStringLiteral("narrative: score only en or es items (default: all the version covers)"),
        QStringLiteral("language")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("print one JSON object")});
    if (!parseOrExplain(parser, arguments, 1, 1))
        return Usage;
    if (!parser.isSet(QStringLiteral("task")) || !parser.isSet(QStringLiteral("split"))) {
        printErr(arguments.value(0) + QStringLiteral(": --task and --split are required"));
        return Usage;
    }
    EvaluateTextOptions options;
    options.task = parser.value(QStringLiteral("task"));
    options.split = parser.value(QStringLiteral("split"));
    options.modelVersionId = modelVersionOption(parser);
    options.language = parser.value(QStringLiteral("language"));

    if (!isTextTaskName(options.task))
        TaskCatalog::task(options.task); // names the known tasks when it is none of them
    EvaluateTextJob job(parser.positionalArguments().first(), options);
    const EvaluateTextResult result = runEngineJob(job);
    if (parser.isSet(QStringLiteral("json"))) {
        printOut(QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented)).trimmed());
        return Ok;
    }
    printOut(QStringLiteral("%1 on %2 (%3 items), model version %4")
                 .arg(options.task, options.split)
                 .arg(result.items)
                 .arg(result.modelVersionId));
    printOut(QStringLiteral("  ") + metricsLine(result.metrics));
    const QJsonObject perLabel = result.metrics.value(QStringLiteral("per_label")).toObject();
    for (auto it = perLabel.begin(); it != perLabel.end(); ++it)
        printOut(QStringLiteral("  %1  %2").arg(it.key().leftJustified(52), metricsLine(it.value().toObject())));
    return Ok;
}

} // namespace candor::cli
