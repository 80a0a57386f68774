#include "app/jobs/meme/MemeConfigJson.h"

#include "app/jobs/ConfigFields.h"
#include "models/image/ImageEncoder.h"

#include <QJsonArray>

namespace candor {
namespace {

using models::MemeTrainConfig;

// Read back by "retrain with the last settings" (TaskCatalog::retrainRequest) and the train dialog.
const ConfigFields<MemeTrainConfig> &fields()
{
    static const ConfigFields<MemeTrainConfig> table = [] {
        ConfigFields<MemeTrainConfig> t({QT_TRANSLATE_NOOP("Error", "training config: unknown key '%1'"),
            QT_TRANSLATE_NOOP("Error", "training config: '%1' must be %2")});
        const char *const number = QT_TRANSLATE_NOOP("Error", "a number");
        const char *const wholeNumber = QT_TRANSLATE_NOOP("Error", "a whole number");
        const auto whole = [&](const char *key, auto MemeTrainConfig::*member) {
            t.whole(QLatin1String(key), member, number, wholeNumber);
        };
        const auto real
            = [&](const char *key, double MemeTrainConfig::*member) { t.number(QLatin1String(key), member, number); };
        // Facts about the saved version rather than settings: written, refused when read.
        t.choice(QStringLiteral("variant"), &MemeTrainConfig::variant,
            {{QStringLiteral("text"), models::MemeVariant::Text}, {QStringLiteral("image"), models::MemeVariant::Image},
                {QStringLiteral("fused"), models::MemeVariant::Fused},
                {QStringLiteral("gated"), models::MemeVariant::Gated},
                {QStringLiteral("linear"), models::MemeVariant::Linear}},
            QT_TRANSLATE_NOOP("Error", "one of text, image, fused, gated"));
        t.field(QStringLiteral("backbone"), {}, [](const MemeTrainConfig &) {
            return QJsonValue(QString::fromStdString(models::backboneName(models::BackboneKind::QuantizedMobileNetV2)));
        });
        t.field(QStringLiteral("files"), {},
            [](const MemeTrainConfig &) { return QJsonValue(QJsonArray{QStringLiteral("model.safetensors")}); });
        whole("seed", &MemeTrainConfig::seed);
        whole("threads", &MemeTrainConfig::threads);
        whole("patience", &MemeTrainConfig::patience);
        whole("hash_buckets", &MemeTrainConfig::hashBuckets);
        whole("text_width", &MemeTrainConfig::textWidth);
        whole("attention_width", &MemeTrainConfig::attentionWidth);
        whole("hidden_units", &MemeTrainConfig::hiddenUnits);
        real("dropout", &MemeTrainConfig::dropout);
        real("focal_alpha", &MemeTrainConfig::focalAlpha);
        real("focal_gamma", &MemeTrainConfig::focalGamma);
        whole("epochs", &MemeTrainConfig::epochs);
        whole("batch_size", &MemeTrainConfig::batchSize);
        real("learning_rate", &MemeTrainConfig::learningRate);
        real("weight_decay", &MemeTrainConfig::weightDecay);
        real("holdout_fraction", &MemeTrainConfig::holdoutFraction);
        return t;
    }();
    return table;
}

} // namespace

QJsonObject memeConfigToJson(const models::MemeTrainConfig &config)
{
    return fields().toJson(config);
}

models::MemeTrainConfig memeConfigFromJson(const QJsonObject &json, models::MemeTrainConfig config)
{
    return fields().fromJson(json, config);
}

} // namespace candor
