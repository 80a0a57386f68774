#include "core/metrics/MultiLabelF1.h"

#include <QTest>

using namespace candor::metrics;

class TestMultiLabelF1 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handComputedScores()
    {
        // 3 labels, 3 samples. Label 0: tp=2 fp=0 fn=0; label 1: tp=0 fp=1 fn=1; label 2: never gold nor predicted.
        const std::vector<std::vector<int>> gold = {{0}, {0, 1}, {}};
        const std::vector<std::vector<int>> pred = {{0}, {0}, {1}};
        const MultiLabelScores s = multiLabelF1(gold, pred, 3);
        // micro: tp=2 fp=1 fn=1 -> P=2/3 R=2/3 F=2/3
        QCOMPARE(s.micro.precision, 2.0 / 3.0);
        QCOMPARE(s.micro.recall, 2.0 / 3.0);
        QCOMPARE(s.micro.f1, 2.0 / 3.0);
        // macro with zero_division=1: (1 + 0 + 1) / 3
        QCOMPARE(s.macroF1, 2.0 / 3.0);
        QCOMPARE(s.perLabel[1].f1, 0.0);
        QCOMPARE(s.support[0], 2L);
    }

    void emptyPredictionsScoreLikeScikitLearn()
    {
        // Nothing predicted: precision is 1 by zero_division, recall 0, F1 0 (2*0/(0+0+fn)).
        const MultiLabelScores s = multiLabelF1({{0}, {1}}, {{}, {}}, 2);
        QCOMPARE(s.micro.precision, 1.0);
        QCOMPARE(s.micro.recall, 0.0);
        QCOMPARE(s.micro.f1, 0.0);
    }

    void rejectsBadInput()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, multiLabelF1({{0}}, {}, 2));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, multiLabelF1({{5}}, {{0}}, 2));
    }
};

QTEST_GUILESS_MAIN(TestMultiLabelF1)
#include "TestMultiLabelF1.moc"
