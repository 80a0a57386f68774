// The thread branch of `candor-cli train|predict|eval --task thread`: reply stance and rumour veracity
// (seed 002, MM-MTL). The text commands hand over to these when --task is "thread".
#include "app/cli/commands/ThreadCommands.h"

#include "app/cli/CliCommand.h"
#include "app/cli/CliSupport.h"
#include "app/cli/EngineJobConsole.h"
#include "app/jobs/thread/EvaluateThreadJob.h"
#include "app/jobs/thread/PredictThreadJob.h"
#include "app/jobs/thread/ThreadConfigJson.h"
#include "app/jobs/thread/TrainThreadJob.h"
#include "core/domain/Error.h"
#include "core/domain/MetricsText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace candor::cli {
namespace {

const QStringList kMetricKeys{QStringLiteral("stance_accuracy"), QStringLiteral("stance_macro_f1"),
    QStringLiteral("veracity_accuracy"), QStringLiteral("veracity_macro_f1"), QStringLiteral("veracity_rmse")};

QString metricLine(const QJsonObject &metrics)
{
    // An evaluation's 95% bootstrap intervals over threads (ScoreIntervals) follow their figure.
    const QJsonObject intervals = metrics.value(QStringLiteral("intervals")).toObject();
    QStringList parts;
    for (const QString &key : kMetricKeys) {
        if (!metrics.contains(key))
            continue;
        parts.append(
            key + QLatin1Char('=') + figureWithInterval(metrics.value(key).toDouble(), intervals.value(key), 4));
    }
    return parts.join(QLatin1Char(' '));
}

models::ThreadTrainConfig configFromOptions(const QCommandLineParser &parser)
{
    models::ThreadTrainConfig config;
    if (parser.isSet(QStringLiteral("config"))) {
        QFile file(parser.value(QStringLiteral("config")));
        if (!file.open(QIODevice::ReadOnly))
            throw Error(QStringLiteral("%1: cannot read: %2").arg(file.fileName(), file.errorString()));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        if (!document.isObject())
            throw Error(QStringLiteral("%1: not a JSON object (%2)").arg(file.fileName(), error.errorString()));
        config = threadConfigFromJson(document.object());
    }
    if (parser.isSet(QStringLiteral("order")))
        config = threadConfigFromJson({{QStringLiteral("order"), parser.value(QStringLiteral("order"))}}, config);
    if (parser.isSet(QStringLiteral("epochs")))
        config = threadConfigFromJson(
            {{QStringLiteral("epochs"), parser.value(QStringLiteral("epochs")).toInt()}}, config);
    return config;
}

// The paper's ablations next to the full model, each trained and scored the same way.
QList<QPair<QString, models::ThreadTrainConfig>> variantsOf(const models::ThreadTrainConfig &full)
{
    using models::PostOrder;
    using models::ThreadTasks;
    QList<QPair<QString, models::ThreadTrainConfig>> variants{{QStringLiteral("mm-mtl"), full}};
    auto other = full;
    other.order = full.order == PostOrder::Branches ? PostOrder::Chronological : PostOrder::Branches;
    variants.append({QStringLiteral("order ") + QString::fromStdString(models::postOrderName(other.order)), other});
    auto noImages = full;
    noImages.useImages = false;
    variants.append({QStringLiteral("w/o V (images)"), noImages});
    auto noMeta = full;
    noMeta.useMeta = false;
    variants.append({QStringLiteral("w/o M (meta layer)"), noMeta});
    auto noAttention = full;
    noAttention.useAttention = false;
    variants.append({QStringLiteral("w/o A (attention)"), noAttention});
    auto stance = full;
    stance.tasks = ThreadTasks::StanceOnly;
    variants.append({QStringLiteral("w/o MTL: stance only"), stance});
    auto veracity = full;
    veracity.tasks = ThreadTasks::VeracityOnly;
    variants.append({QStringLiteral("w/o MTL: veracity only"), veracity});
    return variants;
}

} // namespace

bool isThreadTask(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--task=thread"))
            return true;
        if (arguments[i] == QLatin1String("--task") && i + 1 < arguments.size()
            && arguments[i + 1] == QLatin1String("thread"))
            return true;
    }
    return false;
}

