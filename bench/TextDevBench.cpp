// candor-bench text-dev: trains the text engine's candidates on the shared SemEval-2021 / PAN 2024 data and prints
// their dev metrics and training time, for tuning defaults without a project file (the CLI's eval is the
// reference path). PAN has no dev split: a seeded stratified 80/20 split (every 5th text of each class by id).
#include "bench/BenchSupport.h"
#include "models/text/TextModel.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <stdexcept>

namespace candor::bench {

namespace {

QJsonArray readArray(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot open " + path.toStdString());
    return QJsonDocument::fromJson(file.readAll()).array();
}

int indexOf(std::vector<std::string> &labels, const std::string &label)
{
    const auto it = std::find(labels.begin(), labels.end(), label);
    return int(it - labels.begin());
}

std::vector<models::TextExample> semeval(const QString &path, models::TextTaskDefinition &task)
{
    std::vector<models::TextExample> out;
    for (const QJsonValue &value : readArray(path)) {
        const QJsonObject o = value.toObject();
        models::TextExample e;
        e.id = o.value(QStringLiteral("id")).toString().toStdString();
        e.text = o.value(QStringLiteral("text")).toString().toStdString();
        for (const QJsonValue &label : o.value(QStringLiteral("labels")).toArray()) {
            if (task.kind == models::TextTaskKind::MultiLabel) {
                e.classes.push_back(indexOf(task.classLabels, label.toString().toStdString()));
            } else {
                const QJsonObject span = label.toObject();
                e.spans.push_back(models::CharSpan{
                    indexOf(task.spanLabels, span.value(QStringLiteral("technique")).toString().toStdString()),
                    span.value(QStringLiteral("start")).toInt(), span.value(QStringLiteral("end")).toInt(), 1.0f});
            }
        }
        out.push_back(std::move(e));
    }
    return out;
}

void pan(const QString &path, const std::string &language, const models::TextTaskDefinition &task,
    std::vector<models::TextExample> &train, std::vector<models::TextExample> &dev)
{
    std::vector<models::TextExample> all;
    for (const QJsonValue &value : readArray(path)) {
        const QJsonObject o = value.toObject();
        models::TextExample e;
        e.id = o.value(QStringLiteral("id")).toString().toStdString();
        e.text = o.value(QStringLiteral("text")).toString().toStdString();
        e.language = language;
        std::vector<std::string> classes = task.classLabels, spans = task.spanLabels;
        e.classes = {indexOf(classes, o.value(QStringLiteral("category")).toString().toStdString())};
        for (const QJsonValue &a : o.value(QStringLiteral("annotations")).toArray()) {
            const QJsonObject span = a.toObject();
            const int label = indexOf(spans, span.value(QStringLiteral("category")).toString().toStdString());
            if (label < int(spans.size())) // category X: to ignore
                e.spans.push_back(models::CharSpan{label, span.value(QStringLiteral("start_char")).toInt(),
                    span.value(QStringLiteral("end_char")).toInt(), 1.0f});
        }
        all.push_back(std::move(e));
    }
    std::sort(all.begin(), all.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    int seen[2] = {0, 0};
    for (auto &e : all)
        (++seen[e.classes[0]] % 5 == 0 ? dev : train).push_back(std::move(e));
}

} // namespace

namespace {

int runTextDevBench(const QString &sharedDir, const QString &which, const models::TextTrainConfig &config)
{
    const QString data = sharedDir + QStringLiteral("/datasets/");
    models::TextTaskDefinition task;
    std::vector<models::TextExample> train, dev;
    std::vector<std::string> techniques;
    {
        QFile file(data + QStringLiteral("semeval2021-task6/techniques_task1-2.txt"));
        if (file.open(QIODevice::ReadOnly))
            for (const QByteArray &line : file.readAll().split('\n'))
                if (!line.trimmed().isEmpty())
                    techniques.push_back(line.trimmed().toStdString());
    }
    if (which == QLatin1String("semeval-labels") || which == QLatin1String("semeval-spans")) {
        const bool spans = which.endsWith(QLatin1String("spans"));
        task.kind = spans ? models::TextTaskKind::SpanTagging : models::TextTaskKind::MultiLabel;
        (spans ? task.spanLabels : task.classLabels) = techniques;
        const QString n = spans ? QStringLiteral("2") : QStringLiteral("1");
        train = semeval(data + QStringLiteral("semeval2021-task6/training_set_task%1.json").arg(n), task);
        dev = semeval(data + QStringLiteral("semeval2021-task6/dev_set_task%1.json").arg(n), task);
    } else if (which.startsWith(QLatin1String("pan-"))) {
        task.kind = models::TextTaskKind::Narrative;
        task.classLabels = {"CONSPIRACY", "CRITICAL"};
        task.spanLabels = {"AGENT", "FACILITATOR", "VICTIM", "CAMPAIGNER", "OBJECTIVE", "NEGATIVE_EFFECT"};
        for (const char *language : {"en", "es"})
            if (which == QLatin1String("pan-multi") || which.endsWith(QLatin1String(language)))
                pan(data + QStringLiteral("pan2024-oppositional/pan2024_%1.json").arg(QLatin1String(language)),
                    language, task, train, dev);
    } else {
        throw std::runtime_error(
            "unknown data set " + which.toStdString() + " (semeval-labels, semeval-spans, pan-en, pan-es, pan-multi)");
    }
    std::vector<std::string> unlabelled;
    QTextStream out(stdout);
    out << which << ": " << train.size() << " train, " << dev.size() << " dev texts\n";
    out.flush();
    models::TrainReport report;
    QElapsedTimer timer;
    timer.start();
    int lastEpoch = -1;
    std::string lastPhase;
    engine::RunControl control;
    control.sink = [&](const engine::Progress &p) {
        if (p.has("held_out") && (p.epoch != lastEpoch || p.phase != lastPhase)) {
            // The linear candidate reports no loss (liblinear solves each C to convergence).
            const QString loss
                = p.has("loss") ? QStringLiteral(" loss %1").arg(p.metric("loss"), 0, 'f', 4) : QString();
            out << QStringLiteral("  %1 epoch %2/%3%4 held-out %5 (%6 s)\n")
                       .arg(QString::fromStdString(p.phase))
                       .arg(p.epoch)
                       .arg(p.epochs)
                       .arg(loss)
                       .arg(p.metric("held_out"), 0, 'f', 4)
                       .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
            out.flush();
            lastEpoch = p.epoch;
            lastPhase = p.phase;
        }
    };
    models::TextModel::train(task, train, dev, unlabelled, config, report, control);
    for (const auto &[name, candidate] : report.candidates) {
        out << "  " << QString::fromStdString(name) << " CV (" << report.folds << " folds):";
        if (!candidate.dropped.empty())
            out << " dropped: " << QString::fromStdString(candidate.dropped);
        for (const auto &[key, spread] : candidate.cv)
            out << ' ' << QString::fromStdString(key) << '=' << QString::number(spread.mean, 'f', 4) << "±"
                << QString::number(spread.sd, 'f', 4);
        if (candidate.epoch > 0)
            out << " epoch " << candidate.epoch;
        out << '\n';
    }
    if (!report.constant.metric.empty())
        out << "  lead over the constant answer (" << QString::fromStdString(report.constant.metric)
            << "): " << QString::number(report.constant.lead.estimate, 'f', 4) << " ["
            << QString::number(report.constant.lead.low, 'f', 4) << ", "
            << QString::number(report.constant.lead.high, 'f', 4) << "], constant CV "
            << QString::number(report.constant.constant.mean, 'f', 4) << "±"
            << QString::number(report.constant.constant.sd, 'f', 4) << '\n';
    out << "  dev (once):";
    for (const auto &[key, value] : report.dev)
        out << ' ' << QString::fromStdString(key) << '=' << QString::number(value, 'f', 4);
    out << '\n';
    out << "  chosen: " << QString::fromStdString(report.chosen) << ", " << QString::number(report.seconds, 'f', 1)
        << " s\n";
    return 0;
}

} // namespace

// Arguments: DATASET [key=value ...] with keys candidates (a comma list of linear, ngram, transformer; both =
// ngram,transformer), epochs, ngram_epochs, mlm, hash_bits, layers, width, heads, ff, lr, batch, oversample, min_span,
// last_layers, threads, seed, folds (CV; < 2: none), drop (0: run every candidate on every fold), shared (folder).
int runTextDevCommand(const QStringList &arguments)
{
    if (arguments.isEmpty())
        throw std::runtime_error(
            "usage: candor-bench text-dev semeval-labels|semeval-spans|pan-en|pan-es|pan-multi [key=value ...]");
    models::TextTrainConfig config;
    config.threads = 2;
    QString shared = QStringLiteral(CANDOR_SHARED_DIR);
    for (const QString &argument : arguments.mid(1)) {
        const QString key = argument.section(QLatin1Char('='), 0, 0);
        const QString value = argument.section(QLatin1Char('='), 1);
        bool ok = true;
        if (key == QLatin1String("candidates")) {
            // A comma list of linear, ngram, transformer; "both" is ngram,transformer.
            QStringList names = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
            if (names.removeAll(QStringLiteral("both")) > 0)
                names << QStringLiteral("ngram") << QStringLiteral("transformer");
            config.trainLinear = names.contains(QStringLiteral("linear"));
            config.trainNgramBaseline = names.contains(QStringLiteral("ngram"));
            config.trainTransformer = names.contains(QStringLiteral("transformer"));
        } else if (key == QLatin1String("shared")) {
            shared = value;
        } else if (key == QLatin1String("lr")) {
            config.learningRate = value.toDouble(&ok);
        } else if (key == QLatin1String("ngram_lr")) {
            config.ngramLearningRate = value.toDouble(&ok);
        } else {
            const int n = value.toInt(&ok);
            if (key == QLatin1String("epochs"))
                config.epochs = n;
            else if (key == QLatin1String("ngram_epochs"))
                config.ngramEpochs = n;
            else if (key == QLatin1String("mlm"))
                config.mlmPretrainEpochs = n;
            else if (key == QLatin1String("layers"))
                config.layers = n;
            else if (key == QLatin1String("width"))
                config.width = n;
            else if (key == QLatin1String("heads"))
                config.heads = n;
            else if (key == QLatin1String("ff"))
                config.feedForward = n;
            else if (key == QLatin1String("batch"))
                config.batchSize = n;
            else if (key == QLatin1String("oversample"))
                config.oversample = n != 0;
            else if (key == QLatin1String("min_span"))
                config.minSpanLength = n;
            else if (key == QLatin1String("hash_bits"))
                config.ngramHashBits = n;
            else if (key == QLatin1String("last_layers"))
                config.fineTuneLastLayers = n;
            else if (key == QLatin1String("threads"))
                config.threads = n;
            else if (key == QLatin1String("seed"))
                config.seed = (unsigned long long)n;
            else if (key == QLatin1String("max_length"))
                config.maxLength = n;
            else if (key == QLatin1String("vocab"))
                config.vocabSize = n;
            else if (key == QLatin1String("folds"))
                config.cvFolds = n;
            else if (key == QLatin1String("drop"))
                config.dropTrailingCandidates = n != 0;
            else
                throw std::runtime_error("unknown option " + key.toStdString());
        }
        if (!ok)
            throw std::runtime_error("bad value in " + argument.toStdString());
    }
    return runTextDevBench(shared, arguments.first(), config);
}

} // namespace candor::bench
