#include "app/cli/commands/TrainCommand.h"

#include "app/cli/CliCommand.h"
#include "app/cli/CliSupport.h"
#include "app/cli/EngineJobConsole.h"
#include "app/cli/commands/MemeCommands.h"
#include "app/cli/commands/ThreadCommands.h"
#include "app/jobs/TaskCatalog.h"
#include "app/jobs/text/TextTask.h"
#include "app/jobs/text/TrainConfigJson.h"
#include "app/jobs/text/TrainTextJob.h"
#include "core/domain/Error.h"
#include "core/domain/MetricsText.h"

#include <QFile>
#include <QJsonDocument>

namespace candor::cli {

namespace {

// "CV micro_f1 0.5301 ± 0.0213, macro_f1 ... (epoch 12)" or why the candidate was dropped.
QString candidateLine(const QJsonObject &candidate)
{
    if (candidate.contains(QStringLiteral("dropped")))
        return QStringLiteral("dropped: ") + candidate.value(QStringLiteral("dropped")).toString();
    const QJsonObject cv = candidate.value(QStringLiteral("cv")).toObject();
    if (cv.isEmpty())
        return QStringLiteral("trained without cross-validation");
    QStringList parts;
    for (auto it = cv.begin(); it != cv.end(); ++it)
        if (it.key() != QLatin1String("score"))
            parts.append(QStringLiteral("%1 %2 ± %3")
                             .arg(it.key())
                             .arg(it.value().toObject().value(QStringLiteral("mean")).toDouble(), 0, 'f', 4)
                             .arg(it.value().toObject().value(QStringLiteral("sd")).toDouble(), 0, 'f', 4));
    QString line = QStringLiteral("CV ") + parts.join(QStringLiteral(", "));
    if (candidate.contains(QStringLiteral("epoch")))
        line += QStringLiteral(" (epoch %1)").arg(candidate.value(QStringLiteral("epoch")).toInt());
    return line;
}

QJsonObject readConfigFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw Error(
            QStringLiteral("%1: not a JSON object (%2 at offset %3)").arg(path, error.errorString()).arg(error.offset));
    return document.object();
}

QString taskList()
{
    QString text;
    for (const TaskInfo &task : TaskCatalog::tasks())
        text += QStringLiteral("  %1  %2\n").arg(task.name.leftJustified(22), task.summary);
    text += QStringLiteral("  %1  %2\n  %3  %4\n  %5  %6\n")
                .arg(QStringLiteral("labels:SCHEMA").leftJustified(22),
                    QStringLiteral("item labels of a schema of your own (candor-cli schema), several per item"),
                    QStringLiteral("class:SCHEMA").leftJustified(22),
                    QStringLiteral("one label of a schema of your own per item"),
                    QStringLiteral("spans:SCHEMA").leftJustified(22), QStringLiteral("spans of a schema of your own"));
    return text;
}

} // namespace

void addTextTrainingOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("task"), TaskCatalog::names().join(QStringLiteral(" | ")), QStringLiteral("task")});
    parser.addOption(
        {QStringLiteral("config"), QStringLiteral("JSON file of training settings"), QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("train-splits"), QStringLiteral("comma-separated splits to train on (default train)"),
            QStringLiteral("splits"), QStringLiteral("train")});
    parser.addOption({QStringLiteral("dev-split"),
        QStringLiteral("split scored once after every choice was made by cross-validation (default dev; none: no dev "
                       "score, CV only; post-veracity goes without one when the split holds no labelled post)"),
        QStringLiteral("split"), QStringLiteral("dev")});
    parser.addOption(
        {QStringLiteral("language"), QStringLiteral("narrative: en, es or all (one multilingual model; default)"),
            QStringLiteral("language"), QStringLiteral("all")});
    parser.addOption({QStringLiteral("picture-input"),
        QStringLiteral("post-veracity: what the model reads of a post: text (default), description (its picture as "
                       "structured text, see candor-cli describe) or text+description (UNITE-FND)"),
        QStringLiteral("input"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("models-dir"),
        QStringLiteral("folder of the pretrained MobileNetV2 the picture descriptions use (default: the installed "
                       "one; $CANDOR_MODELS_DIR, when set, wins)"),
        QStringLiteral("folder")});
}

