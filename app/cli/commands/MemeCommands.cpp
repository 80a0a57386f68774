// The multimodal branch of `candor-cli train|predict|eval --task persuasion-multimodal [--variant
// text|image|fused|gated]` (seed 000). The text commands hand over to these when --task names the meme task.
#include "app/cli/commands/MemeCommands.h"

#include "app/cli/CliCommand.h"
#include "app/cli/CliSupport.h"
#include "app/cli/EngineJobConsole.h"
#include "app/jobs/meme/EvaluateMemeJob.h"
#include "app/jobs/meme/MemeTaskData.h"
#include "app/jobs/meme/PredictMemeJob.h"
#include "app/jobs/meme/TrainMemeJob.h"
#include "core/domain/Error.h"
#include "core/domain/MetricsText.h"

#include <QJsonDocument>

namespace candor::cli {

namespace {

void addCommonOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("the project file"));
    parser.addOption({QStringLiteral("task"), MemeTask::name, QStringLiteral("task")});
    parser.addOption({QStringLiteral("variant"),
        QStringLiteral("auto | linear | text | image | fused | gated (train default: auto, cross-validation "
                       "chooses linear, text or fused; predict/eval: latest of any)"),
        QStringLiteral("variant")});
    parser.addOption({QStringLiteral("models-dir"),
        QStringLiteral("folder of pretrained backbones (default $CANDOR_MODELS_DIR)"), QStringLiteral("folder")});
}

QString scores(const QJsonObject &metrics)
{
    return QStringLiteral("micro_f1 %1, macro_f1 %2 (micro P %3, R %4)")
        .arg(metrics.value(QStringLiteral("micro_f1")).toDouble(), 0, 'f', 4)
        .arg(metrics.value(QStringLiteral("macro_f1")).toDouble(), 0, 'f', 4)
        .arg(metrics.value(QStringLiteral("micro_precision")).toDouble(), 0, 'f', 4)
        .arg(metrics.value(QStringLiteral("micro_recall")).toDouble(), 0, 'f', 4);
}

void checkVariant(const QString &variant, bool autoAllowed = false)
{
    if (variant.isEmpty() || (autoAllowed && variant == autoMemeVariant()))
        return;
    try {
        models::memeVariantFromName(variant.toStdString());
    } catch (const std::exception &) {
        throw Error(QStringLiteral("unknown variant '%1' (linear, text, image, fused or gated)").arg(variant));
    }
}

} // namespace

bool isMemeTask(const QStringList &arguments)
{
    const qsizetype at = arguments.indexOf(QStringLiteral("--task"));
    return arguments.contains(QStringLiteral("--task=") + MemeTask::name)
        || (at >= 0 && arguments.value(at + 1) == MemeTask::name);
}

int runMemeTrain(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Trains the multimodal persuasion classifier (caption + MobileNetV2 grid features, attention fusion)."));
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("epochs"), QStringLiteral("maximum epochs (default 60)"), QStringLiteral("n")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("random seed (default 0)"), QStringLiteral("n")});
    parser.addOption({QStringLiteral("dev-split"), QStringLiteral("split scored after training (default dev)"),
        QStringLiteral("split"), QStringLiteral("dev")});
    parser.addOption({QStringLiteral("folds"),
        QStringLiteral("cross-validation folds inside the training memes that choose the variant and measure the "
                       "lead over the constant answer (default 5; 0: none)"),
        QStringLiteral("n"), QStringLiteral("5")});
    if (!parseOrExplain(parser, arguments, 1, 1))
        return Usage;
    TrainMemeOptions options;
    options.devSplit = parser.value(QStringLiteral("dev-split"));
    options.modelsFolder = parser.value(QStringLiteral("models-dir"));
    const QString variant = parser.value(QStringLiteral("variant"));
    checkVariant(variant, true);
    if (variant.isEmpty() || variant == autoMemeVariant())
        options.candidates = autoMemeCandidates();
    else
        options.config.variant = models::memeVariantFromName(variant.toStdString());
    bool foldsOk = false;
    options.cvFolds = parser.value(QStringLiteral("folds")).toInt(&foldsOk);
    if (!foldsOk || options.cvFolds < 0)
        throw Error(QStringLiteral("--folds takes a whole number, 0 or more (not '%1')")
                        .arg(parser.value(QStringLiteral("folds"))));
    if (parser.isSet(QStringLiteral("epochs")))
        options.config.epochs = parser.value(QStringLiteral("epochs")).toInt();
    if (parser.isSet(QStringLiteral("seed")))
        options.config.seed = parser.value(QStringLiteral("seed")).toULongLong();
    TrainMemeJob job(parser.positionalArguments().first(), options);
    const TrainMemeResult result = runEngineJob(job);
    printOut(QStringLiteral("model version %1 (%2, %3): %4 train / %5 dev memes, %6 s, best epoch %7%8")
                 .arg(result.modelVersionId)
                 .arg(MemeTask::name, result.variant)
                 .arg(result.trainItems)
                 .arg(result.devItems)
                 .arg(result.seconds, 0, 'f', 1)
                 .arg(result.metrics.value(QStringLiteral("best_epoch")).toInt())
                 .arg(result.metrics.contains(QStringLiteral("threshold"))
                         ? QStringLiteral(", threshold %1")
                               .arg(result.metrics.value(QStringLiteral("threshold")).toDouble(), 0, 'f', 3)
                         : QString()));
    const QJsonObject candidates = result.metrics.value(QStringLiteral("candidates")).toObject();
    for (auto it = candidates.begin(); it != candidates.end(); ++it) {
        const QJsonObject cv = it.value().toObject().value(QStringLiteral("cv")).toObject();
        const auto spread = [&cv](const QString &metric) {
            const QJsonObject one = cv.value(metric).toObject();
            return QStringLiteral("%1 ± %2")
                .arg(one.value(QStringLiteral("mean")).toDouble(), 0, 'f', 4)
                .arg(one.value(QStringLiteral("sd")).toDouble(), 0, 'f', 4);
        };
        const QString dropped = it.value().toObject().value(QStringLiteral("dropped")).toString();
        printOut(QStringLiteral("  CV %1: micro_f1 %2, macro_f1 %3%4")
                     .arg(it.key(), spread(QStringLiteral("micro_f1")), spread(QStringLiteral("macro_f1")),
                         dropped.isEmpty() ? QString() : QStringLiteral(" (dropped: %1)").arg(dropped)));
    }
    if (result.metrics.contains(QStringLiteral("cv")))
        printOut(QStringLiteral("  ") + cvSummary(result.metrics));
    if (result.metrics.contains(QStringLiteral("dev")))
        printOut(QStringLiteral("  dev: ") + scores(result.metrics.value(QStringLiteral("dev")).toObject()));
    if (noBetterThanConstant(result.metrics))
        printOut(QStringLiteral("  ") + baselineSummary(result.metrics));
    return Ok;
}

