// The training and model bundles (models/bundle): a round trip keeps every example, label, span, setting and report
// figure; a copy that was truncated, changed, is of another format or version, or names a file outside its folder is
// refused with the file and the reason; SHA-256 matches the FIPS 180-4 test vectors.
#include "models/bundle/ModelBundle.h"
#include "models/bundle/Sha256.h"
#include "models/bundle/TrainingBundle.h"
#include "tests/models/SyntheticText.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <stdexcept>

using namespace candor;
using models::TextTaskKind;

namespace {

models::TrainingBundle spanBundle()
{
    models::TrainingBundle b;
    b.task = "persuasion-spans";
    b.definition = testing::syntheticTask(TextTaskKind::Narrative);
    b.language = "es";
    b.trainSplits = {"train", "extra"};
    b.devSplit = "dev";
    b.config.epochs = 7;
    b.config.learningRate = 3e-4;
    b.config.trainTransformer = false;
    b.config.seed = 99;
    b.config.pretrainedTokenizer = std::string("\0spm\xff", 5);
    b.train = testing::syntheticExamples(TextTaskKind::Narrative, 30, 1);
    b.dev = testing::syntheticExamples(TextTaskKind::Narrative, 8, 2);
    b.train[0].group = "event-7";
    b.unlabelled = {"línea uno\nsegunda", "\"quoted\""};
    b.source = "/data/p.candor";
    b.exportedAt = "2026-12-05T10:00:00Z";
    return b;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    file.write(bytes);
}

QString refusal(const std::function<void()> &read)
{
    try {
        read();
    } catch (const std::runtime_error &e) {
        return QString::fromStdString(e.what());
    }
    return QStringLiteral("(accepted)");
}

} // namespace

class TestTrainingBundle : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_bundle;

