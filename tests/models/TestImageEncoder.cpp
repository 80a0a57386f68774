#include "core/image/NetworkInput.h"
#include "models/image/ImageEncoder.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace candor;
using namespace candor::models;

namespace {

QString modelsDir()
{
    return QString::fromStdString(modelsDirectory(CANDOR_SHARED_DIR "/models"));
}

std::vector<float> prepared(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return toNetworkInput(file.readAll(), path).chw;
}

int argmax(const std::vector<float> &values)
{
    return int(std::max_element(values.begin(), values.end()) - values.begin());
}

} // namespace

class TestImageEncoder : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ImageEncoder> m_mobilenet;

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(modelsDir() + QStringLiteral("/mobilenetv2_quantized_imagenet.pt")))
            return;
        ImageEncoderConfig config;
        config.modelsDirectory = modelsDir().toStdString();
        m_mobilenet = ImageEncoder::create(config);
    }

    void namesRoundTrip()
    {
        for (BackboneKind kind :
            {BackboneKind::QuantizedMobileNetV2, BackboneKind::ResNet50, BackboneKind::EfficientNetB0})
            QCOMPARE(int(backboneFromName(backboneName(kind))), int(kind));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, backboneFromName("vgg16"));
    }

    void refusesMissingPretrainedFiles()
    {
        ImageEncoderConfig config;
        config.modelsDirectory = "/nonexistent";
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, ImageEncoder::create(config));
        config.kind = BackboneKind::ResNet50;
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, ImageEncoder::create(config));
    }

    void nativeBackboneTrainsFromScratchWithoutWeights()
    {
        ImageEncoderConfig config;
        config.kind = BackboneKind::EfficientNetB0;
        config.modelsDirectory = "/nonexistent";
        config.requirePretrained = false;
        config.inputSize = 64;
        const auto encoder = ImageEncoder::create(config);
        QVERIFY(!encoder->pretrained());
        const auto grids = encoder->encode({std::vector<float>(3 * 64 * 64, 0.5f)});
        QCOMPARE(grids.size(), size_t(1));
        QCOMPARE(grids[0].rows, 2);
        QCOMPARE(grids[0].channels, 1280);
        QVERIFY(encoder->imagenetProbabilities(std::vector<float>(3 * 64 * 64, 0.5f)).empty());
    }

    void mobilenetGivesSevenBySevenGrid()
    {
        if (!m_mobilenet)
            QSKIP("mobilenetv2_quantized_imagenet.pt not in the models folder");
        std::vector<float> image(3 * 224 * 224);
        for (size_t i = 0; i < image.size(); ++i)
            image[i] = float((i * 7919) % 255) / 64.0f - 2.0f;
        const auto grids = m_mobilenet->encode({image, std::vector<float>(3 * 224 * 224, 0.0f), image});
        QCOMPARE(grids.size(), size_t(3));
        QCOMPARE(grids[0].rows, 7);
        QCOMPARE(grids[0].cols, 7);
        QCOMPARE(grids[0].channels, 1280);
        QCOMPARE(grids[0].values.size(), size_t(49 * 1280));
        QCOMPARE(grids[0].values, grids[2].values); // batched images are independent
        QVERIFY(grids[0].values != grids[1].values);
        QVERIFY(*std::min_element(grids[0].values.begin(), grids[0].values.end()) >= 0.0f); // ReLU6 output
        const double mean
            = std::accumulate(grids[0].values.begin(), grids[0].values.end(), 0.0) / grids[0].values.size();
        QVERIFY(mean > 0.01 && mean < 6.0);
        QCOMPARE(grids[0].pooled().size(), size_t(1280));
    }

    void mobilenetClassifiesMemesSanely()
    {
        if (!m_mobilenet)
            QSKIP("mobilenetv2_quantized_imagenet.pt not in the models folder");
        const QString folder
            = QStringLiteral(CANDOR_SHARED_DIR "/datasets/semeval2021-task6/dev_set_task3/dev_set_task3_labeled/");
        const QStringList names = QDir(folder).entryList({QStringLiteral("*.png")}, QDir::Files, QDir::Name).mid(0, 6);
        if (names.isEmpty())
            QSKIP("SemEval task 3 dev images not found");
        for (const QString &name : names) {
            const std::vector<float> probabilities = m_mobilenet->imagenetProbabilities(prepared(folder + name));
            QCOMPARE(probabilities.size(), size_t(1000));
            QVERIFY(qAbs(std::accumulate(probabilities.begin(), probabilities.end(), 0.0) - 1.0) < 1e-3);
            qInfo("%s: top-1 class %d (p=%.2f)", qPrintable(name), argmax(probabilities),
                double(probabilities[size_t(argmax(probabilities))]));
        }
    }
};

QTEST_GUILESS_MAIN(TestImageEncoder)
#include "TestImageEncoder.moc"