int runMemePredict(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Writes a meme model's technique decisions as model annotations."));
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("split"), QStringLiteral("split to predict (default dev; empty: all memes)"),
        QStringLiteral("split"), QStringLiteral("dev")});
    parser.addOption({QStringLiteral("model-version"), QStringLiteral("model version id"), QStringLiteral("id")});
    parser.addOption({QStringLiteral("anyway"),
        QStringLiteral("propose predictions even from a version that cross-validation found no better than always\n"
                       "giving the same answer (refused otherwise)")});
    if (!parseOrExplain(parser, arguments, 1, 1))
        return Usage;
    PredictMemeOptions options;
    options.evenIfNoBetterThanConstant = parser.isSet(QStringLiteral("anyway"));
    options.scope = PredictScope::ofSplit(parser.value(QStringLiteral("split")));
    options.modelVersionId = modelVersionOption(parser);
    options.variant = parser.value(QStringLiteral("variant"));
    options.modelsFolder = parser.value(QStringLiteral("models-dir"));
    checkVariant(options.variant);
    PredictMemeJob job(parser.positionalArguments().first(), options);
    const PredictMemeResult result = runEngineJob(job);
    printOut(QStringLiteral("model version %1 (%2): %3 memes, %4 annotations, classifier %5 ms/meme")
                 .arg(result.modelVersionId)
                 .arg(result.variant)
                 .arg(result.items)
                 .arg(result.annotations)
                 .arg(result.classifierMsPerMeme, 0, 'f', 2));
    return Ok;
}

int runMemeEval(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Scores a meme model on a split (official SemEval-2021 T6 subtask 3 F1)."));
    addCommonOptions(parser);
    parser.addOption({QStringLiteral("split"), QStringLiteral("split to score (default dev)"), QStringLiteral("split"),
        QStringLiteral("dev")});
    parser.addOption({QStringLiteral("model-version"), QStringLiteral("model version id"), QStringLiteral("id")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("print the result as one JSON object")});
    if (!parseOrExplain(parser, arguments, 1, 1))
        return Usage;
    EvaluateMemeOptions options;
    options.split = parser.value(QStringLiteral("split"));
    options.modelVersionId = modelVersionOption(parser);
    options.variant = parser.value(QStringLiteral("variant"));
    options.modelsFolder = parser.value(QStringLiteral("models-dir"));
    checkVariant(options.variant);
    EvaluateMemeJob job(parser.positionalArguments().first(), options);
    const EvaluateMemeResult result = runEngineJob(job);
    if (parser.isSet(QStringLiteral("json"))) {
        printOut(QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact)));
        return Ok;
    }
    printOut(QStringLiteral("%1 %2, model version %3 (%4), %5 memes: %6")
                 .arg(MemeTask::name, options.split)
                 .arg(result.modelVersionId)
                 .arg(result.variant)
                 .arg(result.items)
                 .arg(scores(result.metrics)));
    printOut(QStringLiteral("CPU time per meme: image decode + pre-process + MobileNetV2 %1 ms, classifier %2 ms")
                 .arg(result.backboneMsPerMeme, 0, 'f', 1)
                 .arg(result.classifierMsPerMeme, 0, 'f', 2));
    return Ok;
}

} // namespace candor::cli
