// Label Studio JSON in and out: regions in code points on texts with emoji, a ZWJ family and CJK, the UTF-16
// offsets older Label Studio versions wrote converted, each annotator's annotation kept apart, ground truth as
// gold, and an export that re-imports onto its items without adding anything.
#include "core/store/Database.h"
#include "tests/formats/DatasetFixtures.h"
#include "tests/formats/InterchangeFixture.h"
#include "tests/support/TestFiles.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace candor;
using candor::interchange::kFamily;
using candor::interchange::kText;
using candor::interchange::rowsOf;

namespace {

QJsonObject region(const QString &id, int start, int end, const QString &text, const QString &label)
{
    return {{"id", id}, {"type", "labels"}, {"from_name", "label"}, {"to_name", "text"},
        {"value", QJsonObject{{"start", start}, {"end", end}, {"text", text}, {"labels", QJsonArray{label}}}}};
}

} // namespace

class TestLabelStudioFormat : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<datasets::Project> m_project;

private Q_SLOTS:
    void init() { m_project = std::make_unique<datasets::Project>(); }
    void cleanup() { m_project.reset(); }

    void regionsInCodePointsOldUtf16Converted()
    {
        const QJsonArray tasks{QJsonObject{{"id", 7}, {"data", QJsonObject{{"text", kText}}},
            {"annotations",
                QJsonArray{
                    QJsonObject{{"completed_by", QJsonObject{{"id", 3}, {"email", "ana@example.org"}}},
                        {"result",
                            QJsonArray{region("a", 37, 42, "LIARS", "Name calling/Labeling"),
                                region("b", 23, 28, "lying", "Smears"), // UTF-16 units: converted
                                region("c", 8, 12, "lies", "Doubt"), // the quote fits no reading
                                region("d", 13, 15, QString::fromUtf8("\xe6\x9d\xb1\xe4\xba\xac"), "No such label"),
                                QJsonObject{{"id", "e"}, {"type", "choices"},
                                    {"value", QJsonObject{{"choices", QJsonArray{"CONSPIRACY"}}}}},
                                QJsonObject{{"id", "f"}, {"type", "rating"}, {"value", QJsonObject{{"rating", 4}}}}}}},
                    QJsonObject{{"ground_truth", true}, {"completed_by", 1},
                        {"result", QJsonArray{region("g", 2, 7, kFamily, "Loaded Language")}}},
                    QJsonObject{{"was_cancelled", true}, {"completed_by", 2},
                        {"result", QJsonArray{region("h", 0, 1, "x", "Smears")}}}}},
            {"predictions", QJsonArray{QJsonObject{{"result", QJsonArray{}}}}}}};
        const QString file = m_project->file(QStringLiteral("export.json"));
        testfiles::writeFile(file, QJsonDocument(tasks).toJson());
        const ImportReport report = m_project->import(QStringLiteral("labelstudio"), file);
        const qint64 item = *m_project->store().findItem(QStringLiteral("labelstudio"), QStringLiteral("7"));
        QCOMPARE(rowsOf(m_project->store(), item),
            (QStringList{"oppositional-2 CONSPIRACY human:ana@example.org", "persuasion-20 Loaded Language 2-7 gold",
                "persuasion-20 Name calling/Labeling 37-42 human:ana@example.org",
                "persuasion-20 Smears 19-24 human:ana@example.org"}));
        QStringList issues;
        for (const ImportIssue &issue : report.issues)
            issues.append(issue.record + QLatin1Char(' ') + issue.reason);
        const QString all = issues.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("7/c region [8, 12) quotes \"lies\" but the text there is \"says\"")),
            qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("7/d label 'No such label' is in no label schema")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("7 offsets counted in UTF-16 units")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("1 prediction")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("1 cancelled annotation")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("1 result")), qPrintable(all));
    }

    void exportKeepsAnnotatorsApartAndComesBack()
    {
        ProjectStore &store = m_project->store();
        Item post;
        post.source = QStringLiteral("telegram");
        post.externalId = QStringLiteral("9");
        post.text = kText;
        const qint64 item = store.upsertItem(post).id;
        ModelVersion version;
        version.task = QStringLiteral("persuasion-labels");
        version.name = QStringLiteral("labels v1");
        version.createdAt = QDateTime::currentDateTimeUtc();
        const qint64 model = store.addModelVersion(version);
        const auto add = [&](const QString &label, Origin origin, const QString &who, std::optional<int> start,
                             std::optional<int> end, std::optional<double> score = {}) {
            Annotation row;
            row.itemId = item;
            row.schema = QStringLiteral("persuasion-20");
            row.label = label;
            row.origin = origin;
            row.annotator = who;
            row.start = start;
            row.end = end;
            row.score = score;
            if (origin == Origin::Model) {
                row.modelVersionId = model;
                row.status = Status::Proposed;
            }
            store.addAnnotation(row);
        };
        add(QStringLiteral("Smears"), Origin::Gold, {}, 19, 24);
        add(QStringLiteral("Smears"), Origin::Human, QStringLiteral("ana"), 19, 24);
        add(QStringLiteral("Doubt"), Origin::Human, QStringLiteral("ben"), {}, {});
        add(QStringLiteral("Loaded Language"), Origin::Model, {}, 2, 7, 0.8);

        const QString out = m_project->file(QStringLiteral("tasks.json"));
        QCOMPARE(m_project->exportTo(QStringLiteral("labelstudio"), out, QStringLiteral("best")), 1);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject task = QJsonDocument::fromJson(file.readAll()).array().first().toObject();
        QCOMPARE(task.value("data").toObject().value("text").toString(), kText);
        const QJsonArray annotations = task.value("annotations").toArray();
        QCOMPARE(annotations.size(), 3); // the gold one, ana's, ben's
        QVERIFY(annotations.at(0).toObject().value("ground_truth").toBool());
        QCOMPARE(annotations.at(1).toObject().value("candor_annotator").toString(), QStringLiteral("ana"));
        const QJsonObject anaRegion
            = annotations.at(1).toObject().value("result").toArray().first().toObject().value("value").toObject();
        QCOMPARE(anaRegion.value("start").toInt(), 19);
        QCOMPARE(anaRegion.value("text").toString(), QStringLiteral("lying"));
        QCOMPARE(annotations.at(2).toObject().value("result").toArray().first().toObject().value("type").toString(),
            QStringLiteral("choices"));
        const QJsonObject prediction = task.value("predictions").toArray().first().toObject();
        QCOMPARE(prediction.value("model_version").toString(), QStringLiteral("labels v1"));
        QCOMPARE(prediction.value("score").toDouble(), 0.8);
        QFile config(m_project->file(QStringLiteral("tasks.xml")));
        QVERIFY(config.open(QIODevice::ReadOnly));
        const QString xml = QString::fromUtf8(config.readAll());
        QVERIFY2(xml.contains(QStringLiteral("<Labels name=\"persuasion-20\" toName=\"text\">")), qPrintable(xml));
        QVERIFY(xml.contains(QStringLiteral("<Choices name=\"persuasion-20\" toName=\"text\" choice=\"multiple\">")));
        QVERIFY(xml.contains(QStringLiteral("<Label value=\"Misrepresentation of Someone's Position (Straw Man)\"")));

        // Back in: onto the same item, nothing added twice (the model's prediction needs no second copy either).
        const QStringList before = rowsOf(store, item);
        const ImportReport again = m_project->import(QStringLiteral("labelstudio"), out);
        QCOMPARE(again.itemsAdded, 0);
        QCOMPARE(again.annotationsAdded, 0);
        QCOMPARE(rowsOf(store, item), before);
    }

    // Image tasks: a meme goes out with its picture beside the file (a local-files URL Label Studio serves), and
    // tasks made in Label Studio come in as memes from that URL, a relative path or a data: URI; a web address or a
    // path that leaves the folder brings the task without its picture, with a warning that says why.
    void memeImagesGoOutAndComeBack()
    {
        ProjectStore &store = m_project->store();
        QImage picture(32, 24, QImage::Format_RGB32);
        picture.fill(QColor(QStringLiteral("#336699")));
        const QByteArray png = testfiles::encoded(picture);
        Item meme;
        meme.kind = ItemKind::Meme;
        meme.source = QStringLiteral("semeval");
        meme.externalId = QStringLiteral("m1");
        meme.text = QStringLiteral("WAKE UP sheep");
        meme.mediaId = store.addMedia(png, QStringLiteral("fixture")).id;
        store.upsertItem(meme);
        const std::optional<MediaInfo> media = store.media(*meme.mediaId);
        QVERIFY(media);

        const QString out = m_project->file(QStringLiteral("tasks.json"));
        QCOMPARE(m_project->exportTo(QStringLiteral("labelstudio"), out, QStringLiteral("best")), 1);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString url = QJsonDocument::fromJson(file.readAll())
                                .array()
                                .first()
                                .toObject()
                                .value("data")
                                .toObject()
                                .value("image")
                                .toString();
        QCOMPARE(url, QStringLiteral("/data/local-files/?d=tasks-images/%1.png").arg(media->sha256));
        QFile written(m_project->file(QStringLiteral("tasks-images/%1.png").arg(media->sha256)));
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), store.mediaBytes(*meme.mediaId));
        QFile config(m_project->file(QStringLiteral("tasks.xml")));
        QVERIFY(config.open(QIODevice::ReadOnly));
        QVERIFY(config.readAll().contains("<Image name=\"image\" value=\"$image\"/>"));

        const QJsonArray foreign{
            QJsonObject{{"id", 1}, {"data", QJsonObject{{"image", url}, {"text", "WAKE UP sheep"}}},
                {"annotations",
                    QJsonArray{QJsonObject{{"completed_by", 7},
                        {"result",
                            QJsonArray{QJsonObject{{"type", "choices"}, {"from_name", "persuasion-22"},
                                {"value", QJsonObject{{"choices", QJsonArray{"Smears"}}}}}}}}}}},
            QJsonObject{{"id", 2},
                {"data", QJsonObject{{"image", QString::fromLatin1("data:image/png;base64," + png.toBase64())}}},
                {"annotations", QJsonArray{}}},
            QJsonObject{{"id", 3}, {"data", QJsonObject{{"image", "https://example.org/m3.jpg"}, {"text", "t3"}}},
                {"annotations", QJsonArray{}}},
            QJsonObject{{"id", 4}, {"data", QJsonObject{{"image", "../m4.png"}, {"text", "t4"}}},
                {"annotations", QJsonArray{}}}};
        const QString tasks = m_project->file(QStringLiteral("from-label-studio.json"));
        testfiles::writeFile(tasks, QJsonDocument(foreign).toJson());
        datasets::Project other;
        const ImportReport report = other.import(QStringLiteral("labelstudio"), tasks);
        QCOMPARE(report.itemsAdded, 4);
        QCOMPARE(report.annotationsAdded, 1);
        QCOMPARE(report.mediaAdded, 1); // tasks 1 and 2 carry the same picture
        QStringList warnings;
        for (const ImportIssue &issue : report.issues)
            if (issue.isWarning() && issue.reason.startsWith(QStringLiteral("imported without its image")))
                warnings.append(issue.record + QLatin1Char(' ') + issue.reason);
        QCOMPARE(warnings.size(), 2);
        QVERIFY2(warnings[0].startsWith(QStringLiteral("3 imported without its image: the image "
                                                       "https://example.org/m3.jpg is on the web")),
            qPrintable(warnings[0]));
        QVERIFY2(warnings[1].contains(QStringLiteral("'../m4.png' leaves the import folder")), qPrintable(warnings[1]));
        ProjectStore &back = other.store();
        for (qint64 id = 1; id <= 4; ++id) {
            const std::optional<Item> item = back.item(id);
            QVERIFY(item);
            QCOMPARE(item->kind, ItemKind::Meme);
            QCOMPARE(item->mediaId.has_value(), id <= 2);
            if (item->mediaId)
                QCOMPARE(back.media(*item->mediaId)->sha256, media->sha256);
        }
        QCOMPARE(back.item(2)->text, QString()); // an image task without text: text comes later (OCR)
        QCOMPARE(rowsOf(back, 1).size(), 1);
        // The control names the schema: persuasion-22, though persuasion-20 has Smears too.
        QCOMPARE(back.annotations(1).first().schema, QStringLiteral("persuasion-22"));
    }
};

QTEST_GUILESS_MAIN(TestLabelStudioFormat)
#include "TestLabelStudioFormat.moc"
