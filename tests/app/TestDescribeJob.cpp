// Tools > Describe pictures of the current filter (DescribeJob over describeImages): the pictures of the filtered
// memes and posts are described once each, beside the project; a post without a picture is skipped; a filter that
// lists nothing says so; with the pretrained MobileNetV2 at hand the descriptions name objects and the run reports
// UNITE-FND's quality figures per source.
#include "app/jobs/post/DescribeImages.h"
#include "app/jobs/post/DescribeJob.h"
#include "core/image/DescriptionCache.h"
#include "core/store/Database.h"
#include "core/store/ProjectStore.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace candor;

namespace {

const QString kModels = QStringLiteral(CANDOR_SHARED_DIR "/models");

QByteArray picture(QColor colour, int width, int height)
{
    QImage image(width, height, QImage::Format_RGB888);
    image.fill(colour);
    QPainter painter(&image);
    painter.fillRect(width / 4, height / 4, width / 2, height / 2, Qt::white);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class TestDescribeJob : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
    QString m_shared; // the picture two posts share
    qint64 m_textPost = 0;

    qint64 addPost(ProjectStore &store, const QString &id, std::optional<qint64> mediaId)
    {
        Item item;
        item.kind = ItemKind::Post;
        item.source = QStringLiteral("fixture");
        item.externalId = id;
        item.text = QStringLiteral("post %1").arg(id);
        item.mediaId = mediaId;
        return store.upsertItem(item).id;
    }

private Q_SLOTS:
    // The environment's models folder would win over the folders these cases name.
    void initTestCase() { qunsetenv("CANDOR_MODELS_DIR"); }

    void init()
    {
        m_path = m_dir.filePath(QStringLiteral("d%1.candor").arg(++m_counter));
        ProjectStore::create(m_path);
        ProjectStore store(m_path);
        const qint64 shared = store.addMedia(picture(QColor(200, 40, 40), 320, 200), QStringLiteral("t")).id;
        const qint64 own = store.addMedia(picture(QColor(40, 40, 200), 200, 320), QStringLiteral("t")).id;
        m_shared = store.media(shared)->sha256;
        addPost(store, QStringLiteral("a"), shared);
        addPost(store, QStringLiteral("b"), shared);
        addPost(store, QStringLiteral("c"), own);
        m_textPost = addPost(store, QStringLiteral("d"), std::nullopt);
    }

    void cleanup() { Database::closeAll(); }

    void describesEachPictureOnce()
    {
        DescribeJob job(m_path, ItemQuery{}, QStringLiteral("/nonexistent"));
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        const QJsonObject result = finished.first().first().toJsonObject();
        QCOMPARE(result.value(QStringLiteral("items")).toInt(), 3);
        QCOMPARE(result.value(QStringLiteral("pictures")).toInt(), 2);
        QCOMPARE(result.value(QStringLiteral("computed")).toInt(), 2);
        QCOMPARE(result.value(QStringLiteral("problems")).toInt(), 0);
        const std::optional<ImageDescription> shared = DescriptionCache(m_path).find(m_shared);
        QVERIFY(shared);
        QCOMPARE(shared->width, 320);
        QCOMPARE(shared->format, QStringLiteral("PNG"));
        QVERIFY(!shared->objectsKnown); // no models folder: no objects, and the run still succeeds

        // A second run reads the cache.
        DescribeJob again(m_path, ItemQuery{}, QStringLiteral("/nonexistent"));
        QSignalSpy finishedAgain(&again, &Job::finished);
        again.start();
        QTRY_COMPARE_WITH_TIMEOUT(finishedAgain.size(), 1, 120000);
        QCOMPARE(finishedAgain.first().first().toJsonObject().value(QStringLiteral("computed")).toInt(), 0);
    }

    void aFilterOfTextPostsDescribesNothing()
    {
        ItemQuery query;
        query.search = QStringLiteral("\"post d\"");
        DescribeJob job(m_path, query, QStringLiteral("/nonexistent"));
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
        QCOMPARE(finished.first().first().toJsonObject().value(QStringLiteral("pictures")).toInt(), 0);
        QVERIFY(!QDir(m_path + QStringLiteral(".features/description")).exists());
    }

    void objectsAndQualityWithTheBackbone()
    {
        if (!QFile::exists(kModels + QStringLiteral("/mobilenetv2_quantized_imagenet.pt")))
            QSKIP("the pretrained MobileNetV2 is not in ../shared/models");
        DescribeImagesOptions options;
        options.modelsFolder = kModels;
        const DescribeImagesResult result = describeImages(m_path, options);
        QVERIFY(result.objects);
        QCOMPARE(result.pictures, 2);
        QCOMPARE(result.perSource.size(), 1);
        const SourceDescriptionQuality &q = result.perSource.first();
        QCOMPARE(q.source, QStringLiteral("fixture"));
        QCOMPARE(q.pictures, 2);
        QVERIFY2(q.ipr.mean > 0.85 && q.ipr.mean < 0.97, qPrintable(QString::number(q.ipr.mean)));
        QVERIFY2(q.mte.mean > 0.55 && q.mte.mean < 0.75, qPrintable(QString::number(q.mte.mean)));
        QCOMPARE(q.sir.mean, q.sir.mean); // finite
        QVERIFY(DescriptionCache(m_path).find(m_shared)->objectsKnown);
    }
};

QTEST_GUILESS_MAIN(TestDescribeJob)
#include "TestDescribeJob.moc"
