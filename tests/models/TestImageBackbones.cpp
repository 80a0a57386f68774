#include "models/checkpoint/Safetensors.h"
#include "models/image/EfficientNetB0.h"
#include "models/image/ResNet50.h"

#include <QTest>

using namespace candor::models;

namespace {

int64_t parameterCount(torch::nn::Module &module)
{
    int64_t total = 0;
    for (const torch::Tensor &parameter : module.parameters())
        total += parameter.numel();
    return total;
}

std::vector<int64_t> shapeOf(const std::map<std::string, torch::Tensor> &state, const std::string &key)
{
    const auto found = state.find(key);
    return found == state.end() ? std::vector<int64_t>{} : found->second.sizes().vec();
}

int trainableTensors(torch::nn::Module &module)
{
    int count = 0;
    for (const torch::Tensor &parameter : module.parameters())
        count += parameter.requires_grad() ? 1 : 0;
    return count;
}

} // namespace

// Names, shapes and counts below are torchvision 0.14's resnet50() / efficientnet_b0() state_dict
// (len(state_dict()) and sum(p.numel() for p in parameters())), checked against torchvision by hand.
class TestImageBackbones : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { torch::manual_seed(0); }

    void resnet50MatchesTorchvisionNames_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QList<qint64>>("shape");
        QTest::newRow("stem") << "conv1.weight" << QList<qint64>{64, 3, 7, 7};
        QTest::newRow("stem bn") << "bn1.running_var" << QList<qint64>{64};
        QTest::newRow("first block") << "layer1.0.conv1.weight" << QList<qint64>{64, 64, 1, 1};
        QTest::newRow("downsample conv") << "layer1.0.downsample.0.weight" << QList<qint64>{256, 64, 1, 1};
        QTest::newRow("downsample bn") << "layer2.0.downsample.1.num_batches_tracked" << QList<qint64>{};
        QTest::newRow("strided 3x3") << "layer3.0.conv2.weight" << QList<qint64>{256, 256, 3, 3};
        QTest::newRow("last block") << "layer4.2.conv3.weight" << QList<qint64>{2048, 512, 1, 1};
        QTest::newRow("last bn") << "layer4.2.bn3.bias" << QList<qint64>{2048};
        QTest::newRow("head") << "fc.weight" << QList<qint64>{1000, 2048};
    }

    void resnet50MatchesTorchvisionNames()
    {
        QFETCH(QString, key);
        QFETCH(QList<qint64>, shape);
        ResNet50 net;
        const auto state = candor::checkpoint::stateOf(*net);
        QCOMPARE(state.size(), size_t(320));
        QCOMPARE(parameterCount(*net), int64_t(25557032));
        QVERIFY2(state.count(key.toStdString()) == 1, qPrintable(key));
        const std::vector<int64_t> actual = shapeOf(state, key.toStdString());
        QCOMPARE(QList<qint64>(actual.begin(), actual.end()), shape);
        QVERIFY(state.count("layer1.1.downsample.0.weight") == 0); // only the first block of a stage projects
    }

    void efficientnetMatchesTorchvisionNames_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QList<qint64>>("shape");
        QTest::newRow("stem") << "features.0.0.weight" << QList<qint64>{32, 3, 3, 3};
        QTest::newRow("stem bn") << "features.0.1.running_mean" << QList<qint64>{32};
        QTest::newRow("no-expand depthwise") << "features.1.0.block.0.0.weight" << QList<qint64>{32, 1, 3, 3};
        QTest::newRow("no-expand se") << "features.1.0.block.1.fc1.weight" << QList<qint64>{8, 32, 1, 1};
        QTest::newRow("no-expand project") << "features.1.0.block.2.0.weight" << QList<qint64>{16, 32, 1, 1};
        QTest::newRow("expand") << "features.2.0.block.0.0.weight" << QList<qint64>{96, 16, 1, 1};
        QTest::newRow("5x5 depthwise") << "features.3.1.block.1.0.weight" << QList<qint64>{240, 1, 5, 5};
        QTest::newRow("se bias") << "features.6.3.block.2.fc2.bias" << QList<qint64>{1152};
        QTest::newRow("last project bn") << "features.7.0.block.3.1.weight" << QList<qint64>{320};
        QTest::newRow("head conv") << "features.8.0.weight" << QList<qint64>{1280, 320, 1, 1};
        QTest::newRow("classifier") << "classifier.1.weight" << QList<qint64>{1000, 1280};
    }

    void efficientnetMatchesTorchvisionNames()
    {
        QFETCH(QString, key);
        QFETCH(QList<qint64>, shape);
        EfficientNetB0 net;
        const auto state = candor::checkpoint::stateOf(*net);
        QCOMPARE(state.size(), size_t(360));
        QCOMPARE(parameterCount(*net), int64_t(5288548));
        const std::vector<int64_t> actual = shapeOf(state, key.toStdString());
        QVERIFY2(state.count(key.toStdString()) == 1, qPrintable(key));
        QCOMPARE(QList<qint64>(actual.begin(), actual.end()), shape);
    }

    void producesSevenBySevenGrids()
    {
        torch::NoGradGuard noGrad;
        const torch::Tensor images = torch::randn({2, 3, 224, 224});
        ResNet50 resnet;
        resnet->eval();
        QCOMPARE(resnet->features(images).sizes().vec(), (std::vector<int64_t>{2, 2048, 7, 7}));
        QCOMPARE(resnet->forward(images).sizes().vec(), (std::vector<int64_t>{2, 1000}));
        EfficientNetB0 efficientnet;
        efficientnet->eval();
        QCOMPARE(efficientnet->features(images).sizes().vec(), (std::vector<int64_t>{2, 1280, 7, 7}));
        QCOMPARE(efficientnet->forward(images).sizes().vec(), (std::vector<int64_t>{2, 1000}));
    }

    void safetensorsInTorchvisionNamingLoadStrictly()
    {
        EfficientNetB0 source;
        {
            torch::NoGradGuard noGrad;
            source->stages().back()->parameters().front().fill_(0.25);
        }
        const std::string bytes = candor::checkpoint::saveSafetensors(candor::checkpoint::stateOf(*source));
        EfficientNetB0 target;
        candor::checkpoint::loadInto(*target, candor::checkpoint::loadSafetensors(bytes), /*strict=*/true);
        const auto state = candor::checkpoint::stateOf(*target);
        QCOMPARE(state.at("classifier.1.weight").max().item<float>(), 0.25f);
        QVERIFY(torch::equal(state.at("features.4.2.block.1.0.weight"),
            candor::checkpoint::stateOf(*source).at("features.4.2.block.1.0.weight")));
    }

    void freezesAndProgressivelyUnfreezesLastStages()
    {
        ResNet50 net;
        const int all = trainableTensors(*net);
        QCOMPARE(all, 161);
        net->trainLastStages(1); // fc only
        QCOMPARE(trainableTensors(*net), 2);
        net->trainLastStages(2); // layer4 + fc: 3 blocks x 9 tensors + downsample 3 + fc 2
        QCOMPARE(trainableTensors(*net), 32);
        net->train();
        QVERIFY(!net->stages()[3]->is_training()); // layer3 frozen: its batch norms keep their statistics
        QVERIFY(net->stages()[4]->is_training());
        net->trainLastStages(-1);
        QCOMPARE(trainableTensors(*net), all);

        const ProgressiveUnfreezing schedule{/*initial=*/1, /*every=*/2, /*maximum=*/3};
        QCOMPARE(schedule.stagesAt(0), 1);
        QCOMPARE(schedule.stagesAt(1), 1);
        QCOMPARE(schedule.stagesAt(2), 2);
        QCOMPARE(schedule.stagesAt(9), 3);
    }

    void frozenStagesGetNoGradient()
    {
        EfficientNetB0 net;
        net->trainLastStages(3); // features.7, features.8, classifier
        net->train();
        const torch::Tensor loss = net->forward(torch::randn({2, 3, 64, 64})).sum();
        loss.backward();
        const auto stages = net->stages();
        QVERIFY(!stages[1]->parameters().front().grad().defined());
        QVERIFY(stages[7]->parameters().front().grad().defined());
        QVERIFY(stages[7]->parameters().front().grad().abs().sum().item<float>() > 0);
    }
};

QTEST_GUILESS_MAIN(TestImageBackbones)
#include "TestImageBackbones.moc"