int runThreadTrain(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Trains the thread model (reply stance per post + rumour veracity per thread, MM-MTL) on the project's\n"
        "thread items and stores it as a model version, with its dev-split metrics and the majority baseline."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("the project file"));
    parser.addOption({QStringLiteral("task"), QStringLiteral("thread"), QStringLiteral("task")});
    parser.addOption({QStringLiteral("train-split"), QStringLiteral("training split (repeatable, default train)"),
        QStringLiteral("name")});
    parser.addOption({QStringLiteral("dev-split"), QStringLiteral("split scored after training (default dev)"),
        QStringLiteral("name"), QStringLiteral("dev")});
    parser.addOption(
        {QStringLiteral("config"), QStringLiteral("JSON file with ThreadTrainConfig fields"), QStringLiteral("file")});
    parser.addOption({QStringLiteral("order"), QStringLiteral("post order: branches (default) or chronological"),
        QStringLiteral("order")});
    parser.addOption({QStringLiteral("epochs"), QStringLiteral("maximum epochs"), QStringLiteral("n")});
    parser.addOption({QStringLiteral("variants"),
        QStringLiteral("also train the other post order and the ablations (w/o images, meta layer, attention, "
                       "multi-task) and print a comparison")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("print the result as JSON")});
    if (!parseOrExplain(parser, arguments, 1, 1))
        return Usage;
    TrainThreadOptions options;
    if (parser.isSet(QStringLiteral("train-split")))
        options.trainSplits = parser.values(QStringLiteral("train-split"));
    options.devSplit = parser.value(QStringLiteral("dev-split"));
    const models::ThreadTrainConfig config = configFromOptions(parser);
    const auto variants = parser.isSet(QStringLiteral("variants"))
        ? variantsOf(config)
        : QList<QPair<QString, models::ThreadTrainConfig>>{{QStringLiteral("mm-mtl"), config}};
    QJsonArray results;
    for (const auto &variant : variants) {
        const QString name = variant.first;
        options.config = variant.second;
        TrainThreadJob job(parser.positionalArguments().first(), options);
        if (variants.size() > 1)
            printErr(QStringLiteral("variant %1").arg(name));
        const TrainThreadResult result = runEngineJob(job);
        if (!result.imagesLeftOut.isEmpty())
            printErr(QStringLiteral("warning: %1").arg(result.imagesLeftOut));
        const QJsonObject dev = result.metrics.value(QStringLiteral("dev")).toObject();
        const QJsonObject baseline = result.metrics.value(QStringLiteral("dev_majority_baseline")).toObject();
        results.append(QJsonObject{{QStringLiteral("variant"), name},
            {QStringLiteral("model_version"), result.modelVersionId},
            {QStringLiteral("train_threads"), result.trainThreads}, {QStringLiteral("dev_threads"), result.devThreads},
            {QStringLiteral("seconds"), result.seconds}, {QStringLiteral("metrics"), result.metrics}});
        if (!parser.isSet(QStringLiteral("json"))) {
            printOut(QStringLiteral("%1: model version %2 (%3 train threads, %4 s)")
                         .arg(name)
                         .arg(result.modelVersionId)
                         .arg(result.trainThreads)
                         .arg(result.seconds, 0, 'f', 0));
            printOut(QStringLiteral("  %1 %2").arg(options.devSplit, metricLine(dev)));
            if (name == variants.first().first)
                printOut(QStringLiteral("  majority baseline %1").arg(metricLine(baseline)));
        }
    }
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonDocument document
            = results.size() == 1 ? QJsonDocument(results.first().toObject()) : QJsonDocument(results);
        printOut(QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed());
    }
    return Ok;
}

int runThreadPredict(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes a thread model version's stance (per post) and veracity (per thread) as proposed model annotations."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("the project file"));
    parser.addOption({QStringLiteral("task"), QStringLiteral("thread"), QStringLiteral("task")});
    parser.addOption({QStringLiteral("model-version"),
        QStringLiteral("model version id (default: the current one: pinned, else the latest)"), QStringLiteral("id")});
    parser.addOption({QStringLiteral("split"), QStringLiteral("only this split (repeatable; default: all)"),
        QStringLiteral("name")});
    if (!parseOrExplain(parser, arguments, 1, 1))
        return Usage;
    PredictThreadOptions options;
    options.modelVersionId = modelVersionOption(parser);
    options.scope.splits = parser.values(QStringLiteral("split"));
    PredictThreadJob job(parser.positionalArguments().first(), options);
    const PredictThreadResult result = runEngineJob(job);
    printOut(QStringLiteral("model version %1: %2 threads, %3 annotations written")
                 .arg(result.modelVersionId)
                 .arg(result.threads)
                 .arg(result.annotations));
    return Ok;
}

int runThreadEval(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Scores a thread model version on a split with the RumourEval 2017 "
                                                    "scorers (subtask A stance, subtask B veracity)."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("the project file"));
    parser.addOption({QStringLiteral("task"), QStringLiteral("thread"), QStringLiteral("task")});
    parser.addOption({QStringLiteral("model-version"),
        QStringLiteral("model version id (default: the current one: pinned, else the latest)"), QStringLiteral("id")});
    parser.addOption({QStringLiteral("split"), QStringLiteral("split to score (default dev)"), QStringLiteral("name"),
        QStringLiteral("dev")});
    parser.addOption(
        {QStringLiteral("json"), QStringLiteral("print {task, split, model_version, n_items, metrics} as JSON")});
    if (!parseOrExplain(parser, arguments, 1, 1))
        return Usage;
    EvaluateThreadOptions options;
    options.modelVersionId = modelVersionOption(parser);
    options.split = parser.value(QStringLiteral("split"));
    EvaluateThreadJob job(parser.positionalArguments().first(), options);
    const EvaluateThreadResult result = runEngineJob(job);
    if (parser.isSet(QStringLiteral("json"))) {
        printOut(QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented)).trimmed());
    } else {
        printOut(QStringLiteral("thread, split %1, model version %2, %3 threads: %4")
                     .arg(result.split)
                     .arg(result.modelVersionId)
                     .arg(result.items)
                     .arg(metricLine(result.metrics)));
    }
    return Ok;
}

} // namespace candor::cli
