#include "core/image/NetworkInput.h"

#include <QBuffer>
#include <QPainter>
#include <QTest>

using namespace candor;

namespace {

float normalised(int value, int channel)
{
    const NetworkInputOptions options;
    return (value / 255.0f - options.mean[size_t(channel)]) / options.stdDev[size_t(channel)];
}

} // namespace

class TestNetworkInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalisesWithImageNetStatistics()
    {
        QImage image(300, 500, QImage::Format_RGB888);
        image.fill(QColor(255, 128, 0));
        const NetworkInput input = toNetworkInput(image);
        QCOMPARE(input.width, 224);
        QCOMPARE(input.height, 224);
        QCOMPARE(input.chw.size(), size_t(3 * 224 * 224));
        QVERIFY(qAbs(input.at(0, 100, 100) - normalised(255, 0)) < 1e-5f); // R plane first
        QVERIFY(qAbs(input.at(1, 0, 223) - normalised(128, 1)) < 1e-5f);
        QVERIFY(qAbs(input.at(2, 223, 0) - normalised(0, 2)) < 1e-5f);
    }

    void keepsLayoutAndHonoursSize()
    {
        QImage image(64, 32, QImage::Format_RGB888);
        QPainter painter(&image);
        painter.fillRect(0, 0, 32, 32, Qt::red);
        painter.fillRect(32, 0, 32, 32, Qt::blue);
        painter.end();
        NetworkInputOptions options;
        options.width = 16;
        options.height = 8;
        const NetworkInput input = toNetworkInput(image, options);
        QCOMPARE(input.chw.size(), size_t(3 * 16 * 8));
        QVERIFY(qAbs(input.at(0, 4, 2) - normalised(255, 0)) < 1e-5f);
        QVERIFY(qAbs(input.at(2, 4, 2) - normalised(0, 2)) < 1e-5f);
        QVERIFY(qAbs(input.at(0, 4, 13) - normalised(0, 0)) < 1e-5f);
        QVERIFY(qAbs(input.at(2, 4, 13) - normalised(255, 2)) < 1e-5f);
    }

    void compositesAlphaOnBackground()
    {
        QImage image(10, 10, QImage::Format_ARGB32);
        image.fill(qRgba(0, 0, 0, 0)); // fully transparent black
        const NetworkInput input = toNetworkInput(image);
        for (int c = 0; c < 3; ++c)
            QVERIFY(qAbs(input.at(c, 50, 50) - normalised(255, c)) < 1e-5f); // white background
    }

    void expandsGreyToThreeEqualChannels()
    {
        QImage grey(40, 40, QImage::Format_Grayscale8);
        grey.fill(77);
        const NetworkInput input = toNetworkInput(grey);
        for (int c = 0; c < 3; ++c)
            QVERIFY(qAbs(input.at(c, 10, 10) - normalised(77, c)) < 1e-5f);
    }

    void decodesBytesByContent()
    {
        QImage image(20, 20, QImage::Format_RGB888);
        image.fill(Qt::green);
        QByteArray jpeg;
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "JPEG", 100);
        const NetworkInput input = toNetworkInput(jpeg, QStringLiteral("looks_like.png"));
        QVERIFY(qAbs(input.at(1, 112, 112) - normalised(255, 1)) < 0.05f);
        QVERIFY(qAbs(input.at(0, 112, 112) - normalised(0, 0)) < 0.1f);
    }
};

QTEST_GUILESS_MAIN(TestNetworkInput)
#include "TestNetworkInput.moc"
