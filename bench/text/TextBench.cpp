// candor-bench-text: the dev-set benchmark of the text tasks through the real project path: import the shared
// SemEval-2021 T6 and PAN 2024 files into fresh projects, train (TrainTextJob), predict and score (EvaluateTextJob),
// and print the results next to two baselines computed in the same run (random and label prior; TextBaselines.h).
//
//   candor-bench-text [--datasets DIR] [--work DIR] [--config FILE] [--only WHICH] [--json FILE]
//   WHICH: semeval, semeval-labels, semeval-spans, pan, pan-en (one scenario keeps a transformer run affordable),
//          sample (the bundled sample project, no datasets needed; not part of the default run)
//
// SemEval: train on train, score dev (subtasks 1 and 2). PAN: the importer's seeded stratified 80/20 split per
// language; per-language models (en, es) and one multilingual model, the latter also scored per language.
#include "app/jobs/text/EvaluateTextJob.h"
#include "app/jobs/text/TextScoring.h"
#include "app/jobs/text/TextTaskData.h"
#include "app/jobs/text/TrainConfigJson.h"
#include "app/jobs/text/TrainTextJob.h"
#include "bench/text/TextBaselines.h"
#include "core/domain/Error.h"
#include "core/formats/common/Importer.h"
#include "core/sample/SampleProject.h"
#include "core/store/ProjectStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

#include <exception>

using namespace candor;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// The headline numbers of a metrics object, in a fixed order.
QString headline(const QJsonObject &metrics)
{
    QStringList parts;
    for (const char *key : {"micro_f1", "macro_f1", "mcc", "accuracy", "span_f1", "span_precision", "span_recall"})
        if (metrics.contains(QLatin1String(key)))
            parts.append(QStringLiteral("%1 %2")
                             .arg(QLatin1String(key))
                             .arg(metrics.value(QLatin1String(key)).toDouble(), 0, 'f', 4));
    return parts.join(QStringLiteral("  "));
}

void import(ProjectStore &store, const QString &path)
{
    std::unique_ptr<Importer> importer;
    for (auto &candidate : allImporters())
        if (candidate->recognises(path)) {
            importer = std::move(candidate);
            break;
        }
    if (!importer)
        throw Error(QStringLiteral("%1: no importer recognises it").arg(path));
    ImportOptions options;
    options.split = splitFromPath(path);
    const ImportReport report = importPath(store, *importer, path, options);
    out() << "imported " << path << ": " << report.summary() << '\n';
    out().flush();
}

struct Scenario
{
    QString name; // row label
    QString task;
    QString language; // training language (narrative)
    QString scoreLanguage; // evaluation language filter (narrative; empty: the model's)
};

class TextBench
{
public:
    TextBench(QString datasets, QString work, models::TextTrainConfig config)
        : m_datasets(std::move(datasets))
        , m_work(std::move(work))
        , m_config(std::move(config))
    {
    }

    void runSemEval(bool labels, bool spans)
    {
        const QString project = freshProject(QStringLiteral("semeval.candor"));
        {
            ProjectStore store(project);
            const QString dir = m_datasets + QStringLiteral("/semeval2021-task6/");
            for (const char *file :
                {"training_set_task1.json", "training_set_task2.json", "dev_set_task1.json", "dev_set_task2.json"})
                import(store, dir + QLatin1String(file));
        }
        if (labels)
            run(project,
                {QStringLiteral("semeval subtask 1"), QStringLiteral("persuasion-labels"), QStringLiteral("all"), {}});
        if (spans)
            run(project,
                {QStringLiteral("semeval subtask 2"), QStringLiteral("persuasion-spans"), QStringLiteral("all"), {}});
    }

