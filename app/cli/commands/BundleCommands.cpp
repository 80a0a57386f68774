// export-training and import-model: the project's side of training away from it (docs/bundles.md). A training
// bundle goes to candor-train (on a GPU server, or data-parallel), whose model bundle comes back as a version.
#include "app/cli/CliCommand.h"
#include "app/cli/CliSupport.h"
#include "app/cli/EngineJobConsole.h"
#include "app/cli/commands/TrainCommand.h"
#include "app/jobs/text/TextTask.h"
#include "app/jobs/text/TextTrainingSet.h"
#include "core/domain/Error.h"

namespace candor::cli {

int runExportTraining(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes a training bundle: the examples, splits and settings `candor-cli train` would use for a text task\n"
        "(persuasion-labels, persuasion-spans, narrative, post-veracity), as a folder of plain files that\n"
        "candor-train trains from without the project (on a GPU server, or data-parallel with --nproc). Its model\n"
        "bundle comes back with candor-cli import-model. Format: docs/bundles.md."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("the project file"));
    parser.addPositionalArgument(QStringLiteral("bundle"), QStringLiteral("the folder to create (must not exist)"));
    addTextTrainingOptions(parser);
    if (!parseOrExplain(parser, arguments, 2, 2))
        return Usage;
    const std::optional<TrainTextOptions> options = textTrainingOptions(parser, arguments);
    if (!options)
        return Usage;
    if (!textTaskNames().contains(options->task)) {
        printErr(arguments.value(0)
            + QStringLiteral(": task '%1' trains inside the project only; bundles carry the text tasks (%2)")
                  .arg(options->task, textTaskNames().join(QStringLiteral(", "))));
        return Usage;
    }
    const QStringList positional = parser.positionalArguments();
    const TrainingBundleExport written = exportTrainingBundle(positional.at(0), *options, positional.at(1));
    printOut(QStringLiteral("wrote %1: %2 train / %3 dev examples of %4, %5 project texts for the tokenizer")
                 .arg(positional.at(1))
                 .arg(written.trainItems)
                 .arg(written.devItems)
                 .arg(options->task)
                 .arg(written.unlabelledTexts));
    printOut(QStringLiteral("next: candor-train %1 MODEL.bundle [--device cuda] [--nproc N], then candor-cli "
                            "import-model %2 MODEL.bundle")
                 .arg(positional.at(1), positional.at(0)));
    return Ok;
}

int runImportModel(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Registers a model bundle written by candor-train as a model version of the project, exactly as a training\n"
        "inside it would have (config, data snapshot, CV figures, lead over the constant answer, dev, files), after\n"
        "checking its files and that the project still holds the examples it was trained and scored on."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("the project file"));
    parser.addPositionalArgument(QStringLiteral("bundle"), QStringLiteral("the model bundle folder"));
    if (!parseOrExplain(parser, arguments, 2, 2))
        return Usage;
    const QStringList positional = parser.positionalArguments();
    TrainTextJob job(positional.at(0), importModelOptions(positional.at(1)));
    return printTrainResult(runEngineJob(job));
}

} // namespace candor::cli
