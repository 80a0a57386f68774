// candor-train as a person runs it: data-parallel training on loopback gives the weights of one process with the
// whole batch; a rank killed mid-run makes the other fail within its timeout and nothing is written, and the same
// command run again resumes from the last checkpoint; a run resumed in the middle of cross-validation ends with the
// weights and scores of one never stopped; a CUDA request on a machine without one, a bad option, a corrupt bundle
// and a checkpoint folder of another training are refused with the reason.
#include "models/bundle/ModelBundle.h"
#include "models/bundle/TrainingBundle.h"
#include "models/checkpoint/Safetensors.h"
#include "tests/models/SyntheticText.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace candor;

namespace {

struct Run
{
    int code = -1;
    QString errors;
};

Run candorTrain(const QStringList &arguments, int timeoutMs = 240000)
{
    QProcess process;
    process.start(QStringLiteral(CANDOR_TRAIN_PATH), arguments);
    process.waitForFinished(timeoutMs);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAllStandardError())};
}

// A task the n-gram network learns in a few epochs, without cross-validation so the run is short and the steps fixed.
models::TrainingBundle ngramBundle(int batchSize, int epochs)
{
    models::TrainingBundle b;
    b.task = "persuasion-labels";
    b.definition = testing::syntheticTask(models::TextTaskKind::MultiLabel);
    b.trainSplits = {"train"};
    b.train = testing::syntheticExamples(models::TextTaskKind::MultiLabel, 64, 5);
    b.config.trainTransformer = false;
    b.config.trainLinear = false;
    b.config.cvFolds = 1;
    b.config.ngramHashBits = 12;
    b.config.ngramEpochs = epochs;
    b.config.batchSize = batchSize;
    b.config.bootstrapResamples = 0;
    return b;
}

// Cross-validated: three folds of the n-gram network, then the refit, each run checkpointed epoch by epoch.
models::TrainingBundle crossValidatedBundle()
{
    models::TrainingBundle b = ngramBundle(8, 6);
    b.config.cvFolds = 3;
    b.config.patience = 6;
    return b;
}

QMap<QString, torch::Tensor> weightsOf(const QString &modelBundle)
{
    QMap<QString, torch::Tensor> weights;
    const models::ModelBundle b = models::readModelBundle(modelBundle.toStdString());
    for (const auto &[name, tensor] : checkpoint::loadSafetensors(b.files.at("model.safetensors")).tensors)
        weights.insert(QString::fromStdString(name), tensor);
    return weights;
}

int freePort()
{
    const int s = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    ::bind(s, reinterpret_cast<sockaddr *>(&address), sizeof address);
    ::getsockname(s, reinterpret_cast<sockaddr *>(&address), &length);
    ::close(s);
    return ntohs(address.sin_port);
}

} // namespace

