// Image vectors of thread posts: a generated Telegram export with photos goes through the importer; posts with a
// photo get MobileNetV2's pooled backbone vector (1280 values), the others none (the model uses zeros); equal
// images give equal vectors and run through the backbone once; the vector reaches the thread model's output.
// Needs the pretrained backbone in the shared models folder; skips cleanly without it.
#include "app/jobs/thread/ThreadImageVectors.h"
#include "app/jobs/thread/ThreadTaskData.h"
#include "core/domain/Error.h"
#include "core/formats/telegram/TelegramImporter.h"
#include "core/store/Database.h"
#include "core/store/ProjectStore.h"
#include "tests/support/TestFiles.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace candor;

namespace {

const QString kModels = QStringLiteral(CANDOR_SHARED_DIR "/models");

// Chain 1 <- 2 <- 3, 1 <- 4: messages 2 and 4 carry the same striped photo, 3 a different one.
const char kExport[] = R"JSON({
 "name": "Photos", "type": "private_group", "id": 99,
 "messages": [
  {"id": 1, "type": "message", "date": "2023-05-01T09:00:00", "from": "Ann", "text": "The tower fell"},
  {"id": 2, "type": "message", "date": "2023-05-01T09:01:00", "from": "Ben", "reply_to_message_id": 1,
   "photo": "photos/stripes.png", "text": "Look"},
  {"id": 3, "type": "message", "date": "2023-05-01T09:02:00", "from": "Cid", "reply_to_message_id": 2,
   "photo": "photos/disc.png", "text": "That is an old picture"},
  {"id": 4, "type": "message", "date": "2023-05-01T09:03:00", "from": "Dee", "reply_to_message_id": 1,
   "photo": "photos/stripes_again.png", "text": "Same one"}
 ]
})JSON";

QByteArray png(bool stripes)
{
    QImage image(96, 96, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    if (stripes) {
        for (int x = 0; x < 96; x += 16)
            painter.fillRect(x, 0, 8, 96, QColor(200, 30, 30));
    } else {
        painter.setBrush(QColor(20, 60, 200));
        painter.drawEllipse(QPoint(48, 48), 30, 30);
    }
    painter.end();
    return testfiles::encoded(image);
}

} // namespace

