#include "app/jobs/meme/MemeConfigJson.h"

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
        QCOMPARE(json, (QJsonObject{{QStringLiteral("variant"), QStringLiteral("gated")},
                                    {QStringLiteral("backbone"), QStringLiteral("mobilenetv2")},
                                    {QStringLiteral("seed"), 21},
                                    {QStringLiteral("hash_buckets"), 4096},
                                    {QStringLiteral("text_width"), config.textWidth},
                                    {QStringLiteral("attention_width"), config.attentionWidth},
                                    {QStringLiteral("hidden_units"), config.hiddenUnits},
                                    {QStringLiteral("dropout"), 0.25},
                                    {QStringLiteral("focal_alpha"), config.focalAlpha},
                                    {QStringLiteral("focal_gamma"), config.focalGamma},
                                    {QStringLiteral("epochs"), config.epochs},
                                    {QStringLiteral("batch_size"), config.batchSize},
                                    {QStringLiteral("learning_rate"), 1e-3},
                                    {QStringLiteral("weight_decay"), config.weightDecay},
                                    {QStringLiteral("holdout_fraction"), config.holdoutFraction},
                                    {QStringLiteral("files"), QJsonArray{QStringLiteral("model.safetensors")}}}));
    }
};

QTEST_GUILESS_MAIN(TestMemeConfigJson)
#include "TestMemeConfigJson.moc"
