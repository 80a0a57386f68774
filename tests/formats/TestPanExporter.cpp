// PAN exporter: exact round trip of spans (X included in gold), language and origin selection, the real file.
#include "core/domain/LabelSchema.h"
#include "core/text/CodePoints.h"
#include "tests/formats/DatasetFixtures.h"

#include <QTest>

using namespace candor;
using datasets::Project;

namespace {

const QStringList kKeys{QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("category")};
const QStringList kSpanKeys{QStringLiteral("category"), QStringLiteral("start_char"), QStringLiteral("end_char"),
    QStringLiteral("span_text"), QStringLiteral("annotator")};

QJsonObject message(const QString &id, const QString &category, const QList<QPair<QString, QString>> &pieces)
{
    QString text;
    QJsonArray spans;
    for (const auto &[piece, role] : pieces) {
        const int start = codePointLength(text);
        text += piece;
        if (!role.isEmpty())
            spans.append(QJsonObject{{QStringLiteral("category"), role}, {QStringLiteral("start_char"), start},
                {QStringLiteral("end_char"), start + codePointLength(piece)}, {QStringLiteral("span_text"), piece},
                {QStringLiteral("annotator"), QStringLiteral("gold_label")}});
    }
    return {{QStringLiteral("id"), id}, {QStringLiteral("text"), text}, {QStringLiteral("category"), category},
        {QStringLiteral("annotations"), spans}};
}

QJsonArray fixture()
{
    return {message(QStringLiteral("1"), QStringLiteral("CONSPIRACY"),
                {{QString::fromUtf8("\xF0\x9F\x9A\xA8 "), QString()},
                    {QStringLiteral("Big Pharma"), QStringLiteral("AGENT")}, {QStringLiteral(" hides "), QString()},
                    {QString::fromUtf8("the cure \xF0\x9F\x92\x8A"), QStringLiteral("OBJECTIVE")},
                    {QStringLiteral(" from "), QString()}, {QStringLiteral("us"), QStringLiteral("X")}}),
        message(QStringLiteral("2"), QStringLiteral("CRITICAL"),
            {{QString::fromUtf8("La vacuna\xCC\x81 "), QStringLiteral("CAMPAIGNER")},
                {QString::fromUtf8("da\xC3\xB1"
                                   "a \xE2\x9D\xA4\xEF\xB8\x8F"),
                    QStringLiteral("NEGATIVE_EFFECT")}}),
        message(QStringLiteral("3"), QStringLiteral("CRITICAL"), {{QStringLiteral("no spans"), QString()}})};
}

} // namespace

class TestPanExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goldRoundTripsEverySpan()
    {
        Project project;
        const QString in = project.file(QStringLiteral("pan_en.json"));
        datasets::writeJson(in, fixture());
        QVERIFY(project.import(QStringLiteral("pan"), in).issues.isEmpty());
        const QString out = project.file(QStringLiteral("out.json"));
        QCOMPARE(project.exportTo(QStringLiteral("pan"), out, QStringLiteral("gold")), 3);
        QCOMPARE(datasets::canonicalRecords(
                     datasets::readJson(out).toArray(), kKeys, QStringLiteral("annotations"), kSpanKeys),
            datasets::canonicalRecords(fixture(), kKeys, QStringLiteral("annotations"), kSpanKeys));
        // Best without human rows is gold, X included.
        project.exportTo(QStringLiteral("pan"), out, QStringLiteral("best"));
        QCOMPARE(datasets::canonicalRecords(
                     datasets::readJson(out).toArray(), kKeys, QStringLiteral("annotations"), kSpanKeys),
            datasets::canonicalRecords(fixture(), kKeys, QStringLiteral("annotations"), kSpanKeys));
    }

    void humanAndModelLayers()
    {
        Project project;
        datasets::writeJson(project.file(QStringLiteral("pan_en.json")), fixture());
        project.import(QStringLiteral("pan"), project.file(QStringLiteral("pan_en.json")));
        ProjectStore &store = project.store();
        const qint64 id = store.findItem(QStringLiteral("pan2024-oppositional"), QStringLiteral("en/3")).value();
        ModelVersion version;
        version.task = QStringLiteral("narrative");
        version.name = QStringLiteral("test model");
        const qint64 versionId = store.addModelVersion(version);
        Annotation model;
        model.itemId = id;
        model.origin = Origin::Model;
        model.modelVersionId = versionId;
        model.status = Status::Proposed;
        model.schema = Schemas::Oppositional2;
        model.label = QStringLiteral("CONSPIRACY");
        model.score = 0.7;
        store.addAnnotation(model);
        model.label = QStringLiteral("CRITICAL");
        model.score = 0.3;
        store.addAnnotation(model);
        model.schema = Schemas::Narrative6;
        model.label = QStringLiteral("VICTIM");
        model.start = 0;
        model.end = 2;
        store.addAnnotation(model);
        Annotation human;
        human.itemId = id;
        human.origin = Origin::Human;
        human.annotator = QStringLiteral("lu");
        human.schema = Schemas::Narrative6;
        human.label = QStringLiteral("AGENT");
        human.start = 3;
        human.end = 8;
        store.addAnnotation(human);

        auto record = [&](const QString &origin) {
            project.exportTo(
                QStringLiteral("pan"), project.file(QStringLiteral("o.json")), origin, {}, QStringLiteral("en"));
            for (const QJsonValue &value : datasets::readJson(project.file(QStringLiteral("o.json"))).toArray())
                if (value.toObject().value(QStringLiteral("id")).toString() == QLatin1String("3"))
                    return value.toObject();
            return QJsonObject();
        };
        const QJsonObject fromModel = record(QStringLiteral("model"));
        QCOMPARE(
            fromModel.value(QStringLiteral("category")).toString(), QStringLiteral("CONSPIRACY")); // the higher score
        const QJsonObject modelSpan = fromModel.value(QStringLiteral("annotations")).toArray().first().toObject();
        QCOMPARE(modelSpan.value(QStringLiteral("span_text")).toString(), QStringLiteral("no"));
        QCOMPARE(modelSpan.value(QStringLiteral("annotator")).toString(), QStringLiteral("model-%1").arg(versionId));
        const QJsonObject fromBest = record(QStringLiteral("best"));
        QCOMPARE(fromBest.value(QStringLiteral("category")).toString(), QStringLiteral("CRITICAL")); // gold category
        const QJsonArray bestSpans = fromBest.value(QStringLiteral("annotations")).toArray();
        QCOMPARE(bestSpans.size(), 1); // the human span
        QCOMPARE(bestSpans.first().toObject().value(QStringLiteral("annotator")).toString(), QStringLiteral("lu"));
        QCOMPARE(bestSpans.first().toObject().value(QStringLiteral("span_text")).toString(), QStringLiteral("spans"));
    }

    void languageFilter()
    {
        Project project;
        datasets::writeJson(project.file(QStringLiteral("pan_en.json")), fixture());
        datasets::writeJson(project.file(QStringLiteral("pan_es.json")), QJsonArray{fixture().first()});
        project.import(QStringLiteral("pan"), project.file(QStringLiteral("pan_en.json")));
        project.import(QStringLiteral("pan"), project.file(QStringLiteral("pan_es.json")));
        QCOMPARE(project.exportTo(QStringLiteral("pan"), project.file(QStringLiteral("es.json")),
                     QStringLiteral("gold"), {}, QStringLiteral("es")),
            1);
        QCOMPARE(
            project.exportTo(QStringLiteral("pan"), project.file(QStringLiteral("all.json")), QStringLiteral("gold")),
            4);
    }

    void realEnglishFileRoundTrips()
    {
        const QString path = datasets::sharedDatasets() + QStringLiteral("/pan2024-oppositional/pan2024_en.json");
        if (!QFileInfo::exists(path))
            QSKIP("shared datasets not present");
        Project project;
        QVERIFY(project.import(QStringLiteral("pan"), path).issues.isEmpty());
        const QString out = project.file(QStringLiteral("en.json"));
        QCOMPARE(project.exportTo(QStringLiteral("pan"), out, QStringLiteral("gold"), {}, QStringLiteral("en")), 688);
        const QJsonArray exported = datasets::readJson(out).toArray();
        QCOMPARE(datasets::canonicalRecords(exported, kKeys, QStringLiteral("annotations"), kSpanKeys),
            datasets::canonicalRecords(
                datasets::readJson(path).toArray(), kKeys, QStringLiteral("annotations"), kSpanKeys));
        qsizetype spans = 0;
        for (const QJsonValue &value : exported)
            spans += value.toObject().value(QStringLiteral("annotations")).toArray().size();
        QCOMPARE(spans, 4210);
    }
};

QTEST_GUILESS_MAIN(TestPanExporter)
#include "TestPanExporter.moc"