    void runPan(bool englishOnly)
    {
        const QString project = freshProject(QStringLiteral("pan.candor"));
        {
            ProjectStore store(project);
            const QString dir = m_datasets + QStringLiteral("/pan2024-oppositional/");
            import(store, dir + QStringLiteral("pan2024_en.json"));
            import(store, dir + QStringLiteral("pan2024_es.json"));
        }
        run(project, {QStringLiteral("pan en (en model)"), QStringLiteral("narrative"), QStringLiteral("en"), {}});
        if (englishOnly)
            return;
        run(project, {QStringLiteral("pan es (es model)"), QStringLiteral("narrative"), QStringLiteral("es"), {}});
        const qint64 multilingual = run(project,
            {QStringLiteral("pan en+es (multilingual)"), QStringLiteral("narrative"), QStringLiteral("all"), {}});
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("es")})
            score(project,
                {QStringLiteral("pan %1 (multilingual)").arg(language), QStringLiteral("narrative"),
                    QStringLiteral("all"), language},
                multilingual);
    }

    // The bundled sample project (what "Open sample project" builds): every text task the GUI trains.
    void runSample()
    {
        const QString project = freshPath(QStringLiteral("sample.candor"));
        buildSampleProject(project);
        run(project,
            {QStringLiteral("sample persuasion-labels"), QStringLiteral("persuasion-labels"), QStringLiteral("all"),
                {}});
        run(project,
            {QStringLiteral("sample persuasion-spans"), QStringLiteral("persuasion-spans"), QStringLiteral("all"), {}});
        run(project,
            {QStringLiteral("sample narrative (en+es)"), QStringLiteral("narrative"), QStringLiteral("all"), {}});
    }

    QJsonArray results() const { return m_results; }

private:
    QString freshPath(const QString &name) const
    {
        QDir().mkpath(m_work);
        const QString path = m_work + QLatin1Char('/') + name;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        return path;
    }

    QString freshProject(const QString &name) const
    {
        const QString path = freshPath(name);
        ProjectStore::create(path);
        return path;
    }

    // Trains the scenario's model, scores it and the baselines; returns the model version.
    qint64 run(const QString &project, const Scenario &scenario)
    {
        TrainTextOptions options;
        options.task = scenario.task;
        options.language = scenario.language;
        options.config = m_config;
        TrainTextJob job(project, options);
        QElapsedTimer clock;
        clock.start();
        const TrainTextResult trained = job.run();
        const double seconds = clock.elapsed() / 1000.0;
        out() << scenario.name << ": trained in " << QString::number(seconds, 'f', 1) << " s (" << trained.trainItems
              << " train, " << trained.devItems << " dev items), kept " << trained.chosen << '\n';
        const QJsonObject candidates = trained.metrics.value(QStringLiteral("candidates")).toObject();
        for (auto it = candidates.begin(); it != candidates.end(); ++it)
            out() << "    engine dev score, candidate " << it.key() << ": "
                  << QString::fromUtf8(QJsonDocument(it.value().toObject()).toJson(QJsonDocument::Compact)) << '\n';
        score(project, scenario, trained.modelVersionId, seconds, trained.metrics);
        return trained.modelVersionId;
    }

    void score(const QString &project, const Scenario &scenario, qint64 versionId, double seconds = -1,
        const QJsonObject &trainMetrics = {})
    {
        EvaluateTextOptions evaluate{scenario.task, QStringLiteral("dev"), versionId, scenario.scoreLanguage};
        const EvaluateTextResult model = EvaluateTextJob(project, evaluate).run();

        // Baselines on exactly the items the model was scored on, fitted on the training items of the same language.
        ProjectStore store(project);
        const TextTaskSpec task = textTaskSpec(store, scenario.task);
        const QString language = scenario.scoreLanguage.isEmpty() ? scenario.language : scenario.scoreLanguage;
        TextTaskSelection trainSelection;
        trainSelection.splits = QStringList{QStringLiteral("train")};
        trainSelection.language = language;
        TextTaskSelection devSelection = trainSelection;
        devSelection.splits = QStringList{QStringLiteral("dev")};
        const auto train = TextTaskData::examples(TextTaskData::load(store, task, trainSelection));
        const auto dev = TextTaskData::examples(TextTaskData::load(store, task, devSelection));
        const QJsonObject random = scoreTextTask(task, dev, bench::randomBaseline(task.definition, train, dev));
        const QJsonObject prior = scoreTextTask(task, dev, bench::priorBaseline(task.definition, train, dev));

        out() << "  " << scenario.name << " on dev (" << model.items << " items)\n"
              << "    model v" << versionId << ":  " << headline(model.metrics) << '\n'
              << "    random:    " << headline(random) << '\n'
              << "    prior:     " << headline(prior) << '\n';
        out().flush();
        QJsonObject row{{QStringLiteral("scenario"), scenario.name}, {QStringLiteral("task"), scenario.task},
            {QStringLiteral("train_language"), scenario.language}, {QStringLiteral("dev_items"), model.items},
            {QStringLiteral("model_version"), versionId}, {QStringLiteral("model"), model.metrics},
            {QStringLiteral("random"), random}, {QStringLiteral("prior"), prior}};
        if (seconds >= 0) {
            row.insert(QStringLiteral("training_seconds"), seconds);
            row.insert(QStringLiteral("engine"), trainMetrics);
        }
        m_results.append(row);
    }

    QString m_datasets;
    QString m_work;
    models::TextTrainConfig m_config;
    QJsonArray m_results;
};

