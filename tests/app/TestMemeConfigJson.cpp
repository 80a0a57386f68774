#include "app/jobs/meme/MemeConfigJson.h"
#include "core/domain/Error.h"

#include <QJsonArray>
#include <QTest>

using namespace candor;

// The config stored with each meme model version (what the Models dock and `candor-cli models` show).
class TestMemeConfigJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesTheStoredKeys()
    {
        models::MemeTrainConfig config;
        config.variant = models::MemeVariant::Gated;
        config.seed = 21;
        config.hashBuckets = 4096;
        config.dropout = 0.25;
        config.learningRate = 1e-3;
        const QJsonObject json = memeConfigToJson(config);
        QCOMPARE(json,
            (QJsonObject{{QStringLiteral("variant"), QStringLiteral("gated")},
                {QStringLiteral("backbone"), QStringLiteral("mobilenetv2")}, {QStringLiteral("seed"), 21},
                {QStringLiteral("threads"), config.threads}, {QStringLiteral("patience"), config.patience},
                {QStringLiteral("hash_buckets"), 4096}, {QStringLiteral("text_width"), config.textWidth},
                {QStringLiteral("attention_width"), config.attentionWidth},
                {QStringLiteral("hidden_units"), config.hiddenUnits}, {QStringLiteral("dropout"), 0.25},
                {QStringLiteral("focal_alpha"), config.focalAlpha}, {QStringLiteral("focal_gamma"), config.focalGamma},
                {QStringLiteral("epochs"), config.epochs}, {QStringLiteral("batch_size"), config.batchSize},
                {QStringLiteral("learning_rate"), 1e-3}, {QStringLiteral("weight_decay"), config.weightDecay},
                {QStringLiteral("holdout_fraction"), config.holdoutFraction},
                {QStringLiteral("files"), QJsonArray{QStringLiteral("model.safetensors")}}}));
    }

    // What a retrain reads back: the settings round-trip; what describes the saved version is not a setting.
    void settingsReadBack()
    {
        models::MemeTrainConfig config;
        config.variant = models::MemeVariant::Image;
        config.epochs = 7;
        config.learningRate = 5e-4;
        QJsonObject json = memeConfigToJson(config);
        json.remove(QStringLiteral("backbone"));
        json.remove(QStringLiteral("files"));
        const models::MemeTrainConfig back = memeConfigFromJson(json);
        QCOMPARE(back.variant, models::MemeVariant::Image);
        QCOMPARE(back.epochs, 7);
        QCOMPARE(back.learningRate, 5e-4);
        QVERIFY_THROWS_EXCEPTION(Error, memeConfigFromJson({{QStringLiteral("files"), QJsonArray()}}));
        try {
            memeConfigFromJson({{QStringLiteral("variant"), QStringLiteral("audio")}});
            QFAIL("an unknown variant must be refused");
        } catch (const Error &error) {
            QCOMPARE(
                error.message(), QStringLiteral("training config: 'variant' must be one of text, image, fused, gated"));
        }
    }
};

QTEST_GUILESS_MAIN(TestMemeConfigJson)
#include "TestMemeConfigJson.moc"
