// Pairwise span agreement: exact-match F1 and the SemEval-2021 T6 partial-overlap F1, hand-computed, symmetric in
// the two annotators, NaN on labels nobody used.
#include "core/metrics/SpanAgreement.h"

#include <QTest>

#include <cmath>

using namespace candor::metrics;

namespace {

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-12;
}

} // namespace

class TestSpanAgreement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactAndPartial()
    {
        // Label 0: the same span [0,10) twice. Label 1: A [20,30), B [25,30): no exact match; B's span lies inside
        // A's: P = 5/5 = 1, R = 5/10 = 0.5, F1 = 2/3. Pooled: exact 2·1/4 = 0.5; partial P = (1 + 1)/2 = 1,
        // R = (1 + 0.5)/2 = 0.75, F1 = 1.5/1.75 = 6/7.
        const std::vector<std::vector<LabeledSpan>> a = {{{0, 0, 10}, {1, 20, 30}}};
        const std::vector<std::vector<LabeledSpan>> b = {{{0, 0, 10}, {1, 25, 30}}};
        const SpanAgreement s = spanAgreement(a, b, 3);
        QCOMPARE(s.perLabel[0].exactF1, 1.0);
        QCOMPARE(s.perLabel[0].partialF1, 1.0);
        QCOMPARE(s.perLabel[1].exactF1, 0.0);
        QVERIFY(near(s.perLabel[1].partialF1, 2.0 / 3));
        QCOMPARE(s.micro.spansA, 2);
        QCOMPARE(s.micro.spansB, 2);
        QVERIFY(near(s.micro.exactF1, 0.5));
        QVERIFY(near(s.micro.partialF1, 6.0 / 7));
        QVERIFY(std::isnan(s.perLabel[2].exactF1));
        QVERIFY(std::isnan(s.perLabel[2].partialF1));

        const SpanAgreement swapped = spanAgreement(b, a, 3);
        QVERIFY(near(swapped.perLabel[1].partialF1, s.perLabel[1].partialF1));
        QVERIFY(near(swapped.micro.partialF1, s.micro.partialF1));
        QVERIFY(near(swapped.micro.exactF1, s.micro.exactF1));
    }

    void exactMatchesOneToOne()
    {
        // A has the same span twice, B once: one match, F1 = 2·1/3. A span of another label never matches.
        const SpanAgreement s = spanAgreement({{{0, 5, 9}, {0, 5, 9}}}, {{{0, 5, 9}, {1, 5, 9}}}, 2);
        QVERIFY(near(s.perLabel[0].exactF1, 2.0 / 3));
        QCOMPARE(s.perLabel[1].exactF1, 0.0);
        QCOMPARE(s.perLabel[1].partialF1, 0.0); // only B used label 1
    }

    void spansInOtherDocumentsDoNotMeet()
    {
        const SpanAgreement s = spanAgreement({{{0, 0, 4}}, {}}, {{}, {{0, 0, 4}}}, 1);
        QCOMPARE(s.perLabel[0].exactF1, 0.0);
        QCOMPARE(s.perLabel[0].partialF1, 0.0);
    }

    void badInputThrows()
    {
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, spanAgreement({{{5, 0, 4}}}, {{}}, 2));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, spanAgreement({{}}, {}, 2));
    }
};

QTEST_APPLESS_MAIN(TestSpanAgreement)
#include "TestSpanAgreement.moc"
