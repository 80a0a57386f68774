// The ensemble candidate: per-label mean of class probabilities, per-code-point mean of token probabilities
// (hand-computed), and an ensemble of a trained n-gram and a trained transformer (sentencepiece) model that saves
// its members under prefixes, loads back to identical predictions and refuses files that do not belong.
#include "models/text/EnsembleTextModel.h"
#include "tests/models/SyntheticText.h"

#include <QtTest>

using namespace candor::models;
using namespace candor::testing;

class TestEnsembleTextModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void averagesClassesAndCodePoints();
    void trainedMembersRoundTripThroughSaveAndLoad();
    void loadRefusesFilesThatDoNotBelong();
    void trainingOffersTheEnsembleAsACandidate();

private:
    static TextTrainConfig smallConfig()
    {
        TextTrainConfig config;
        config.threads = 2;
        config.width = 32;
        config.layers = 1;
        config.heads = 2;
        config.feedForward = 64;
        config.headUnits = 32;
        config.maxLength = 32;
        config.epochs = 4;
        config.ngramEpochs = 4;
        config.ngramHashBits = 12;
        config.vocabSize = 120;
        config.learningRate = 3e-3;
        return config;
    }
    static std::unique_ptr<TextModel> trainOne(bool transformer, const TextTrainConfig &base)
    {
        TextTrainConfig config = base;
        config.trainTransformer = transformer;
        config.trainNgramBaseline = !transformer;
        config.cvFolds = 0; // one member, no selection
        const auto task = syntheticTask(TextTaskKind::Narrative);
        TrainReport report;
        return TextModel::train(task, syntheticExamples(task.kind, 80, 1), syntheticExamples(task.kind, 30, 2),
            {"more unlabelled text about the river"}, config, report);
    }
    static std::map<std::string, std::string> &savedEnsemble()
    {
        static std::map<std::string, std::string> files;
        return files;
    }
};

void TestEnsembleTextModel::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("CANDOR_SPM_MODULE"))
        qputenv("CANDOR_SPM_MODULE", CANDOR_BINARY_DIR "/lib/candor/libcandor_spm.so");
}

void TestEnsembleTextModel::averagesClassesAndCodePoints()
{
    // Text "ab cd" (5 code points), one span label. Member A: word tokens [0,2) 0.8 and [3,5) 0.2.
    // Member B: pieces [0,1) 0.4, [1,3) 0.6 (with the space), [3,5) 1.0.
    RawTextOutput a, b;
    a.text = b.text = U"ab cd";
    a.classProbs = {0.9f, 0.1f};
    b.classProbs = {0.5f, 0.5f};
    a.tokens = {{0, 2}, {3, 5}};
    a.tokenProbs = {0.8f, 0.2f};
    b.tokens = {{0, 1}, {1, 3}, {3, 5}};
    b.tokenProbs = {0.4f, 0.6f, 1.0f};
    const RawTextOutput mean = averageRawOutputs(std::vector<const RawTextOutput *>{&a, &b}, 1);
    QCOMPARE(int(mean.classProbs.size()), 2);
    QVERIFY(qAbs(mean.classProbs[0] - 0.7f) < 1e-6f);
    QVERIFY(qAbs(mean.classProbs[1] - 0.3f) < 1e-6f);
    QCOMPARE(int(mean.tokens.size()), 5); // every code point is covered by some token
    const std::vector<float> expected = {(0.8f + 0.4f) / 2, (0.8f + 0.6f) / 2, 0.6f / 2, 0.6f, 0.6f};
    for (size_t c = 0; c < expected.size(); ++c) {
        QCOMPARE(mean.tokens[c].start, int(c));
        QCOMPARE(mean.tokens[c].end, int(c) + 1);
        QVERIFY2(qAbs(mean.tokenProbs[c] - expected[c]) < 1e-6f, qPrintable(QString::number(c)));
    }
    // At 0.5 the decoder joins "ab" and "cd" across the (whitespace) gap into one span [0, 5).
    DecisionRule rule;
    rule.spanThresholds = {0.5f};
    rule.minSpanLength = 1;
    TextTaskDefinition oneLabel;
    oneLabel.kind = TextTaskKind::SpanTagging;
    oneLabel.spanLabels = {"Loaded"};
    const auto spans = rule.decide(oneLabel, mean).spans;
    QCOMPARE(int(spans.size()), 1);
    QCOMPARE(spans[0].start, 0);
    QCOMPARE(spans[0].end, 5);
    // Weighted 3 : 1, normalised: 0.75 x 0.9 + 0.25 x 0.5 = 0.8 for the first class.
    const RawTextOutput weighted = averageRawOutputs(std::vector<const RawTextOutput *>{&a, &b}, 1, {3.0f, 1.0f});
    QVERIFY(qAbs(weighted.classProbs[0] - 0.8f) < 1e-6f);
    QVERIFY(qAbs(weighted.tokenProbs[0] - (0.75f * 0.8f + 0.25f * 0.4f)) < 1e-6f);
    QVERIFY_THROWS_EXCEPTION(
        std::runtime_error, averageRawOutputs(std::vector<const RawTextOutput *>{&a, &b}, 1, {1.0f}));
    // Members of different texts are a programming error, not an average.
    RawTextOutput other = b;
    other.text = U"xy zw";
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, averageRawOutputs(std::vector<const RawTextOutput *>{&a, &other}, 1));
}