std::optional<TrainTextOptions> textTrainingOptions(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.isSet(QStringLiteral("task"))) {
        printErr(arguments.value(0) + QStringLiteral(": --task is required (")
            + TaskCatalog::names().join(QStringLiteral(", ")) + QLatin1Char(')'));
        return std::nullopt;
    }
    TrainTextOptions options;
    options.task = parser.value(QStringLiteral("task"));
    options.trainSplits = parser.value(QStringLiteral("train-splits")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    options.devSplit = parser.value(QStringLiteral("dev-split"));
    options.language = parser.value(QStringLiteral("language"));
    options.pictureInput = parser.value(QStringLiteral("picture-input"));
    options.modelsFolder = parser.value(QStringLiteral("models-dir"));
    if (parser.isSet(QStringLiteral("config")))
        options.config = trainConfigFromJson(readConfigFile(parser.value(QStringLiteral("config"))));
    if (!isTextTaskName(options.task))
        TaskCatalog::task(options.task); // names the known tasks when it is none of them
    return options;
}

int runTrain(const QStringList &arguments)
{
    if (isThreadTask(arguments))
        return runThreadTrain(arguments);
    if (isMemeTask(arguments))
        return runMemeTrain(arguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral(
            "Trains a model on the project's labels and registers it as a model version (config, data snapshot, dev\n"
            "metrics, model files inside the project). Progress (phase, epoch, step, loss, dev score, time left) goes "
            "to\n"
            "stderr; Ctrl+C cancels and saves nothing.\n\n"
            "Tasks:\n")
        + taskList()
        + QStringLiteral(
            "\n"
            "The thread and persuasion-multimodal tasks take their own options: candor-cli train --task thread "
            "--help,\n"
            "candor-cli train --task persuasion-multimodal --help. The options below are those of the text tasks.\n\n"
            "--config FILE: a JSON object overriding training settings; its keys are the TextTrainConfig fields:\n"
            "  seed threads trainTransformer trainNgramBaseline trainLinear trainEnsemble ngramHashBits "
            "ngramLearningRate "
            "ngramEpochs\n"
            "  vocabSize\n"
            "  pretrainedTokenizer(path) layers heads width feedForward maxLength dropout mlmPretrainEpochs\n"
            "  fineTuneLastLayers headUnits focalAlpha focalGamma\n"
            "  classFocalGamma oversample balanceClasses minSpanLength epochs batchSize learningRate weightDecay "
            "warmupFraction\n"
            "  patience tuneThresholds"));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("the project file"));
    addTextTrainingOptions(parser);
    if (!parseOrExplain(parser, arguments, 1, 1))
        return Usage;
    const std::optional<TrainTextOptions> options = textTrainingOptions(parser, arguments);
    if (!options)
        return Usage;
    TrainTextJob job(parser.positionalArguments().first(), *options);
    return printTrainResult(runEngineJob(job));
}

int printTrainResult(const TrainTextResult &result)
{
    printOut(QStringLiteral("model version %1 (%2, kept %3): %4 train / %5 dev items, %6 s")
                 .arg(result.modelVersionId)
                 .arg(result.task, result.chosen)
                 .arg(result.trainItems)
                 .arg(result.devItems)
                 .arg(result.seconds, 0, 'f', 1));
    const QJsonObject candidates = result.metrics.value(QStringLiteral("candidates")).toObject();
    for (auto it = candidates.begin(); it != candidates.end(); ++it)
        printOut(QStringLiteral("  %1: %2").arg(it.key(), candidateLine(it.value().toObject())));
    if (const QString cv = cvSummary(result.metrics); !cv.isEmpty())
        printOut(QStringLiteral("  ") + cv);
    const QString devSplit = result.metrics.value(QStringLiteral("dev_split")).toString();
    if (devSplit.isEmpty())
        printOut(QStringLiteral("  no dev split: the cross-validated figures above are the estimate"));
    else
        printOut(QStringLiteral("  on split '%1', scored once after every choice: %2")
                     .arg(devSplit, metricsLine(result.metrics.value(QStringLiteral("dev")).toObject())));
    return Ok;
}

} // namespace candor::cli
