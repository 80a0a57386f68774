#include "app/jobs/thread/ThreadJobs.h"

#include "core/domain/Error.h"
#include "app/jobs/ModelFiles.h"
#include "app/jobs/thread/ThreadConfigJson.h"
#include "app/jobs/thread/ThreadScoring.h"
#include "app/jobs/meme/MemeTaskData.h"
#include "app/jobs/thread/ThreadImageVectors.h"
#include "app/jobs/thread/ThreadTaskData.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"

#include <QElapsedTimer>
#include <QJsonArray>

#include <exception>

namespace candor {

TrainThreadJob::TrainThreadJob(QString projectPath, TrainThreadOptions options)
    : m_projectPath(std::move(projectPath))
    , m_options(std::move(options))
{
}

TrainThreadResult TrainThreadJob::run()
{
    QElapsedTimer clock;
    clock.start();
    ProjectStore store(m_projectPath);
    report({QStringLiteral("loading")});
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
                                       " thread structure only").arg(postImages).arg(threadImageModelPath(modelsFolder));
    }
    if (m_options.config.useImages) {
        const auto cancelled = [this] { return isCancelled(); };
        const ThreadImageCount images = attachThreadImages(store, trainItems, modelsFolder, cancelled);
        attachThreadImages(store, devItems, modelsFolder, cancelled);
        report({QStringLiteral("images"), images.withImage, images.withImage});
    }
    const QString where = Error::tr("%1: task '%2'").arg(m_projectPath, QStringLiteral("thread"));
    if (trainItems.isEmpty())
        throw Error(Error::tr("%1 has no labelled thread items in split(s) %2 (import RumourEval first)")
                        .arg(where, m_options.trainSplits.join(QLatin1Char(','))));

    QJsonObject config{{QStringLiteral("task"), threadTaskName()},
                       {QStringLiteral("train_splits"), QJsonArray::fromStringList(m_options.trainSplits)},
                       {QStringLiteral("dev_split"), m_options.devSplit},
                       {QStringLiteral("train"), threadConfigToJson(m_options.config)}};
    const qint64 jobId = store.startJob(QStringLiteral("train-thread"), config);

    TrainThreadResult result;
    result.imagesLeftOut = imagesLeftOut;
    result.trainThreads = int(trainItems.size());
    result.devThreads = int(devItems.size());
    models::ThreadTrainReport trainReport;
    std::unique_ptr<models::ThreadModel> model;
    const bool trained = runEngineTraining(store, jobId, where, [&] {
        model = models::ThreadModel::train(ThreadTaskData::examples(trainItems), m_options.config, trainReport,
            engineProgress(), engineCancelCheck());
    });
    if (!trained) {
        result.cancelled = true;
        return result;
    }

    report({QStringLiteral("scoring")});
    QJsonObject validation;
    for (const auto &[name, value] : trainReport.validationMetrics)
        validation.insert(QString::fromStdString(name), value);
    result.metrics = {{QStringLiteral("dev_split"), m_options.devSplit},
                      {QStringLiteral("validation"), validation},
                      {QStringLiteral("best_epoch"), trainReport.bestEpoch},
                      {QStringLiteral("training_seconds"), trainReport.seconds}};
    if (!devItems.isEmpty()) {
        result.metrics.insert(QStringLiteral("dev"), threadMetrics(devItems, model->predict(ThreadTaskData::examples(devItems))));
        result.metrics.insert(QStringLiteral("dev_majority_baseline"), majorityBaselineMetrics(trainItems, devItems));
    }

    report({QStringLiteral("saving")});
    const ModelFiles files = model->save();
    config.insert(QStringLiteral("train"), threadConfigToJson(model->config()));   // with the resolved image size
    config.insert(QStringLiteral("files"), QJsonArray::fromStringList(modelFileNames(files)));
    ModelVersion version;
    version.task = threadTaskName();
    version.name = QStringLiteral("thread mm-mtl %1").arg(QString::fromStdString(models::postOrderName(model->config().order)));
    version.createdAt = QDateTime::currentDateTimeUtc();
    version.config = config;
    version.dataSnapshot = {{QStringLiteral("train"), ThreadTaskData::describe(trainItems)},
                            {QStringLiteral("dev"), ThreadTaskData::describe(devItems)},
                            {QStringLiteral("reference_rule"),
                             QStringLiteral("human-confirmed rows override gold per post and thread")}};
    if (!imagesLeftOut.isEmpty())
        version.dataSnapshot.insert(QStringLiteral("images_left_out"), imagesLeftOut);
    version.metrics = result.metrics;

    sql::Transaction transaction(store.db());
    result.modelVersionId = store.addModelVersion(version);
    storeModelFiles(store, result.modelVersionId, files);
    result.seconds = clock.elapsed() / 1000.0;
    store.finishJob(jobId, QStringLiteral("finished"), {{QStringLiteral("model_version"), result.modelVersionId},
                                                         {QStringLiteral("seconds"), result.seconds}});
    transaction.commit();
    return result;
}

std::unique_ptr<models::ThreadModel> loadThreadModel(const ProjectStore &store, const ModelVersion &version)
{
    const QJsonArray names = version.config.value(QStringLiteral("files")).toArray();
    if (names.isEmpty())
        throw Error(Error::tr("%1: model version %2 lists no model files").arg(store.path()).arg(version.id));
    ModelFiles files;
    for (const QJsonValue &name : names) {
        const QByteArray bytes = store.modelFile(version.id, name.toString());
        files.emplace(name.toString().toStdString(), std::string(bytes.constData(), size_t(bytes.size())));
    }
    try {
        return models::ThreadModel::load(files);
    } catch (const std::exception &error) {
        // error.what() is the engine's own text (models/ has no Qt): it stays English inside the translated sentence.
        throw Error(Error::tr("%1: cannot load thread model version %2: %3")
                        .arg(store.path()).arg(version.id).arg(QString::fromUtf8(error.what())));
    }
}

} // namespace candor
