// `candor-cli fusion P.candor [--split S] [--variants V,...] [--folds K] [--epochs N] [--align-epochs N] [--seed N]
// [--models-dir D] [--json]`: MMFND's ablation table (paper 003, Table 2) on the project's post-veracity posts, every
// variant on the same event-grouped folds of the split, beside the majority and stratified random answers.
#include "app/cli/CliCommand.h"
#include "app/cli/CliSupport.h"
#include "app/jobs/post/FusionTaskData.h"
#include "core/domain/Error.h"
#include "core/store/ProjectStore.h"
#include "models/post/FusionCrossValidation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace candor::cli {

namespace {

QJsonObject meanSdJson(const models::selection::MeanSd &value)
{
    return {{QStringLiteral("mean"), value.mean}, {QStringLiteral("sd"), value.sd}};
}

QJsonObject scoresJson(const metrics::ClassificationScores &scores, const QStringList &classes)
{
    QJsonObject perClass;
    for (qsizetype c = 0; c < classes.size() && c < qsizetype(scores.perClass.size()); ++c)
        perClass.insert(classes[c],
            QJsonObject{{QStringLiteral("precision"), scores.perClass[size_t(c)].precision},
                {QStringLiteral("recall"), scores.perClass[size_t(c)].recall},
                {QStringLiteral("f1"), scores.perClass[size_t(c)].f1}});
    return {{QStringLiteral("accuracy"), scores.accuracy}, {QStringLiteral("macro_f1"), scores.macroF1},
        {QStringLiteral("per_class"), perClass}};
}

QJsonObject toJson(const models::FusionAblation &ablation, const QStringList &classes)
{
    QJsonArray variants;
    for (const models::FusionVariantScores &v : ablation.variants) {
        QJsonObject cv;
        for (const auto &[name, value] : v.cv)
            cv.insert(QString::fromStdString(name), meanSdJson(value));
        variants.append(QJsonObject{{QStringLiteral("variant"), QString::fromStdString(v.variant)},
            {QStringLiteral("cv"), cv}, {QStringLiteral("pooled"), scoresJson(v.pooled, classes)},
            {QStringLiteral("pooled_with_picture"), scoresJson(v.pooledWithImage, classes)},
            {QStringLiteral("accuracy_lead_over_majority"),
                QJsonObject{{QStringLiteral("estimate"), v.accuracyLead.estimate},
                    {QStringLiteral("low"), v.accuracyLead.low}, {QStringLiteral("high"), v.accuracyLead.high}}},
            {QStringLiteral("attention_with_picture"),
                QJsonObject{{QStringLiteral("text"), v.textAttention}, {QStringLiteral("image"), v.imageAttention},
                    {QStringLiteral("cross"), v.crossAttention}}},
            {QStringLiteral("mean_best_epoch"), v.meanBestEpoch}, {QStringLiteral("seconds"), v.seconds}});
    }
    QJsonArray alignment;
    for (const models::AlignmentReport &a : ablation.alignment)
        alignment.append(QJsonObject{{QStringLiteral("pairs"), a.pairs}, {QStringLiteral("loss"), a.finalLoss},
            {QStringLiteral("retrieval_at_1"), a.retrievalAtOne}, {QStringLiteral("chance_at_1"), a.chanceAtOne},
            {QStringLiteral("held_out_retrieval_at_1"), a.heldOutRetrievalAtOne},
            {QStringLiteral("held_out_chance_at_1"), a.heldOutChanceAtOne}, {QStringLiteral("seconds"), a.seconds}});
    QJsonObject majority, random;
    for (const auto &[name, value] : ablation.majority)
        majority.insert(QString::fromStdString(name), meanSdJson(value));
    for (const auto &[name, value] : ablation.random)
        random.insert(QString::fromStdString(name), meanSdJson(value));
    QJsonArray warnings;
    for (const std::string &warning : ablation.warnings)
        warnings.append(QString::fromStdString(warning));
    return {{QStringLiteral("folds"), ablation.folds}, {QStringLiteral("posts"), ablation.posts},
        {QStringLiteral("with_picture"), ablation.withImage}, {QStringLiteral("events"), ablation.groups},
        {QStringLiteral("classes"), QJsonArray::fromStringList(classes)},
        {QStringLiteral("majority"),
            QJsonObject{{QStringLiteral("cv"), majority},
                {QStringLiteral("pooled"), scoresJson(ablation.majorityPooled, classes)},
                {QStringLiteral("pooled_with_picture"), scoresJson(ablation.majorityPooledWithImage, classes)}}},
        {QStringLiteral("stratified_random"), QJsonObject{{QStringLiteral("cv"), random}}},
        {QStringLiteral("alignment"), alignment}, {QStringLiteral("variants"), variants},
        {QStringLiteral("warnings"), warnings}};
}

QString pm(const models::selection::MeanSd &value)
{
    return QStringLiteral("%1 ± %2").arg(value.mean, 0, 'f', 3).arg(value.sd, 0, 'f', 3);
}

QString row(const QString &name, const QString &accuracy, const metrics::ClassificationScores &pooled,
    const metrics::ClassificationScores &withPicture, const QString &tail)
{
    QString line = name.leftJustified(16) + accuracy.leftJustified(16);
    for (const metrics::PrecisionRecallF1 &c : pooled.perClass)
        line += QStringLiteral("%1 %2 %3   ").arg(c.precision, 0, 'f', 3).arg(c.recall, 0, 'f', 3).arg(c.f1, 0, 'f', 3);
    line += QStringLiteral("%1   %2").arg(pooled.macroF1, 0, 'f', 3).arg(withPicture.accuracy, 0, 'f', 3);
    return line + tail;
}

void printTable(const models::FusionAblation &ablation, const QStringList &classes)
{
    printOut(QStringLiteral("%1 posts in %2 events (a post without one is its own), %3 with a picture; %4-fold "
                            "event-grouped cross-validation")
                 .arg(ablation.posts)
                 .arg(ablation.groups)
                 .arg(ablation.withImage)
                 .arg(ablation.folds));
    if (ablation.withImage == 0)
        printOut(QStringLiteral("no post has a picture: every variant reads the text alone (the picture side cannot "
                                "be measured on these posts)"));
    else if (ablation.withImage * 2 < ablation.posts)
        printOut(QStringLiteral("most posts have no picture: every variant reads their text alone, so the picture "
                                "side is measured on %1 posts only (the last column)")
                     .arg(ablation.withImage));
    const bool aligned = std::any_of(ablation.alignment.begin(), ablation.alignment.end(),
        [](const models::AlignmentReport &a) { return a.pairs > 0; });
    if (aligned) {
        double r1 = 0, chance = 0, heldOut = 0, heldOutChance = 0;
        int pairs = 0, heldOutFolds = 0;
        const double n = double(std::count_if(ablation.alignment.begin(), ablation.alignment.end(),
            [](const models::AlignmentReport &a) { return a.pairs > 0; }));
        for (const models::AlignmentReport &a : ablation.alignment) {
            if (a.pairs == 0)
                continue; // a fold without pictures aligned nothing
            r1 += a.retrievalAtOne / n;
            chance += a.chanceAtOne / n;
            pairs += a.pairs;
            if (a.heldOutRetrievalAtOne >= 0) {
                heldOut += a.heldOutRetrievalAtOne;
                heldOutChance += a.heldOutChanceAtOne;
                ++heldOutFolds;
            }
        }
        printOut(
            QStringLiteral("alignment: %1 pairs per fold on average; text-to-picture R@1 %2 on them (chance %3), "
                           "%4 on the held-out folds (chance %5)")
                .arg(pairs / int(n))
                .arg(r1, 0, 'f', 3)
                .arg(chance, 0, 'f', 3)
                .arg(heldOutFolds ? QString::number(heldOut / heldOutFolds, 'f', 3) : QStringLiteral("n/a"))
                .arg(heldOutFolds ? QString::number(heldOutChance / heldOutFolds, 'f', 3) : QStringLiteral("n/a")));
    }
    QString header = QStringLiteral("variant").leftJustified(16) + QStringLiteral("accuracy (CV)").leftJustified(16);
    for (const QString &name : classes)
        header += QStringLiteral("%1 P / R / F1").arg(name).leftJustified(20);
    printOut(header + QStringLiteral("macro-F1  acc. w/ picture  lead over majority [95%]  attention t/v/x"));
    printOut(row(QStringLiteral("majority"), pm(ablation.majority.at("accuracy")), ablation.majorityPooled,
        ablation.majorityPooledWithImage, QString()));
    printOut(QStringLiteral("random").leftJustified(16) + pm(ablation.random.at("accuracy")).leftJustified(16)
        + QStringLiteral("(stratified; macro-F1 %1)").arg(pm(ablation.random.at("macro_f1"))));
    for (const models::FusionVariantScores &v : ablation.variants)
        printOut(row(QString::fromStdString(v.variant), pm(v.cv.at("accuracy")), v.pooled, v.pooledWithImage,
            QStringLiteral("        %1 [%2, %3]   %4 / %5 / %6")
                .arg(v.accuracyLead.estimate, 0, 'f', 3)
                .arg(v.accuracyLead.low, 0, 'f', 3)
                .arg(v.accuracyLead.high, 0, 'f', 3)
                .arg(v.textAttention, 0, 'f', 2)
                .arg(v.imageAttention, 0, 'f', 2)
                .arg(v.crossAttention, 0, 'f', 2)));
    for (const std::string &warning : ablation.warnings)
        printErr(QString::fromStdString(warning));
}

int positiveOption(const QCommandLineParser &parser, const QString &name, int fallback, int minimum)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < minimum)
        throw Error(
            Error::tr("--%1 %2: expected a whole number of at least %3").arg(name, parser.value(name)).arg(minimum));
    return value;
}

} // namespace