class TestThreadImages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_store;

    const models::ThreadPostExample &post(const ThreadTaskItem &item, const QString &postId)
    {
        return item.example.posts[size_t(item.postIds.indexOf(postId))];
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QFileInfo::exists(kModels + QStringLiteral("/mobilenetv2_quantized_imagenet.pt")))
            QSKIP("the pretrained MobileNetV2 backbone is not in the shared models folder");
        const QString folder = m_dir.filePath(QStringLiteral("export"));
        testfiles::writeFile(folder + QStringLiteral("/result.json"), kExport);
        testfiles::writeFile(folder + QStringLiteral("/photos/stripes.png"), png(true));
        testfiles::writeFile(folder + QStringLiteral("/photos/stripes_again.png"), png(true));
        testfiles::writeFile(folder + QStringLiteral("/photos/disc.png"), png(false));
        const QString path = m_dir.filePath(QStringLiteral("photos.candor"));
        ProjectStore::create(path);
        m_store = std::make_unique<ProjectStore>(path);
        TelegramImporter importer;
        const ImportReport report = importPath(*m_store, importer, folder, ImportOptions());
        QCOMPARE(report.mediaAdded, qint64(2)); // the repeated photo is stored once
    }

    void cleanupTestCase()
    {
        m_store.reset();
        Database::closeAll();
    }

    void postsWithPhotosGetBackboneVectors()
    {
        QList<ThreadTaskItem> items = ThreadTaskData::load(*m_store, {}, /*labelledOnly=*/false);
        QCOMPARE(items.size(), qsizetype(1));
        const ThreadImageCount count = attachThreadImages(*m_store, items, kModels);
        QCOMPARE(count.withImage, 3);
        QCOMPARE(count.computed, 2); // one backbone run per distinct image
        const ThreadTaskItem &item = items.first();
        QVERIFY(post(item, QStringLiteral("1")).image.empty());
        const std::vector<float> &stripes = post(item, QStringLiteral("2")).image;
        const std::vector<float> &disc = post(item, QStringLiteral("3")).image;
        QCOMPARE(stripes.size(), size_t(1280));
        QCOMPARE(disc.size(), size_t(1280));
        QCOMPARE(post(item, QStringLiteral("4")).image, stripes);
        double sum = 0, difference = 0;
        for (size_t i = 0; i < stripes.size(); ++i) {
            QVERIFY(std::isfinite(stripes[i]) && stripes[i] >= 0); // pooled after the backbone's last ReLU6
            sum += stripes[i];
            difference += std::abs(stripes[i] - disc[i]);
        }
        QVERIFY(sum > 1.0);
        QVERIFY(difference > 1.0);

        // Cached beside the project: the second pass runs no image through the backbone.
        QList<ThreadTaskItem> again = ThreadTaskData::load(*m_store, {}, false);
        const ThreadImageCount cached = attachThreadImages(*m_store, again, QStringLiteral("/nonexistent"));
        QCOMPARE(cached.withImage, 3);
        QCOMPARE(cached.computed, 0);
        QCOMPARE(post(again.first(), QStringLiteral("3")).image, disc);
    }

    // The vector is part of the post embedding: the same thread predicted with and without it differs exactly at
    // the posts that have an image path to the output (all of them, through the recurrence after post 2).
    void vectorsReachTheModel()
    {
        QList<ThreadTaskItem> items = ThreadTaskData::load(*m_store, {}, false);
        attachThreadImages(*m_store, items, kModels);
        std::vector<models::ThreadExample> examples = ThreadTaskData::examples(items);
        for (models::ThreadPostExample &p : examples.front().posts)
            p.stance = p.image.empty() ? 3 : 2;
        examples.front().veracity = 1;
        models::ThreadTrainConfig config;
        config.threads = 1;
        config.epochs = 2;
        config.hashBuckets = 1 << 10;
        config.textDim = 16;
        config.imageDim = 32;
        config.metaState = 16;
        config.metaDim = 8;
        config.taskHidden = 16;
        models::ThreadTrainReport report;
        const auto model = models::ThreadModel::train(examples, config, report);
        QCOMPARE(model->config().imageInputDim, 1280);
        std::vector<models::ThreadExample> blind = examples;
        for (models::ThreadPostExample &p : blind.front().posts)
            p.image.clear();
        const models::ThreadPrediction seen = model->predict(examples).front();
        const models::ThreadPrediction unseen = model->predict(blind).front();
        const size_t source = size_t(items.first().postIds.indexOf(QStringLiteral("1")));
        QCOMPARE(seen.stanceScores[source], unseen.stanceScores[source]); // before any image in every order
        double moved = 0;
        for (size_t p = 0; p < seen.stanceScores.size(); ++p)
            for (size_t k = 0; k < 4; ++k)
                moved += std::abs(seen.stanceScores[p][k] - unseen.stanceScores[p][k]);
        QVERIFY(moved > 1e-4);
    }

    void missingBackboneIsNamed()
    {
        QVERIFY(QDir(m_store->path() + QStringLiteral(".features")).removeRecursively()); // nothing cached now
        QList<ThreadTaskItem> items = ThreadTaskData::load(*m_store, {}, false);
        try {
            attachThreadImages(*m_store, items, m_dir.filePath(QStringLiteral("no-models")));
            QFAIL("expected an error");
        } catch (const Error &error) {
            QVERIFY2(error.message().contains(QStringLiteral("mobilenetv2")), qPrintable(error.message()));
        }
    }
};

QTEST_MAIN(TestThreadImages)
#include "TestThreadImages.moc"
