#include "app/jobs/meme/MemeModelStore.h"

#include "app/jobs/meme/MemeConfigJson.h"
#include "core/domain/Error.h"
#include "core/store/MemeStore.h"
#include "core/store/Sql.h"

#include <QDateTime>

namespace candor {

qint64 saveMemeModel(ProjectStore &store, const models::MemeModel &model, const models::MemeTrainConfig &config,
    const QJsonObject &metrics, int trainItems, int devItems)
{
    const std::map<std::string, std::string> files = model.save();
    auto transaction = store.transaction();
    ModelVersion version;
    version.task = MemeTask::name;
    version.name = QStringLiteral("meme-") + QString::fromStdString(models::memeVariantName(model.variant()));
    version.createdAt = QDateTime::currentDateTimeUtc();
    version.config = memeConfigToJson(config);
    version.dataSnapshot = {{QStringLiteral("train_items"), trainItems}, {QStringLiteral("dev_items"), devItems},
        {QStringLiteral("schema"), Schemas::Persuasion22}};
    version.metrics = metrics;
    const qint64 id = store.addModelVersion(version);
    for (const auto &[name, bytes] : files)
        store.putModelFile(id, QString::fromStdString(name), QByteArray(bytes.data(), qsizetype(bytes.size())));
    transaction.commit();
    return id;
}

LoadedMemeModel loadMemeModel(const ProjectStore &store, std::optional<qint64> versionId, const QString &variant)
{
    LoadedMemeModel loaded;
    bool found = false;
    // Without a version or variant the task's current version (the pinned one, else the latest) is used.
    if (!versionId && variant.isEmpty())
        if (const std::optional<ModelVersion> current = store.currentModelVersion(MemeTask::name))
            versionId = current->id;
    for (const ModelVersion &version : store.modelVersions(MemeTask::name)) {
        const bool matches = versionId
            ? version.id == *versionId
            : variant.isEmpty() || version.config.value(QStringLiteral("variant")).toString() == variant;
        if (matches && (!found || versionId || version.id > loaded.version.id)) {
            loaded.version = version;
            found = true;
        }
    }
    if (!found) {
        if (versionId)
            throw Error(Error::tr("%1: model version %2 is not a %3 model")
                            .arg(store.path())
                            .arg(*versionId)
                            .arg(MemeTask::name));
        if (variant.isEmpty())
            throw Error(Error::tr("%1: no trained %2 model (run candor-cli train --task %2 first)")
                            .arg(store.path(), MemeTask::name));
        throw Error(Error::tr("%1: no trained %2 model of variant %3 (run candor-cli train --task %2 first)")
                        .arg(store.path(), MemeTask::name, variant));
    }
    const QByteArray bytes = store.modelFile(loaded.version.id, QStringLiteral("model.safetensors"));
    try {
        loaded.model = models::MemeModel::load({{"model.safetensors", bytes.toStdString()}});
    } catch (const std::exception &error) {
        // error.what() is the engine's own text (models/ has no Qt): it stays English inside the translated sentence.
        throw Error(Error::tr("%1: model version %2: %3")
                        .arg(store.path())
                        .arg(loaded.version.id)
                        .arg(QString::fromUtf8(error.what())));
    }
    return loaded;
}

int writeMemePredictions(ProjectStore &store, const LoadedMemeModel &loaded, const QList<MemeTaskItem> &items,
    const std::vector<models::MemePrediction> &predictions)
{
    const std::vector<std::string> &labels = loaded.model->labels();
    auto transaction = store.transaction();
    int written = 0;
    for (int i = 0; i < items.size(); ++i) {
        AnnotationFilter previous;
        previous.origin = Origin::Model;
        previous.modelVersionId = loaded.version.id;
        for (const Annotation &old : store.annotations(items[i].itemId, previous))
            store.deleteAnnotation(old.id);
        const models::MemePrediction &prediction = predictions[size_t(i)];
        if (!prediction.attention.empty())
            putImageMap(store,
                {items[i].itemId, loaded.version.id, QStringLiteral("attention"), QString(), prediction.rows,
                    prediction.cols, prediction.attention});
        for (int label : prediction.labels) {
            Annotation annotation;
            annotation.itemId = items[i].itemId;
            annotation.schema = Schemas::Persuasion22;
            annotation.label = QString::fromStdString(labels[size_t(label)]);
            annotation.origin = Origin::Model;
            annotation.modelVersionId = loaded.version.id;
            annotation.score = predictions[size_t(i)].scores[size_t(label)];
            annotation.status = Status::Proposed;
            store.addAnnotation(annotation);
            ++written;
        }
    }
    transaction.commit();
    return written;
}

} // namespace candor
