// The trivial baselines on given folds: hand-checked numbers on small fixtures, and the SemEval-2021 T6 figure.
#include "models/selection/Baselines.h"
#include "models/selection/CvSummary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <map>
#include <set>

using namespace candor::models::selection;

namespace {

// Two folds of ten items each, the same in both: label A (0) on all ten, B (1) on `withB` of them (the first ones),
// C (2) on one item that has no B when withB < 10.
std::vector<std::vector<int>> threeLabelItems(int withB)
{
    std::vector<std::vector<int>> items;
    for (int fold = 0; fold < 2; ++fold)
        for (int i = 0; i < 10; ++i) {
            std::vector<int> row{0};
            if (i < withB)
                row.push_back(1);
            if (i == 9)
                row.push_back(2);
            items.push_back(row);
        }
    return items;
}

FoldPlan halves(int n)
{
    std::vector<int> foldOf(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
        foldOf[std::size_t(i)] = i < n / 2 ? 0 : 1;
    return foldsFromAssignment(foldOf, 2);
}

QString meanSdText(const std::vector<double> &values)
{
    const MeanSd s = meanSd(values);
    return QStringLiteral("%1 ± %2").arg(s.mean, 0, 'f', 3).arg(s.sd, 0, 'f', 3);
}

} // namespace

class TestBaselines : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void constantTopLabels_data()
    {
        QTest::addColumn<int>("withB");
        QTest::addColumn<int>("expectedK");
        QTest::addColumn<double>("expectedMicroF1");
        // withB = 3: per validation fold 10 x A, 3 x B, 1 x C = 14 gold labels.
        //   top-1 {A}:    tp 10, fp 0, fn 4           -> 2*10 / (20 + 0 + 4)  = 20/24 = 0.8333
        //   top-2 {A, B}: tp 13, fp 7, fn 1           -> 26 / (26 + 7 + 1)    = 26/34 = 0.7647
        // The inner CV (5 folds of 2 items on the 10 training items) agrees: iterative stratification puts C's item
        // and B's three in four different inner folds; there top-1 scores 4/5 (one B or C missed) or 1 (none),
        // mean 0.84, and top-2 scores 6/7 with a B, 4/7 with the C, 4/6 with neither, mean 0.762. So k = 1.
        QTest::newRow("top-1 wins") << 3 << 1 << 20.0 / 24.0;
        // withB = 8: per fold 10 x A, 8 x B, 1 x C = 19 gold labels.
        //   top-1 {A}:       tp 10, fp 0,  fn 9       -> 20/29 = 0.690
        //   top-2 {A, B}:    tp 18, fp 2,  fn 1       -> 36/39 = 0.9231
        //   top-3 {A, B, C}: tp 19, fp 11, fn 0       -> 38/49 = 0.776
        // Every inner fold holds at least one B (8 spread over 5), where top-2 beats top-1 (6/7 > 4/5, 1 > 4/6).
        QTest::newRow("top-2 wins") << 8 << 2 << 36.0 / 39.0;
    }
    void constantTopLabels()
    {
        QFETCH(int, withB);
        QFETCH(int, expectedK);
        QFETCH(double, expectedMicroF1);
        const std::vector<std::vector<int>> items = threeLabelItems(withB);
        const ConstantLabelsBaseline baseline = constantTopLabelsBaseline(items, 3, halves(20));
        QCOMPARE(baseline.chosenK, (std::vector<int>{expectedK, expectedK}));
        const std::vector<int> answer = expectedK == 1 ? std::vector<int>{0} : std::vector<int>{0, 1};
        QCOMPARE(baseline.answer, (std::vector<std::vector<int>>{answer, answer}));
        QCOMPARE(baseline.predictions, std::vector<std::vector<int>>(20, answer));
        QCOMPARE(baseline.microF1.size(), std::size_t(2));
        for (double f1 : baseline.microF1)
            QVERIFY(qAbs(f1 - expectedMicroF1) < 1e-12);
    }

    // k = 0 is allowed (answer nothing: micro-F1 0), and maxK caps the choice.
    void maxKCapsTheAnswer()
    {
        const ConstantLabelsBaseline none = constantTopLabelsBaseline(threeLabelItems(8), 3, halves(20), 5, 0);
        QCOMPARE(none.chosenK, (std::vector<int>{0, 0}));
        QCOMPARE(none.microF1, (std::vector<double>{0.0, 0.0}));
        const ConstantLabelsBaseline one = constantTopLabelsBaseline(threeLabelItems(8), 3, halves(20), 5, 1);
        QCOMPARE(one.chosenK, (std::vector<int>{1, 1}));
        QVERIFY(qAbs(one.microF1[0] - 20.0 / 29.0) < 1e-12);
    }

