#include "app/jobs/thread/TrainThreadJob.h"

#include "app/jobs/ModelFiles.h"
#include "app/jobs/meme/MemeTaskData.h"
#include "app/jobs/thread/ThreadConfigJson.h"
#include "app/jobs/thread/ThreadImageVectors.h"
#include "app/jobs/thread/ThreadScoring.h"
#include "app/jobs/thread/ThreadTaskData.h"
#include "core/domain/Error.h"
#include "core/domain/MetricsText.h"
#include "core/store/ProjectStore.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <exception>
#include <stdexcept>

namespace candor {

QJsonObject TrainThreadResult::toJson() const
{
    return {{QStringLiteral("task"), threadTaskName()}, {QStringLiteral("model_version"), modelVersionId},
        {QStringLiteral("metrics"), metrics}};
}

QString TrainThreadResult::summary() const
{
    return TrainThreadJob::tr("Trained thread: model version %1, %2 train / %3 dev threads, %4 s; dev %5")
        .arg(modelVersionId)
        .arg(trainThreads)
        .arg(devThreads)
        .arg(seconds, 0, 'f', 1)
        .arg(metricsSummary(metrics));
}

TrainThreadJob::TrainThreadJob(QString projectPath, TrainThreadOptions options)
    : TypedEngineJob(std::move(projectPath))
    , m_options(std::move(options))
{
}

QString TrainThreadJob::title() const
{
    return tr("Train thread (%1)").arg(QString::fromStdString(models::postOrderName(m_options.config.order)));
}

TrainThreadResult TrainThreadJob::execute()
{
    QElapsedTimer clock;
    clock.start();
    ProjectStore store(projectPath());
    report("loading");
    QList<ThreadTaskItem> trainItems = ThreadTaskData::load(store, m_options.trainSplits, /*labelledOnly=*/true);
    QList<ThreadTaskItem> devItems = ThreadTaskData::load(store, {m_options.devSplit}, /*labelledOnly=*/true);
    QString imagesLeftOut;
    const QString modelsFolder = MemeTaskData::defaultModelsFolder();
    const int postImages = countPostImages(trainItems) + countPostImages(devItems);
    if (m_options.config.useImages && postImages > 0 && !threadImageModelInstalled(modelsFolder)) {
        // Without the backbone the posts' images cannot be read. The version trains on text and structure and
        // records useImages = false, so its predictions never see image vectors it was not trained with.
        m_options.config.useImages = false;
        imagesLeftOut = QStringLiteral("%1 post image(s) left out: the image model %2 is not installed (set"
                                       " CANDOR_MODELS_DIR to the folder that holds it); this version uses text and"
                                       " thread structure only")
                            .arg(postImages)
                            .arg(threadImageModelPath(modelsFolder));
    }
    if (m_options.config.useImages) {
        const auto cancelled = [this] { return isCancelled(); };
        const ThreadImageCount images = attachThreadImages(store, trainItems, modelsFolder, cancelled);
        attachThreadImages(store, devItems, modelsFolder, cancelled);
        throwIfCancelled();
        report("images", images.withImage, images.withImage);
    }
    const QString where = Error::tr("%1: task '%2'").arg(projectPath(), QStringLiteral("thread"));
    if (trainItems.isEmpty())
        throw Error(Error::tr("%1 has no labelled thread items in split(s) %2 (import RumourEval first)")
                        .arg(where, m_options.trainSplits.join(QLatin1Char(','))));

    QJsonObject config{{QStringLiteral("task"), threadTaskName()},
        {QStringLiteral("train_splits"), QJsonArray::fromStringList(m_options.trainSplits)},
        {QStringLiteral("dev_split"), m_options.devSplit},
        {QStringLiteral("train"), threadConfigToJson(m_options.config)}};
    openRecord(store, QStringLiteral("train-thread"), config);

    TrainThreadResult result;
    result.imagesLeftOut = imagesLeftOut;
    result.trainThreads = int(trainItems.size());
    result.devThreads = int(devItems.size());
    models::ThreadTrainReport trainReport;
    std::unique_ptr<models::ThreadModel> model = callEngine(Error::tr("%1: training failed").arg(where), [&] {
        return models::ThreadModel::train(
            ThreadTaskData::examples(trainItems), m_options.config, trainReport, control());
    });
    throwIfCancelled();

    report("scoring");
    QJsonObject validation;
    for (const auto &[name, value] : trainReport.validationMetrics)
        validation.insert(QString::fromStdString(name), value);
    result.metrics = {{QStringLiteral("dev_split"), m_options.devSplit}, {QStringLiteral("validation"), validation},
        {QStringLiteral("best_epoch"), trainReport.bestEpoch},
        {QStringLiteral("training_seconds"), trainReport.seconds}};
    if (!devItems.isEmpty()) {
        const auto predictions = callEngine(Error::tr("%1: scoring the dev split failed").arg(where),
            [&] { return model->predict(ThreadTaskData::examples(devItems)); });
        result.metrics.insert(QStringLiteral("dev"), threadMetrics(devItems, predictions));
        result.metrics.insert(QStringLiteral("dev_majority_baseline"), majorityBaselineMetrics(trainItems, devItems));
    }
    try {
        result.metrics.insert(QStringLiteral("baseline"), threadConstantAnswers(trainItems, devItems));
    } catch (const std::invalid_argument &error) {
        result.metrics.insert(QStringLiteral("baseline"),
            QJsonObject{{QStringLiteral("unavailable"), QString::fromStdString(error.what())}});
    }

    report("saving");
    const ModelFiles files = model->save();
    config.insert(QStringLiteral("train"), threadConfigToJson(model->config())); // with the resolved image size
    config.insert(QStringLiteral("files"), QJsonArray::fromStringList(modelFileNames(files)));
    ModelVersion version;
    version.task = threadTaskName();
    version.name
        = QStringLiteral("thread mm-mtl %1").arg(QString::fromStdString(models::postOrderName(model->config().order)));
    version.createdAt = QDateTime::currentDateTimeUtc();
    version.config = config;
    version.dataSnapshot = {{QStringLiteral("train"), ThreadTaskData::describe(trainItems)},
        {QStringLiteral("dev"), ThreadTaskData::describe(devItems)},
        {QStringLiteral("reference_rule"), QStringLiteral("human-confirmed rows override gold per post and thread")}};
    if (!imagesLeftOut.isEmpty())
        version.dataSnapshot.insert(QStringLiteral("images_left_out"), imagesLeftOut);
    version.metrics = result.metrics;

    auto transaction = store.transaction();
    result.modelVersionId = store.addModelVersion(version);
    storeModelFiles(store, result.modelVersionId, files);
    result.seconds = clock.elapsed() / 1000.0;
    finishRecord(
        store, {{QStringLiteral("model_version"), result.modelVersionId}, {QStringLiteral("seconds"), result.seconds}});
    transaction.commit();
    return result;
}

} // namespace candor
