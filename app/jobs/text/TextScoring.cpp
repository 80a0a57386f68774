#include "app/jobs/text/TextScoring.h"

#include "core/metrics/ClassificationMetrics.h"
#include "core/metrics/MultiLabelF1.h"
#include "core/metrics/SpanMetrics.h"
#include "models/text/TextEvaluation.h"

namespace candor {

namespace {

QJsonObject prf(const metrics::PrecisionRecallF1 &scores)
{
    return {{QStringLiteral("precision"), scores.precision}, {QStringLiteral("recall"), scores.recall},
        {QStringLiteral("f1"), scores.f1}};
}

std::vector<std::vector<metrics::LabeledSpan>> spansOf(const std::vector<models::TextExample> &examples)
{
    std::vector<std::vector<metrics::LabeledSpan>> spans(examples.size());
    for (size_t i = 0; i < examples.size(); ++i)
        for (const models::CharSpan &span : examples[i].spans)
            spans[i].push_back({span.label, span.start, span.end});
    return spans;
}

void scoreLabels(const TextTaskSpec &task, const std::vector<models::TextExample> &gold,
    const std::vector<models::TextExample> &predicted, QJsonObject &out, QJsonObject &perLabel)
{
    std::vector<std::vector<int>> goldLabels, predictedLabels;
    for (size_t i = 0; i < gold.size(); ++i) {
        goldLabels.push_back(gold[i].classes);
        predictedLabels.push_back(predicted[i].classes);
    }
    const auto &labels = task.definition.classLabels;
    const metrics::MultiLabelScores scores = metrics::multiLabelF1(goldLabels, predictedLabels, int(labels.size()));
    out.insert(QStringLiteral("micro_f1"), scores.micro.f1);
    out.insert(QStringLiteral("micro_precision"), scores.micro.precision);
    out.insert(QStringLiteral("micro_recall"), scores.micro.recall);
    out.insert(QStringLiteral("macro_f1"), scores.macroF1);
    for (size_t l = 0; l < labels.size(); ++l) {
        QJsonObject entry = prf(scores.perLabel[l]);
        entry.insert(QStringLiteral("support"), qint64(scores.support[l]));
        perLabel.insert(QString::fromStdString(labels[l]), entry);
    }
}

void scoreSemevalSpans(const TextTaskSpec &task, const std::vector<models::TextExample> &gold,
    const std::vector<models::TextExample> &predicted, QJsonObject &out, QJsonObject &perLabel)
{
    const auto &labels = task.definition.spanLabels;
    const metrics::SpanScores scores = metrics::semevalSpanF1(spansOf(gold), spansOf(predicted), int(labels.size()));
    out.insert(QStringLiteral("span_f1"), scores.f1);
    out.insert(QStringLiteral("span_precision"), scores.precision);
    out.insert(QStringLiteral("span_recall"), scores.recall);
    for (size_t l = 0; l < labels.size() && l < scores.perLabel.size(); ++l)
        perLabel.insert(QString::fromStdString(labels[l]), prf(scores.perLabel[l]));
}

// One class per item (narrative, post veracity): MCC, macro-F1, accuracy and each class's F1 ("f1_fake").
void scoreClasses(const TextTaskSpec &task, const std::vector<models::TextExample> &gold,
    const std::vector<models::TextExample> &predicted, QJsonObject &out, QJsonObject &perLabel)
{
    const auto &classes = task.definition.classLabels;
    const int numClasses = int(classes.size());
    std::vector<int> goldClass, predictedClass;
    for (size_t i = 0; i < gold.size(); ++i) {
        const int truth = gold[i].classes.empty() ? 0 : gold[i].classes.front();
        goldClass.push_back(truth);
        // A missing prediction is scored as the wrong class, as the PAN evaluator scores a missing answer.
        predictedClass.push_back(
            predicted[i].classes.empty() ? (truth + 1) % numClasses : predicted[i].classes.front());
    }
    const metrics::ClassificationScores scores
        = metrics::classificationScores(goldClass, predictedClass, numClasses, models::positiveClass(task.definition));
    out.insert(QStringLiteral("mcc"), scores.mcc);
    out.insert(QStringLiteral("macro_f1"), scores.macroF1);
    out.insert(QStringLiteral("accuracy"), scores.accuracy);
    for (size_t c = 0; c < classes.size() && c < scores.perClass.size(); ++c) {
        perLabel.insert(QString::fromStdString(classes[c]), prf(scores.perClass[c]));
        if (task.isPostVeracity())
            out.insert(QStringLiteral("f1_") + QString::fromStdString(classes[c]), scores.perClass[c].f1);
    }
}

void scoreNarrative(const TextTaskSpec &task, const std::vector<models::TextExample> &gold,
    const std::vector<models::TextExample> &predicted, QJsonObject &out, QJsonObject &perLabel)
{
    scoreClasses(task, gold, predicted, out, perLabel);

    const auto &spanLabels = task.definition.spanLabels;
    const metrics::PanSpanScores spans
        = metrics::panSpanF1(spansOf(gold), spansOf(predicted), int(spanLabels.size()), spanLabels);
    out.insert(QStringLiteral("span_f1"), spans.officialF1);
    out.insert(QStringLiteral("span_precision"), spans.macroPrecision);
    out.insert(QStringLiteral("span_recall"), spans.macroRecall);
    out.insert(QStringLiteral("span_micro_f1"), spans.microF1);
    out.insert(QStringLiteral("span_micro_precision"), spans.microPrecision);
    out.insert(QStringLiteral("span_micro_recall"), spans.microRecall);
    out.insert(QStringLiteral("span_corrected_recall_f1"), spans.correctedRecallF1);
    for (size_t l = 0; l < spanLabels.size() && l < spans.perLabel.size(); ++l)
        perLabel.insert(QString::fromStdString(spanLabels[l]), prf(spans.perLabel[l]));
}

} // namespace

QJsonObject scoreTextTask(const TextTaskSpec &task, const std::vector<models::TextExample> &gold,
    const std::vector<models::TextExample> &predicted)
{
    QJsonObject out, perLabel;
    switch (task.definition.kind) {
    case models::TextTaskKind::MultiLabel: scoreLabels(task, gold, predicted, out, perLabel); break;
    case models::TextTaskKind::SpanTagging: scoreSemevalSpans(task, gold, predicted, out, perLabel); break;
    case models::TextTaskKind::Narrative: scoreNarrative(task, gold, predicted, out, perLabel); break;
    case models::TextTaskKind::SingleLabel: scoreClasses(task, gold, predicted, out, perLabel); break;
    }
    out.insert(QStringLiteral("per_label"), perLabel);
    return out;
}

} // namespace candor
