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

    void panHandComputed()
    {
        // Label 0, document 0: gold [0,5) and [10,12) become [0,5] (6 chars) and [10,12] (3 chars); predicted
        // [0,3) and [3,6) become [0,3] and [3,6], which share character 3 and merge into [0,6] (7 chars).
        // Pairs: [0,6] with [0,5] share 6 characters: numerator 6/7; with [10,12] nothing.
        // P = (6/7)/1, quirk R = (6/7)/2 = 3/7, F1 = 4/7. Corrected R = (6/6)/2 = 1/2, F1 = 12/19.
        // Label 1: one predicted span, no gold: P = 0, F1 = 0. Label 2: nothing: F1 = 1.
        const Documents gold = {{{0, 0, 5}, {0, 10, 12}}};
        const Documents pred = {{{0, 0, 3}, {0, 3, 6}, {1, 0, 2}}};
        const PanSpanScores s = panSpanF1(gold, pred, 3);
        QCOMPARE(s.perLabel[0].precision, 6.0 / 7.0);
        QCOMPARE(s.perLabel[0].recall, 3.0 / 7.0);
        QCOMPARE(s.perLabel[0].f1, 4.0 / 7.0);
        QCOMPARE(s.perLabel[1].precision, 0.0);
        QCOMPARE(s.perLabel[1].f1, 0.0);
        QCOMPARE(s.perLabel[2].f1, 1.0);
        QCOMPARE(s.officialF1, (4.0 / 7.0 + 0.0 + 1.0) / 3.0);
        QCOMPARE(s.correctedRecallF1, (12.0 / 19.0 + 0.0 + 1.0) / 3.0);
        // pooled: numerator 6/7 over 2 predicted and 2 gold spans
        QCOMPARE(s.precision, 3.0 / 7.0);
        QCOMPARE(s.recall, 3.0 / 7.0);
        QCOMPARE(s.microF1, 3.0 / 7.0);
    }

    void panRecallQuirkIsKept()
    {
        // Three small predictions inside one long gold span: each adds |s∩g|/|s| = 1, so the evaluator's recall is
        // 3 / 1 gold span = 3 and its F1 1.5 (> 1!). The corrected recall uses |s∩g|/|g| = 11/101 per pair.
        const PanSpanScores s = panSpanF1({{{0, 0, 100}}}, {{{0, 0, 10}, {0, 20, 30}, {0, 40, 50}}}, 1);
        QCOMPARE(s.perLabel[0].precision, 1.0);
        QCOMPARE(s.perLabel[0].recall, 3.0);
        QCOMPARE(s.officialF1, 1.5);
        const double correctedRecall = 33.0 / 101.0;
        QCOMPARE(s.correctedRecallF1, 2 * correctedRecall / (1 + correctedRecall));
    }

    void panDropsInvalidSpansAndKeepsSeparateOnes()
    {
        // [0,3) and [4,6) become [0,3] and [4,6]: disjoint, so two predicted spans. Invalid spans vanish.
        const Documents gold = {{{0, 0, 6}, {0, -1, 4}, {0, 5, 5}}};
        const Documents pred = {{{0, 0, 3}, {0, 4, 6}, {0, 7, 3}}};
        const PanSpanScores s = panSpanF1(gold, pred, 1);
        // [0,3] ∩ [0,6] = 4 of 4; [4,6] ∩ [0,6] = 3 of 3: numerator 2, 2 predicted, 1 gold.
        QCOMPARE(s.perLabel[0].precision, 1.0);
        QCOMPARE(s.perLabel[0].recall, 2.0);
        // Gold spans are not merged: two identical gold spans both count.
        const PanSpanScores twice = panSpanF1({{{0, 0, 4}, {0, 0, 4}}}, {{{0, 0, 4}}}, 1);
        QCOMPARE(twice.perLabel[0].precision, 2.0);
        QCOMPARE(twice.perLabel[0].recall, 1.0);
        QCOMPARE(panSpanF1({{}}, {{}}, 6).officialF1, 1.0);
    }
};

QTEST_GUILESS_MAIN(TestSpanMetrics)
#include "TestSpanMetrics.moc"