void TestEnsembleTextModel::trainedMembersRoundTripThroughSaveAndLoad()
{
    const auto task = syntheticTask(TextTaskKind::Narrative);
    std::vector<std::unique_ptr<RawOutputModel>> members;
    for (bool transformer : {false, true}) {
        std::unique_ptr<TextModel> model = trainOne(transformer, smallConfig());
        auto *raw = dynamic_cast<RawOutputModel *>(model.get());
        QVERIFY(raw);
        model.release();
        members.emplace_back(raw);
    }
    const auto dev = syntheticExamples(task.kind, 30, 2);
    std::vector<std::string> texts;
    for (const TextExample &e : dev)
        texts.push_back(e.text);
    const auto averaged = averageRawOutputs(
        {members[0]->rawOutputsFor(texts), members[1]->rawOutputsFor(texts)}, int(task.spanLabels.size()));
    const HeldOutScore scored = scoreHeldOut(task, averaged, dev, smallConfig());
    QVERIFY(scored.metrics.count("mcc") && scored.metrics.count("span_f1"));
    const auto ensemble = makeEnsembleTextModel(std::move(members), scored.rule, {250, 750});
    QCOMPARE(QString::fromStdString(ensemble->kind()), QStringLiteral("ensemble"));

    const auto files = ensemble->save();
    QStringList names;
    for (const auto &entry : files)
        names.append(QString::fromStdString(entry.first));
    QCOMPARE(names,
        QStringList({"config.json", "ngram.config.json", "ngram.model.safetensors", "transformer.config.json",
            "transformer.model.safetensors", "transformer.tokenizer.model"}));
    // The weights travel in config.json (thousandths per member kind).
    QVERIFY(files.at("config.json").find("\"member_ngram\": 250") != std::string::npos);
    QVERIFY(files.at("config.json").find("\"member_transformer\": 750") != std::string::npos);
    const auto loaded = TextModel::load(files);
    QCOMPARE(QString::fromStdString(loaded->kind()), QStringLiteral("ensemble"));
    const auto before = ensemble->predict(texts);
    const auto after = loaded->predict(texts);
    QCOMPARE(after.size(), before.size());
    for (size_t i = 0; i < before.size(); ++i) {
        QCOMPARE(after[i].classes, before[i].classes);
        QCOMPARE(after[i].spans.size(), before[i].spans.size());
        for (size_t c = 0; c < before[i].classScores.size(); ++c)
            QVERIFY(qAbs(after[i].classScores[c] - before[i].classScores[c]) < 1e-5f);
    }
    savedEnsemble() = files;
}

void TestEnsembleTextModel::loadRefusesFilesThatDoNotBelong()
{
    const auto saved = savedEnsemble();
    QVERIFY(!saved.empty());
    auto stray = saved;
    stray.emplace("meme.model.safetensors", "x");
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, TextModel::load(stray));
    auto missing = saved;
    missing.erase("transformer.tokenizer.model");
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, TextModel::load(missing));
    auto unprefixed = saved;
    unprefixed.emplace("model.safetensors", saved.at("ngram.model.safetensors"));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, TextModel::load(unprefixed));
    // A member trained for another task is refused.
    auto otherTask = saved;
    TextTrainConfig config = smallConfig();
    config.trainTransformer = false;
    config.trainLinear = false; // the linear candidate has its own test (test_lineartextmodel)
    config.cvFolds = 0;
    TrainReport report;
    const auto labels = syntheticTask(TextTaskKind::MultiLabel);
    const auto multiLabel = TextModel::train(
        labels, syntheticExamples(labels.kind, 40, 3), syntheticExamples(labels.kind, 20, 4), {}, config, report);
    otherTask["ngram.config.json"] = multiLabel->save().at("config.json");
    otherTask["ngram.model.safetensors"] = multiLabel->save().at("model.safetensors");
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, TextModel::load(otherTask));
}

void TestEnsembleTextModel::trainingOffersTheEnsembleAsACandidate()
{
    const auto task = syntheticTask(TextTaskKind::Narrative);
    TrainReport report;
    TextTrainConfig config = smallConfig();
    config.dropTrailingCandidates = false; // every candidate runs every fold, so the ensemble exists
    const auto model = TextModel::train(
        task, syntheticExamples(task.kind, 80, 1), syntheticExamples(task.kind, 30, 2), {}, config, report);
    for (const char *candidate : {"ngram", "transformer", "ensemble"})
        QVERIFY2(report.candidates.count(candidate) && report.candidates.at(candidate).cv.count("score")
                && report.candidates.at(candidate).dropped.empty(),
            candidate);
    QCOMPARE(QString::fromStdString(model->kind()), QString::fromStdString(report.chosen));
    double best = -1;
    for (const auto &[name, candidate] : report.candidates)
        best = std::max(best, candidate.cv.at("score").mean);
    QCOMPARE(report.candidates.at(report.chosen).cv.at("score").mean, best);
    // The ensemble's weights were chosen by CV; an ensemble saved with them loads back to the same predictions.
    const auto &weights = report.candidates.at("ensemble").weights;
    QCOMPARE(int(weights.size()), 2);
    QCOMPARE(weights.at("ngram") + weights.at("transformer"), 1000);
    qInfo("ensemble weights ngram %d, transformer %d", weights.at("ngram"), weights.at("transformer"));

    TextTrainConfig without = config;
    without.trainEnsemble = false;
    TextModel::train(
        task, syntheticExamples(task.kind, 80, 1), syntheticExamples(task.kind, 30, 2), {}, without, report);
    QVERIFY(!report.candidates.count("ensemble"));
}

QTEST_GUILESS_MAIN(TestEnsembleTextModel)
#include "TestEnsembleTextModel.moc"