class TestCandorTrain : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    // The gradients agree to float rounding. Adam divides by the gradient's own size, so where one run's gradient is
    // exactly 0 and the other's 1e-9 (a label positive in exactly half of a batch of 8, at the first step) the two
    // steps differ by a good part of the learning rate: batches of 16 per rank keep this data clear of that.
    void twoRanksOfBatchBMatchOneProcessOfBatch2B()
    {
        models::writeTrainingBundle(ngramBundle(16, 3), path(QStringLiteral("b8")).toStdString());
        models::writeTrainingBundle(ngramBundle(32, 3), path(QStringLiteral("b16")).toStdString());
        const Run parallel = candorTrain({path(QStringLiteral("b8")), path(QStringLiteral("m8")),
            QStringLiteral("--nproc"), QStringLiteral("2"), QStringLiteral("--threads"), QStringLiteral("1")});
        QVERIFY2(parallel.code == 0, qPrintable(parallel.errors));
        const Run single = candorTrain({path(QStringLiteral("b16")), path(QStringLiteral("m16")),
            QStringLiteral("--threads"), QStringLiteral("1")});
        QVERIFY2(single.code == 0, qPrintable(single.errors));

        const models::ModelBundle a = models::readModelBundle(path(QStringLiteral("m8")).toStdString());
        const models::ModelBundle b = models::readModelBundle(path(QStringLiteral("m16")).toStdString());
        QCOMPARE(a.processes, 2);
        QCOMPARE(b.processes, 1);
        const auto weightsA = checkpoint::loadSafetensors(a.files.at("model.safetensors")).tensors;
        const auto weightsB = checkpoint::loadSafetensors(b.files.at("model.safetensors")).tensors;
        QCOMPARE(weightsA.size(), weightsB.size());
        for (const auto &[name, tensor] : weightsA) {
            const double gap = (tensor - weightsB.at(name)).abs().max().item<double>();
            const double scale = weightsB.at(name).abs().max().item<double>();
            QVERIFY2(scale > 1e-3, name.c_str()); // it did learn something
            QVERIFY2(
                gap < 1e-5, qPrintable(QStringLiteral("%1: max gap %2").arg(QString::fromStdString(name)).arg(gap)));
        }
    }

    void aKilledRankFailsTheOtherWithinItsTimeout()
    {
        // Epochs long enough (2000 examples, batches of 4 per rank) for the kill to land after the first one.
        models::TrainingBundle long_ = ngramBundle(4, 8);
        long_.train = testing::syntheticExamples(models::TextTaskKind::MultiLabel, 2000, 5);
        models::writeTrainingBundle(long_, path(QStringLiteral("long")).toStdString());
        const QString folder = path(QStringLiteral("killed-checkpoints"));
        const QString rendezvous = QStringLiteral("127.0.0.1:%1").arg(freePort());
        const auto rank = [&](int r) {
            auto *process = new QProcess(this);
            process->start(QStringLiteral(CANDOR_TRAIN_PATH),
                {path(QStringLiteral("long")), path(QStringLiteral("never")), QStringLiteral("--rendezvous"),
                    rendezvous, QStringLiteral("--rank"), QString::number(r), QStringLiteral("--world"),
                    QStringLiteral("2"), QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--timeout"),
                    QStringLiteral("20"), QStringLiteral("--checkpoint"), folder, QStringLiteral("--checkpoint-every"),
                    QStringLiteral("1")});
            return process;
        };
        QProcess *zero = rank(0);
        QProcess *one = rank(1);
        QVERIFY(zero->waitForStarted() && one->waitForStarted());
        // Both are training once rank 0 saved an epoch.
        const QString saved = folder + QStringLiteral("/rank0/ngram.e1.state");
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(saved) || zero->state() != QProcess::Running, 60000);
        QByteArray progress;
        QCOMPARE(zero->state(), QProcess::Running);
        one->kill();
        QVERIFY(one->waitForFinished(10000));
        QElapsedTimer clock;
        clock.start();
        QVERIFY(zero->waitForFinished(30000));
        QVERIFY(clock.elapsed() < 25000);
        QCOMPARE(zero->exitCode(), 1);
        progress += zero->readAllStandardError();
        QVERIFY2(progress.contains("another rank stopped"), progress.constData());
        QVERIFY(!QDir(path(QStringLiteral("never"))).exists());

        // The same command again, as two local ranks, resumes where both ranks had saved.
        const Run again = candorTrain({path(QStringLiteral("long")), path(QStringLiteral("never")),
            QStringLiteral("--nproc"), QStringLiteral("2"), QStringLiteral("--threads"), QStringLiteral("1"),
            QStringLiteral("--checkpoint"), folder, QStringLiteral("--checkpoint-every"), QStringLiteral("1")});
        QVERIFY2(again.code == 0, qPrintable(again.errors));
        QVERIFY2(again.errors.contains(QStringLiteral("ngram: resumed after epoch")), qPrintable(again.errors));
        QVERIFY(QDir(path(QStringLiteral("never"))).exists());
    }

    // A kill after fold 2's fifth epoch, made deterministic: the checkpoints a kill at that moment leaves are those
    // of fold 1 and of fold 2 up to epoch 5 (a kill leaves whole files only: each is renamed into place).
    void aRunResumedMidCrossValidationEndsAsOneNeverStopped()
    {
        models::writeTrainingBundle(crossValidatedBundle(), path(QStringLiteral("cv")).toStdString());
        const QStringList options{QStringLiteral("--threads"), QStringLiteral("1")};
        const Run whole = candorTrain(QStringList{path(QStringLiteral("cv")), path(QStringLiteral("whole"))} + options);
        QVERIFY2(whole.code == 0, qPrintable(whole.errors));

        const QString folder = path(QStringLiteral("checkpoints"));
        const QStringList checkpointed{
            QStringLiteral("--checkpoint"), folder, QStringLiteral("--checkpoint-every"), QStringLiteral("1")};
        const Run first = candorTrain(
            QStringList{path(QStringLiteral("cv")), path(QStringLiteral("first"))} + options + checkpointed);
        QVERIFY2(first.code == 0, qPrintable(first.errors));
        QVERIFY2(first.errors.contains(QStringLiteral("saving checkpoints in")), qPrintable(first.errors));
        QDir rank0(folder + QStringLiteral("/rank0"));
        const QStringList saved = rank0.entryList(QDir::Files);
        QVERIFY2(saved.contains(QStringLiteral("ngram-fold-1-3.e6.state")), qPrintable(saved.join(' ')));
        QVERIFY(!saved.contains(QStringLiteral("ngram-fold-1-3.e4.state"))); // two states per run are kept
        QVERIFY(saved.contains(QStringLiteral("ngram-fold-1-3.e1.outputs")));
        for (const QString &name : saved) {
            const bool afterTheKill = name.startsWith(QStringLiteral("ngram-fold-3-3"))
                || name.startsWith(QStringLiteral("ngram--all-training-examples-"))
                || name.startsWith(QStringLiteral("ngram-fold-2-3.e6."));
            if (afterTheKill)
                QVERIFY(rank0.remove(name));
        }

        const Run resumed = candorTrain(
            QStringList{path(QStringLiteral("cv")), path(QStringLiteral("resumed"))} + options + checkpointed);
        QVERIFY2(resumed.code == 0, qPrintable(resumed.errors));
        QVERIFY2(resumed.errors.contains(QStringLiteral("resuming from the checkpoints")), qPrintable(resumed.errors));
        QVERIFY2(resumed.errors.contains(QStringLiteral("ngram fold 1/3: resumed after epoch 6/6")),
            qPrintable(resumed.errors));
        QVERIFY2(resumed.errors.contains(QStringLiteral("ngram fold 2/3: resumed after epoch 5/6")),
            qPrintable(resumed.errors));
        QVERIFY(!resumed.errors.contains(QStringLiteral("ngram fold 3/3: resumed")));

        const auto expected = weightsOf(path(QStringLiteral("whole")));
        const auto actual = weightsOf(path(QStringLiteral("resumed")));
        QCOMPARE(actual.keys(), expected.keys());
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            const double gap = (actual.value(it.key()) - it.value()).abs().max().item<double>();
            QVERIFY2(gap == 0.0, qPrintable(QStringLiteral("%1: max gap %2").arg(it.key()).arg(gap)));
        }
        const models::ModelBundle a = models::readModelBundle(path(QStringLiteral("whole")).toStdString());
        const models::ModelBundle b = models::readModelBundle(path(QStringLiteral("resumed")).toStdString());
        QCOMPARE(b.report.candidates.at("ngram").epoch, a.report.candidates.at("ngram").epoch);
        QCOMPARE(b.report.candidates.at("ngram").cv.at("micro_f1").mean,
            a.report.candidates.at("ngram").cv.at("micro_f1").mean);

        // Every 4 epochs: the state of epoch 4 and of the run's end (6) are kept, the outputs of every epoch.
        const QString sparse = path(QStringLiteral("sparse"));
        const Run every4 = candorTrain(QStringList{path(QStringLiteral("cv")), path(QStringLiteral("every4"))} + options
            + QStringList{
                QStringLiteral("--checkpoint"), sparse, QStringLiteral("--checkpoint-every"), QStringLiteral("4")});
        QVERIFY2(every4.code == 0, qPrintable(every4.errors));
        const QStringList states
            = QDir(sparse + QStringLiteral("/rank0")).entryList({QStringLiteral("ngram-fold-1-3.e*.state")});
        QCOMPARE(states,
            QStringList({QStringLiteral("ngram-fold-1-3.e4.state"), QStringLiteral("ngram-fold-1-3.e6.state")}));
        QVERIFY(QFile::exists(sparse + QStringLiteral("/rank0/ngram-fold-1-3.e5.outputs")));

        // Another training may not resume from these checkpoints.
        models::writeTrainingBundle(ngramBundle(8, 2), path(QStringLiteral("other")).toStdString());
        const Run other = candorTrain(
            QStringList{path(QStringLiteral("other")), path(QStringLiteral("o"))} + options + checkpointed);
        QCOMPARE(other.code, 1);
        QVERIFY2(other.errors.contains(QStringLiteral("holds the checkpoints of another training")),
            qPrintable(other.errors));
    }

    void refusesWhatItCannotDo()
    {
        models::writeTrainingBundle(ngramBundle(8, 1), path(QStringLiteral("ok")).toStdString());
        const Run usage = candorTrain({path(QStringLiteral("ok")), QStringLiteral("--nproc"), QStringLiteral("x")});
        QCOMPARE(usage.code, 2);
        QVERIFY2(usage.errors.contains(QStringLiteral("--nproc: 'x' is not a whole number")), qPrintable(usage.errors));
        const Run cuda = candorTrain({path(QStringLiteral("ok")), path(QStringLiteral("out")),
            QStringLiteral("--device"), QStringLiteral("cuda:3")});
        QCOMPARE(cuda.code, 1);
        QVERIFY2(cuda.errors.contains(QStringLiteral("device 'cuda:3' requested")), qPrintable(cuda.errors));
        QFile::remove(path(QStringLiteral("ok/dev.jsonl")));
        const Run corrupt = candorTrain({path(QStringLiteral("ok")), path(QStringLiteral("out"))});
        QCOMPARE(corrupt.code, 1);
        QVERIFY2(corrupt.errors.contains(QStringLiteral("dev.jsonl: cannot read")), qPrintable(corrupt.errors));
        QVERIFY(!QDir(path(QStringLiteral("out"))).exists());
    }
};

QTEST_GUILESS_MAIN(TestCandorTrain)
#include "TestCandorTrain.moc"
