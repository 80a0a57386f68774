#include "core/metrics/SpanMetrics.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <random>
#include <sstream>

using namespace candor::metrics;

namespace {

using Documents = std::vector<std::vector<LabeledSpan>>;

// The SemEval-2021 Task 6 subtask 2 scorer's loop, written the way the official Python does it (character sets,
// every predicted span against every gold span of the same technique), to cross-check the C++ arithmetic.
const char *kPythonSemevalScorer = R"(
import json, sys
data = json.load(sys.stdin)
gold, pred, n = data["gold"], data["pred"], data["labels"]
def prf(pn, pd, rn, rd):
    p = pn / pd if pd > 0 else 0
    r = rn / rd if rd > 0 else 0
    f = 1.0 if pd == 0 and rd == 0 else 0
    if p > 0 and r > 0: f = 2 * p * r / (p + r)
    return p, r, f
ps, rs, pc, gc = [0.0] * n, [0.0] * n, [0] * n, [0] * n
for g_doc, p_doc in zip(gold, pred):
    for (l, s, e) in g_doc: gc[l] += 1
    for (l, s, e) in p_doc:
        pc[l] += 1
        chars = set(range(s, e))
        for (gl, gs, ge) in g_doc:
            if gl == l:
                common = len(chars & set(range(gs, ge)))
                ps[l] += common / len(chars)
                rs[l] += common / (ge - gs)
print("%.15f %.15f %.15f" % prf(sum(ps), sum(pc), sum(rs), sum(gc)))
for l in range(n): print("%.15f %.15f %.15f" % prf(ps[l], pc[l], rs[l], gc[l]))
)";

std::string asJson(const Documents &documents)
{
    std::ostringstream out;
    out << '[';
    for (size_t d = 0; d < documents.size(); ++d) {
        out << (d ? "," : "") << '[';
        for (size_t i = 0; i < documents[d].size(); ++i) {
            const LabeledSpan &s = documents[d][i];
            out << (i ? "," : "") << '[' << s.label << ',' << s.start << ',' << s.end << ']';
        }
        out << ']';
    }
    out << ']';
    return out.str();
}

} // namespace

class TestSpanMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void semevalHandComputed()
    {
        // Document 0: pred L0 [5,15) meets gold L0 [0,10) on 5 chars: P += 5/10, R += 5/10;
        //             pred L1 [0,10) meets gold L1 [5,15) on 5 chars: P += 5/10, R += 5/10.
        // Document 1: pred L0 [0,2) inside gold L0 [0,4): P += 2/2, R += 2/4; pred L0 [0,8): P += 4/8, R += 4/4;
        //             pred L1 [0,3) has no gold L1 in this document.
        const Documents gold = {{{0, 0, 10}, {0, 20, 30}, {1, 5, 15}}, {{0, 0, 4}}};
        const Documents pred = {{{0, 5, 15}, {1, 0, 10}}, {{0, 0, 2}, {0, 0, 8}, {1, 0, 3}}};
        const SpanScores s = semevalSpanF1(gold, pred, 3);
        // L0: P = 2.0/3, R = 2.0/3. L1: P = 0.5/2, R = 0.5/1, F1 = 1/3. L2: nothing anywhere, F1 = 1.
        QCOMPARE(s.perLabel[0].precision, 2.0 / 3.0);
        QCOMPARE(s.perLabel[0].recall, 2.0 / 3.0);
        QCOMPARE(s.perLabel[0].f1, 2.0 / 3.0);
        QCOMPARE(s.perLabel[1].precision, 0.25);
        QCOMPARE(s.perLabel[1].recall, 0.5);
        QCOMPARE(s.perLabel[1].f1, 1.0 / 3.0);
        QCOMPARE(s.perLabel[2].f1, 1.0);
        // micro: P = 2.5/5, R = 2.5/4, F1 = 5/9
        QCOMPARE(s.precision, 0.5);
        QCOMPARE(s.recall, 0.625);
        QCOMPARE(s.f1, 5.0 / 9.0);
    }

    void semevalEdgeCases()
    {
        // Only gold: P = R = 0 and F1 = 0; nothing at all: F1 = 1 (the scorer's convention).
        const SpanScores onlyGold = semevalSpanF1({{{0, 0, 4}}}, {{}}, 1);
        QCOMPARE(onlyGold.precision, 0.0);
        QCOMPARE(onlyGold.recall, 0.0);
        QCOMPARE(onlyGold.f1, 0.0);
        QCOMPARE(semevalSpanF1({{}}, {{}}, 1).f1, 1.0);
        // An empty predicted span holds no characters and is left out (the official code would divide by zero).
        const SpanScores withEmpty = semevalSpanF1({{{0, 0, 4}}}, {{{0, 2, 2}, {0, 0, 4}}}, 1);
        QCOMPARE(withEmpty.precision, 1.0);
        QCOMPARE(withEmpty.f1, 1.0);
        // Overlapping gold spans of one technique are each compared (no merging, no one-to-one matching).
        const SpanScores overlapping = semevalSpanF1({{{0, 0, 4}, {0, 0, 4}}}, {{{0, 0, 4}}}, 1);
        QCOMPARE(overlapping.precision, 2.0);
        QCOMPARE(overlapping.recall, 1.0);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, semevalSpanF1({{}}, {}, 1));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, semevalSpanF1({{{3, 0, 1}}}, {{}}, 2));
    }

    void semevalMatchesPythonScorer()
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        if (python.isEmpty())
            QSKIP("python3 not available");
        std::mt19937 random(11);
        Documents gold(40), pred(40);
        const auto randomSpans = [&](std::vector<LabeledSpan> &document) {
            const int count = int(random() % 4);
            for (int i = 0; i < count; ++i) {
                const int start = int(random() % 60);
                document.push_back({int(random() % 4), start, start + 1 + int(random() % 25)});
            }
        };
        for (size_t d = 0; d < gold.size(); ++d) {
            randomSpans(gold[d]);
            randomSpans(pred[d]);
        }
        QProcess process;
        process.start(python, {QStringLiteral("-c"), QString::fromUtf8(kPythonSemevalScorer)});
        const std::string input = "{\"labels\": 4, \"gold\": " + asJson(gold) + ", \"pred\": " + asJson(pred) + "}";
        process.write(input.c_str());
        process.closeWriteChannel();
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 5);
        const SpanScores s = semevalSpanF1(gold, pred, 4);
        const auto expectRow = [&](const QString &line, const PrecisionRecallF1 &actual) {
            const QStringList v = line.split(QLatin1Char(' '));
            QVERIFY(std::abs(v[0].toDouble() - actual.precision) < 1e-12);
            QVERIFY(std::abs(v[1].toDouble() - actual.recall) < 1e-12);
            QVERIFY(std::abs(v[2].toDouble() - actual.f1) < 1e-12);
        };
        expectRow(lines[0], PrecisionRecallF1{s.precision, s.recall, s.f1});
        for (int label = 0; label < 4; ++label)
            expectRow(lines[label + 1], s.perLabel[size_t(label)]);
        QVERIFY(s.f1 > 0.05 && s.f1 < 0.95); // the random data exercises partial overlaps
    }

    // Expected values below are worked out by hand from the PAN 2024 evaluator's definition
    // (evaluation/oppositional_evaluator.py, task2, with the span-F1 code it imports); see SpanMetrics.h.
    void panHandComputed()
    {
        // Label 0, document 0: gold [0,5) and [10,12) become 0-5 (6 chars) and 10-12 (3 chars); predicted
        // [0,3) and [3,6) become 0-3 and 3-6, which share character 3 and flatten into 0-6 (7 chars).
        // Pairs: 0-6 with 0-5 share 6 characters: numerator 6/7; with 10-12 nothing.
        // P = (6/7)/1, quirk R = (6/7)/2 = 3/7, F1 = 4/7. Corrected R = (6/6)/2 = 1/2, F1 = 12/19.
        // Label 1: one predicted span, no gold: P = R = F1 = 0. Label 2: nothing: P = R = 0, F1 = 1.
        const Documents gold = {{{0, 0, 5}, {0, 10, 12}}};
        const Documents pred = {{{0, 0, 3}, {0, 3, 6}, {1, 0, 2}}};
        const PanSpanScores s = panSpanF1(gold, pred, 3);
        QCOMPARE(s.perLabel[0].precision, 6.0 / 7.0);
        QCOMPARE(s.perLabel[0].recall, 3.0 / 7.0);
        QCOMPARE(s.perLabel[0].f1, 4.0 / 7.0);
        QCOMPARE(s.perLabel[1].precision, 0.0);
        QCOMPARE(s.perLabel[1].f1, 0.0);
        QCOMPARE(s.perLabel[2].f1, 1.0);
        // span-F1, span-P, span-R: plain means over the three labels.
        QCOMPARE(s.officialF1, (4.0 / 7.0 + 0.0 + 1.0) / 3.0);
        QCOMPARE(s.macroPrecision, (6.0 / 7.0) / 3.0);
        QCOMPARE(s.macroRecall, (3.0 / 7.0) / 3.0);
        QCOMPARE(s.correctedRecallF1, (12.0 / 19.0 + 0.0 + 1.0) / 3.0);
        // micro-span-F1: P = (6/7) / 2 predicted = 3/7; R = (6/6) / 2 gold = 1/2 (gold-side, no quirk);
        // F1 = 2 (3/14) / (13/14) = 6/13. The code before this fix divided 6/7 by 2 gold for R: micro F1 3/7.
        QCOMPARE(s.microPrecision, 3.0 / 7.0);
        QCOMPARE(s.microRecall, 0.5);
        QCOMPARE(s.microF1, 6.0 / 13.0);
    }

    void panRecallQuirkIsKept()
    {
        // Three small predictions inside one long gold span: each adds |s∩g|/|s| = 1, so the evaluator's per-label
        // recall is 3 / 1 gold span = 3 and its F1 1.5 (> 1!). Its micro recall uses |s∩g|/|g| = 11/101 per pair:
        // R = 33/101, micro F1 = 2 (33/101) / (134/101) = 33/67 (the code before this fix said 1.5 here too).
        const PanSpanScores s = panSpanF1({{{0, 0, 100}}}, {{{0, 0, 10}, {0, 20, 30}, {0, 40, 50}}}, 1);
        QCOMPARE(s.perLabel[0].precision, 1.0);
        QCOMPARE(s.perLabel[0].recall, 3.0);
        QCOMPARE(s.officialF1, 1.5);
        QCOMPARE(s.macroRecall, 3.0);
        const double correctedRecall = 33.0 / 101.0;
        QCOMPARE(s.correctedRecallF1, 2 * correctedRecall / (1 + correctedRecall));
        QCOMPARE(s.microPrecision, 1.0);
        QCOMPARE(s.microRecall, correctedRecall);
        QCOMPARE(s.microF1, 33.0 / 67.0);
    }

    void panFlattensRunsAndKeepsOneCharacterSpans()
    {
        // Predicted [0,3) and [4,6) become characters 0-3 and 4-6: no character lies between them, so the
        // evaluator flattens them into one span 0-6 (7 chars). [7,3) has end < start: dropped.
        // Gold [0,6) is 0-6 (7 chars); [5,5) has start == end and is ONE character (5) to the evaluator; [-1,4)
        // starts before the text: dropped.
        // Pairs: 0-6 with 0-6: 7/7; 0-6 with 5: 1/7. Numerator 8/7, 1 predicted, 2 gold.
        // Per label: P = 8/7, R = (8/7)/2 = 4/7, F1 = 2 (32/49) / (12/7) = 16/21.
        // Micro: P = 8/7, R = (7/7 + 1/1) / 2 = 1, F1 = 2 (8/7) / (15/7) = 16/15.
        // The code before this fix kept 0-3 and 4-6 apart and dropped [5,5): P = 1, R = 2, F1 = 4/3.
        const Documents gold = {{{0, 0, 6}, {0, -1, 4}, {0, 5, 5}}};
        const Documents pred = {{{0, 0, 3}, {0, 4, 6}, {0, 7, 3}}};
        const PanSpanScores s = panSpanF1(gold, pred, 1);
        QCOMPARE(s.perLabel[0].precision, 8.0 / 7.0);
        QCOMPARE(s.perLabel[0].recall, 4.0 / 7.0);
        QCOMPARE(s.officialF1, 16.0 / 21.0);
        QCOMPARE(s.microRecall, 1.0);
        QCOMPARE(s.microF1, 16.0 / 15.0);
        // One character between the predictions (0-3 and 5-6) keeps them apart: 2 predicted spans.
        // 0-3 with gold 0-6: 4/4; 5-6: 2/2. P = 2/2 = 1, R = 2/1 = 2, F1 = 4/3.
        const PanSpanScores apart = panSpanF1({{{0, 0, 6}}}, {{{0, 0, 3}, {0, 5, 6}}}, 1);
        QCOMPARE(apart.perLabel[0].precision, 1.0);
        QCOMPARE(apart.perLabel[0].recall, 2.0);
        QCOMPARE(apart.officialF1, 4.0 / 3.0);
    }

    void panEdgeCases()
    {
        // Gold spans are not flattened: two identical gold spans both count. Predicted 0-4 (5 chars) against both:
        // numerator 2, P = 2/1, R = 2/2; micro R = (5/5 + 5/5) / 2 = 1, F1 = 2 (2/3) = 4/3.
        const PanSpanScores twice = panSpanF1({{{0, 0, 4}, {0, 0, 4}}}, {{{0, 0, 4}}}, 1);
        QCOMPARE(twice.perLabel[0].precision, 2.0);
        QCOMPARE(twice.perLabel[0].recall, 1.0);
        QCOMPARE(twice.microF1, 4.0 / 3.0);
        // A prediction on a text without gold still counts as predicted; gold in another text counts as gold.
        // Label 0: numerator 0 -> P = R = F1 = 0. Labels 1-5: nothing anywhere -> F1 1 each. span-F1 = 5/6.
        const PanSpanScores elsewhere = panSpanF1({{{0, 0, 4}}, {}}, {{}, {{0, 0, 4}}}, 6);
        QCOMPARE(elsewhere.perLabel[0].f1, 0.0);
        QCOMPARE(elsewhere.officialF1, 5.0 / 6.0);
        QCOMPARE(elsewhere.macroPrecision, 0.0);
        QCOMPARE(elsewhere.microF1, 0.0);
        // Nothing predicted and nothing in gold: every label scores 1, and so does micro.
        QCOMPARE(panSpanF1({{}}, {{}}, 6).officialF1, 1.0);
        QCOMPARE(panSpanF1({{}}, {{}}, 6).microF1, 1.0);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, panSpanF1({{}}, {}, 1));
        QVERIFY_THROWS_EXCEPTION(std::out_of_range, panSpanF1({{{6, 0, 1}}}, {{}}, 6));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, panSpanF1({{}}, {{}}, 2, {"AGENT"}));
    }

    void panLabelNamesOnlySetTheOrder()
    {
        // Names make the sums run in the evaluator's label order (for the last bit); the values stay the same.
        const Documents gold = {{{0, 0, 5}, {1, 3, 9}, {2, 0, 2}}, {{1, 0, 4}, {2, 6, 8}}};
        const Documents pred = {{{0, 1, 5}, {1, 3, 6}, {1, 7, 9}}, {{2, 6, 9}, {0, 0, 1}}};
        const PanSpanScores plain = panSpanF1(gold, pred, 3);
        const PanSpanScores named = panSpanF1(gold, pred, 3, {"VICTIM", "AGENT", "OBJECTIVE"});
        QCOMPARE(named.officialF1, plain.officialF1);
        QCOMPARE(named.macroPrecision, plain.macroPrecision);
        QCOMPARE(named.macroRecall, plain.macroRecall);
        QCOMPARE(named.microF1, plain.microF1);
        for (size_t k = 0; k < 3; ++k)
            QCOMPARE(named.perLabel[k].f1, plain.perLabel[k].f1);
    }
};

QTEST_GUILESS_MAIN(TestSpanMetrics)
#include "TestSpanMetrics.moc"
