#include "core/metrics/ClassificationMetrics.h"

#include <QTest>

#include <cmath>

using namespace candor::metrics;

class TestClassificationMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void binaryHandComputed()
    {
        // Class 0 (CONSPIRACY, positive): tp 3 (0,2,7), fp 1 (5), fn 1 (1); class 1: tp 3, fp 1, fn 1.
        const std::vector<int> gold = {0, 0, 0, 1, 1, 1, 1, 0};
        const std::vector<int> pred = {0, 1, 0, 1, 1, 0, 1, 0};
        const ClassificationScores s = classificationScores(gold, pred, 2, /*positive=*/0);
        QCOMPARE(s.accuracy, 0.75);
        QCOMPARE(s.perClass[0].precision, 0.75);
        QCOMPARE(s.perClass[0].recall, 0.75);
        QCOMPARE(s.perClass[1].f1, 0.75);
        QCOMPARE(s.macroF1, 0.75);
        // (tp·tn − fp·fn) / sqrt((tp+fp)(tp+fn)(tn+fp)(tn+fn)) = (9 − 1) / sqrt(4·4·4·4) = 0.5
        QCOMPARE(s.mcc, 0.5);
    }

    void mccEdgeCases_data()
    {
        QTest::addColumn<std::vector<int>>("gold");
        QTest::addColumn<std::vector<int>>("pred");
        QTest::addColumn<double>("mcc");
        QTest::newRow("perfect") << std::vector<int>{0, 1, 1, 0} << std::vector<int>{0, 1, 1, 0} << 1.0;
        QTest::newRow("inverted") << std::vector<int>{0, 1, 1, 0} << std::vector<int>{1, 0, 0, 1} << -1.0;
        QTest::newRow("constant prediction") << std::vector<int>{0, 1, 1, 0} << std::vector<int>{0, 0, 0, 0} << 0.0;
        QTest::newRow("constant gold") << std::vector<int>{1, 1, 1} << std::vector<int>{1, 0, 1} << 0.0;
        QTest::newRow("empty") << std::vector<int>{} << std::vector<int>{} << 0.0;
    }
    void mccEdgeCases()
    {
        QFETCH(std::vector<int>, gold);
        QFETCH(std::vector<int>, pred);
        QFETCH(double, mcc);
        QCOMPARE(classificationScores(gold, pred, 2, 0).mcc, mcc);
    }

    void constantPredictionMacroF1()
    {
        // Everything predicted 0: class 0 tp 2 fp 2 -> F1 2/3; class 1 tp 0 -> F1 0 (scikit-learn zero_division 0).
        const ClassificationScores s = classificationScores({0, 1, 1, 0}, {0, 0, 0, 0}, 2, 0);
        QCOMPARE(s.perClass[0].f1, 2.0 / 3.0);
        QCOMPARE(s.perClass[1].precision, 0.0);
        QCOMPARE(s.macroF1, 1.0 / 3.0);
    }

    void multiClassMccIsGorodkin()
    {
        // Confusion (gold rows): [[2,0,0],[1,0,1],[0,1,1]]; t = (2,2,2), p = (3,1,2), correct 3, n 6.
        // cov(t,p) = 3·6 − (6+2+4) = 6; cov(p,p) = 36 − 14 = 22; cov(t,t) = 36 − 12 = 24 -> 6 / sqrt(528).
        const ClassificationScores s = classificationScores({0, 1, 2, 0, 1, 2}, {0, 2, 1, 0, 0, 2}, 3);
        QCOMPARE(s.mcc, 6.0 / std::sqrt(528.0));
        QCOMPARE(s.accuracy, 0.5);
        // Class 3 never occurs: scikit-learn's macro average leaves it out.
        const ClassificationScores partial = classificationScores({0, 1}, {0, 1}, 4);
        QCOMPARE(partial.macroF1, 1.0);
        QCOMPARE(partial.perClass.size(), size_t(4));
    }

    void rejectsBadInput()
    {
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, classificationScores({0}, {}, 2));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, classificationScores({0}, {2}, 2));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, classificationScores({0}, {0}, 2, 2));
    }

    void rumourEvalStanceHandComputed()
    {
        // e has no answer (wrong), f is not in the gold (ignored). Correct: a, c, d -> 3/5.
        const std::map<std::string, std::string> gold
            = {{"a", "support"}, {"b", "deny"}, {"c", "query"}, {"d", "comment"}, {"e", "comment"}};
        const std::map<std::string, std::string> answers
            = {{"a", "support"}, {"b", "comment"}, {"c", "query"}, {"d", "comment"}, {"f", "deny"}};
        const StanceScores s = rumourEvalStance(gold, answers);
        QCOMPARE(s.accuracy, 0.6);
        QCOMPARE(s.perClass[0].f1, 1.0); // support
        QCOMPARE(s.perClass[1].f1, 0.0); // deny: its only gold answered "comment"
        QCOMPARE(s.perClass[2].f1, 1.0); // query
        QCOMPARE(s.perClass[3].f1, 0.5); // comment: tp 1 (d), fp 1 (b), fn 1 (e)
        QCOMPARE(s.macroF1, 0.625);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, rumourEvalStance({{"x", "agree"}}, {}));
    }

    void rumourEvalVeracityHandComputed()
    {
        // t1 right at 0.8: 0.04; t2 wrong (gold false): 1; t3 wrong, gold unverified, conf 0.3: 0.09;
        // t4 wrong (gold true): 1; t5 missing: 1. RMSE = sqrt(3.13 / 5).
        const std::map<std::string, std::string> gold
            = {{"t1", "true"}, {"t2", "false"}, {"t3", "unverified"}, {"t4", "true"}, {"t5", "false"}};
        const std::map<std::string, VeracityAnswer> answers
            = {{"t1", {"true", 0.8}}, {"t2", {"true", 0.6}}, {"t3", {"false", 0.3}}, {"t4", {"unverified", 0.9}}};
        const VeracityScores s = rumourEvalVeracity(gold, answers);
        QCOMPARE(s.accuracy, 0.2);
        QVERIFY(std::abs(s.rmse - std::sqrt(3.13 / 5.0)) < 1e-12);
        // true: tp 1, fp 1 (t2), fn 1 (t4) -> 0.5; false and unverified: 0 -> macro 1/6
        QCOMPARE(s.macroF1, 1.0 / 6.0);
        const VeracityScores perfect = rumourEvalVeracity({{"x", "false"}}, {{"x", {"false", 1.0}}});
        QCOMPARE(perfect.rmse, 0.0);
        QCOMPARE(perfect.accuracy, 1.0);
    }
};

QTEST_GUILESS_MAIN(TestClassificationMetrics)
#include "TestClassificationMetrics.moc"
