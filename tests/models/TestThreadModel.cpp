// The MM-MTL thread model on generated threads: it learns keyword stances and stance-driven veracity, every
// ablation trains, save/load reproduces predictions, bad files are refused and cancellation stops training.
#include "models/thread/ThreadModel.h"

#include <QTest>

#include <random>

using namespace candor::models;

namespace {

// Replies say "agreed" (support), "nonsense" (deny), "really?" (query) or small talk (comment); the thread is
// true when supporters outnumber deniers, else false. Branches are random reply chains.
std::vector<ThreadExample> generatedThreads(int count, unsigned seed)
{
    const std::vector<std::string> phrases{
        "agreed this is right", "nonsense that is fake", "really is it confirmed ?", "thoughts and prayers everyone"};
    std::mt19937 random(seed);
    std::vector<ThreadExample> threads;
    for (int t = 0; t < count; ++t) {
        ThreadExample thread;
        thread.id = "t" + std::to_string(t);
        thread.posts.push_back({thread.id + "-0", "breaking news about the event", -1, 0, {}, 0});
        const int replies = 3 + int(random() % 6);
        int support = 0, deny = 0;
        const bool leansTrue = random() % 2 == 0;
        for (int r = 1; r <= replies; ++r) {
            int stance = int(random() % 4);
            if (stance < 2)
                stance = (random() % 4 == 0) != leansTrue ? 0 : 1;
            support += stance == 0;
            deny += stance == 1;
            const int parent = int(random() % unsigned(r));
            thread.posts.push_back(
                {thread.id + "-" + std::to_string(r), phrases[size_t(stance)], parent, 30.0 * r, {}, stance});
        }
        thread.veracity = support > deny ? 0 : 1;
        threads.push_back(thread);
    }
    return threads;
}

ThreadTrainConfig smallConfig()
{
    ThreadTrainConfig config;
    config.threads = 1;
    config.hashBuckets = 1024;
    config.textDim = 16;
    config.imageInputDim = 4;
    config.imageDim = 8;
    config.metaState = 16;
    config.metaDim = 8;
    config.taskHidden = 24;
    config.epochs = 30;
    config.batchSize = 8;
    config.learningRate = 1e-2;
    config.decaySteps = 50;
    config.patience = 30;
    config.validationFraction = 0;
    return config;
}

double stanceAccuracy(const std::vector<ThreadExample> &threads, const std::vector<ThreadPrediction> &predictions)
{
    int right = 0, all = 0;
    for (size_t t = 0; t < threads.size(); ++t)
        for (size_t p = 1; p < threads[t].posts.size(); ++p) {
            right += predictions[t].stance[p] == threads[t].posts[p].stance;
            ++all;
        }
    return double(right) / all;
}

} // namespace

class TestThreadModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void learnsGeneratedThreads_data()
    {
        QTest::addColumn<QString>("order");
        QTest::addColumn<bool>("meta");
        QTest::addColumn<bool>("attention");
        QTest::newRow("branches, meta, attention") << "branches" << true << true;
        QTest::newRow("chronological, meta, attention") << "chronological" << true << true;
        QTest::newRow("w/o meta") << "branches" << false << true;
        QTest::newRow("w/o attention") << "branches" << true << false;
    }
    void learnsGeneratedThreads()
    {
        QFETCH(QString, order);
        QFETCH(bool, meta);
        QFETCH(bool, attention);
        const auto train = generatedThreads(64, 1);
        const auto test = generatedThreads(24, 2);
        ThreadTrainConfig config = smallConfig();
        config.order = postOrderFromName(order.toStdString());
        config.useMeta = meta;
        config.useAttention = attention;
        ThreadTrainReport report;
        const auto model = ThreadModel::train(train, config, report);
        const auto predictions = model->predict(test);
        QCOMPARE(predictions.size(), test.size());
        QVERIFY2(
            stanceAccuracy(test, predictions) > 0.9, qPrintable(QString::number(stanceAccuracy(test, predictions))));
        for (size_t t = 0; t < test.size(); ++t) {
            QCOMPARE(predictions[t].stance.size(), test[t].posts.size());
            float sum = 0;
            for (float a : predictions[t].attention)
                sum += a;
            QVERIFY(std::abs(sum - 1.0f) < 1e-4f); // attention is a distribution over the thread's posts
            QVERIFY(predictions[t].veracityConfidence >= 1.0f / 3.0f);
        }
    }

    void imagesTakePartWhenPresent()
    {
        auto train = generatedThreads(16, 3);
        train[0].posts[1].image = {0.1f, 0.2f, 0.3f, 0.4f};
        ThreadTrainConfig config = smallConfig();
        config.epochs = 1;
        config.imageInputDim = 0; // taken from the data
        ThreadTrainReport report;
        const auto model = ThreadModel::train(train, config, report);
        QCOMPARE(model->config().imageInputDim, 4);
        auto wrong = generatedThreads(1, 4);
        wrong[0].posts[0].image = {1.0f};
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, model->predict(wrong));
    }

    void saveLoadRoundTrip()
    {
        const auto train = generatedThreads(16, 5);
        ThreadTrainConfig config = smallConfig();
        config.epochs = 2;
        config.order = PostOrder::Chronological;
        ThreadTrainReport report;
        const auto model = ThreadModel::train(train, config, report);
        const auto files = model->save();
        QCOMPARE(files.size(), size_t(2));
        QVERIFY(files.count("model.safetensors") && files.count("config.json"));
        const auto loaded = ThreadModel::load(files);
        QCOMPARE(loaded->config().order, PostOrder::Chronological);
        const auto a = model->predict(train);
        const auto b = loaded->predict(train);
        for (size_t t = 0; t < a.size(); ++t) {
            QCOMPARE(a[t].stance, b[t].stance);
            QCOMPARE(a[t].veracityScores, b[t].veracityScores);
        }
    }

    // Veracity here is "more support than deny": the stance profile appended to the claim vector carries exactly
    // that, so veracity is learned well; the switch survives save/load.
    void claimStanceProfile()
    {
        const auto train = generatedThreads(64, 7);
        const auto test = generatedThreads(40, 8);
        ThreadTrainConfig config = smallConfig();
        config.claimStance = true;
        config.beta = 0.6;
        ThreadTrainReport report;
        const auto model = ThreadModel::train(train, config, report);
        const auto predictions = model->predict(test);
        int right = 0;
        for (size_t t = 0; t < test.size(); ++t)
            right += predictions[t].veracity == test[t].veracity;
        const double accuracy = double(right) / double(test.size());
        QVERIFY2(accuracy >= 0.8, qPrintable(QString::number(accuracy)));
        const auto loaded = ThreadModel::load(model->save());
        QVERIFY(loaded->config().claimStance);
        const auto again = loaded->predict(test);
        for (size_t t = 0; t < test.size(); ++t)
            QCOMPARE(again[t].veracityScores, predictions[t].veracityScores);
    }

    // Held-out threads come as whole groups (events) when asked: training still picks an epoch and reports the
    // held-out scores; a single group falls back to random threads.
    void holdsOutWholeGroups()
    {
        auto train = generatedThreads(60, 9);
        for (size_t t = 0; t < train.size(); ++t)
            train[t].group = "event" + std::to_string(t % 6);
        ThreadTrainConfig config = smallConfig();
        config.epochs = 3;
        config.validationFraction = 0.15;
        config.holdOutByGroup = true;
        ThreadTrainReport report;
        ThreadModel::train(train, config, report);
        QVERIFY(report.validationMetrics.count("veracity_accuracy"));
        QVERIFY(report.bestEpoch >= 1);
        for (ThreadExample &t : train)
            t.group.clear();
        ThreadTrainReport single;
        ThreadModel::train(train, config, single);
        QVERIFY(single.validationMetrics.count("stance_accuracy"));
    }

    void refusesBadFiles()
    {
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, ThreadModel::load({}));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, ThreadModel::load({{"model.safetensors", "garbage"}}));
        const auto model = ThreadModel::train(
            generatedThreads(4, 6),
            [] {
                auto c = smallConfig();
                c.epochs = 1;
                return c;
            }(),
            *std::make_unique<ThreadTrainReport>());
        auto files = model->save();
        files["extra.bin"] = "x";
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, ThreadModel::load(files));
    }

    void cancelStopsTraining()
    {
        // The token is cancelled as the second step reports: the third step never runs.
        int steps = 0;
        candor::engine::RunControl control;
        control.sink = [&](const candor::engine::Progress &p) {
            if (!p.has("held_out") && ++steps == 2)
                control.cancel.cancel();
        };
        ThreadTrainReport report;
        QVERIFY_THROWS_EXCEPTION(
            candor::engine::Cancelled, ThreadModel::train(generatedThreads(16, 7), smallConfig(), report, control));
        QCOMPARE(steps, 2);
    }
};

QTEST_GUILESS_MAIN(TestThreadModel)
#include "TestThreadModel.moc"
