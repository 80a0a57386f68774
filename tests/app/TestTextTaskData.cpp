// TextTaskData: which items and labels a text task reads from a project, and the reference-label rule.
#include "app/jobs/text/PostEvent.h"
#include "app/jobs/text/TextTaskData.h"
#include "app/jobs/text/TrainConfigJson.h"
#include "core/agreement/Curation.h"
#include "core/domain/Error.h"
#include "core/store/Database.h"
#include "tests/app/TextProjectFixture.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;
using namespace candor::testing;

class TestTextTaskData : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;

private Q_SLOTS:
    void init()
    {
        Database::closeAll();
        m_path = m_dir.filePath(QStringLiteral("data%1.candor").arg(++m_counter));
        ProjectStore::create(m_path);
    }

    void cleanup() { Database::closeAll(); }

    void memeLabelsAndCodePointSpans()
    {
        ProjectStore store(m_path);
        // "🔥 " is one code point plus a space: the span starts at code point 2 (UTF-16 index 3).
        const QString text = QString::fromUtf8("\xf0\x9f\x94\xa5 disgusting traitors here");
        const qint64 id = addItem(store, ItemKind::Meme, QStringLiteral("m1"), QStringLiteral("train"), text);
        addGold(store, id, Schemas::Persuasion20, QStringLiteral("Loaded Language"));
        addGold(store, id, Schemas::Persuasion20, QStringLiteral("Loaded Language"), 2, 21);
        addItem(
            store, ItemKind::Meme, QStringLiteral("unlabelled"), QStringLiteral("train"), QStringLiteral("no labels"));

        const TextTaskSpec labels = textTaskSpec(store, QStringLiteral("persuasion-labels"));
        QCOMPARE(int(labels.definition.classLabels.size()), 20);
        const QList<TextTaskItem> items = TextTaskData::load(store, labels, {});
        QCOMPARE(items.size(), 1); // the meme without rows and without a SemEval subtask mark is not labelled
        QCOMPARE(items[0].example.classes, std::vector<int>{8}); // "Loaded Language" is the 9th technique
        QVERIFY(items[0].example.spans.empty());

        const TextTaskSpec spans = textTaskSpec(store, QStringLiteral("persuasion-spans"));
        const QList<TextTaskItem> spanItems = TextTaskData::load(store, spans, {});
        QCOMPARE(spanItems.size(), 1);
        QCOMPARE(int(spanItems[0].example.spans.size()), 1);
        QCOMPARE(spanItems[0].example.spans[0].start, 2);
        QCOMPARE(spanItems[0].example.spans[0].end, 21);
        QVERIFY(spanItems[0].example.classes.empty());

        TextTaskSelection everything;
        everything.labelledOnly = false;
        QCOMPARE(TextTaskData::load(store, labels, everything).size(), 2); // predict reaches every meme
    }

    void semevalSubtaskMarkMakesAnEmptyMemeANegative()
    {
        ProjectStore store(m_path);
        Item item;
        item.kind = ItemKind::Meme;
        item.source = QStringLiteral("semeval2021-task6");
        item.externalId = QStringLiteral("1");
        item.split = QStringLiteral("dev");
        item.text = QStringLiteral("no technique at all");
        item.metadata.insert(QStringLiteral("subtasks"), QJsonArray{1});
        store.upsertItem(item);
        QCOMPARE(TextTaskData::load(store, textTaskSpec(store, QStringLiteral("persuasion-labels")), {}).size(), 1);
        QCOMPARE(TextTaskData::load(store, textTaskSpec(store, QStringLiteral("persuasion-spans")), {}).size(), 0);
    }

    void humanCorrectionsOverrideGoldAndIgnoredRowsNeverCount()
    {
        ProjectStore store(m_path);
        const qint64 id = addItem(store, ItemKind::Message, QStringLiteral("en/1"), QStringLiteral("train"),
            QStringLiteral("the globalist elites did it"));
        addGold(store, id, Schemas::Oppositional2, QStringLiteral("CRITICAL"));
        addGold(store, id, Schemas::Narrative6, QStringLiteral("AGENT"), 0, 20);
        addGold(store, id, Schemas::Narrative6, QStringLiteral("X"), 21, 27, Status::Ignored);
        addGold(store, id, Schemas::Narrative6, QStringLiteral("VICTIM"), 0, 99); // beyond the text: dropped

        const TextTaskSpec task = textTaskSpec(store, QStringLiteral("narrative"));
        QCOMPARE(int(task.definition.spanLabels.size()), 6); // X is not learned
        QList<TextTaskItem> items = TextTaskData::load(store, task, {});
        QCOMPARE(items.size(), 1);
        QCOMPARE(items[0].example.classes, std::vector<int>{1});
        QCOMPARE(int(items[0].example.spans.size()), 1);
        QCOMPARE(items[0].droppedSpans, 1);
        QVERIFY(!items[0].humanReference);

        Annotation human;
        human.itemId = id;
        human.schema = Schemas::Oppositional2;
        human.label = QStringLiteral("CONSPIRACY");
        human.origin = Origin::Human;
        human.annotator = QStringLiteral("ana");
        store.addAnnotation(human);
        items = TextTaskData::load(store, task, {});
        QCOMPARE(items[0].example.classes, std::vector<int>{0}); // the human answer wins over gold
        QCOMPARE(int(items[0].example.spans.size()), 1); // spans: no human rows, gold stays
        QVERIFY(items[0].humanReference);
        const QJsonObject snapshot = TextTaskData::describe(task, items);
        QCOMPARE(
            snapshot.value(QStringLiteral("reference_origins")).toObject().value(QStringLiteral("human")).toInt(), 1);
        QCOMPARE(snapshot.value(QStringLiteral("labels")).toObject().value(QStringLiteral("CONSPIRACY")).toInt(), 1);

        // A curator settling on gold's answer outranks ana's, though hers is newer; her row stays.
        settleCuration(store, id, Schemas::Oppositional2,
            curationVersion(store, id, Schemas::Oppositional2, QStringLiteral("gold")), QStringLiteral("cy"));
        items = TextTaskData::load(store, task, {});
        QCOMPARE(items[0].example.classes, std::vector<int>{1});
        QVERIFY(items[0].humanReference);
        QCOMPARE(curationVersion(store, id, Schemas::Oppositional2, QStringLiteral("human:ana")).size(), 1);
    }

    void narrativeLanguageAndSplitSelection()
    {
        ProjectStore store(m_path);
        addMessages(store, 8, 1, QStringLiteral("en"));
        addMessages(store, 4, 2, QStringLiteral("es"));
        const TextTaskSpec task = textTaskSpec(store, QStringLiteral("narrative"));
        TextTaskSelection selection;
        QCOMPARE(TextTaskData::load(store, task, selection).size(), 12);
        selection.language = QStringLiteral("es");
        QCOMPARE(TextTaskData::load(store, task, selection).size(), 4);
        selection.splits = QStringList{QStringLiteral("dev")};
        QCOMPARE(TextTaskData::load(store, task, selection).size(), 1);
        QVERIFY_THROWS_EXCEPTION(Error, checkedLanguage(QStringLiteral("fr")));
        QVERIFY_THROWS_EXCEPTION(Error, textTaskSpec(store, QStringLiteral("stance")));
    }

    void postsCarryTheirEventAsGroup()
    {
        ProjectStore store(m_path);
        addPosts(store, 12, 3, 5, QStringLiteral("dev"));
        addMessages(store, 4, 2); // oppositional-2 messages are not posts of this task
        addItem(
            store, ItemKind::Post, QStringLiteral("unlabelled"), QStringLiteral("dev"), QStringLiteral("no verdict"));
        const TextTaskSpec task = textTaskSpec(store, QStringLiteral("post-veracity"));
        QCOMPARE(task.definition.classLabels, (std::vector<std::string>{"fake", "real"}));
        const QList<TextTaskItem> items = TextTaskData::load(store, task, TextTaskSelection{});
        QCOMPARE(items.size(), 12);
        for (const TextTaskItem &item : items) {
            QCOMPARE(item.example.classes.size(), size_t(1));
            QVERIFY(item.example.spans.empty());
            QVERIFY(item.example.group == "event0" || item.example.group == "event1" || item.example.group == "event2");
        }
        // Predicting reaches unlabelled posts too.
        TextTaskSelection everyPost;
        everyPost.labelledOnly = false;
        QCOMPARE(TextTaskData::load(store, task, everyPost).size(), 13);
    }

    // The verdict panel's "unsure" (fake-2 label marked ignored, its human rows stored ignored) is never a training
    // example: a post with only an unsure answer is left out, a gold post a person was unsure about keeps its gold
    // class, and even an unsure row someone stored as accepted yields no class (it is not one of the task's labels).
    void unsureAnswersAreNoTrainingExamples()
    {
        ProjectStore store(m_path);
        addPosts(store, 6, 2, 7, QStringLiteral("dev"));
        const auto unsure = [&store](qint64 itemId, Status status) {
            Annotation row;
            row.itemId = itemId;
            row.schema = Schemas::Fake2;
            row.label = QStringLiteral("unsure");
            row.origin = Origin::Human;
            row.annotator = QStringLiteral("ana");
            row.status = status;
            QVERIFY(store.addAnnotation(row) > 0);
        };
        const qint64 onlyUnsure = addItem(store, ItemKind::Post, QStringLiteral("unsure-only"), QStringLiteral("dev"),
            QStringLiteral("event9_x_1 a photo nobody can place"));
        unsure(onlyUnsure, Status::Ignored);
        const qint64 acceptedUnsure = addItem(store, ItemKind::Post, QStringLiteral("unsure-accepted"),
            QStringLiteral("dev"), QStringLiteral("another photo"));
        unsure(acceptedUnsure, Status::Accepted);
        const TextTaskSpec task = textTaskSpec(store, QStringLiteral("post-veracity"));
        QCOMPARE(task.definition.classLabels, (std::vector<std::string>{"fake", "real"}));
        QList<TextTaskItem> items = TextTaskData::load(store, task, TextTaskSelection{});
        QCOMPARE(items.size(), 6);
        for (const TextTaskItem &item : items)
            QVERIFY(item.itemId != onlyUnsure && item.itemId != acceptedUnsure);

        // A gold post a person was unsure about: still its gold class, not a human reference.
        const qint64 goldPost = items.first().itemId;
        const std::vector<int> goldClasses = items.first().example.classes;
        unsure(goldPost, Status::Ignored);
        items = TextTaskData::load(store, task, TextTaskSelection{});
        QCOMPARE(items.size(), 6);
        QCOMPARE(items.first().itemId, goldPost);
        QCOMPARE(items.first().example.classes, goldClasses);
        QVERIFY(!items.first().humanReference);
    }

    void postEventRule_data()
    {
        QTest::addColumn<QJsonObject>("metadata");
        QTest::addColumn<QString>("event");
        QTest::newRow("MediaEval image id") << QJsonObject{{QStringLiteral("image_ids"),
            QJsonArray{QStringLiteral("boston_fake_03"), QStringLiteral("sandy_real_01")}}}
                                            << QStringLiteral("boston");
        QTest::newRow("trailing space") << QJsonObject{{QStringLiteral("image_ids"),
            QJsonArray{QStringLiteral("eclipse_08 ")}}}
                                        << QStringLiteral("eclipse");
        QTest::newRow("event recorded") << QJsonObject{{QStringLiteral("event"), QStringLiteral("nepal")},
            {QStringLiteral("image_ids"), QJsonArray{QStringLiteral("x_1")}}}
                                        << QStringLiteral("nepal");
        QTest::newRow("no prefix") << QJsonObject{{QStringLiteral("image_ids"), QJsonArray{QStringLiteral("photo")}}}
                                   << QString();
        QTest::newRow("Weibo: none") << QJsonObject{{QStringLiteral("image_urls"),
            QJsonArray{QStringLiteral("http://x/a.jpg")}}}
                                     << QString();
    }

    void postEventRule()
    {
        QFETCH(QJsonObject, metadata);
        QFETCH(QString, event);
        Item item;
        item.metadata = metadata;
        QCOMPARE(postEvent(item), event);
    }

    void trainConfigJson()
    {
        const models::TextTrainConfig config = trainConfigFromJson(QJsonObject{{QStringLiteral("epochs"), 3},
            {QStringLiteral("learningRate"), 0.001}, {QStringLiteral("trainTransformer"), false}});
        QCOMPARE(config.epochs, 3);
        QCOMPARE(config.learningRate, 0.001);
        QVERIFY(!config.trainTransformer);
        QCOMPARE(config.layers, models::TextTrainConfig{}.layers);
        QJsonObject json = trainConfigToJson(config);
        QCOMPARE(json.value(QStringLiteral("epochs")).toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("pretrainedTokenizer")).toBool(), false); // bytes are never stored
        json.remove(QStringLiteral("pretrainedTokenizer"));
        QCOMPARE(trainConfigFromJson(json).learningRate, 0.001);
        QVERIFY_THROWS_EXCEPTION(Error, trainConfigFromJson(QJsonObject{{QStringLiteral("epoch"), 3}}));
        QVERIFY_THROWS_EXCEPTION(
            Error, trainConfigFromJson(QJsonObject{{QStringLiteral("epochs"), QStringLiteral("3")}}));
        QVERIFY_THROWS_EXCEPTION(Error, trainConfigFromJson(QJsonObject{{QStringLiteral("epochs"), 2.5}}));
    }
};

QTEST_GUILESS_MAIN(TestTextTaskData)
#include "TestTextTaskData.moc"