    // The ranking comes from training items only: fold 0 trains on the second half, where B outnumbers A.
    void rankingUsesTrainingFoldOnly()
    {
        std::vector<std::vector<int>> items(20, std::vector<int>{0});
        for (int i = 10; i < 20; ++i)
            items[std::size_t(i)] = {1};
        QCOMPARE(labelsByFrequency(items, halves(20).folds[0].train, 2), (std::vector<int>{1, 0}));
        QCOMPARE(labelsByFrequency(items, halves(20).folds[1].train, 2), (std::vector<int>{0, 1}));
        const ConstantLabelsBaseline baseline = constantTopLabelsBaseline(items, 2, halves(20));
        QCOMPARE(baseline.answer[0].front(), 1); // learnt on the B half, scored on the A half: useless, as it should be
        QCOMPARE(baseline.microF1[0], 0.0);
    }

    // Classes 0,0,0,1,1 | 0,1,1,1,2 in two folds.
    //   Fold 0 trains on {0, 1, 1, 1, 2}: majority 1; validation gold 0,0,0,1,1, all answered 1:
    //     accuracy 2/5; class 0 F1 0, class 1 P 2/5 R 1 F1 4/7; macro over the classes present (0, 1) = 2/7.
    //   Fold 1 trains on {0, 0, 0, 1, 1}: majority 0; validation gold 0,1,1,1,2, all answered 0:
    //     accuracy 1/5; class 0 P 1/5 R 1 F1 1/3, classes 1 and 2 F1 0: macro 1/9.
    //   A constant answer has MCC 0.
    void majorityClass()
    {
        const std::vector<int> classes{0, 0, 0, 1, 1, 0, 1, 1, 1, 2};
        const MajorityBaseline baseline = majorityClassBaseline(classes, 3, halves(10));
        QCOMPARE(baseline.majorityClass, (std::vector<int>{1, 0}));
        QCOMPARE(baseline.predictions, (std::vector<int>{1, 1, 1, 1, 1, 0, 0, 0, 0, 0}));
        QVERIFY(qAbs(baseline.scores.accuracy[0] - 0.4) < 1e-12);
        QVERIFY(qAbs(baseline.scores.accuracy[1] - 0.2) < 1e-12);
        QVERIFY(qAbs(baseline.scores.macroF1[0] - 2.0 / 7.0) < 1e-12);
        QVERIFY(qAbs(baseline.scores.macroF1[1] - 1.0 / 9.0) < 1e-12);
        QCOMPARE(baseline.scores.mcc, (std::vector<double>{0.0, 0.0}));
    }

    // Same folds. Fold 0: training prior (1/5, 3/5, 1/5), validation shares (3/5, 2/5, 0): expected accuracy
    // 3/25 + 6/25 = 0.36. Fold 1: prior (3/5, 2/5, 0), validation (1/5, 3/5, 1/5): 3/25 + 6/25 = 0.36.
    void stratifiedRandom()
    {
        const std::vector<int> classes{0, 0, 0, 1, 1, 0, 1, 1, 1, 2};
        const StratifiedRandomBaseline baseline = stratifiedRandomBaseline(classes, 3, halves(10), 4000, 7);
        for (int f = 0; f < 2; ++f) {
            QVERIFY(qAbs(baseline.expectedAccuracy[std::size_t(f)] - 0.36) < 1e-12);
            // 4000 draws of 5 answers: the mean's sd is about 0.0034, so 0.02 is six of them.
            QVERIFY2(qAbs(baseline.scores.accuracy[std::size_t(f)] - 0.36) < 0.02,
                qPrintable(QString::number(baseline.scores.accuracy[std::size_t(f)])));
        }
        const StratifiedRandomBaseline again = stratifiedRandomBaseline(classes, 3, halves(10), 4000, 7);
        QCOMPARE(again.scores.macroF1, baseline.scores.macroF1);
    }

    // Labels every training item carries are always answered, labels none carries never: no chance left.
    void stratifiedRandomLabels()
    {
        const std::vector<std::vector<int>> items(10, std::vector<int>{0});
        const MultiLabelRandomBaseline baseline = stratifiedRandomLabelsBaseline(items, 2, halves(10), 50, 3);
        QCOMPARE(baseline.microF1, (std::vector<double>{1.0, 1.0}));
        QCOMPARE(baseline.macroF1, (std::vector<double>{1.0, 1.0})); // label 1: neither gold nor answered, F1 1
    }

