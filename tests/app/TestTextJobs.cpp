// TrainTextJob -> PredictTextJob -> EvaluateTextJob on a generated project where the tasks are learnable.
#include "app/jobs/text/EvaluateTextJob.h"
#include "app/jobs/text/PredictTextJob.h"
#include "app/jobs/text/TextTask.h"
#include "app/jobs/text/TextTrainingSet.h"
#include "app/jobs/text/TrainTextJob.h"
#include "core/domain/Error.h"
#include "core/store/Database.h"
#include "core/store/ProjectStore.h"
#include "core/store/Sql.h"
#include "core/store/StoreConnection.h"
#include "core/store/TaskQueries.h"
#include "tests/app/TextProjectFixture.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <limits>

using namespace candor;
using namespace candor::testing;

namespace {

// The fast n-gram candidate only: the pipeline is under test here, the networks have their own tests.
models::TextTrainConfig smallConfig()
{
    models::TextTrainConfig config;
    config.trainTransformer = false;
    config.trainLinear = false; // the linear candidate has its own test (test_lineartextmodel)
    config.threads = 1;
    config.ngramHashBits = 14;
    config.ngramEpochs = 20;
    return config;
}

qint64 count(const ProjectStore &store, const QString &where)
{
    return sql::scalar(storeConnection(store), QStringLiteral("SELECT count(*) FROM annotations WHERE ") + where)
        .toLongLong();
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestTextJobs : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;

    TrainTextResult train(const QString &task, const QString &language = QStringLiteral("all"))
    {
        TrainTextOptions options;
        options.task = task;
        options.language = language;
        options.config = smallConfig();
        return TrainTextJob(m_path, options).run();
    }

    EvaluateTextResult evaluate(const QString &task, const QString &split = QStringLiteral("dev"))
    {
        return EvaluateTextJob(m_path, {task, split, std::nullopt, QString()}).run();
    }

private Q_SLOTS:
    void init()
    {
        Database::closeAll();
        m_path = m_dir.filePath(QStringLiteral("jobs%1.candor").arg(++m_counter));
        ProjectStore::create(m_path);
        ProjectStore store(m_path);
        addMemes(store, 160, 7);
        addMessages(store, 120, 11, QStringLiteral("en"));
        addMessages(store, 40, 12, QStringLiteral("es"));
    }

    void cleanup() { Database::closeAll(); }

    void persuasionLabelsEndToEnd()
    {
        qint64 goldBefore = 0;
        {
            ProjectStore store(m_path);
            goldBefore = count(store, QStringLiteral("origin = 'gold'"));
        }
        const TrainTextResult trained = train(QStringLiteral("persuasion-labels"));
        QCOMPARE(trained.chosen, QStringLiteral("ngram"));
        QCOMPARE(trained.trainItems, 120);
        QCOMPARE(trained.devItems, 40);

        ProjectStore store(m_path);
        const std::optional<ModelVersion> version = store.latestModelVersion(QStringLiteral("persuasion-labels"));
        QVERIFY(version);
        QCOMPARE(version->id, trained.modelVersionId);
        QCOMPARE(store.modelVersions().size(), 1); // the default (every task) lists it too
        QVERIFY(version->metrics.value(QStringLiteral("candidates")).toObject().contains(QStringLiteral("ngram")));
        QVERIFY(!version->metrics.value(QStringLiteral("dev")).toObject().isEmpty());
        QCOMPARE(version->dataSnapshot.value(QStringLiteral("train")).toObject().value(QStringLiteral("items")).toInt(),
            120);
        QCOMPARE(version->dataSnapshot.value(QStringLiteral("dev"))
                     .toObject()
                     .value(QStringLiteral("splits"))
                     .toObject()
                     .value(QStringLiteral("dev"))
                     .toInt(),
            40);
        QCOMPARE(version->config.value(QStringLiteral("train"))
                     .toObject()
                     .value(QStringLiteral("trainTransformer"))
                     .toBool(),
            false);
        for (const QJsonValue &file : version->config.value(QStringLiteral("files")).toArray())
            QVERIFY(!store.modelFile(version->id, file.toString()).isEmpty());

        const PredictTextResult predicted
            = PredictTextJob(m_path, {QStringLiteral("persuasion-labels"), std::nullopt, {}, 32}).run();
        QCOMPARE(predicted.items, 160);
        QVERIFY(predicted.annotations > 40);
        const qint64 modelRows = count(store, QStringLiteral("origin = 'model'"));
        QCOMPARE(modelRows, qint64(predicted.annotations));
        QCOMPARE(
            count(store,
                QStringLiteral("origin = 'model' AND (status <> 'proposed' OR score IS NULL OR score < 0 OR score > 1"
                               " OR model_version_id IS NOT %1 OR start_cp IS NOT NULL)")
                    .arg(version->id)),
            qint64(0));
        QCOMPARE(count(store, QStringLiteral("origin = 'gold'")), goldBefore);

        // Predicting again with the same version replaces its rows instead of adding to them.
        PredictTextJob(m_path, {QStringLiteral("persuasion-labels"), std::nullopt, {}, 32}).run();
        QCOMPARE(count(store, QStringLiteral("origin = 'model'")), modelRows);

        const EvaluateTextResult evaluated = evaluate(QStringLiteral("persuasion-labels"));
        QCOMPARE(evaluated.items, 40);
        QCOMPARE(evaluated.predictedNow, 0);
        QVERIFY2(evaluated.metrics.value(QStringLiteral("micro_f1")).toDouble() >= 0.9,
            qPrintable(QString::number(evaluated.metrics.value(QStringLiteral("micro_f1")).toDouble())));
        const QJsonObject json = evaluated.toJson();
        QCOMPARE(json.value(QStringLiteral("task")).toString(), QStringLiteral("persuasion-labels"));
        QCOMPARE(json.value(QStringLiteral("split")).toString(), QStringLiteral("dev"));
        QCOMPARE(sortedKeys(json),
            (QStringList{QStringLiteral("metrics"), QStringLiteral("model_version"), QStringLiteral("n_items"),
                QStringLiteral("split"), QStringLiteral("task")}));
        QCOMPARE(json.value(QStringLiteral("n_items")).toInt(), 40);
        const QJsonObject metrics = json.value(QStringLiteral("metrics")).toObject();
        for (const char *key : {"micro_f1", "macro_f1", "per_label"})
            QVERIFY2(metrics.contains(QLatin1String(key)), key);
        QCOMPARE(metrics.value(QStringLiteral("per_label")).toObject().size(), 20);
        QVERIFY(metrics.value(QStringLiteral("per_label"))
                    .toObject()
                    .value(QStringLiteral("Flag-waving"))
                    .toObject()
                    .value(QStringLiteral("f1"))
                    .toDouble()
            >= 0.9);
        // Every figure has its 95% bootstrap interval over the 40 items, around the figure itself.
        const QJsonArray micro
            = metrics.value(QStringLiteral("intervals")).toObject().value(QStringLiteral("micro_f1")).toArray();
        QCOMPARE(micro.size(), 2);
        const double microF1 = metrics.value(QStringLiteral("micro_f1")).toDouble();
        QVERIFY(micro.at(0).toDouble() <= microF1 && microF1 <= micro.at(1).toDouble());
        QVERIFY(micro.at(1).toDouble() <= 1.0 && micro.at(0).toDouble() >= 0.0);
        const QJsonObject flag
            = metrics.value(QStringLiteral("per_label")).toObject().value(QStringLiteral("Flag-waving")).toObject();
        QVERIFY(flag.value(QStringLiteral("f1_low")).toDouble() <= flag.value(QStringLiteral("f1")).toDouble());
        QVERIFY(flag.value(QStringLiteral("f1_high")).toDouble() >= flag.value(QStringLiteral("f1")).toDouble());
        const QJsonObject bootstrap = metrics.value(QStringLiteral("bootstrap")).toObject();
        QCOMPARE(bootstrap.value(QStringLiteral("unit")).toString(), QStringLiteral("item"));
        QCOMPARE(bootstrap.value(QStringLiteral("resamples")).toInt(), 1000);
        // The job log keeps it: what a report's models section shows.
        const QList<FinishedJob> logged = ProjectStore(m_path).finishedJobs(QStringLiteral("evaluate-text"));
        QVERIFY(!logged.isEmpty());
        QCOMPARE(logged.first().result.value(QStringLiteral("metrics")).toObject(), metrics);
    }

    void persuasionSpansPredictsCharacterSpans()
    {
        QVERIFY(train(QStringLiteral("persuasion-spans")).modelVersionId > 0);
        // No predict run first: evaluation predicts the dev items itself.
        const EvaluateTextResult evaluated = evaluate(QStringLiteral("persuasion-spans"));
        QCOMPARE(evaluated.predictedNow, 40);
        QVERIFY2(evaluated.metrics.value(QStringLiteral("span_f1")).toDouble() >= 0.6,
            qPrintable(QString::number(evaluated.metrics.value(QStringLiteral("span_f1")).toDouble())));
        for (const char *key : {"span_f1", "span_precision", "span_recall", "per_label"})
            QVERIFY2(evaluated.metrics.contains(QLatin1String(key)), key);
        ProjectStore store(m_path);
        QVERIFY(count(store, QStringLiteral("origin = 'model' AND start_cp IS NOT NULL AND end_cp > start_cp")) > 0);
        QCOMPARE(count(store, QStringLiteral("origin = 'model' AND start_cp IS NULL")), qint64(0));
    }

    void narrativePerLanguageAndMultilingual()
    {
        const TrainTextResult english = train(QStringLiteral("narrative"), QStringLiteral("en"));
        QCOMPARE(english.trainItems, 90);
        QCOMPARE(english.devItems, 30);
        EvaluateTextResult evaluated = evaluate(QStringLiteral("narrative"));
        QCOMPARE(evaluated.items, 30); // the English model is scored on English dev items only
        QVERIFY2(evaluated.metrics.value(QStringLiteral("mcc")).toDouble() >= 0.8,
            qPrintable(QString::number(evaluated.metrics.value(QStringLiteral("mcc")).toDouble())));
        QVERIFY2(evaluated.metrics.value(QStringLiteral("span_f1")).toDouble() >= 0.3,
            qPrintable(QString::number(evaluated.metrics.value(QStringLiteral("span_f1")).toDouble())));
        for (const char *key : {"mcc", "macro_f1", "accuracy", "span_f1", "span_precision", "span_recall",
                 "span_micro_f1", "span_micro_precision", "span_micro_recall", "span_corrected_recall_f1", "per_label"})
            QVERIFY2(evaluated.metrics.contains(QLatin1String(key)), key);
        const QJsonObject perLabel = evaluated.metrics.value(QStringLiteral("per_label")).toObject();
        QVERIFY(perLabel.contains(QStringLiteral("CONSPIRACY")) && perLabel.contains(QStringLiteral("AGENT")));
        QVERIFY(!perLabel.contains(QStringLiteral("X")));

        ProjectStore store(m_path);
        // One class row per predicted item, and no model row ever carries the ignored X label.
        QCOMPARE(count(store, QStringLiteral("origin = 'model' AND start_cp IS NULL")), qint64(30));
        QCOMPARE(
            count(store, QStringLiteral("origin = 'model' AND label_id IN (SELECT id FROM labels WHERE name = 'X')")),
            qint64(0));

        const TrainTextResult multilingual = train(QStringLiteral("narrative"), QStringLiteral("all"));
        QCOMPARE(multilingual.trainItems, 120);
        evaluated = evaluate(QStringLiteral("narrative"));
        QCOMPARE(evaluated.modelVersionId, multilingual.modelVersionId);
        QCOMPARE(evaluated.items, 40);
    }

    void postVeracityByEventWithoutADevSplit()
    {
        {
            ProjectStore store(m_path);
            addPosts(store, 120, 6, 21, QStringLiteral("train"));
        }
        TrainTextOptions options;
        options.task = QStringLiteral("post-veracity");
        options.config = smallConfig();
        // The project's dev split holds memes and messages but no post: post veracity trains on CV alone.
        const TrainTextResult trained = TrainTextJob(m_path, options).run();
        QCOMPARE(trained.trainItems, 120);
        QCOMPARE(trained.devItems, 0);
        QCOMPARE(trained.metrics.value(QStringLiteral("dev_split")).toString(), QString());
        const QJsonObject lead
            = trained.metrics.value(QStringLiteral("cv")).toObject().value(QStringLiteral("lead")).toObject();
        QCOMPARE(lead.value(QStringLiteral("metric")).toString(), QStringLiteral("macro_f1"));
        QVERIFY2(lead.value(QStringLiteral("low")).toDouble() > 0,
            qPrintable(QString::number(lead.value(QStringLiteral("low")).toDouble())));
        QCOMPARE(
            trained.metrics.value(QStringLiteral("baseline")).toObject().value(QStringLiteral("metric")).toString(),
            QStringLiteral("macro_f1"));

        ProjectStore store(m_path);
        const std::optional<ModelVersion> version = store.latestModelVersion(QStringLiteral("post-veracity"));
        QVERIFY(version);
        // The six events the folds kept whole, 20 posts each.
        const QJsonObject events = version->dataSnapshot.value(QStringLiteral("train"))
                                       .toObject()
                                       .value(QStringLiteral("events"))
                                       .toObject();
        QCOMPARE(events.size(), 6);
        QCOMPARE(events.value(QStringLiteral("event0")).toInt(), 20);

        // One verdict row per post, with its probability.
        const PredictTextResult predicted
            = PredictTextJob(m_path, {QStringLiteral("post-veracity"), std::nullopt, {}, 32}).run();
        QCOMPARE(predicted.items, 120);
        QCOMPARE(predicted.annotations, 120);
        QCOMPARE(count(store,
                     QStringLiteral("origin = 'model' AND (score IS NULL OR start_cp IS NOT NULL OR label_id NOT IN "
                                    "(SELECT l.id FROM labels l JOIN label_schemas s ON s.id = l.schema_id"
                                    " WHERE s.name = 'fake-2'))")),
            qint64(0));
        const EvaluateTextResult evaluated = evaluate(QStringLiteral("post-veracity"), QStringLiteral("train"));
        QCOMPARE(evaluated.items, 120);
        for (const char *key : {"accuracy", "macro_f1", "mcc", "f1_fake", "f1_real", "per_label"})
            QVERIFY2(evaluated.metrics.contains(QLatin1String(key)), key);
        QVERIFY2(evaluated.metrics.value(QStringLiteral("macro_f1")).toDouble() >= 0.9,
            qPrintable(QString::number(evaluated.metrics.value(QStringLiteral("macro_f1")).toDouble())));
    }

    // UNITE-FND's description-only variant: the text says nothing (every post reads the same), the picture says it
    // all (fake posts carry a wide picture, real ones a tall one). Trained on the pictures' descriptions, the model
    // separates them; the version records what it read, and evaluation reads the same.
    void postVeracityReadsThePicturesDescription()
    {
        {
            ProjectStore store(m_path);
            addPosts(store, 60, 6, 22, QStringLiteral("train"));
            const auto picture = [&store](int width, int height) {
                QImage image(width, height, QImage::Format_RGB888);
                image.fill(QColor(40, 90, 160));
                QByteArray bytes;
                QBuffer buffer(&bytes);
                buffer.open(QIODevice::WriteOnly);
                image.save(&buffer, "PNG");
                return store.addMedia(bytes, QStringLiteral("test")).id;
            };
            const qint64 wide = picture(320, 180);
            const qint64 tall = picture(180, 320);
            const TaskQueries queries(store);
            for (const auto &[itemId, split] : queries.itemsWithReference(Schemas::Fake2, QString())) {
                Item item = *store.item(itemId);
                const bool fake = store.annotations(itemId).first().label == QLatin1String("fake");
                item.mediaId = fake ? wide : tall;
                item.text = QStringLiteral("a post");
                store.upsertItem(item);
            }
        }
        TrainTextOptions options;
        options.task = QStringLiteral("post-veracity");
        options.config = smallConfig();
        options.pictureInput = QStringLiteral("description");
        const TrainTextResult trained = TrainTextJob(m_path, options).run();
        QCOMPARE(trained.trainItems, 60);
        ProjectStore store(m_path);
        const std::optional<ModelVersion> version = store.latestModelVersion(QStringLiteral("post-veracity"));
        QCOMPARE(version->config.value(QStringLiteral("picture_input")).toString(), QStringLiteral("description"));
        // Two pictures, two descriptions beside the project, each made once.
        QCOMPARE(QDir(m_path + QStringLiteral(".features/description")).entryList(QDir::Files).size(), 2);
        const EvaluateTextResult evaluated = evaluate(QStringLiteral("post-veracity"), QStringLiteral("train"));
        QCOMPARE(evaluated.items, 60);
        QVERIFY2(evaluated.metrics.value(QStringLiteral("macro_f1")).toDouble() >= 0.95,
            qPrintable(QString::number(evaluated.metrics.value(QStringLiteral("macro_f1")).toDouble())));

        // The version records which sentences its descriptions carried; where one of them (the faces) cannot be made
        // any more, prediction refuses instead of reading other sentences than the model learnt from.
        const QJsonObject profile = version->config.value(QStringLiteral("picture_description")).toObject();
        QVERIFY(profile.contains(QStringLiteral("objects")) && profile.contains(QStringLiteral("faces")));
        if (profile.value(QStringLiteral("faces")).toBool()) {
            QDir(m_path + QStringLiteral(".features/description")).removeRecursively();
            qputenv("CANDOR_FACE_CASCADE", "/nonexistent/cascade.xml");
            try {
                PredictTextJob(m_path, {QStringLiteral("post-veracity"), std::nullopt, {}, 32}).run();
                qunsetenv("CANDOR_FACE_CASCADE");
                QFAIL("a prediction without the faces its model read must be refused");
            } catch (const Error &error) {
                qunsetenv("CANDOR_FACE_CASCADE");
                QVERIFY2(error.message().contains(QStringLiteral("faces")), qPrintable(error.message()));
            }
        }

        // A picture input is for post-veracity only, and its name is checked; a training bundle carries text only.
        options.task = QStringLiteral("persuasion-labels");
        QVERIFY_THROWS_EXCEPTION(Error, TrainTextJob(m_path, options).run());
        options.task = QStringLiteral("post-veracity");
        options.pictureInput = QStringLiteral("pixels");
        QVERIFY_THROWS_EXCEPTION(Error, TrainTextJob(m_path, options).run());
        options.pictureInput = QStringLiteral("description");
        QVERIFY_THROWS_EXCEPTION(
            Error, exportTrainingBundle(m_path, options, m_dir.filePath(QStringLiteral("bundle%1")).arg(m_counter)));
    }

    // A schema of the team's own trains as class:NAME (one label per item, any item kind), and a model trained
    // before a label was renamed still predicts and evaluates: its columns reach the label by id, under the new name.
    void ownSchemaClassTaskSurvivesARename()
    {
        {
            ProjectStore store(m_path);
            LabelSchema own;
            own.name = QStringLiteral("plot-or-not");
            own.use = SchemaUse::Items;
            own.labels = {{QStringLiteral("plot"), defaultLabelColour(0), QStringLiteral("P")},
                {QStringLiteral("critique"), defaultLabelColour(3), QStringLiteral("K")}};
            store.saveSchema(own);
            AnnotationFilter gold;
            gold.origin = Origin::Gold;
            for (qint64 id = 1; id <= store.itemCount(); ++id)
                for (const Annotation &row : store.annotations(id, gold))
                    if (row.schema == Schemas::Oppositional2)
                        addGold(store, id, own.name,
                            row.label == QLatin1String("CONSPIRACY") ? QStringLiteral("plot")
                                                                     : QStringLiteral("critique"));
        }
        const QString task = QStringLiteral("class:plot-or-not");
        const TrainTextResult trained = train(task);
        QCOMPARE(trained.trainItems, 120); // the 160 messages with a label of the schema, 3 of 4 in train
        QCOMPARE(trained.devItems, 40);
        {
            ProjectStore store(m_path);
            LabelSchema renamed = store.schema(QStringLiteral("plot-or-not"));
            renamed.labels[0].name = QStringLiteral("scheme");
            store.saveSchema(renamed);
        }
        const EvaluateTextResult evaluated = evaluate(task);
        QCOMPARE(evaluated.items, 40);
        QVERIFY2(evaluated.metrics.value(QStringLiteral("macro_f1")).toDouble() >= 0.9,
            qPrintable(QString::number(evaluated.metrics.value(QStringLiteral("macro_f1")).toDouble())));
        QVERIFY(evaluated.metrics.value(QStringLiteral("per_label")).toObject().contains(QStringLiteral("scheme")));
        {
            // Two names swapped: by name the model's columns would swap too (F1 near 0); by id nothing changes.
            ProjectStore store(m_path);
            LabelSchema swapped = store.schema(QStringLiteral("plot-or-not"));
            std::swap(swapped.labels[0].name, swapped.labels[1].name);
            store.saveSchema(swapped);
        }
        const EvaluateTextResult afterSwap = evaluate(task);
        QCOMPARE(afterSwap.metrics.value(QStringLiteral("macro_f1")).toDouble(),
            evaluated.metrics.value(QStringLiteral("macro_f1")).toDouble());
        {
            ProjectStore store(m_path);
            LabelSchema back = store.schema(QStringLiteral("plot-or-not"));
            std::swap(back.labels[0].name, back.labels[1].name);
            store.saveSchema(back);
        }
        const PredictTextResult predicted = PredictTextJob(m_path, {task, std::nullopt, {}, 32}).run();
        QCOMPARE(predicted.items, 320); // every item: a schema of one's own predicts over the whole project
        ProjectStore store(m_path);
        QCOMPARE(count(store,
                     QStringLiteral("origin = 'model' AND label_id IN (SELECT l.id FROM labels l JOIN label_schemas s"
                                    " ON s.id = l.schema_id WHERE s.name = 'plot-or-not' AND l.name = 'scheme')"))
                > 0,
            true);
        QVERIFY_THROWS_EXCEPTION(Error, textTaskSpec(store, QStringLiteral("spans:plot-or-not"))); // items only
        QVERIFY_THROWS_EXCEPTION(Error, textTaskSpec(store, QStringLiteral("labels:nope")));
        QVERIFY(isTextTaskName(QStringLiteral("spans:x")) && !isTextTaskName(QStringLiteral("spans:")));
    }

    void cancelledTrainingRegistersNothing()
    {
        TrainTextOptions options;
        options.task = QStringLiteral("persuasion-labels");
        options.config = smallConfig();
        TrainTextJob job(m_path, options);
        int reports = 0;
        job.setProgressSink([&](const engine::Progress &) {
            if (++reports == 2)
                job.cancel(); // as the GUI's cancel button would, mid-run
        });
        QVERIFY_THROWS_EXCEPTION(engine::Cancelled, job.run());
        QCOMPARE(reports, 2);
        ProjectStore store(m_path);
        QVERIFY(store.modelVersions().isEmpty());
        QCOMPARE(
            sql::scalar(storeConnection(store), QStringLiteral("SELECT status FROM jobs WHERE kind = 'train-text'"))
                .toString(),
            QStringLiteral("cancelled"));
    }

    void cancelledPredictionWritesNothing()
    {
        QVERIFY(train(QStringLiteral("persuasion-labels")).modelVersionId > 0);
        const engine::CancelToken interrupted; // candor-cli's SIGINT token, already raised
        interrupted.cancel();
        PredictTextJob job(m_path, {QStringLiteral("persuasion-labels"), std::nullopt, {}, 16});
        job.shareCancelToken(interrupted);
        QVERIFY_THROWS_EXCEPTION(engine::Cancelled, job.run());
        ProjectStore store(m_path);
        QCOMPARE(count(store, QStringLiteral("origin = 'model'")), qint64(0));
    }

    // The trial: bytes flipped in a stored model.safetensors gave every label at score 1.0, or none.
    void damagedModelFileIsRefusedNamingVersionAndFile()
    {
        const TrainTextResult trained = train(QStringLiteral("persuasion-labels"));
        {
            ProjectStore store(m_path);
            QByteArray bytes = store.modelFile(trained.modelVersionId, QStringLiteral("model.safetensors"));
            for (qsizetype i = bytes.size() - 64; i < bytes.size(); i += 4)
                bytes[i] = char(bytes[i] ^ 0x40);
            QSqlQuery flip = sql::prepare(storeConnection(store),
                QStringLiteral(
                    "UPDATE model_files SET bytes = ? WHERE model_version_id = ? AND name = 'model.safetensors'"));
            flip.addBindValue(bytes);
            flip.addBindValue(trained.modelVersionId);
            sql::exec(flip);
        }
        try {
            PredictTextJob(m_path, {QStringLiteral("persuasion-labels"), std::nullopt, {}, 32}).run();
            QFAIL("a damaged model predicted");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("model version %1").arg(trained.modelVersionId)),
                qPrintable(error.message()));
            QVERIFY2(error.message().contains(QStringLiteral("file 'model.safetensors' is damaged")),
                qPrintable(error.message()));
        }
        ProjectStore store(m_path);
        QCOMPARE(count(store, QStringLiteral("origin = 'model'")), qint64(0));
    }

    // A checkpoint whose hash matches but whose weights are not finite (a diverged training, a file written
    // elsewhere) is refused by the loader, naming the version and the tensor.
    void nonFiniteWeightsAreRefused()
    {
        const TrainTextResult trained = train(QStringLiteral("persuasion-labels"));
        ProjectStore store(m_path);
        QByteArray bytes = store.modelFile(trained.modelVersionId, QStringLiteral("model.safetensors"));
        const quint64 headerLength = qFromLittleEndian<quint64>(bytes.constData());
        const QJsonObject header = QJsonDocument::fromJson(bytes.mid(8, qsizetype(headerLength))).object();
        QString poisoned;
        for (auto it = header.begin(); it != header.end() && poisoned.isEmpty(); ++it) {
            const QJsonObject tensor = it.value().toObject();
            const QJsonArray offsets = tensor.value(QStringLiteral("data_offsets")).toArray();
            if (tensor.value(QStringLiteral("dtype")).toString() != QLatin1String("F32")
                || offsets.at(1).toInteger() <= offsets.at(0).toInteger())
                continue;
            const float nan = std::numeric_limits<float>::quiet_NaN();
            bytes.replace(qsizetype(8 + headerLength + quint64(offsets.at(0).toInteger())), 4,
                reinterpret_cast<const char *>(&nan), 4);
            poisoned = it.key();
        }
        QVERIFY(!poisoned.isEmpty());
        store.putModelFile(trained.modelVersionId, QStringLiteral("model.safetensors"), bytes);
        try {
            PredictTextJob(m_path, {QStringLiteral("persuasion-labels"), std::nullopt, {}, 32}).run();
            QFAIL("a model with a NaN weight predicted");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("model version %1").arg(trained.modelVersionId)),
                qPrintable(error.message()));
            QVERIFY2(error.message().contains(QStringLiteral("\"%1\" holds 1 NaN or infinite value(s)").arg(poisoned)),
                qPrintable(error.message()));
        }
        QCOMPARE(count(store, QStringLiteral("origin = 'model'")), qint64(0));
    }

    void errorsNameTheProblem()
    {
        QVERIFY_THROWS_EXCEPTION(Error, evaluate(QStringLiteral("persuasion-labels"))); // no model version yet
        TrainTextOptions options;
        options.task = QStringLiteral("persuasion-labels");
        options.devSplit = QStringLiteral("validation");
        options.config = smallConfig();
        try {
            TrainTextJob(m_path, options).run();
            QFAIL("training without dev items must fail");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("validation")), qPrintable(error.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestTextJobs)
#include "TestTextJobs.moc"
