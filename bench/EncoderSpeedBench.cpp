// candor-bench encoder: the text encoder's CPU speed in C++ (libtorch) against the identical network in
// PyTorch-Python (bench/python/encoder_speed.py) with the same weights and inputs, in the same run.
#include "bench/BenchSupport.h"
#include "models/text/EncoderBenchmark.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

namespace candor::bench {

namespace {

// One comparison at one batch size; returns whether both agreement checks hold.
bool compareAtBatch(int threads, int batch, int iterations)
{
    QTextStream out(stdout);
    QTemporaryDir folder;
    if (!folder.isValid())
        throw std::runtime_error("cannot create a temporary folder");
    models::EncoderBenchmarkOptions options;
    options.threads = threads;
    options.batch = batch;
    options.iterations = iterations;
    options.folder = folder.path().toStdString();
    const models::EncoderBenchmarkResult cpp = models::runEncoderBenchmark(options);

    const QString script = QStringLiteral(CANDOR_SOURCE_DIR "/bench/python/encoder_speed.py");
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
        {script, folder.path(), QStringLiteral("--threads"), QString::number(threads), QStringLiteral("--iterations"),
            QString::number(options.iterations), QStringLiteral("--train-steps"), QString::number(options.trainSteps)});
    if (!python.waitForFinished(30 * 60 * 1000))
        throw std::runtime_error("the python benchmark did not finish");
    const QByteArray reply = python.readAllStandardOutput();
    const QJsonObject py = QJsonDocument::fromJson(reply).object();
    if (py.isEmpty())
        throw std::runtime_error("python benchmark failed: " + python.readAllStandardError().toStdString());

    const double pyInference = py.value(QStringLiteral("inference_seconds")).toDouble();
    const double pyTrain = py.value(QStringLiteral("train_step_seconds")).toDouble();
    const double maxDiff = py.value(QStringLiteral("max_abs_diff")).toDouble();
    Table table(QStringLiteral("Text encoder (%1 layers, width %2, %3 heads, ff %4), batch %5 x length %6, %7 threads")
                    .arg(options.layers)
                    .arg(options.width)
                    .arg(options.heads)
                    .arg(options.feedForward)
                    .arg(options.batch)
                    .arg(options.length)
                    .arg(cpp.threads));
    table.add(QStringLiteral("C++ inference, fused layer kernel (engine path)"), cpp.inferenceSeconds,
        perSecond(double(options.batch), cpp.inferenceSeconds, QStringLiteral("seq")));
    table.add(QStringLiteral("C++ inference, op by op like Python"), cpp.plainInferenceSeconds,
        perSecond(double(options.batch), cpp.plainInferenceSeconds, QStringLiteral("seq")));
    table.add(QStringLiteral("Python inference (per batch)"), pyInference,
        perSecond(double(options.batch), pyInference, QStringLiteral("seq")),
        QStringLiteral("torch %1").arg(py.value(QStringLiteral("torch")).toString()));
    table.add(QStringLiteral("C++ training step"), cpp.trainStepSeconds);
    table.add(QStringLiteral("Python training step"), pyTrain);
    table.print();
    out << QStringLiteral("inference speed-up C++/Python: %1x (goal >= 1.3x)\n")
               .arg(pyInference / cpp.inferenceSeconds, 0, 'f', 2);
    out << QStringLiteral("op-by-op C++/Python: %1x\n").arg(pyInference / cpp.plainInferenceSeconds, 0, 'f', 2);
    out << QStringLiteral("training-step speed-up C++/Python: %1x\n").arg(pyTrain / cpp.trainStepSeconds, 0, 'f', 2);
    out << QStringLiteral("max |C++ - Python| over the outputs: %1 (%2 1e-4)\n")
               .arg(maxDiff, 0, 'g', 3)
               .arg(maxDiff <= 1e-4 ? QStringLiteral("agree within") : QStringLiteral("DISAGREE beyond"));
    out << QStringLiteral("max |fused - op by op| in C++: %1\n").arg(cpp.fusedVsPlainMaxDiff, 0, 'g', 3);
    out.flush();
    return maxDiff <= 1e-4 && cpp.fusedVsPlainMaxDiff <= 1e-4;
}

} // namespace

// Arguments: [threads=2]. Batch 32 (the setting), then batch 1, where per-op interpreter overhead weighs most.
int runEncoderSpeedBench(const QStringList &arguments)
{
    bool ok = true;
    const int threads = arguments.isEmpty() ? 2 : arguments.first().toInt(&ok);
    if (!ok || threads < 1)
        throw std::runtime_error("usage: candor-bench encoder [threads=2]");
    const bool batch32 = compareAtBatch(threads, 32, 10);
    const bool batch1 = compareAtBatch(threads, 1, 100);
    return batch32 && batch1 ? 0 : 1;
}

} // namespace candor::bench
