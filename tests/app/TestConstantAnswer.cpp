// The constant answer stored with every text model version (app/jobs/text/ConstantAnswer.h) and how it is shown
// (core/domain/MetricsText.h): numbers checked by hand on small fixtures.
#include "app/jobs/text/ConstantAnswer.h"
#include "core/domain/MetricsText.h"

#include <QJsonArray>
#include <QTest>

using namespace candor;
using models::TextExample;
using models::TextTaskDefinition;
using models::TextTaskKind;

namespace {

TextExample example(std::vector<int> classes)
{
    TextExample e;
    e.text = "text";
    e.classes = std::move(classes);
    return e;
}

} // namespace

class TestConstantAnswer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Train: label A on all 10, B on 5, C on 1. Over the whole split, answering {A} scores micro-F1 2*10/(20+6) =
    // 0.769 and {A, B} 2*15/(30+5+1) = 0.833 (TP 15, FP 5, FN 1); every fold agrees, so k = 2. Dev: {A, B} twice and
    // {A} twice; answering {A, B}: TP 6, FP 2, FN 0, micro-F1 12/14.
    void multiLabelAnswersTheTopLabelsChosenByCv()
    {
        TextTaskDefinition task;
        task.kind = TextTaskKind::MultiLabel;
        task.classLabels = {"A", "B", "C"};
        std::vector<TextExample> train;
        for (int i = 0; i < 10; ++i)
            train.push_back(example(i < 5 ? std::vector<int>{0, 1}
                    : i == 5              ? std::vector<int>{0, 2}
                                          : std::vector<int>{0}));
        const std::vector<TextExample> dev = {example({0, 1}), example({0, 1}), example({0}), example({0})};
        const QJsonObject baseline = constantAnswerBaseline(task, train, dev);
        QCOMPARE(baseline.value(QStringLiteral("metric")).toString(), QStringLiteral("micro_f1"));
        QCOMPARE(
            baseline.value(QStringLiteral("answer")).toArray(), (QJsonArray{QStringLiteral("A"), QStringLiteral("B")}));
        QVERIFY(qAbs(baseline.value(QStringLiteral("dev")).toDouble() - 12.0 / 14.0) < 1e-9);
        const QJsonObject cv = baseline.value(QStringLiteral("cv")).toObject();
        QCOMPARE(cv.value(QStringLiteral("folds")).toInt(), 5);
        QVERIFY(cv.value(QStringLiteral("mean")).toDouble() > 0.7);
        QVERIFY(cv.value(QStringLiteral("mean")).toDouble() <= 1.0);
    }

    // Narrative: 7 of class 1, 3 of class 0 in train, so always class 1. Dev 3 x 1 and 2 x 0: accuracy 0.6, MCC 0
    // (a constant prediction has none).
    void narrativeAnswersTheMajorityClass()
    {
        TextTaskDefinition task;
        task.kind = TextTaskKind::Narrative;
        task.classLabels = {"CRITICAL", "CONSPIRACY"};
        std::vector<TextExample> train;
        for (int i = 0; i < 10; ++i)
            train.push_back(example({i < 7 ? 1 : 0}));
        const std::vector<TextExample> dev = {example({1}), example({1}), example({1}), example({0}), example({0})};
        const QJsonObject baseline = constantAnswerBaseline(task, train, dev);
        QCOMPARE(baseline.value(QStringLiteral("metric")).toString(), QStringLiteral("mcc"));
        QCOMPARE(baseline.value(QStringLiteral("answer")).toArray(), QJsonArray{QStringLiteral("CONSPIRACY")});
        QCOMPARE(baseline.value(QStringLiteral("dev")).toDouble(), 0.0);
        QVERIFY(qAbs(baseline.value(QStringLiteral("dev_accuracy")).toDouble() - 0.6) < 1e-9);
        QCOMPARE(baseline.value(QStringLiteral("cv")).toObject().value(QStringLiteral("mean")).toDouble(), 0.0);
        QVERIFY(qAbs(baseline.value(QStringLiteral("cv_accuracy")).toObject().value(QStringLiteral("mean")).toDouble()
                    - 0.7)
            < 0.11);
    }

    void spanTaggingAnswersNoSpans()
    {
        TextTaskDefinition task;
        task.kind = TextTaskKind::SpanTagging;
        task.spanLabels = {"Smears"};
        const std::vector<TextExample> train(6, example({}));
        const QJsonObject baseline = constantAnswerBaseline(task, train, train);
        QCOMPARE(baseline.value(QStringLiteral("rule")).toString(), QStringLiteral("no spans"));
        QCOMPARE(baseline.value(QStringLiteral("dev")).toDouble(), 0.0);
    }

    void tooFewTrainingExamplesGiveNoBaseline()
    {
        TextTaskDefinition task;
        task.classLabels = {"A"};
        QVERIFY(constantAnswerBaseline(task, {example({0})}, {example({0})}).isEmpty());
    }

    // The window's Models dock and `candor-cli models` show the baseline and warn when the model does not beat it.
    void summaryWarnsWhenTheModelDoesNotBeatTheConstant()
    {
        const QJsonObject baseline{{QStringLiteral("metric"), QStringLiteral("micro_f1")},
            {QStringLiteral("answer"), QJsonArray{QStringLiteral("Smears"), QStringLiteral("Loaded Language")}},
            {QStringLiteral("dev"), 0.482},
            {QStringLiteral("cv"), QJsonObject{{QStringLiteral("mean"), 0.478}, {QStringLiteral("sd"), 0.003}}}};
        const QJsonObject worse{{QStringLiteral("dev"), QJsonObject{{QStringLiteral("micro_f1"), 0.392}}},
            {QStringLiteral("baseline"), baseline}};
        const QJsonObject better{{QStringLiteral("dev"), QJsonObject{{QStringLiteral("micro_f1"), 0.537}}},
            {QStringLiteral("baseline"), baseline}};
        QVERIFY(noBetterThanConstant(worse));
        QVERIFY(!noBetterThanConstant(better));
        QCOMPARE(baselineSummary(better),
            QStringLiteral("constant answer micro_f1 0.482 (dev), 0.478 ± 0.003 (CV): Smears, Loaded Language"));
        QVERIFY(baselineSummary(worse).startsWith(
            QStringLiteral("no better than always answering Smears, Loaded Language; ")));
        QVERIFY(baselineSummary(QJsonObject{{QStringLiteral("dev"), QJsonObject()}}).isEmpty());
    }

    // With a cross-validated lead stored, it decides, not dev: a dev win inside a lead interval that reaches zero
    // is still "no better", as the figure the official test split will give is what the interval says.
    void crossValidatedLeadDecides()
    {
        const auto withLead = [](double low) {
            const QJsonObject lead{{QStringLiteral("metric"), QStringLiteral("micro_f1")},
                {QStringLiteral("estimate"), 0.021}, {QStringLiteral("low"), low}, {QStringLiteral("high"), 0.043}};
            const QJsonObject model{{QStringLiteral("cv"),
                QJsonObject{{QStringLiteral("micro_f1"),
                    QJsonObject{{QStringLiteral("mean"), 0.499}, {QStringLiteral("sd"), 0.012}}}}}};
            return QJsonObject{{QStringLiteral("dev"), QJsonObject{{QStringLiteral("micro_f1"), 0.537}}},
                {QStringLiteral("cv"),
                    QJsonObject{{QStringLiteral("folds"), 5}, {QStringLiteral("model"), model},
                        {QStringLiteral("lead"), lead}}}};
        };
        QVERIFY(noBetterThanConstant(withLead(-0.002)));
        QVERIFY(noBetterThanConstant(withLead(0.0)));
        QVERIFY(!noBetterThanConstant(withLead(0.004)));
        QCOMPARE(cvSummary(withLead(0.004)),
            QStringLiteral("CV micro_f1 0.499 ± 0.012 (5 folds), lead over the constant answer +0.021 (95% interval "
                           "+0.004 to +0.043)"));
        QVERIFY(cvSummary(withLead(-0.002)).endsWith(QStringLiteral("interval -0.002 to +0.043)")));
        QVERIFY(cvSummary(QJsonObject{}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConstantAnswer)
#include "TestConstantAnswer.moc"