    void mismatchedFoldsAreRefused()
    {
        bool thrown = false;
        try {
            majorityClassBaseline({0, 1, 0}, 2, halves(10));
        } catch (const std::invalid_argument &e) {
            thrown
                = QString::fromLatin1(e.what()).contains(QLatin1String("the folds cover 10 examples but 3 were given"));
        }
        QVERIFY(thrown);
    }

    // SemEval-2021 Task 6 subtask 1 training memes: the figure a persuasion-labels model must beat by CV.
    void semevalTrainingConstantBaseline()
    {
        const QString dir = QStringLiteral(CANDOR_SHARED_DIR "/datasets/semeval2021-task6");
        QFile file(dir + QStringLiteral("/training_set_task1.json"));
        QFile techniques(dir + QStringLiteral("/techniques_task1-2.txt"));
        if (!file.open(QIODevice::ReadOnly) || !techniques.open(QIODevice::ReadOnly))
            QSKIP("SemEval-2021 T6 training set not in the shared datasets folder");
        std::map<QString, int> labelIndex;
        for (const QByteArray &line : techniques.readAll().split('\n'))
            if (!line.trimmed().isEmpty())
                labelIndex.emplace(QString::fromUtf8(line.trimmed()), int(labelIndex.size()));
        const int numLabels = int(labelIndex.size());
        std::vector<std::vector<int>> items;
        for (const QJsonValue &meme : QJsonDocument::fromJson(file.readAll()).array()) {
            std::vector<int> row;
            for (const QJsonValue &label : meme.toObject().value(QLatin1String("labels")).toArray()) {
                const auto it = labelIndex.find(label.toString());
                QVERIFY2(it != labelIndex.end(), qPrintable(label.toString()));
                row.push_back(it->second);
            }
            items.push_back(row);
        }
        QCOMPARE(items.size(), std::size_t(688));
        QCOMPARE(numLabels, 20);

        const FoldPlan folds = multiLabelFolds(items, numLabels, 5, 1);
        for (const std::string &warning : folds.warnings)
            qInfo("fold warning: %s", warning.c_str());
        for (int l = 0; l < numLabels; ++l) { // every label with >= 5 memes is in every validation fold
            long total = 0;
            for (const auto &row : items)
                total += std::count(row.begin(), row.end(), l);
            for (const Fold &fold : folds.folds) {
                long inFold = 0;
                for (int i : fold.validation)
                    inFold += std::count(items[std::size_t(i)].begin(), items[std::size_t(i)].end(), l);
                QVERIFY(total < 5 || inFold >= 1);
            }
        }
        const ConstantLabelsBaseline constant = constantTopLabelsBaseline(items, numLabels, folds);
        const MultiLabelRandomBaseline random = stratifiedRandomLabelsBaseline(items, numLabels, folds);
        QStringList chosen, answers;
        for (std::size_t f = 0; f < constant.chosenK.size(); ++f) {
            chosen << QString::number(constant.chosenK[f]);
            QStringList names;
            for (int l : constant.answer[f])
                for (const auto &[name, index] : labelIndex)
                    if (index == l)
                        names << name;
            answers << names.join(QLatin1String(" + "));
        }
        qInfo("SemEval-2021 T6 train (688 memes), 5-fold iterative-stratified CV (seed 1):");
        qInfo("  constant top-k labels: micro-F1 %s, macro-F1 %s; k per fold %s",
            qPrintable(meanSdText(constant.microF1)), qPrintable(meanSdText(constant.macroF1)),
            qPrintable(chosen.join(QLatin1Char(' '))));
        qInfo("  answers: %s", qPrintable(answers.join(QLatin1String(" | "))));
        qInfo("  stratified random labels: micro-F1 %s, macro-F1 %s", qPrintable(meanSdText(random.microF1)),
            qPrintable(meanSdText(random.macroF1)));
        const Interval lead = bootstrapMicroF1Difference(
            items, constant.predictions,
            [&] {
                std::vector<std::vector<int>> nothing(items.size());
                return nothing;
            }(),
            numLabels);
        QVERIFY(lead.low > 0);
        for (int k : constant.chosenK)
            QVERIFY(k >= 1 && k <= 5);
        // The constant answer beats chance on every fold: that is why it is the bar, not random.
        for (std::size_t f = 0; f < constant.microF1.size(); ++f)
            QVERIFY(constant.microF1[f] > random.microF1[f]);
    }
    // RumourEval 2017 training threads, folds grouped by event (veracity) and by thread (stance): the figures a
    // thread model must beat by CV, with no event or thread on both sides of a split.
    void rumourEvalGroupedBaselines()
    {
        const QString root = QStringLiteral(CANDOR_SHARED_DIR "/datasets/rumoureval2017");
        QFile veracityFile(root + QStringLiteral("/train-annotations/subtaskB.json"));
        QFile stanceFile(root + QStringLiteral("/train-annotations/subtaskA.json"));
        if (!veracityFile.open(QIODevice::ReadOnly) || !stanceFile.open(QIODevice::ReadOnly))
            QSKIP("RumourEval 2017 training set not in the shared datasets folder");
        const QJsonObject veracityOf = QJsonDocument::fromJson(veracityFile.readAll()).object();
        const QJsonObject stanceOf = QJsonDocument::fromJson(stanceFile.readAll()).object();
        const QStringList veracityNames{QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("unverified")};
        const QStringList stanceNames{
            QStringLiteral("support"), QStringLiteral("deny"), QStringLiteral("query"), QStringLiteral("comment")};
        std::vector<std::string> events, threadOfTweet;
        std::vector<int> veracity, stance;
        const QDir train(root + QStringLiteral("/train"));
        for (const QString &event : train.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            for (const QString &thread :
                QDir(train.filePath(event)).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
                const int v = int(veracityNames.indexOf(veracityOf.value(thread).toString()));
                QVERIFY2(v >= 0, qPrintable(thread));
                events.push_back(event.toStdString());
                veracity.push_back(v);
                for (const QString &part : {QStringLiteral("source-tweet"), QStringLiteral("replies")})
                    for (const QString &tweet :
                        QDir(train.filePath(event + QLatin1Char('/') + thread + QLatin1Char('/') + part))
                            .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
                        const int st = int(stanceNames.indexOf(stanceOf.value(tweet.chopped(5)).toString()));
                        if (st < 0)
                            continue; // a tweet without a stance label
                        threadOfTweet.push_back(thread.toStdString());
                        stance.push_back(st);
                    }
            }
        QCOMPARE(events.size(), std::size_t(272));

        const FoldPlan byEvent = groupedFolds(events, veracity, 5, 1);
        for (const std::string &warning : byEvent.warnings)
            qInfo("fold warning: %s", warning.c_str());
        for (const Fold &fold : byEvent.folds) {
            std::set<std::string> trainEvents;
            for (int i : fold.train)
                trainEvents.insert(events[std::size_t(i)]);
            for (int i : fold.validation)
                QVERIFY(!trainEvents.count(events[std::size_t(i)]));
        }
        const MajorityBaseline majority = majorityClassBaseline(veracity, 3, byEvent);
        const StratifiedRandomBaseline random = stratifiedRandomBaseline(veracity, 3, byEvent);
        QStringList sizes;
        for (const Fold &fold : byEvent.folds)
            sizes << QString::number(fold.validation.size());
        qInfo("RumourEval 2017 train veracity (272 threads, 7 events), 5 folds grouped by event (seed 1), sizes %s:",
            qPrintable(sizes.join(QLatin1Char(' '))));
        qInfo("  majority: accuracy %s, macro-F1 %s", qPrintable(meanSdText(majority.scores.accuracy)),
            qPrintable(meanSdText(majority.scores.macroF1)));
        qInfo("  stratified random: accuracy %s, macro-F1 %s", qPrintable(meanSdText(random.scores.accuracy)),
            qPrintable(meanSdText(random.scores.macroF1)));

        const FoldPlan byThread = groupedFolds(threadOfTweet, stance, 5, 1);
        const MajorityBaseline stanceMajority = majorityClassBaseline(stance, 4, byThread);
        const StratifiedRandomBaseline stanceRandom = stratifiedRandomBaseline(stance, 4, byThread);
        qInfo("RumourEval 2017 train stance (%d tweets), 5 folds grouped by thread (seed 1):", int(stance.size()));
        qInfo("  majority: accuracy %s, macro-F1 %s", qPrintable(meanSdText(stanceMajority.scores.accuracy)),
            qPrintable(meanSdText(stanceMajority.scores.macroF1)));
        qInfo("  stratified random: accuracy %s, macro-F1 %s", qPrintable(meanSdText(stanceRandom.scores.accuracy)),
            qPrintable(meanSdText(stanceRandom.scores.macroF1)));
        for (int c : stanceMajority.majorityClass)
            QCOMPARE(c, 3); // comment, on every fold
    }
};

QTEST_GUILESS_MAIN(TestBaselines)
#include "TestBaselines.moc"
