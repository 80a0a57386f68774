#include "app/jobs/text/TrainTextJob.h"

#include "app/jobs/ModelFiles.h"
#include "app/jobs/SelectionJson.h"
#include "app/jobs/text/ConstantAnswer.h"
#include "app/jobs/text/TextTaskData.h"
#include "app/jobs/text/TrainConfigJson.h"
#include "core/domain/Error.h"
#include "core/store/ProjectStore.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <exception>
#include <stdexcept>

namespace candor {

namespace {

QJsonObject toJson(const std::map<std::string, double> &metrics)
{
    QJsonObject json;
    for (const auto &[name, value] : metrics)
        json.insert(QString::fromStdString(name), value);
    return json;
}

// The version's metrics: "dev" (the final model, scored once), "cv" (what selection saw: every candidate's
// cross-validated figures and the chosen one's lead over the constant answer on the same folds).
QJsonObject metricsOf(const models::TrainReport &report, const QString &devSplit)
{
    const QJsonObject candidates = candidatesJson(report.candidates);
    QJsonObject metrics{{QStringLiteral("chosen"), QString::fromStdString(report.chosen)},
        {QStringLiteral("dev_split"), devSplit}, {QStringLiteral("dev"), toJson(report.dev)},
        {QStringLiteral("candidates"), candidates}, {QStringLiteral("training_seconds"), report.seconds}};
    if (report.folds > 0)
        metrics.insert(QStringLiteral("cv"),
            crossValidationJson(
                report.folds, candidates.value(QString::fromStdString(report.chosen)).toObject(), report.constant));
    return metrics;
}

} // namespace

QJsonObject TrainTextResult::toJson() const
{
    return {{QStringLiteral("task"), task}, {QStringLiteral("model_version"), modelVersionId},
        {QStringLiteral("chosen"), chosen}, {QStringLiteral("metrics"), metrics}};
}

QString TrainTextResult::summary() const
{
    return TrainTextJob::tr("Trained %1: model version %2 (%3), %4 train / %5 dev items, %6 s")
        .arg(task)
        .arg(modelVersionId)
        .arg(chosen)
        .arg(trainItems)
        .arg(devItems)
        .arg(seconds, 0, 'f', 1);
}

TrainTextJob::TrainTextJob(QString projectPath, TrainTextOptions options)
    : TypedEngineJob(std::move(projectPath))
    , m_options(std::move(options))
{
}

QString TrainTextJob::title() const
{
    return tr("Train %1").arg(m_options.task);
}

TrainTextResult TrainTextJob::execute()
{
    QElapsedTimer clock;
    clock.start();
    ProjectStore store(projectPath());
    const TextTaskSpec task = textTaskSpec(store, m_options.task);
    const QString language = task.isNarrative() ? checkedLanguage(m_options.language) : QStringLiteral("all");
    report("loading");

    TextTaskSelection trainSelection;
    trainSelection.splits = m_options.trainSplits;
    trainSelection.language = language;
    const QList<TextTaskItem> trainItems = TextTaskData::load(store, task, trainSelection);
    QString devSplit = m_options.devSplit == QLatin1String("none") ? QString() : m_options.devSplit;
    QList<TextTaskItem> devItems;
    if (!devSplit.isEmpty()) {
        TextTaskSelection devSelection = trainSelection;
        devSelection.splits = QStringList{devSplit};
        devItems = TextTaskData::load(store, task, devSelection);
    }
    const QString where = task.isNarrative()
        ? Error::tr("%1: task '%2' (language %3)").arg(projectPath(), task.name, language)
        : Error::tr("%1: task '%2'").arg(projectPath(), task.name);
    if (trainItems.isEmpty())
        throw Error(Error::tr("%1 has no labelled items in split(s) %2")
                        .arg(where, m_options.trainSplits.join(QLatin1Char(','))));
    if (devItems.isEmpty() && !devSplit.isEmpty() && task.isPostVeracity())
        devSplit.clear(); // see TrainTextOptions::devSplit
    if (devItems.isEmpty() && !devSplit.isEmpty())
        throw Error(Error::tr("%1 has no labelled items in dev split '%2' (name one with --dev-split)")
                        .arg(where, m_options.devSplit));

    QJsonObject config{{QStringLiteral("task"), task.name}, {QStringLiteral("language"), language},
        {QStringLiteral("train_splits"), QJsonArray::fromStringList(m_options.trainSplits)},
        {QStringLiteral("dev_split"), devSplit},
        {QStringLiteral("class_labels"), labelsJson(task.definition.classLabels)},
        {QStringLiteral("span_labels"), labelsJson(task.definition.spanLabels)},
        {QStringLiteral("train"), trainConfigToJson(m_options.config)}};
    openRecord(store, QStringLiteral("train-text"), config);

    TrainTextResult result;
    result.task = task.name;
    result.trainItems = int(trainItems.size());
    result.devItems = int(devItems.size());
    models::TrainReport trainReport;
    std::unique_ptr<models::TextModel> model = callEngine(Error::tr("%1: training failed").arg(where), [&] {
        return models::TextModel::train(task.definition, TextTaskData::examples(trainItems),
            TextTaskData::examples(devItems), TextTaskData::projectTexts(store), m_options.config, trainReport,
            control());
    });
    throwIfCancelled(); // a cancel that arrived as training ended still keeps nothing

    report("saving");
    result.chosen = QString::fromStdString(trainReport.chosen);
    result.metrics = metricsOf(trainReport, devSplit);
    try {
        result.metrics.insert(QStringLiteral("baseline"),
            constantAnswerBaseline(
                task.definition, TextTaskData::examples(trainItems), TextTaskData::examples(devItems)));
    } catch (const std::invalid_argument &error) {
        // Folds impossible on this data (e.g. one class only): the version is still worth keeping, said so.
        result.metrics.insert(QStringLiteral("baseline"),
            QJsonObject{{QStringLiteral("unavailable"), QString::fromStdString(error.what())}});
    }
    QJsonObject snapshot{{QStringLiteral("train"), TextTaskData::describe(task, trainItems)},
        {QStringLiteral("dev"), TextTaskData::describe(task, devItems)},
        {QStringLiteral("reference_rule"), QStringLiteral("human-confirmed rows override gold per item and level")}};
    const ModelFiles files = model->save();
    config.insert(QStringLiteral("files"), QJsonArray::fromStringList(modelFileNames(files)));
    config.insert(QStringLiteral("engine_kind"), QString::fromStdString(model->kind()));
    ModelVersion version;
    version.task = task.name;
    version.name = QStringLiteral("%1%2 %3").arg(task.name,
        language == QLatin1String("all") || !task.isNarrative() ? QString() : QStringLiteral("-") + language,
        result.chosen);
    version.createdAt = QDateTime::currentDateTimeUtc();
    version.config = config;
    version.dataSnapshot = snapshot;
    version.metrics = result.metrics;

    auto transaction = store.transaction();
    result.modelVersionId = store.addModelVersion(version);
    storeModelFiles(store, result.modelVersionId, files);
    result.seconds = clock.elapsed() / 1000.0;
    finishRecord(store,
        {{QStringLiteral("model_version"), result.modelVersionId}, {QStringLiteral("chosen"), result.chosen},
            {QStringLiteral("seconds"), result.seconds}});
    transaction.commit();
    return result;
}

} // namespace candor