private Q_SLOTS:
    void init()
    {
        m_bundle = m_dir.filePath(QStringLiteral("b%1").arg(QTest::currentTestFunction()));
        models::writeTrainingBundle(spanBundle(), m_bundle.toStdString());
    }

    void sha256MatchesTheStandardVectors()
    {
        QCOMPARE(
            bundle::sha256Hex(""), std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        QCOMPARE(
            bundle::sha256Hex("abc"), std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(bundle::sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
            std::string("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"));
        QCOMPARE(bundle::sha256Hex(std::string(1000000, 'a')),
            std::string("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"));
    }

    void roundTripKeepsEverything()
    {
        const models::TrainingBundle written = spanBundle();
        const models::TrainingBundle read = models::readTrainingBundle(m_bundle.toStdString());
        QCOMPARE(read.task, written.task);
        QCOMPARE(read.definition.classLabels, written.definition.classLabels);
        QCOMPARE(read.definition.spanLabels, written.definition.spanLabels);
        QCOMPARE(read.language, std::string("es"));
        QCOMPARE(read.trainSplits, written.trainSplits);
        QCOMPARE(read.unlabelled, written.unlabelled);
        QCOMPARE(read.config.epochs, 7);
        QCOMPARE(read.config.seed, 99ULL);
        QCOMPARE(read.config.learningRate, 3e-4);
        QCOMPARE(read.config.trainTransformer, false);
        QCOMPARE(read.config.pretrainedTokenizer, written.config.pretrainedTokenizer);
        QCOMPARE(read.train.size(), written.train.size());
        QCOMPARE(read.dev.size(), written.dev.size());
        for (size_t i = 0; i < read.train.size(); ++i) {
            QCOMPARE(read.train[i].text, written.train[i].text);
            QCOMPARE(read.train[i].classes, written.train[i].classes);
            QCOMPARE(read.train[i].group, written.train[i].group);
            QCOMPARE(read.train[i].spans.size(), written.train[i].spans.size());
            for (size_t s = 0; s < read.train[i].spans.size(); ++s) {
                QCOMPARE(read.train[i].spans[s].start, written.train[i].spans[s].start);
                QCOMPARE(read.train[i].spans[s].end, written.train[i].spans[s].end);
                QCOMPARE(read.train[i].spans[s].label, written.train[i].spans[s].label);
            }
        }
        QCOMPARE(models::trainingFingerprint(read), models::trainingFingerprint(written));
    }

    void neverOverwritesAFolder()
    {
        const QString error = refusal([&] { models::writeTrainingBundle(spanBundle(), m_bundle.toStdString()); });
        QVERIFY2(error.contains(QStringLiteral("already exists")), qPrintable(error));
    }

    void refusesACorruptedCopy()
    {
        const QString train = m_bundle + QStringLiteral("/train.jsonl");
        QByteArray bytes = readAll(train);
        bytes[10] = bytes[10] == 'x' ? 'y' : 'x';
        writeAll(train, bytes);
        const QString error = refusal([&] { models::readTrainingBundle(m_bundle.toStdString()); });
        QVERIFY2(error.contains(QStringLiteral("train.jsonl")) && error.contains(QStringLiteral("SHA-256")),
            qPrintable(error));
        writeAll(train, bytes.left(bytes.size() - 5));
        const QString truncated = refusal([&] { models::readTrainingBundle(m_bundle.toStdString()); });
        QVERIFY2(truncated.contains(QStringLiteral("truncated")), qPrintable(truncated));
    }

    void refusesAnotherVersionOrFormat()
    {
        const QString manifest = m_bundle + QStringLiteral("/bundle.json");
        const QByteArray original = readAll(manifest);
        writeAll(manifest, QByteArray(original).replace("\"format_version\": 1", "\"format_version\": 9"));
        QVERIFY(refusal([&] {
            models::readTrainingBundle(m_bundle.toStdString());
        }).contains(QStringLiteral("format_version 9")));
        writeAll(manifest, QByteArray(original).replace("candor-training-bundle", "candor-model-bundle"));
        QVERIFY(refusal([&] {
            models::readTrainingBundle(m_bundle.toStdString());
        }).contains(QStringLiteral("not a training bundle")));
        writeAll(manifest, QByteArray(original).replace("\"epochs\": 7", "\"epochz\": 7"));
        QVERIFY(refusal([&] {
            models::readTrainingBundle(m_bundle.toStdString());
        }).contains(QStringLiteral("config.epochz: not a training setting")));
    }

    void refusesAnExampleThatDoesNotFitTheTask()
    {
        models::TrainingBundle b = spanBundle();
        b.train[3].spans.push_back({0, 2, 100000});
        const std::string folder = m_dir.filePath(QStringLiteral("outside")).toStdString();
        models::writeTrainingBundle(b, folder);
        const QString error = refusal([&] { models::readTrainingBundle(folder); });
        QVERIFY2(error.contains(QStringLiteral("example 'ex3'")) && error.contains(QStringLiteral("not inside")),
            qPrintable(error));
    }

    void modelBundleRoundTripAndRefusals()
    {
        models::ModelBundle m;
        m.task = "post-veracity";
        m.definition = testing::syntheticTask(TextTaskKind::SingleLabel);
        m.trainSplits = {"train"};
        m.trainFingerprint = "abc";
        m.engineKind = "ngram";
        m.report.chosen = "ngram";
        m.report.folds = 5;
        m.report.candidates["ngram"].cv["mcc"] = {0.41, 0.07, 5};
        m.report.candidates["ngram"].epoch = 12;
        m.report.candidates["transformer"].dropped = "trails";
        m.report.constant.metric = "mcc";
        m.report.constant.answer = {"fake"};
        m.report.constant.lead = {0.41, 0.2, 0.6, 0.95};
        m.report.dev["mcc"] = 0.38;
        m.files["model.safetensors"] = std::string("\x01\x02\0\x03", 4);
        m.files["config.json"] = "{}";
        m.device = "CPU (2 threads)";
        m.processes = 2;
        const std::string folder = m_dir.filePath(QStringLiteral("model")).toStdString();
        models::writeModelBundle(m, folder);
        const models::ModelBundle read = models::readModelBundle(folder);
        QCOMPARE(read.files, m.files);
        QCOMPARE(read.report.candidates.at("ngram").cv.at("mcc").mean, 0.41);
        QCOMPARE(read.report.candidates.at("ngram").epoch, 12);
        QCOMPARE(read.report.candidates.at("transformer").dropped, std::string("trails"));
        QCOMPARE(read.report.constant.lead.low, 0.2);
        QCOMPARE(read.report.dev.at("mcc"), 0.38);
        QCOMPARE(read.processes, 2);
        // A training bundle is not a model bundle, and a file name may not leave the folder.
        QVERIFY(refusal([&] {
            models::readModelBundle(m_bundle.toStdString());
        }).contains(QStringLiteral("model.json: cannot read")));
        m.files["../escape"] = "x";
        QVERIFY(refusal([&] {
            models::writeModelBundle(m, folder + "2");
        }).contains(QStringLiteral("not a bundle file name")));
    }
};

QTEST_GUILESS_MAIN(TestTrainingBundle)
#include "TestTrainingBundle.moc"
