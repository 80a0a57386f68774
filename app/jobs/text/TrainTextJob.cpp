#include "app/jobs/text/TrainTextJob.h"

#include "app/jobs/ModelFiles.h"
#include "app/jobs/SelectionJson.h"
#include "app/jobs/text/ConstantAnswer.h"
#include "app/jobs/text/TextTaskData.h"
#include "app/jobs/text/TextTrainingSet.h"
#include "app/jobs/text/TrainConfigJson.h"
#include "core/domain/Error.h"
#include "core/store/ProjectStore.h"
#include "models/bundle/ModelBundle.h"

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

models::ModelBundle readModelBundleOrThrow(const QString &folder)
{
    try {
        return models::readModelBundle(folder.toStdString());
    } catch (const std::runtime_error &e) {
        throw Error(Error::tr("cannot import the model bundle: %1").arg(QString::fromStdString(e.what())));
    }
}

// A bundle trained on other examples than the project holds today would be registered with figures that are not
// its own: refused, with what differs.
void checkBundleFits(const models::ModelBundle &bundle, const TextTrainingSet &set, const QString &folder)
{
    const models::TextTaskDefinition &task = set.task.definition;
    if (bundle.definition.kind != task.kind || bundle.definition.classLabels != task.classLabels
        || bundle.definition.spanLabels != task.spanLabels)
        throw Error(Error::tr("%1: the model bundle's labels are not those of task '%2' in this project")
                        .arg(folder, set.task.name));
    const auto differs = [&](const QList<TextTaskItem> &items, const std::string &fingerprint) {
        return models::examplesFingerprint(task, TextTaskData::examples(items)) != fingerprint;
    };
    if (differs(set.trainItems, bundle.trainFingerprint))
        throw Error(Error::tr("%1: the project's training examples of task '%2' are no longer those the model was "
                              "trained on (labels or items changed since the export); export and train again")
                        .arg(folder, set.task.name));
    if (differs(set.devItems, bundle.devFingerprint))
        throw Error(Error::tr("%1: the project's dev examples of task '%2' are no longer those the model was scored "
                              "on; export and train again")
                        .arg(folder, set.task.name));
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
    if (m_options.importedModel)
        return tr("Import model %1").arg(m_options.task);
    // post-veracity names what it reads when it is more than the text, as the thread and meme jobs name variants.
    return m_options.pictureInput.isEmpty() || m_options.pictureInput == QLatin1String("text")
        ? tr("Train %1").arg(m_options.task)
        : tr("Train %1 (%2)").arg(m_options.task, m_options.pictureInput);
}

TrainTextOptions importModelOptions(const QString &modelBundle)
{
    auto read = std::make_shared<const models::ModelBundle>(readModelBundleOrThrow(modelBundle));
    const models::ModelBundle &bundle = *read;
    TrainTextOptions options;
    options.task = QString::fromStdString(bundle.task);
    options.trainSplits.clear();
    for (const std::string &split : bundle.trainSplits)
        options.trainSplits.append(QString::fromStdString(split));
    options.devSplit = bundle.devSplit.empty() ? QStringLiteral("none") : QString::fromStdString(bundle.devSplit);
    options.language = QString::fromStdString(bundle.language);
    options.config = bundle.config;
    options.modelBundle = modelBundle;
    options.importedModel = std::move(read);
    return options;
}

TrainTextResult TrainTextJob::execute()
{
    QElapsedTimer clock;
    clock.start();
    ProjectStore store(projectPath());
    report("loading");
    const TextTrainingSet set = loadTextTrainingSet(store, projectPath(), m_options, cancelToken().flag().get());
    throwIfCancelled(); // describing pictures can take a while; a cancel there writes nothing
    const TextTaskSpec &task = set.task;
    const QString &language = set.language;
    const QString &devSplit = set.devSplit;
    const QString &where = set.where;
    const QList<TextTaskItem> &trainItems = set.trainItems;
    const QList<TextTaskItem> &devItems = set.devItems;

    QJsonObject config{{QStringLiteral("task"), task.name}, {QStringLiteral("language"), language},
        {QStringLiteral("train_splits"), QJsonArray::fromStringList(m_options.trainSplits)},
        {QStringLiteral("dev_split"), devSplit},
        {QStringLiteral("class_labels"), labelsJson(task.definition.classLabels)},
        {QStringLiteral("span_labels"), labelsJson(task.definition.spanLabels)},
        {QStringLiteral("train"), trainConfigToJson(m_options.config)}};
    if (task.isPostVeracity()) {
        config.insert(QStringLiteral("picture_input"), m_options.pictureInput);
        if (m_options.pictureInput != QLatin1String("text"))
            config.insert(QStringLiteral("picture_description"), set.pictureProfile.toJson());
    }
    // The columns' label ids too: a later rename (or two names swapped) must not move a column to another label.
    const QJsonObject labelIds = trainedLabelIds(store, task);
    for (auto it = labelIds.begin(); it != labelIds.end(); ++it)
        config.insert(it.key(), it.value());
    openRecord(store, !m_options.importedModel ? QStringLiteral("train-text") : QStringLiteral("import-model"), config);

    TrainTextResult result;
    result.task = task.name;
    result.trainItems = int(trainItems.size());
    result.devItems = int(devItems.size());
    models::TrainReport trainReport;
    std::unique_ptr<models::TextModel> model;
    if (!m_options.importedModel) {
        // The tokenizer and the masked-LM pre-training read what the classifier will read: with a picture input,
        // the examples' texts (descriptions included) join the project's own.
        std::vector<std::string> unlabelled = TextTaskData::projectTexts(store);
        if (m_options.pictureInput != QLatin1String("text"))
            for (const TextTaskItem &item : trainItems)
                unlabelled.push_back(item.example.text);
        model = callEngine(Error::tr("%1: training failed").arg(where), [&] {
            return models::TextModel::train(task.definition, TextTaskData::examples(trainItems),
                TextTaskData::examples(devItems), unlabelled, m_options.config, trainReport, control());
        });
    } else {
        const models::ModelBundle &bundle = *m_options.importedModel;
        checkBundleFits(bundle, set, m_options.modelBundle);
        model = callEngine(Error::tr("%1: the model bundle's files").arg(m_options.modelBundle),
            [&] { return models::TextModel::load(bundle.files); });
        trainReport = bundle.report;
        config.insert(QStringLiteral("trained_by"),
            QJsonObject{{QStringLiteral("program"), QStringLiteral("candor-train")},
                {QStringLiteral("device"), QString::fromStdString(bundle.device)},
                {QStringLiteral("processes"), bundle.processes},
                {QStringLiteral("trained_at"), QString::fromStdString(bundle.trainedAt)}});
    }
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