QJsonObject readJsonObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject())
        throw Error(QStringLiteral("%1: not a JSON object").arg(path));
    return document.object();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Dev-set benchmark of the text tasks (SemEval-2021 T6 subtasks 1-2, PAN 2024)."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("datasets"), QStringLiteral("the shared datasets folder"), QStringLiteral("dir"),
        QStringLiteral(CANDOR_SHARED_DIR "/datasets")});
    parser.addOption({QStringLiteral("work"), QStringLiteral("where the benchmark projects are created"),
        QStringLiteral("dir"), QDir::tempPath() + QStringLiteral("/candor-bench-text")});
    parser.addOption({QStringLiteral("config"),
        QStringLiteral("training settings (JSON, as candor-cli train --config)"), QStringLiteral("file")});
    parser.addOption({QStringLiteral("only"),
        QStringLiteral("semeval, semeval-labels, semeval-spans, pan, pan-en or sample"), QStringLiteral("which")});
    parser.addOption(
        {QStringLiteral("json"), QStringLiteral("also write every number to this JSON file"), QStringLiteral("file")});
    parser.process(app);
    try {
        models::TextTrainConfig config;
        if (parser.isSet(QStringLiteral("config")))
            config = trainConfigFromJson(readJsonObject(parser.value(QStringLiteral("config"))));
        TextBench bench(parser.value(QStringLiteral("datasets")), parser.value(QStringLiteral("work")), config);
        const QString only = parser.value(QStringLiteral("only"));
        QElapsedTimer clock;
        clock.start();
        const QStringList known{QStringLiteral("semeval"), QStringLiteral("semeval-labels"),
            QStringLiteral("semeval-spans"), QStringLiteral("pan"), QStringLiteral("pan-en"), QStringLiteral("sample")};
        if (!only.isEmpty() && !known.contains(only))
            throw Error(QStringLiteral("--only %1: expected one of %2").arg(only, known.join(QStringLiteral(", "))));
        if (only.isEmpty() || only.startsWith(QLatin1String("semeval")))
            bench.runSemEval(only != QLatin1String("semeval-spans"), only != QLatin1String("semeval-labels"));
        if (only.isEmpty() || only.startsWith(QLatin1String("pan")))
            bench.runPan(only == QLatin1String("pan-en"));
        if (only == QLatin1String("sample"))
            bench.runSample();
        out() << "total " << QString::number(clock.elapsed() / 1000.0, 'f', 1) << " s\n";
        if (parser.isSet(QStringLiteral("json"))) {
            QFile file(parser.value(QStringLiteral("json")));
            if (!file.open(QIODevice::WriteOnly))
                throw Error(QStringLiteral("%1: cannot write: %2").arg(file.fileName(), file.errorString()));
            file.write(QJsonDocument(QJsonObject{{QStringLiteral("config"), trainConfigToJson(config)},
                                         {QStringLiteral("results"), bench.results()}})
                           .toJson());
        }
        return 0;
    } catch (const Error &error) {
        QTextStream(stderr) << "candor-bench-text: " << error.message() << '\n';
    } catch (const std::exception &error) {
        QTextStream(stderr) << "candor-bench-text: " << error.what() << '\n';
    }
    return 1;
}
