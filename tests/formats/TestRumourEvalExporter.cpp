// RumourEval exporter: answer files for subtasks A and B from gold, human and model layers.
#include "core/domain/LabelSchema.h"
#include "tests/formats/DatasetFixtures.h"

#include <QTest>

using namespace candor;
using datasets::Project;

namespace {

// One thread "t1" (posts p0 source, p1, p2) with gold stance on every post and gold veracity.
qint64 addThread(ProjectStore &store)
{
    Item thread;
    thread.kind = ItemKind::Thread;
    thread.source = QStringLiteral("rumoureval2017");
    thread.externalId = QStringLiteral("t1");
    thread.split = QStringLiteral("dev");
    thread.text = QStringLiteral("rumour");
    const qint64 id = store.upsertItem(thread).id;
    const QStringList stances{QStringLiteral("support"), QStringLiteral("query"), QStringLiteral("deny")};
    for (int i = 0; i < 3; ++i) {
        ThreadPost post;
        post.itemId = id;
        post.postId = QStringLiteral("p%1").arg(i);
        post.parentPostId = i == 0 ? QString() : QStringLiteral("p0");
        const qint64 row = store.upsertPost(post).id;
        Annotation gold;
        gold.itemId = id;
        gold.postRowId = row;
        gold.schema = Schemas::Stance4;
        gold.label = stances[i];
        store.addAnnotation(gold);
    }
    Annotation verdict;
    verdict.itemId = id;
    verdict.schema = Schemas::Veracity3;
    verdict.label = QStringLiteral("true");
    store.addAnnotation(verdict);
    return id;
}

} // namespace

class TestRumourEvalExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesGoldAnswerFiles()
    {
        Project project;
        addThread(project.store());
        const QString out = project.file(QStringLiteral("answers"));
        QCOMPARE(project.exportTo(QStringLiteral("rumoureval"), out, QStringLiteral("gold")), 4);
        QCOMPARE(datasets::readJson(out + QStringLiteral("/subtaskA.json")).toObject(),
            (QJsonObject{{QStringLiteral("p0"), QStringLiteral("support")},
                {QStringLiteral("p1"), QStringLiteral("query")}, {QStringLiteral("p2"), QStringLiteral("deny")}}));
        QCOMPARE(datasets::readJson(out + QStringLiteral("/subtaskB.json")).toObject(),
            (QJsonObject{{QStringLiteral("t1"), QJsonArray{QStringLiteral("true"), 1.0}}}));
        QCOMPARE(project.exportTo(QStringLiteral("rumoureval"), project.file(QStringLiteral("none")),
                     QStringLiteral("gold"), QStringLiteral("train")),
            0);
    }

    void modelScoreIsTheConfidenceAndHumanWinsInBest()
    {
        Project project;
        ProjectStore &store = project.store();
        const qint64 id = addThread(store);
        ModelVersion version;
        version.task = QStringLiteral("veracity");
        version.name = QStringLiteral("v");
        const qint64 versionId = store.addModelVersion(version);
        Annotation model;
        model.itemId = id;
        model.origin = Origin::Model;
        model.modelVersionId = versionId;
        model.schema = Schemas::Veracity3;
        model.label = QStringLiteral("false");
        model.score = 0.625;
        store.addAnnotation(model);
        model.label = QStringLiteral("unverified");
        model.score = 0.25;
        store.addAnnotation(model);
        model.schema = Schemas::Stance4;
        model.postRowId = store.findPost(id, QStringLiteral("p1")).value();
        model.label = QStringLiteral("comment");
        model.score = 0.9;
        store.addAnnotation(model);
        Annotation human;
        human.itemId = id;
        human.origin = Origin::Human;
        human.annotator = QStringLiteral("kim");
        human.schema = Schemas::Stance4;
        human.postRowId = store.findPost(id, QStringLiteral("p2")).value();
        human.label = QStringLiteral("comment");
        store.addAnnotation(human);

        const QString out = project.file(QStringLiteral("model"));
        QCOMPARE(project.exportTo(QStringLiteral("rumoureval"), out, QStringLiteral("model")), 2);
        QCOMPARE(datasets::readJson(out + QStringLiteral("/subtaskB.json")).toObject(),
            (QJsonObject{{QStringLiteral("t1"), QJsonArray{QStringLiteral("false"), 0.625}}}));
        QCOMPARE(datasets::readJson(out + QStringLiteral("/subtaskA.json")).toObject(),
            (QJsonObject{{QStringLiteral("p1"), QStringLiteral("comment")}}));

        const QString best = project.file(QStringLiteral("best"));
        project.exportTo(QStringLiteral("rumoureval"), best, QStringLiteral("human"));
        QCOMPARE(datasets::readJson(best + QStringLiteral("/subtaskA.json")).toObject(),
            (QJsonObject{{QStringLiteral("p2"), QStringLiteral("comment")}}));
        QCOMPARE(datasets::readJson(best + QStringLiteral("/subtaskB.json")).toObject(), QJsonObject());
    }

    void refusesAFileAsTheOutputFolder()
    {
        Project project;
        addThread(project.store());
        datasets::writeFile(project.file(QStringLiteral("a_file")), "x");
        QVERIFY_THROWS_EXCEPTION(
            Error, project.exportTo(QStringLiteral("rumoureval"), project.file(QStringLiteral("a_file"))));
    }

    void realTrainSetReproducesTheGoldFiles()
    {
        const QString root = datasets::sharedDatasets() + QStringLiteral("/rumoureval2017");
        if (!QFileInfo::exists(root))
            QSKIP("shared datasets not present");
        Project project;
        QVERIFY(project.import(QStringLiteral("rumoureval"), root).issues.isEmpty());
        const QString out = project.file(QStringLiteral("train"));
        QCOMPARE(project.exportTo(QStringLiteral("rumoureval"), out, QStringLiteral("gold"), QStringLiteral("train")),
            4238 + 272);
        QCOMPARE(datasets::readJson(out + QStringLiteral("/subtaskA.json")).toObject(),
            datasets::readJson(root + QStringLiteral("/train-annotations/subtaskA.json")).toObject());
        const QJsonObject verdicts = datasets::readJson(out + QStringLiteral("/subtaskB.json")).toObject();
        const QJsonObject gold
            = datasets::readJson(root + QStringLiteral("/train-annotations/subtaskB.json")).toObject();
        QCOMPARE(verdicts.size(), gold.size());
        for (auto it = gold.begin(); it != gold.end(); ++it)
            QCOMPARE(verdicts.value(it.key()).toArray(), (QJsonArray{it.value(), 1.0}));
    }
};

QTEST_GUILESS_MAIN(TestRumourEvalExporter)
#include "TestRumourEvalExporter.moc"