int runFusion(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "MMFND's ablations (paper 003, Table 2) for post-veracity: every variant trained and scored on the same\n"
        "event-grouped folds of one split, beside the majority and random answers. Nothing is stored."));
    parser.addPositionalArgument(QStringLiteral("project"), QStringLiteral("the project file"));
    parser.addOption({QStringLiteral("split"), QStringLiteral("the split to cross-validate (default: train)"),
        QStringLiteral("split"), QStringLiteral("train")});
    parser.addOption({QStringLiteral("variants"),
        QStringLiteral("comma-separated: mmfnd, text-only, image-only, multimodal-only, wo-attention, wo-fusion, "
                       "wo-alignment, wo-similarity, wo-ple (default: all nine)"),
        QStringLiteral("list")});
    parser.addOption({QStringLiteral("folds"), QStringLiteral("folds (default 5)"), QStringLiteral("k")});
    parser.addOption({QStringLiteral("epochs"),
        QStringLiteral("most epochs per fit (default 30; early stopping on "
                       "a held-out slice of the fold's training posts)"),
        QStringLiteral("n")});
    parser.addOption({QStringLiteral("learning-rate"), QStringLiteral("AdamW's learning rate (default 0.001)"),
        QStringLiteral("rate")});
    parser.addOption({QStringLiteral("align-epochs"),
        QStringLiteral("epochs of the contrastive alignment per fold (default 60)"), QStringLiteral("n")});
    parser.addOption(
        {QStringLiteral("seed"), QStringLiteral("seed of folds and training (default 11)"), QStringLiteral("n")});
    parser.addOption({QStringLiteral("models-dir"),
        QStringLiteral("folder of the pretrained MobileNetV2 (default: the installed one; $CANDOR_MODELS_DIR, when "
                       "set, wins)"),
        QStringLiteral("folder")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("print the result as one JSON object")});
    if (!parseOrExplain(parser, arguments, 1, 1))
        return Usage;
    installInterruptHandler();
    std::vector<models::FusionVariant> variants = models::allFusionVariants();
    if (parser.isSet(QStringLiteral("variants"))) {
        variants.clear();
        for (const QString &name :
            parser.value(QStringLiteral("variants")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            try {
                variants.push_back(models::fusionVariantFromName(name.trimmed().toStdString()));
            } catch (const std::invalid_argument &error) {
                throw Error(QStringLiteral("--variants: %1").arg(QString::fromUtf8(error.what())));
            }
        }
        if (variants.empty())
            throw Error(Error::tr("--variants: name at least one variant"));
    }
    const int folds = positiveOption(parser, QStringLiteral("folds"), 5, 2);
    models::FusionTrainConfig config;
    config.epochs = positiveOption(parser, QStringLiteral("epochs"), config.epochs, 1);
    config.seed = (unsigned long long)positiveOption(parser, QStringLiteral("seed"), int(config.seed), 0);
    if (parser.isSet(QStringLiteral("learning-rate"))) {
        bool ok = false;
        config.learningRate = parser.value(QStringLiteral("learning-rate")).toDouble(&ok);
        if (!ok || !(config.learningRate > 0 && config.learningRate < 1))
            throw Error(Error::tr("--learning-rate %1: expected a number between 0 and 1")
                            .arg(parser.value(QStringLiteral("learning-rate"))));
    }
    models::AlignmentConfig alignment;
    alignment.epochs = positiveOption(parser, QStringLiteral("align-epochs"), alignment.epochs, 1);
    alignment.seed = config.seed;

    const QString project = parser.positionalArguments().first();
    const ProjectStore store(project);
    const QString split = parser.value(QStringLiteral("split"));
    ProgressPrinter progress;
    const FusionTaskData data = loadFusionTaskData(
        store, {split}, parser.value(QStringLiteral("models-dir")), [] { return interruptFlag()->load(); });
    interruptToken().throwIfCancelled();
    if (data.posts.empty())
        throw Error(
            Error::tr("%1 has no post-veracity posts with a fake / real answer in split \"%2\"").arg(project, split));
    alignment.genuineClass = int(data.classes.indexOf(QStringLiteral("real")));
    engine::RunControl control;
    control.cancel = interruptToken();
    control.sink
        = [&progress](const engine::Progress &p) { progress.update(p.step, p.total, QString::fromStdString(p.phase)); };
    std::vector<std::string> classes;
    for (const QString &name : data.classes)
        classes.push_back(name.toStdString());
    models::FusionAblation ablation;
    try {
        ablation = models::crossValidateFusion(
            classes, data.posts, data.extraPairs, variants, config, alignment, folds, 2000, control);
    } catch (const std::invalid_argument &error) {
        throw Error(QStringLiteral("%1: %2").arg(project, QString::fromUtf8(error.what())));
    }
    progress.finish();
    for (const QString &skipped : data.skippedPairs)
        printErr(QStringLiteral("not aligned on: %1").arg(skipped));
    if (parser.isSet(QStringLiteral("json")))
        printOut(QString::fromUtf8(QJsonDocument(toJson(ablation, data.classes)).toJson(QJsonDocument::Compact)));
    else
        printTable(ablation, data.classes);
    return Ok;
}

} // namespace candor::cli
