#include "app/jobs/meme/MemeModelStore.h"

#include "core/domain/Error.h"
#include "core/store/MemeStore.h"
#include "core/store/Sql.h"

#include <QDateTime>
#include <QJsonArray>

namespace candor {

namespace {

QJsonObject configJson(const models::MemeTrainConfig &config)
{
    return {{QStringLiteral("variant"), QString::fromStdString(models::memeVariantName(config.variant))},
            {QStringLiteral("backbone"), QString::fromStdString(models::backboneName(models::BackboneKind::QuantizedMobileNetV2))},
            {QStringLiteral("seed"), qint64(config.seed)},
            {QStringLiteral("hash_buckets"), config.hashBuckets},
            {QStringLiteral("text_width"), config.textWidth},
            {QStringLiteral("attention_width"), config.attentionWidth},
            {QStringLiteral("hidden_units"), config.hiddenUnits},
            {QStringLiteral("dropout"), config.dropout},
            {QStringLiteral("focal_alpha"), config.focalAlpha},
            {QStringLiteral("focal_gamma"), config.focalGamma},
            {QStringLiteral("epochs"), config.epochs},
            {QStringLiteral("batch_size"), config.batchSize},
            {QStringLiteral("learning_rate"), config.learningRate},
            {QStringLiteral("weight_decay"), config.weightDecay},
            {QStringLiteral("patience"), config.patience},
            {QStringLiteral("holdout_fraction"), config.holdoutFraction},
            {QStringLiteral("files"), QJsonArray{QStringLiteral("model.safetensors")}}};
}

double number(const QJsonObject &json, const QString &key, double fallback)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined())
        return fallback;
    if (!value.isDouble())
        throw Error(Error::tr("meme training config: '%1' must be a number").arg(key));
    return value.toDouble();
}

} // namespace

models::MemeTrainConfig memeConfigFromJson(const QJsonObject &json, models::MemeTrainConfig config)
{
    static const QStringList known{QStringLiteral("variant"), QStringLiteral("backbone"), QStringLiteral("seed"),
        QStringLiteral("threads"), QStringLiteral("hash_buckets"), QStringLiteral("text_width"), QStringLiteral("attention_width"),
        QStringLiteral("hidden_units"), QStringLiteral("dropout"), QStringLiteral("focal_alpha"), QStringLiteral("focal_gamma"),
        QStringLiteral("epochs"), QStringLiteral("batch_size"), QStringLiteral("learning_rate"), QStringLiteral("weight_decay"),
        QStringLiteral("patience"), QStringLiteral("holdout_fraction"), QStringLiteral("files")};
    for (auto it = json.begin(); it != json.end(); ++it)
        if (!known.contains(it.key()))
            throw Error(Error::tr("meme training config: unknown key '%1' (known: %2)").arg(it.key(), known.join(QStringLiteral(", "))));
    if (json.contains(QStringLiteral("variant"))) {
        try {
            config.variant = models::memeVariantFromName(json.value(QStringLiteral("variant")).toString().toStdString());
        } catch (const std::exception &) {
            throw Error(Error::tr("meme training config: unknown variant '%1' (text, image, fused or gated)")
                            .arg(json.value(QStringLiteral("variant")).toString()));
        }
    }
    config.seed = static_cast<unsigned long long>(number(json, QStringLiteral("seed"), double(config.seed)));
    config.threads = int(number(json, QStringLiteral("threads"), config.threads));
    config.hashBuckets = int(number(json, QStringLiteral("hash_buckets"), config.hashBuckets));
    config.textWidth = int(number(json, QStringLiteral("text_width"), config.textWidth));
    config.attentionWidth = int(number(json, QStringLiteral("attention_width"), config.attentionWidth));
    config.hiddenUnits = int(number(json, QStringLiteral("hidden_units"), config.hiddenUnits));
    config.dropout = number(json, QStringLiteral("dropout"), config.dropout);
    config.focalAlpha = number(json, QStringLiteral("focal_alpha"), config.focalAlpha);
    config.focalGamma = number(json, QStringLiteral("focal_gamma"), config.focalGamma);
    config.epochs = int(number(json, QStringLiteral("epochs"), config.epochs));
    config.batchSize = int(number(json, QStringLiteral("batch_size"), config.batchSize));
    config.learningRate = number(json, QStringLiteral("learning_rate"), config.learningRate);
    config.weightDecay = number(json, QStringLiteral("weight_decay"), config.weightDecay);
    config.patience = int(number(json, QStringLiteral("patience"), config.patience));
    config.holdoutFraction = number(json, QStringLiteral("holdout_fraction"), config.holdoutFraction);
    return config;
}

qint64 saveMemeModel(ProjectStore &store, const models::MemeModel &model, const models::MemeTrainConfig &config,
                     const QJsonObject &metrics, int trainItems, int devItems)
{
    const std::map<std::string, std::string> files = model.save();
    auto transaction = store.transaction();
    ModelVersion version;
    version.task = MemeTask::name;
    version.name = QStringLiteral("meme-") + QString::fromStdString(models::memeVariantName(model.variant()));
    version.createdAt = QDateTime::currentDateTimeUtc();
    version.config = configJson(config);
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
        const bool matches = versionId ? version.id == *versionId
                                       : variant.isEmpty() || version.config.value(QStringLiteral("variant")).toString() == variant;
        if (matches && (!found || versionId || version.id > loaded.version.id)) {
            loaded.version = version;
            found = true;
        }
    }
    if (!found) {
        if (versionId)
            throw Error(Error::tr("%1: model version %2 is not a %3 model").arg(store.path()).arg(*versionId).arg(MemeTask::name));
        if (variant.isEmpty())
            throw Error(Error::tr("%1: no trained %2 model (run candor-cli train --task %2 first)").arg(store.path(), MemeTask::name));
        throw Error(Error::tr("%1: no trained %2 model of variant %3 (run candor-cli train --task %2 first)")
                        .arg(store.path(), MemeTask::name, variant));
    }
    const QByteArray bytes = store.modelFile(loaded.version.id, QStringLiteral("model.safetensors"));
    try {
        loaded.model = models::MemeModel::load({{"model.safetensors", bytes.toStdString()}});
    } catch (const std::exception &error) {
        // error.what() is the engine's own text (models/ has no Qt): it stays English inside the translated sentence.
        throw Error(Error::tr("%1: model version %2: %3").arg(store.path()).arg(loaded.version.id).arg(QString::fromUtf8(error.what())));
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
            putImageMap(store, {items[i].itemId, loaded.version.id, QStringLiteral("attention"), QString(),
                                prediction.rows, prediction.cols, prediction.attention});
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
